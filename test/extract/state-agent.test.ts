/**
 * Implicit state agents (src/extract/state-agent.ts): a legal act reported in the passive
 * without "by" is done by the state where it happens. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';


const CASES: Array<[rule: string, text: string, want: string]> = [
  ['arrested in a capital', 'Two British journalists were arrested in Baghdad on Monday.', 'IRQ -ARREST-> gbr-journalist'],
  ['put under investigation in a country', 'A French diplomat has been put under investigation in Spain.', 'ESP -PUT_UNDER_INVESTIGATION-> fra-diplomat'],
  ['expelled from a city that lies in a country', 'Three Russian diplomats were expelled in Kirkuk.', 'IRQ -EXPEL-> rus-diplomat'],
  ['put out of a party: the party did it', 'Tom Vale was expelled from the Labour party in May.', 'UK_LABOUR -EXPEL-> tom-vale'],
  ['… out of a country: the state did it', 'Three Russian diplomats were expelled from Britain.', 'GBR -EXPEL-> rus-diplomat'],
  ['… suspended by the firm it names', 'Tom Vale was suspended from Zentrix for a month.', 'zentrix -SUSPEND-> tom-vale'],
];
for (const [rule, text, want] of CASES) {
  test(`state-agent: ${rule}: "${text}" → ${want}`, () => {
    const ts = run(text);
    findTriple(ts, want);
  });
}

test('state-agent: an explicit agent wins and ordinary verbs get no state agent', () => {
  const ts = run('Two British journalists were arrested by rebels in Iraq. Two British journalists were welcomed in Iraq.');
  assert.equal(ts.filter((t) => t.rule === 'passive:state').length, 0, ts.map(show).join(' | '));
});

test('state-agent: people held in a country are held by it; a congress held there is no one\'s act', () => {
  const ts = run('Two British journalists were held in Peru. The Andean Trade Congress is being held in Lima.');
  findTriple(ts, 'PER -HOLD-> gbr-journalist');
  assert.ok(!ts.some((t) => t.rule === 'passive:state' && /congress/i.test(t.object.name)), ts.map(show).join(' | '));
});

test('state-agent: what one is banned from doing is no body, and a verb of moving out has no agent there', () => {
  const ts = run('Tom Vale was banned from driving. Tom Vale was moved from Zentrix to Kelvar.');
  assert.ok(!ts.some((t) => t.rule === 'passive:from'), ts.map(show).join(' | '));
});
