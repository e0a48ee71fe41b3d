/**
 * Coreference (src/resolve/coreference.ts, descriptions.ts, salience.ts) through the real
 * pipeline (extract/analyse.ts): one table per construction, on sentences written for the rule.
 * Each row: [why, text, the mention as written, the actor id it must resolve to (undefined: it
 * must stay unresolved)]. The mention is the last one written that way in the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/extract/analyse.ts';
import { resolveSettings } from '../../src/settings.ts';
import { run, show } from '../extract/_triples.ts';

type Row = [why: string, text: string, mention: string, want: string | undefined];

/** The actor id the last mention written `mention` resolved to ('' when unresolved). */
function resolvedAs(text: string, mention: string): string {
  const { an } = analyse({ id: 't', text }, resolveSettings());
  let got: string | null = null;
  for (const a of an) for (const [k, m] of a.mentions) if (m.text === mention) got = a.resolved.get(k)?.[0]?.id ?? '';
  assert.notEqual(got, null, `no mention "${mention}" in: ${text}`);
  return got!;
}

function table(name: string, rows: Row[]): void {
  for (const [why, text, mention, want] of rows) {
    test(`coreference, ${name}: ${why}`, () => assert.equal(resolvedAs(text, mention), want ?? '', text));
  }
}

table('gender agreement', [
  ['"she" skips the man named first', 'John Smith met Mary Brown in Paris. She praised the plan.', 'She', 'mary-brown'],
  ['"he" skips the woman named first', 'Mary Brown met John Smith in Paris. He praised the plan.', 'He', 'john-smith'],
  ['"she" skips a nearer man', 'Mary Brown arrived in Paris, where John Smith was waiting. She praised the plan.', 'She', 'mary-brown'],
  ['a woman named as such outweighs a more salient name of unknown gender', 'Jenkins met Mary Brown in London. She praised the plan.', 'She', 'mary-brown'],
  ['a name of unknown gender stays compatible', 'Dr Jenkins met David Brown in London. She praised the plan.', 'She', 'jenkins'],
  ['honorifics state the gender', 'Mrs Thatcher met Mr Kohl in Bonn. She praised the plan.', 'She', 'thatcher'],
  ['a royal title states the gender', 'Queen Rania visited Amman. She opened a school.', 'She', 'rania'],
  ['a family name written first is no first name ("Xi" is no woman\'s name here)', 'Xi Jinping met Angela Merkel in Berlin. He praised the plan.', 'He', 'xi-jinping'],
  ['a pronoun already resolved tells an unknown name\'s gender', 'Byron arrived in Athens. He met Emma Clark. Later she praised him.', 'she', 'emma-clark'],
  ['"she" with only a man in reach stays unresolved', 'David Jones arrived in Rome. She was working on a film.', 'She', undefined],
]);

table('a reported "she" whose reporting "she" no one was found for', [
  ['stays unresolved too, not the last name of unknown gender', 'Bookmakers have stopped taking bets on actor Dougray Vale. Mr Adams said one punter had placed a bet of £870 on the actor. "She told us she had some inside information, but she would not say," he said.', 'she', undefined],
  ['… and so when the speaker is a fan', 'Bookmakers have stopped taking bets on actor Dougray Vale. Mr Adams said one fan had placed a bet of £870 on the actor. "She told us she had some inside information, but she would not say," he said.', 'she', undefined],
]);

table('an office of something indefinite', [
  ['is someone new, not the holder named before', 'Salvadoran President Alfredo Cristiani met Nicaraguan President Daniel Ortega in Managua. Ortega said Nicaragua will avoid receiving the president of a government that murders priests.', 'the president', undefined],
  ['… while "the president" alone is the holder', 'Nicaraguan President Daniel Ortega arrived in Managua. Later the president met the press.', 'the president', 'daniel-ortega'],
]);

table('a person named as the owner of a thing', [
  ['is in reach for a pronoun after it', 'Tom Barkley hurt his knee on Saturday. Matt Stevens came on in the second half. The extent of Barkley\'s injury is not yet clear but John Connolly rates him highly.', 'him', 'tom-barkley'],
]);

