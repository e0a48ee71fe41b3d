/**
 * Which date is a triple's time (src/extract/clause-time.ts): the one in its own clause, or in the
 * clause it is a conjunct or a controlled infinitive of; never one from a relative or adverbial
 * clause, and never a date word inside a name. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTriples } from '../../src/extract/index.ts';
import { findTriple, show } from './_triples.ts';

// (a dated document, so relative expressions come out absolute: 9 March 2005 was a Wednesday)
const run = (text: string) => extractTriples({ id: 't', text, date: '2005-03-09' });

// [why, text, triple, time (undefined: none)]
const CASES: Array<[why: string, text: string, want: string, time: string | undefined]> = [
  ['a date in an adverbial clause dates that clause only', 'Portugal, which recognised Eritrea after breaking with Serbia in 1994, criticised Spain.', 'PRT -RECOGNIZE-> ERI', undefined],
  ['… and the adverbial clause keeps it', 'Portugal, which recognised Eritrea after breaking with Serbia in 1994, criticised Spain.', 'PRT -BREAK_WITH-> SRB', '1994'],
  ['a date in a relative clause does not date the main clause', 'Chile, which signed a treaty with Peru in 1929, accused Bolivia on Friday.', 'CHL -ACCUSE-> BOL', '2005-03-04'],
  ['… and dates the relative clause', 'Chile, which signed a treaty with Peru in 1929, accused Bolivia on Friday.', 'CHL -SIGN_TREATY_WITH-> PER', '1929'],
  ['a date in a relative clause on the object does not date the main clause', 'Kenya praised Uganda, which had hosted Sudan in 1998.', 'KEN -PRAISE-> UGA', undefined],
  ['a verbal conjunct shares the first conjunct\'s date', 'Norway met Sweden on Monday and signed a deal with Finland.', 'NOR -SIGN_DEAL_WITH-> FIN', '2005-03-07'],
  ['… but not one in the present perfect', 'Norway joined the league in 1995 and has signed a deal with Finland.', 'NOR -SIGN_DEAL_WITH-> FIN', undefined],
  ['… nor one in the future', 'Norway met Sweden on Monday and will sign a deal with Finland.', 'NOR -SIGN_DEAL_WITH-> FIN', undefined],
  ['… nor one told in the present after a past one', 'Norway joined the league in 1995 and now trades with Finland.', 'NOR -TRADE_WITH-> FIN', undefined],
  ['… nor one in the present progressive', 'Leeds United were relegated in 1996 but are now challenging Arsenal.', 'leeds-united -CHALLENGE-> arsenal', undefined],
  ['guard: two conjuncts both in the present share the date', 'Norway and Sweden meet on Monday and sign a deal with Finland.', 'NOR -SIGN_DEAL_WITH-> FIN', '2005-03-07'],
  ['a controlled infinitive shares its verb\'s date', 'Ghana agreed on Tuesday to cooperate with Togo.', 'GHA -AGREE_TO_COOPERATE_WITH-> TGO', '2005-03-08'],
  ['a fronted date dates the main clause', 'On Tuesday, Germany criticised France.', 'DEU -CRITICIZE-> FRA', '2005-03-08'],
  ['an abbreviated weekday alone is a name, not a day', 'Chile bought the servers sold by Sun.', 'sun -SELL-> servers', undefined],
  ['a date that owns a noun dates the noun, not the clause', "Chile rejected today's offer from Peru.", 'CHL -REJECT_OFFER_FROM-> PER', undefined],
  ['a date set before a noun dates the noun, not the clause', 'Chile denied the charges regarding the 7 January attack on Peru.', 'CHL -DENY-> charges', undefined],
  ['a weekday and its part of the day are one time', 'Ghana met Togo on Friday night.', 'GHA -MEET-> TGO', '2005-03-04'],
  ['… and a weekday and the date after its comma', 'Ghana met Togo on Monday, 7 March.', 'GHA -MEET-> TGO', '2005-03-07'],
  ['the date of a comparison\'s base dates that figure, not the clause', 'Ghana sold 30% of its cocoa to Togo, up from 20% in 1999.', 'GHA -SELL_PERCENT_TO-> TGO', undefined],
  ['… with "than"', 'Ghana sold more cocoa to Togo than 5,000 tonnes in 1999.', 'GHA -SELL_COCOA_TO-> TGO', undefined],
  ['… and "up X on" a date', 'Ghana sold 9,000 tonnes of cocoa to Togo, up 2,000 on two years ago.', 'GHA -SELL_TON_TO-> TGO', undefined],
  ['guard: a date after "from" and a name dates the clause', 'Ghana bought 20% of the mine from Togo in 1999.', 'GHA -BUY_PERCENT_FROM-> TGO', '1999'],
  ['guard: "more than" a figure bounds it, the date dates the clause', 'Ghana sold more than 5,000 tonnes of cocoa to Togo in 1999.', 'GHA -SELL_TON_TO-> TGO', '1999'],
  ['guard: a clock time after "from" is a start, not a figure', 'From 2300 on 10 December, Ghana shelled Togo.', 'GHA -SHELL-> TGO', '2004-12-10'],
  ['guard: a figure with its own date and no comparison', 'Ghana sold 30% of its cocoa to Togo in 1999.', 'GHA -SELL_PERCENT_TO-> TGO', '1999'],
  ['a date word inside a programme\'s name dates nothing', 'The minister told the Today programme that Peru had invited Chile.', 'PER -INVITE-> CHL', undefined],
];
for (const [why, text, want, time] of CASES) {
  test(`clause time: ${why} — "${text}" → ${want} at ${time ?? 'no time'}`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).time, time, ts.map((t) => `${show(t)} @${t.time}`).join(' | '));
  });
}

// joinDates: wink's date spans (token index pairs) joined where one expression was cut in two
import { joinDates } from '../../src/extract/clause-time.ts';
const JOINS: Array<[why: string, words: string[], spans: Array<[number, number]>, want: Array<[number, number]>]> = [
  ['a weekday and a part of the day next to it', ['on', 'Friday', 'night', '.'], [[1, 1], [2, 2]], [[1, 2]]],
  ['a weekday and the date after one comma', ['on', 'Monday', ',', '7', 'March'], [[1, 1], [3, 4]], [[1, 4]]],
  ['two dates with a word between stay two', ['on', 'Monday', 'and', 'Tuesday'], [[1, 1], [3, 3]], [[1, 1], [3, 3]]],
  ['a comma after a date that is no weekday keeps them apart', ['in', '2004', ',', '7', 'March'], [[1, 1], [3, 4]], [[1, 1], [3, 4]]],
];
for (const [why, words, spans, want] of JOINS) {
  test(`clause time: joinDates: ${why}`, () => assert.deepEqual(joinDates(spans, words), want));
}

test('clause time: a joined weekday and part of the day is kept as written when the document has no date', () => {
  const ts = extractTriples({ id: 't', text: 'Ghana met Togo on Friday night.' });
  assert.equal(findTriple(ts, 'GHA -MEET-> TGO').time, 'Friday night');
});