table('the subject of a speech verb is the "he" of what it reports', [
  ['"X denied he had …" is X, though another is more salient', 'Tom Baker criticised Jack Miller on Monday. Mr Baker told reporters that Mr Miller denied he had seen the report.', 'he', 'jack-miller'],
  ['"they" is the body written in the plural ("the Tories"), not a group named later in an object\'s clause', 'The Tories insisted they would hold ministers to account over the scheme. They said they would also press Labour over the costs.', 'They', 'UK_CONSERVATIVES'],
  ['"they" after a body written in the plural is that body, though a group is more salient', 'Kenyan ministers met in Nairobi on Monday. The Tories said they would vote against the plan.', 'they', 'UK_CONSERVATIVES'],
  ['"they" after a group is that group, though another group was the last subject', 'Kenyan ministers met in Nairobi on Monday. Peruvian rebels said they would free the hostages.', 'they', 'per-rebel'],
  ['a verb of belief is no such cue: salience decides', 'Tom Baker criticised Jack Miller on Monday. Mr Baker told reporters that Mr Miller believes he will win the seat.', 'he', 'tom-baker'],
]);

table('a person described but never named competes for "he"/"she" and, winning, leaves it unresolved', [
  ['"a spokesman" who speaks of himself, not the minister named before', 'The minister Tom Baker visited Leeds on Monday. Later a spokesman said he would not comment.', 'he', undefined],
  ['"his father", not the son named before', 'Tom Baker joined the club in May. His father was a miner and he worked in Leeds.', 'he', undefined],
  ['"a man" arrested, not the official named before', 'John Smith visited the town on Monday. A man was arrested there. He was charged with theft.', 'He', undefined],
  ['"the pilot" who crashed, not the spokesman named before (a person noun nobody is named by here)', 'Fire chief Tom Baker spoke on Monday. The pilot tried to land but he was unable to do so.', 'he', undefined],
  ['a definite occupation names again someone named before', 'Didier Drogba scored twice on Sunday. The striker said he was delighted.', 'he', 'didier-drogba'],
  ['a description in apposition to a named person is that person', 'Among the papers is the story of Ruth Avery, the first woman to sue her employer. That happened after she had discovered the fraud.', 'she', 'ruth-avery'],
  ['a described woman does not take "he"', 'John Smith visited the town on Monday. A woman was arrested there. He was angry.', 'He', 'john-smith'],
  ['a description whose clause names the person is that person', 'The player who staked the biggest claim was Gavin Henson. He is very confident.', 'He', 'gavin-henson'],
]);

table('people or things described in the plural compete for "they" and, winning, leave it unresolved', [
  ['householders who act in the clause, not the party that called for the law', 'The Greens have called for a new law so that householders are prosecuted only if they use force.', 'they', undefined],
  ['voters the sentence is about, not the parties named before', 'Zentrix Democrats and the Socialists met on Monday. Millions of voters have signed up to make sure they get no calls.', 'they', undefined],
  ['the body still, where the described plural is a buried adjunct', 'The Greens met in Leeds with dozens of farmers. They said the plan would fail.', 'They', 'greens'],
  ['the body still, where it is the subject of the sentence before and the plural an object', 'The Greens attacked the plans on Monday. On Tuesday they voted against the budget.', 'they', 'greens'],
]);

table('salience: a name buried in a phrase weighs less than an argument', [
  ['the subject before outweighs a name inside an adjunct phrase', 'Tom Baker arrived in Leeds on Monday. In the office of Jack Miller, he signed the deal.', 'he', 'tom-baker'],
  ['an object of the same sentence still counts', 'Tom Baker arrived in Leeds on Monday. Jack Miller met him and he signed the deal.', 'him', 'tom-baker'],
  ['a "his" continues its person\'s chain against a name met since', 'Tom Baker won acclaim in Leeds. The album is still regarded as a classic. His version of Jack Miller\'s song topped the charts. In 1972, he made a tour of Peru.', 'he', 'tom-baker'],
  ['… and a "her" too', 'Ana Ruiz won acclaim in Leeds. The album is still regarded as a classic. Her version of Jo Vale\'s song topped the charts. In 1972, she made a tour of Peru.', 'she', 'ana-ruiz'],
  ['a name in apposition to the subject is as salient as the subject', 'Tom Baker of the Zentrix Alliance criticised the police. The Attorney General, Lord Vale, has issued no instructions to the police. He will consult the judges.', 'He', 'vale'],
]);

table('number and kind agreement', [
  ['"they" takes the group, not the person', 'Kenyan officials met John Smith on Monday. They signed a deal.', 'They', 'ken-official'],
  ['"he" takes the person, not the group', 'Kenyan officials met John Smith on Monday. He signed a deal.', 'He', 'john-smith'],
  ['"it" never takes a person', 'John Smith criticised the plan. It was rejected.', 'It', undefined],
  ['"he" never takes a country', 'Russia criticised the plan. He rejected the offer.', 'He', undefined],
  ['"it" takes the country that was the subject', 'Russia criticised the plan. It rejected the offer.', 'It', 'RUS'],
  ['an expletive "it" refers to nothing', 'Russia criticised the plan. It is likely that Iran will reject the offer.', 'It', undefined],
  ['a thing that is the subject before "it" wins it over the body named before, and "it" stays unresolved', 'The Acme Council met in May. Most new legislation needs the approval of the council before it becomes law.', 'it', undefined],
  ['a thing the subject of the sentence before wins "it" over a body named in the same sentence', 'The new contract was approved by Acme Corporation on Monday. It came into force in June.', 'It', undefined],
  ['a named armed group is an "it"', 'The Shining Path denied that it had bombed the bridge.', 'it', 'SHINING_PATH'],
  ['… so is one whose one-word name ends in "s"', 'Hamas denied that it had bombed the bridge.', 'it', 'HAMAS'],
  ['a thing in object position does not compete', 'Russia rejected the treaty. It later attacked Georgia.', 'It', 'RUS'],
]);

table('a surname alone', [
  ['is the full name the recogniser marked inside a phrase naming something else', 'Fans wearing Eric Vantona masks arrived in Leeds. Vantona received a ban.', 'Vantona', 'eric-vantona'],
  ['… or before a possessive inside a name of something else', "Ana Vale's Zentrix Pictures beat Tom Ruiz's studio at the awards. Vale later thanked Ruiz.", 'Vale', 'ana-vale'],
  ['… but not a show named after someone', 'Fans of the Jerry Springer Show arrived in Leeds. Springer met Tom Vale.', 'Springer', 'springer'],
]);

table('a lone first name', [
  ['is the one person named in full with it', 'Tom Vale kicked Dwayne Reid. It was an accident and Dwayne had a minor cut.', 'Dwayne', 'dwayne-reid'],
  ['shared by two people, is neither', 'Tom Vale kicked Tom Reid. Tom had a minor cut.', 'Tom', 'tom'],
  ['after a royal title, names the royal', 'Charles Vale met Prince Charles in Leeds. Prince Charles praised the plan.', 'Prince Charles', 'charles'],
  ['that the gazetteer knows stays what it names', 'Jordan Vale met Ella Ross in Amman. Jordan signed a deal with Peru.', 'Jordan', 'JOR'],
]);

table('definite descriptions', [
  ['a business described again is the one described before, though another was named in between', 'Zentrix reported a doubling in profit. The firm sought protection in May. Its debts are large. Its brands remain strong. Its administrator sued Halvorsen Bank, its former banker, on Tuesday. That brought the number of banks sued to 49. The company has also sued its auditors.', 'The company', 'zentrix'],
  ['"the company" is the company just named', 'Acme Corporation cut 500 jobs. The company blamed fuel prices.', 'The company', 'acme-corporation'],
  ['"the president" is the person named with that office, sentences later', 'President Alfredo Cristiani met the rebels in May. Later the guerrillas attacked a town in the north. The president condemned the attack.', 'The president', 'alfredo-cristiani'],
  ['"the company" is the salient subject, not the company named last', 'Acme Corporation reported higher profits on Monday. It also bought a stake in Zenith Holdings. The company said the deal would close in May.', 'The company', 'acme-corporation'],
  ['"the party" prefers the body named a party over a nearer one', 'The Labour Party met Acme Corporation. The party criticised the plan.', 'The party', 'UK_LABOUR'],
  ['"the company" is none of the names it c-commands: not the firm it acts against', 'Zentrix said it would fight Acme Corporation. But the company has said it intends to take action against Zentrix.', 'the company', 'acme-corporation'],
  ['… and not the firm its reported clause names as the object', 'Zentrix sued Acme Corporation on Monday. The company said it would fight Zentrix in court.', 'The company', 'acme-corporation'],
  ['a description after the quotation it reports may be the firm the quotation names', 'Zentrix reported higher profits on Monday. "Zentrix intends to grow its sales in Peru," the company said.', 'the company', 'zentrix'],
  ['a description in an "as" phrase describes its clause\'s subject', 'Zentrix reported higher profits on Monday. Zentrix will ask investors for support as the company best able to grow.', 'the company', 'zentrix'],
  ['"the watchdog" is no party', 'The Conservatives denied breaking the rules. The Lib Dems are asking the watchdog to stop the calls.', 'the watchdog', undefined],
  ['"the company" is not a party', 'The Labour Party criticised the plan. The company rejected the offer.', 'The company', undefined],
  ['"the Spanish group" is the Spanish firm just named', 'Madrid-based Zentrix holds a stake in Tube Lines. The Spanish group bought Amey in 2003.', 'The Spanish group', 'zentrix'],
  ['… not a firm of another country', 'Madrid-based Zentrix holds a stake in Tube Lines. The German group bought Amey in 2003.', 'The German group', 'deu-group'],
  ['… or the one firm of the last two sentences, whose country nobody told', 'Zentrix Holdings cut 500 jobs in Leeds. The British firm blamed fuel prices.', 'The British firm', 'zentrix-holdings'],
  ['… but not one of two', 'Zentrix Holdings sued Halvorsen Bank in Leeds. The British firm blamed fuel prices.', 'The British firm', 'gbr-firm'],
  ['… nor "the two Japanese companies"', 'Madrid-based Zentrix holds a stake in Tube Lines. The two Spanish companies bought Amey in 2003.', 'The two Spanish companies', 'esp-company'],
  ['… and "a Spanish group" is another one', 'Madrid-based Zentrix holds a stake in Tube Lines. A Spanish group bought Amey in 2003.', 'A Spanish group', 'esp-group'],
  ['"the party" is no body whose name does not say it is one', 'Zentrix hosted the event in May. The party signed a deal with the unions.', 'The party', undefined],
  ['… but is a party known by a name without the word', 'The Liberal Democrats met Zentrix in May. The party signed a deal with the unions.', 'The party', 'UK_LIBDEMS'],
  ['"the official" is the last person named with an office of state', 'Presidential adviser Tom Vale met the rebels in May. Later the official said the talks had failed.', 'the official', 'tom-vale'],
  ['"the diplomat" is the last person named as an envoy', 'The rebels met Ambassador Ana Ruiz and Bishop Luis Soto. The diplomat said the talks had failed.', 'The diplomat', 'ana-ruiz'],
  ['"the officer" is the last person named with a rank', 'Colonel Luis Soto met the rebels in May. Later the officer said the talks had failed.', 'the officer', 'luis-soto'],
  ['… but "the officer" its own clause identifies is someone new', 'Colonel Luis Soto met the rebels in May. Later the officer involved in the killing of Juan Perez fled to Peru.', 'the officer', undefined],
  ['… and so is "the president" its participle identifies', 'President Alfredo Cristiani met the rebels in May. Later the president elected by the rebels fled to Peru.', 'the president', undefined],
  ['"the president" is not a vice president', 'Vice President Joe Smith spoke in Ohio. The president rejected the plan.', 'The president', undefined],
  ['"the chancellor" is not a shadow chancellor, whose office is said again after his name', 'Tom Reid met Peru. Shadow chancellor Oliver Vale attacked Chile. The chancellor rejected the plan.', 'The chancellor', undefined],
  ['"the minister" with no minister on record stays unresolved', 'John Smith arrived in Kabul. The minister rejected the plan.', 'The minister', undefined],
  ['"the Salvadoran president" is the president named for El Salvador', 'Salvadoran President Alfredo Cristiani met the rebels in May. Later the guerrillas attacked a town in the north. The Salvadoran president condemned the attack.', 'The Salvadoran president', 'alfredo-cristiani'],
  ['an office of another country is not the holder named', 'Russian President Vladimir Putin met Angela Merkel. The German president praised him.', 'The German president', 'deu-president'],
  ['"the US president" is not the US vice president', 'US Vice President Joe Smith visited Peru. The US president criticised Lima.', 'The US president', 'usa-president'],
  ['"the court" is a body named a court', 'The Supreme Court heard the case of Acme Corporation. The court fined the firm.', 'The court', 'supreme-court'],
  ['"the court" is not a company whose name states no kind', 'Acme Corporation lost the case. The court fined the firm.', 'The court', undefined],
  ['"the team" is the club just named', 'Manchester United beat Chelsea on Sunday. The team later flew to Madrid.', 'The team', 'manchester-united'],
  ['"the pope" is the person named with that title', 'Pope Benedict visited Poland. The pope met the president.', 'The pope', 'benedict'],
  ['"the alliance" is NATO in context', 'NATO held exercises. The alliance warned Russia.', 'The alliance', 'NATO'],
  ['an office given in a predicate is carried by its holder ("was named coach … the coach")', 'Tom Vale was named Peru coach on Monday. The coach praised the players in Lima.', 'The coach', 'tom-vale'],
  ['… and by a copula', 'Tom Vale is the chairman of Zentrix. Later the chairman said the talks had failed.', 'the chairman', 'tom-vale'],
  ['… with the office\'s country ("the Peru coach")', 'Tom Vale was named Peru coach on Monday. The Peru coach praised the players in Lima.', 'The Peru coach', 'tom-vale'],
  ['a standing adjective still points back ("the new coach")', 'Tom Vale was named Peru coach on Monday. The new coach praised the players in Lima.', 'The new coach', 'tom-vale'],
  ['… but not at someone with no such office', 'Tom Vale met Ann Reid in Lima. The new coach praised the players.', 'The new coach', undefined],
  ['"the two companies" are two firms, not a group named beside one', 'Russian media praised Zentrix Holdings in May. The two companies will develop refineries in Russia.', 'The two companies', undefined],
  ['the body whose office a person holds is named for "the firm"', 'Tom Vale is the Zentrix chairman. The chairman said the firm would cut 500 jobs.', 'the firm', 'zentrix'],
]);

table('a person\'s own body or country ("his party", "her country")', [
  ['"his party" is the party the person last named leads', 'Labour leader Tom Baker met Acme Corporation. He said his party would win.', 'his party', 'UK_LABOUR'],
  ['… also a party known by a name without the word', 'Lib Dem leader Tom Baker met Acme Corporation. He said his party would win.', 'his party', 'UK_LIBDEMS'],
  ['"her company" is the company she runs, not the one named last', 'Zentrix chief executive Ana Ruiz met Acme Corporation. She said her company would grow.', 'her company', 'zentrix'],
  ['"his country" is the person\'s country, not the one he visits', 'Peruvian President Tom Baker visited Chile. He said his country would buy copper.', 'his country', 'PER'],
  ['"his country" is the state he holds an office of', 'Tom Baker, the foreign minister of Peru, visited Chile. He said his country would buy copper.', 'his country', 'PER'],
  ['"his party" of a person with no party on record stays unresolved', 'Tom Baker met the Labour Party. He said his party would win.', 'his party', undefined],
]);

test('coreference, first person: "our correspondent" is the writer\'s, no speaker\'s side', () => {
  const ts = run('Our correspondent reported that the Shining Path attacked the army barracks.');
  assert.ok(ts.some((t) => show(t) === 'SHINING_PATH -ATTACK-> army barracks'), ts.map(show).join(' | '));
  assert.ok(!ts.some((t) => /^our /i.test(t.subject.mention)), ts.map(show).join(' | '));
});

table('binding: a pronoun is none of its own clause\'s arguments, nor a name it c-commands', [
  ['a fronted report: "X has failed, he claimed" is not X', 'Jack Miller met Tom Baker in Leeds. Mr Miller has failed the workers, he claimed.', 'he', 'tom-baker'],
  ['a reported clause: "he said X had lied" is not X', 'Tom Baker met Jack Miller in Leeds. He said Mr Baker had lied.', 'He', 'jack-miller'],
  ['an object pronoun is not its verb\'s subject, named twice before', 'Tom Baker met Jack Miller in Leeds. Mr Baker asked him to resign.', 'him', 'jack-miller'],
  ['a verb coordinated without a subject shares the first one\'s', 'Tom Baker met Jack Miller in Leeds. Mr Baker met the workers and later praised him.', 'him', 'jack-miller'],
  ['a relative clause\'s antecedent is its argument', 'Jack Miller visited Tom Baker, who thanked him for the gift.', 'him', 'jack-miller'],
  ['a clause beside another (parataxis, no speech verb) is no fronted report', 'Jack Miller met Ann Lee in May. The film was the start of a liaison for Ms Lee - she married Mr Miller in June.', 'she', 'ann-lee'],
  ['a nominative pronoun the parser made an object binds nothing', 'But Mr Grant denied Mr Hale, his transport and housing spokesman, said the plans stink. He also said he was confident shadow home secretary Mr Price would set out the case.', 'he', 'grant'],
  ['a fronted adjunct clause is outside: "When X arrived, he …" may be X', 'Jack Miller met Tom Baker in Leeds. When Mr Baker arrived, he criticised the plan.', 'he', 'tom-baker'],
  ['a pronoun inside the reported clause may be the speaker', 'Jack Miller met Tom Baker in Leeds. Mr Baker said he would resign.', 'he', 'tom-baker'],
  ['… and so may one in a condition under it whose clause has no one as subject', 'Sam Kerr beat Tom Baker in the final. Kerr was delighted, Kerr thanked the fans and Kerr praised the crowd. Mr Baker said that if he was to lose again, it would not matter.', 'he', 'tom-baker'],
  ['… also where the parser hangs the condition on a conjunct of the speech verb', 'Sam Kerr beat Tom Baker in the final. Kerr was delighted and Kerr praised the crowd. Mr Baker said there was no conflict of interest, and, if he was to join a rival club, it would not matter.', 'he', 'tom-baker'],
  ['… not a relative clause the parser hung as a condition', 'Sam Kerr beat Tom Baker in the final. The spokesman said that Kerr\'s proposal announced yesterday, in which he offers talks, is welcome.', 'he', 'sam-kerr'],
  ['… nor "they", which a thing may be', 'Sam Kerr met the Law Lords. The Law Lords said the rules were unfair as they allowed detentions.', 'they', undefined],
  ['a reflexive is its own clause\'s subject', 'Jack Miller met Tom Baker in Leeds. Mr Baker blamed himself for the defeat.', 'himself', 'tom-baker'],
  ['a pronoun is none of the nouns listed with it ("both he and X")', 'Tom Baker ran well in Leeds but it was the best he could do. Both he and Baker deserve better luck.', 'he', undefined],
  ['… and takes whom else it may', 'Tom Baker ran well in Leeds but it was the best he could do. A virus wrecked the hopes of Miller and both he and Baker deserve better luck.', 'he', 'miller'],
  ['"it" is not the body that is its clause\'s subject', 'Acme Corporation sued Zenith Holdings in May. Zenith Holdings said Acme Corporation had wronged it.', 'it', 'zenith-holdings'],
]);

/** "we" is resolved after speakers are known (extract/index.ts): read it from the triples. */
const WE: Array<[why: string, text: string, want: string]> = [
  ['a party spokesman\'s "we" is the party, not his country', 'A Labour spokesman said: "We will fight the plan."', 'UK_LABOUR -FIGHT-> plan'],
  ['a minister\'s "we" is the government he is minister of', 'Russian Foreign Minister Sergei Lavrov said: "We reject the plan."', 'RUS -REJECT-> plan'],
  ['a body\'s "we" is the body', '"We reject the plan," said the Labour Party.', 'UK_LABOUR -REJECT-> plan'],
  ['a chief of state\'s "we" is his country (no firm\'s chief)', '"We agreed on several issues with Chile," the Peruvian chief of state said.', 'PER -AGREE_ON_ISSUE_WITH-> CHL'],
  ['a person described in apposition as a body\'s speaks for it', 'Ana Ruiz, a spokeswoman for Repsol, met Bolivian officials. "We will buy the fields," she said.', 'repsol -BUY-> fields'],
  ['an office in apposition gives the side too', 'Ana Ruiz, the chief executive of Repsol, met Bolivian officials. "We will buy the fields," she said.', 'repsol -BUY-> fields'],
  ['"our fighters": the members of the speaker\'s side act as the side', 'The Shining Path said: "Our fighters attacked the army barracks in Ayacucho."', 'SHINING_PATH -ATTACK-> army barracks'],
  ['"our units" in what a speech verb reports, unquoted', 'THE SHINING PATH SAID THAT OUR BRAVE UNITS HAD ATTACKED THE ARMY BARRACKS.', 'SHINING_PATH -ATTACK-> army barracks'],
  ['a radio the text makes a group\'s voice speaks for the group', 'Radio Libertad, the official voice of the Shining Path, said: "We attacked the army barracks."', 'SHINING_PATH -ATTACK-> army barracks'],
  ['… in capitals, its "our units" too', 'CLANDESTINE RADIO LIBERTAD, THE OFFICIAL VOICE OF THE SHINING PATH, REPORTED THAT OUR UNITS ATTACKED THE ARMY BARRACKS.', 'SHINING_PATH -ATTACK-> army barracks'],
  ['an unnamed office holder speaks for the body of the office ("a spokeswoman for Tesco")', 'A spokeswoman for Tesco said: "We will buy the fields."', 'tesco -BUY-> fields'],
  ['… "the chief executive of" too', 'The chief executive of Tesco told reporters: "We will buy the fields."', 'tesco -BUY-> fields'],
  ['a head of state whose country the persons list knows speaks for it', 'President Robert Mugabe said: "We will seize the farms."', 'ZWE -SEIZE-> farms'],
];
for (const [why, text, want] of WE) {
  test(`coreference, we in a quote: ${why}`, () => {
    const ts = run(text);
    assert.ok(ts.some((t) => show(t) === want), `${text} → ${ts.map(show).join(' | ')}`);
    assert.ok(!ts.some((t) => t.subject.id === 'GBR'), 'never the United Kingdom by default');
  });
}

/** A first person is a speaker's only where the speaker's words are: quoted, or what the speech verb reports. */
const FIRST_NOT: Array<[why: string, text: string]> = [
  ['the writer\'s "we" beside a speech verb that does not report it', 'We have to reject the plan, which Tom Baker said was unfair.'],
  ['a concept never speaks ("few of us think we …")', 'Few of us think that we deserve the prize.'],
  ['the writer\'s "our units", with no speaker', 'Our units attacked the army barracks.'],
  ['a radio not said to be anyone\'s voice has no units of its own', 'Radio Libertad reported that our units attacked the army barracks.'],
  ['"our people" of a group is a nation, no member of it', 'The Shining Path said: "Our people attacked the army barracks."'],
  ['a person with no side: "our men" of his family or village', 'Tom Baker, a farmer, said: "Our men attacked the army barracks."'],
  ['a title of no state gives no country', 'Club president Tom Baker said: "We will sign Pele."'],
  ['a friend of someone holds no office: his "we" is his own circle', 'A friend of Tom Baker said: "We will sell the farm."'],
  ['a nationality before a firm\'s post is the holder\'s, not the side he speaks for', 'Dutch co-chairman Tom Baker said: "We will cut jobs in Peru."'],
];
for (const [why, text] of FIRST_NOT) {
  test(`coreference, first person: ${why}`, () => {
    const ts = run(text).filter((t) => /^(we|us|i|our .*)$/i.test(t.subject.mention) || /^(we|us|i|our .*)$/i.test(t.object.mention));
    assert.deepEqual(ts.map(show), [], text);
  });
}
test('coreference, first person: "we" in what a speech verb reports, unquoted, is the speaker\'s side', () => {
  const ts = run('Ana Ruiz, a spokeswoman for Repsol, told reporters that we must reject the plan.');
  assert.ok(ts.some((t) => show(t) === 'repsol -REJECT-> plan'), ts.map(show).join(' | '));
});

// A person named with no side: their "we" is their firm's, team's or party's, which the text does
// not say; the person alone was wrong in 14 of 15 such BBC triples read (drawn at random, unseeded; 4 Dec 2026)
const WE_UNKNOWN: Array<[why: string, text: string]> = [
  ['a person named with no body', 'Tony Blair said: "We met Mugabe in May."'],
  ['in reported speech too', 'Tom Baker told reporters that we must reject the plan.'],
];
for (const [why, text] of WE_UNKNOWN) {
  test(`coreference, we: a person's "we" with no side named stays unresolved, never the person or the nationality: ${why}`, () => {
    const ts = run(text).filter((t) => /^we$/i.test(t.subject.mention));
    assert.deepEqual(ts.map(show), [], text);
  });
}

test('coreference, we in a quote: "we" with no speaker stays unresolved', () => {
  assert.deepEqual(run('We reject the plan.').filter((t) => /^we$/i.test(t.subject.mention)), []);
});

table('a pronoun inside a quotation', [
  ['"he" inside the quote is not its speaker (who says "I")', 'Tony Blair met Gordon Brown on Monday. "I do not think he will resign," Mr Blair said.', 'he', 'gordon-brown'],
  ['after a colon too', 'Gordon Brown met Tony Blair on Monday. Later Mr Blair said: "I do not think he will resign."', 'he', 'gordon-brown'],
  ['in reported speech without quotes the speaker may mean himself', 'Gordon Brown met Tony Blair on Monday. Later Mr Blair said he would not resign.', 'he', 'tony-blair'],
  ['with nobody else in reach it stays unresolved', 'Tony Blair arrived in Paris. "I do not think he will resign," Mr Blair said.', 'he', undefined],
  ['"X said he" with X a description no name resolved: "he" is not the last person named', 'Gordon Brown spoke in Leeds. But the prime minister said he had discussed the claims.', 'he', undefined],
  ['… and so with "X made it clear he"', 'Gordon Brown spoke in Leeds. But the prime minister made it clear he had no plans to resign.', 'he', undefined],
  ['… where a named speaker who made it clear is the one', 'Jack Miller met Tom Baker in Leeds. Mr Baker made it clear he would resign.', 'he', 'tom-baker'],
]);

table('a party written in the plural is "they", never "it"', [
  ['"it" stays unresolved rather than take "the Tories"', 'The Tories want a new clause in the bill. It would force Peru to act.', 'It', undefined],
  ['… while a body written in the singular is an "it"', 'The Conservative Party wants a new clause in the bill. It would force Peru to act.', 'It', 'UK_CONSERVATIVES'],
]);

table('a "they" or "it" inside a quotation is not the speaker\'s own side (that says "we")', [
  ['a body quoted: its "they" is someone else or nobody', 'The Democrats met the Republicans on Monday. "They will lose the vote," said the Democrats.', 'They', undefined],
  ['a body quoted: its "they" is the other side', 'The Democrats met the Republicans on Monday. The Republicans left early. "They will lose the vote," said the Democrats.', 'They', 'republicans'],
  ['a quotation left open by the source does not reach into indirect speech', 'Mr Lopez confirmed: "I am giving my prize money to the victims. Mr Vance said he would give a sum. The Tennis Federation has announced that it would contribute the fee to the Red Cross.', 'it', 'tennis-federation'],
  ['outside the quotation "they" may be the speaker', 'The Democrats met the Republicans on Monday. They said the vote was lost.', 'They', 'democrats'],
]);

test('coreference: "both sides" takes only two actors named in its sentence or the one before', () => {
  const far = run('China sent an envoy to Peru. The rain fell all day. The roads were closed. Both sides signed the agreement.');
  assert.ok(!far.some((t) => t.evidence.sentence === 3 && (t.subject.id === 'CHN' || t.subject.id === 'PER')), far.map(show).join(' | '));
  const near = run('China sent an envoy to Peru. Both sides signed the agreement.');
  assert.ok(near.some((t) => t.subject.id === 'CHN' && t.relation.lemma === 'sign'), near.map(show).join(' | '));
});

// [why, text, the pair's two actor ids, sorted]: a pair takes two actors of the kind its noun names
const PAIRS: Array<[string, string, string[]]> = [
  ['"the two countries" skip a firm named between them', 'Peru bought jets from Chile. Zentrix Airlines flew them. Relations between the two countries have improved.', ['CHL', 'PER']],
  ['"the two leaders" are two people, not their countries', 'Peruvian President Ana Ruiz met Chilean President Tomas Vale in Lima. The two leaders signed a treaty.', ['ana-ruiz', 'tomas-vale']],
  ['"both organisations" are two bodies, not the country between them', 'The Zentrix Fund and the Andean Bank met in Peru. Both organisations warned Chile.', ['andean-bank', 'zentrix-fund']],
];
for (const [why, text, want] of PAIRS) {
  test(`coreference, a pair of one kind: ${why}`, () => {
    const { an } = analyse({ id: 't', text }, resolveSettings());
    const last = an[an.length - 1];
    const pair = [...last.mentions].find(([, m]) => m.kind === 'pair');
    assert.ok(pair, 'no pair mention');
    assert.deepEqual((last.resolved.get(pair![0]) ?? []).map((a) => a.id).sort(), want);
  });
}
