/**
 * User actor dictionaries (--actors): PETRARCH/Phoenix format and CSV, errors naming file:line,
 * a user entry beating the built-in gazetteer without leaking into other runs, and a user's
 * multi-word name found in a sentence. Every dictionary and sentence here is our own invention.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePetrarchActors } from '../../src/resolve/petrarch-actors.ts';
import { parseActorCsv, csvFields } from '../../src/resolve/actor-csv.ts';
import { codeActor, dictionaryName } from '../../src/resolve/actor-codes.ts';
import { isActorCsv, loadUserActors, parseUserActors, type UserActors } from '../../src/resolve/user-actors.ts';
import { gazetteer } from '../../src/resolve/gazetteer.ts';
import { phraseTokens } from '../../src/nlp/wink.ts';
import { extractTriples } from '../../src/extract/index.ts';
import { resolveSettings } from '../../src/settings.ts';
import { InputError } from '../../src/errors.ts';
import { truecase } from '../../src/extract/normalize.ts';

// ── PETRARCH / Phoenix format ───────────────────────────────────────────────

const PETRARCH = [
  '<!-- A WORLD OF OUR OWN',
  '     over two lines -->',
  'VELMORA [VLM]   # a country',
  '+VELMORAN',
  '+PORT_ESSEN_',
  'VELMORA_RIVER_GUARD [VLMMIL] ; legacy comment',
  'TARN_LIBERATION_ARMY [VLMREBTLA]',
  'ORIN_BAKU_',
  '\t[VLMGOV 19990101-20031231]',
  '\t[VLMELI >20040101]',
  'COUNCIL OF THE NINE TOWERS',
  '+NINE TOWERS',
  '\t[IGOVLMNTC]',
  'GREYWATER_HOLDINGS [MNCUSA]',
  'THE_SALT_BROTHERS [IMGSLT]',
  'KESSEL_LANDING [---]',
  'ASH_AND_EMBER [ASH/EMB]',
  'OLD_VELMORA',
  '\t[OVL <19500101]',
  '\t[VLM]',
].join('\n');

const parsed = parsePetrarchActors(PETRARCH, 'world.txt');
const byName = new Map(parsed.map((a) => [a.name, a]));

// name → id, type, country, phrases
const PETRARCH_ROWS: Array<[string, string, string, string | undefined, string[]]> = [
  ['Velmora', 'VLM', 'country', 'VLM', ['VELMORA', 'VELMORAN', 'PORT ESSEN']],
  ['Velmora River Guard', 'VLMMIL', 'organization', 'VLM', ['VELMORA RIVER GUARD']],
  ['Tarn Liberation Army', 'VLMREBTLA', 'group', 'VLM', ['TARN LIBERATION ARMY']],
  // dated office codes: a person, its own node, acting for the code's country
  ['Orin Baku', 'orin-baku', 'person', 'VLM', ['ORIN BAKU']],
  // a code on its own indented line; IGO + a block that is no ISO country: no country
  ['Council of the Nine Towers', 'IGOVLMNTC', 'organization', undefined, ['COUNCIL OF THE NINE TOWERS', 'NINE TOWERS']],
  ['Greywater Holdings', 'MNCUSA', 'organization', 'USA', ['GREYWATER HOLDINGS']],
  ['The Salt Brothers', 'IMGSLT', 'group', undefined, ['THE SALT BROTHERS']],
  // a compound code keeps its first code
  ['Ash and Ember', 'ASH', 'country', 'ASH', ['ASH AND EMBER']],
  // the undated code is the default, whatever the dated ones say
  ['Old Velmora', 'VLM', 'country', 'VLM', ['OLD VELMORA']],
];

for (const [name, id, type, country, phrases] of PETRARCH_ROWS) {
  test(`PETRARCH dictionary: ${name} → ${id} (${type}${country ? `, ${country}` : ''})`, () => {
    const a = byName.get(name);
    assert.ok(a, `no actor named ${name}; got ${[...byName.keys()].join(', ')}`);
    assert.equal(a.id, id);
    assert.equal(a.type, type);
    assert.equal(a.country, country);
    assert.deepEqual(a.phrases, phrases);
  });
}

test('PETRARCH dictionary: the null code "---" leaves the name to actorgraph, comments are skipped', () => {
  assert.equal(parsed.length, PETRARCH_ROWS.length);
  assert.ok(!parsed.some((a) => /kessel|over two lines|comment/i.test(a.phrases.join(' '))));
});

test('PETRARCH dictionary: with no undated code, the restriction that runs latest is taken', () => {
  const [a] = parsePetrarchActors('MARA_VOSS_\n\t[VLMGOV >20100101]\n\t[VLMMIL 19900101-20091231]\n', 'x.txt');
  assert.equal(a.type, 'person');
  assert.equal(a.country, 'VLM');
  const [b] = parsePetrarchActors('EASTMARK\n\t[EMK <991231]\n\t[EMR 000101-101231]\n', 'x.txt');
  assert.deepEqual([b.id, b.type], ['EMR', 'country']);
});

// text, line the error names, words the message holds
const PETRARCH_ERRORS: Array<[string, number, RegExp]> = [
  ['+VELMORAN\nVELMORA [VLM]', 1, /synonym/],
  ['VELMORA [VLM]\nTARN [VLMREB', 2, /unbalanced/],
  ['\t[VLM]\nVELMORA', 1, /before any actor/],
  ['VELMORA [VLM]\n[VLMGOV]', 2, /no actor phrase/],
  ['VELMORA [1999]', 1, /not a code/],
];
for (const [text, line, words] of PETRARCH_ERRORS) {
  test(`PETRARCH dictionary error at line ${line}: ${JSON.stringify(text)}`, () => {
    assert.throws(() => parsePetrarchActors(text, 'bad.txt'), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.file, 'bad.txt');
      assert.equal(e.line, line);
      assert.match(e.message, new RegExp(`bad\\.txt:${line}: `));
      assert.match(e.message, words);
      return true;
    });
  });
}

test('PETRARCH dictionary: an unclosed XML comment is an error naming the file and the line it opens', () => {
  assert.throws(() => parsePetrarchActors('VELMORA [VLM]\n<!-- never closed\n', 'c.txt'), /c\.txt:2: this XML comment/);
});

// ── CAMEO codes and display names ───────────────────────────────────────────

const CODE_ROWS: Array<[string, boolean, string, string, string | undefined]> = [
  // code, dated (person), id, type, country
  ['QRT', false, 'QRT', 'country', 'QRT'],
  ['QRTGOV', false, 'QRTGOV', 'organization', 'QRT'],
  ['QRTINS', false, 'QRTINS', 'group', 'QRT'],
  ['QRTGOV', true, 'lena-holt', 'person', 'QRT'],
  ['NGO', false, 'NGO', 'organization', undefined],
  ['NGOFRAHRI', false, 'NGOFRAHRI', 'organization', 'FRA'],
  ['IMGQRT', false, 'IMGQRT', 'group', undefined],
  ['G77', false, 'G77', 'organization', undefined],
];
for (const [code, person, id, type, country] of CODE_ROWS) {
  test(`CAMEO code ${code}${person ? ' (dated)' : ''} → ${type} ${id}`, () => {
    const a = codeActor(['LENA_HOLT'.replace('_', ' ')], code, person, 'x:1');
    assert.deepEqual([a.id, a.type, a.country], [id, type, country]);
  });
}

const NAME_ROWS: Array<[string, string]> = [
  ['NEW VELMORA', 'New Velmora'], ['COUNCIL OF THE NINE', 'Council of the Nine'], ['VLC', 'VLC'], ['U.V.', 'U.V.'], ['Port Essen', 'Port Essen'], ['AL-TARN FRONT', 'Al-Tarn Front'],
];
for (const [raw, shown] of NAME_ROWS) test(`dictionary name "${raw}" is shown as "${shown}"`, () => assert.equal(dictionaryName(raw), shown));

// ── CSV ─────────────────────────────────────────────────────────────────────

test('CSV: header in any order, quoted fields, a repeated id adds a name, a country acts for itself', () => {
  const rows = parseActorCsv([
    'id,name,country,type',
    'QMC,"Quillon Mining Company, The",ZRV,organization',
    'QMC,Quillon,ZRV,organization',
    'ZRV,Zorvania,,country',
    'mira-tal,Mira Tal,ZRV,person',
    '',
  ].join('\n'), 'a.csv');
  assert.deepEqual(rows.map((r) => [r.id, r.name, r.type, r.country, r.phrases.length]), [
    ['QMC', 'Quillon Mining Company, The', 'organization', 'ZRV', 2],
    ['ZRV', 'Zorvania', 'country', 'ZRV', 1],
    ['mira-tal', 'Mira Tal', 'person', 'ZRV', 1],
  ]);
});

const CSV_FIELD_ROWS: Array<[string, string[] | null]> = [
  ['a,b,c', ['a', 'b', 'c']], ['"a, b",c', ['a, b', 'c']], ['"say ""x""",y', ['say "x"', 'y']], ['a,,', ['a', '', '']], ['"open,b', null], ['"a"b,c', null],
];
for (const [line, fields] of CSV_FIELD_ROWS) test(`CSV line ${line}`, () => assert.deepEqual(csvFields(line), fields));

const CSV_ERRORS: Array<[string, number, RegExp]> = [
  ['label,id\nX,Y', 1, /name,id,type,country/],
  ['name,id,type,country\nMira Tal,mira,wizard,ZRV', 2, /unknown type "wizard"/],
  ['name,id,type,country\nMira Tal,mira,person,Zorvania', 2, /three-letter/],
  ['name,id,type,country\n\nMira Tal,,person,ZRV', 3, /no id/],
  ['name,id,type,country\n"Mira Tal,mira,person,ZRV', 2, /quotes/],
  ['name,id,type,country\nQuillon,QMC,organization,ZRV\nQuillon Co,QMC,group,ZRV', 3, /another type or country than a\.csv:2/],
];
for (const [text, line, words] of CSV_ERRORS) {
  test(`CSV error at line ${line}: ${words.source}`, () => {
    assert.throws(() => parseActorCsv(text, 'a.csv'), (e: unknown) => e instanceof InputError && e.line === line && e.message.includes(`a.csv:${line}: `) && words.test(e.message));
  });
}

// ── Format detection and loading ────────────────────────────────────────────

const DETECT_ROWS: Array<[string, string, boolean]> = [
  ['x.csv', 'VELMORA [VLM]', true], ['x.txt', 'name,id,type,country', false], ['actors', 'name,id,type,country\nA,B,country,', true], ['actors', 'VELMORA [VLM]', false], ['x.dict', '\n"Name",id,type', true],
];
for (const [file, text, csv] of DETECT_ROWS) test(`format of ${file} starting ${JSON.stringify(text.slice(0, 12))}: ${csv ? 'CSV' : 'PETRARCH'}`, () => assert.equal(isActorCsv(file, text), csv));

test('loadUserActors: files in order, a missing file or an empty one is an InputError naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-actors-'));
  writeFileSync(join(dir, 'a.txt'), 'VELMORA [VLM]\n');
  writeFileSync(join(dir, 'b.csv'), 'name,id,type,country\nQuillon,QMC,organization,VLM\n');
  writeFileSync(join(dir, 'empty.txt'), '# nothing\n');
  const u = loadUserActors([join(dir, 'a.txt'), join(dir, 'b.csv')]);
  assert.deepEqual(u.actors.map((a) => a.id), ['VLM', 'QMC']);
  assert.ok(Object.isFrozen(u.actors));
  assert.throws(() => loadUserActors([join(dir, 'none.txt')]), (e: unknown) => e instanceof InputError && e.file === join(dir, 'none.txt') && /no such file/.test(e.message));
  assert.throws(() => loadUserActors([join(dir, 'empty.txt')]), /empty\.txt: no actor entries/);
});

// ── The gazetteer and extraction ────────────────────────────────────────────

const user = (csv: string): UserActors => ({ files: ['u.csv'], actors: parseUserActors(`name,id,type,country\n${csv}`, 'u.csv') });
const key = (phrase: string) => phraseTokens(phrase).join(' ');

test('a user entry beats the built-in gazetteer, and only in runs given that dictionary', () => {
  const jordanFoods = user('Jordan,JORDAN_FOODS,organization,USA');
  assert.equal(gazetteer().entries.get(key('Jordan'))?.id, 'JOR');
  assert.equal(gazetteer(jordanFoods).entries.get(key('Jordan'))?.id, 'JORDAN_FOODS');
  assert.equal(gazetteer(jordanFoods).entries.get(key('Jordan'))?.kind, 'org');
  // the built-in gazetteer is untouched, and the merged one is made once per dictionary object
  assert.equal(gazetteer().entries.get(key('Jordan'))?.id, 'JOR');
  assert.equal(gazetteer(jordanFoods), gazetteer(jordanFoods));
  assert.equal(gazetteer(null), gazetteer());
});

test('within the user\'s files the first entry of a phrase wins', () => {
  const u: UserActors = { files: ['a.txt', 'b.txt'], actors: [...parseUserActors('BRISK [BRK]\n', 'a.txt'), ...parseUserActors('BRISK [BRQ]\n', 'b.txt')] };
  assert.equal(gazetteer(u).entries.get('brisk')?.id, 'BRK');
});

test('a multi-word user name is found in a sentence, in two runs that do not see each other', () => {
  const u = user('Quillon Mining Company,QMC,organization,ZRV\nKeldra Hills Front,KHF,group,ZRV');
  const doc = { id: 'q', text: 'The Keldra Hills Front attacked a convoy of the Quillon Mining Company on Tuesday.' };
  const withDict = extractTriples(doc, resolveSettings({ actors: u }));
  const hit = withDict.find((t) => t.subject.id === 'KHF' && t.object.id === 'QMC');
  assert.ok(hit, JSON.stringify(withDict.map((t) => [t.subject.id, t.relation.label, t.object.id])));
  assert.deepEqual([hit.subject.type, hit.subject.country, hit.object.type, hit.object.country], ['group', 'ZRV', 'organization', 'ZRV']);
  // the same document without the dictionary, in the same process: no user ids
  const bare = extractTriples(doc, resolveSettings());
  assert.ok(bare.length > 0);
  assert.ok(!bare.some((t) => [t.subject.id, t.object.id].some((id) => id === 'KHF' || id === 'QMC')));
});

test('a synonym names the actor by its primary phrase', () => {
  const u: UserActors = { files: ['w.txt'], actors: parsePetrarchActors('VELMORA [VLM]\n+PORT_ESSEN\nTARN_FRONT [VLMREB]\n', 'w.txt') };
  const ts = extractTriples({ id: 's', text: 'Port Essen condemned the Tarn Front on Monday.' }, resolveSettings({ actors: u }));
  const t = ts.find((x) => x.subject.id === 'VLM');
  assert.ok(t, JSON.stringify(ts.map((x) => [x.subject.id, x.relation.label, x.object.id])));
  assert.equal(t.subject.name, 'Velmora');
  assert.equal(t.subject.mention, 'Port Essen');
  assert.equal(t.object.id, 'VLMREB');
});

test('a user entry that agrees with the built-in one leaves it be: demonyms, and cities placed in that country', () => {
  const u: UserActors = { files: ['r.txt'], actors: parsePetrarchActors('RUSSIA [RUS]\n+RUSSIAN\n+DAGESTAN\n+GROZNY_TOWERS\n', 'r.txt') };
  const g = gazetteer(u);
  assert.equal(gazetteer().entries.get('dagestan')?.kind, 'place', 'the built-in gazetteer should know Dagestan as a place');
  assert.deepEqual([g.entries.get('russian')?.id, g.entries.get('russian')?.kind], ['RUS', 'demonym']);
  assert.deepEqual([g.entries.get('dagestan')?.type, g.entries.get('dagestan')?.country], ['location', 'RUS']);
  // a phrase the built-in gazetteer does not know is the user's
  assert.deepEqual([g.entries.get(key('Grozny Towers'))?.id, g.entries.get(key('Grozny Towers'))?.kind], ['RUS', 'name']);
});

const OFFICE_ROWS: Array<[string, boolean]> = [['VLMGOV', true], ['VLMELI', true], ['IGOUNO', true], ['YUGSRB', false], ['USRARM', false], ['VLM', false]];
for (const [code, office] of OFFICE_ROWS) {
  test(`a dated ${code} ${office ? 'is an office: its holder is a person' : 'names no office'}`, () => {
    const [a] = parsePetrarchActors(`SOMEONE_OR_SOMEWHERE\n\t[${code} 19990101-20031231]\n`, 'o.txt');
    assert.equal(a.type === 'person', office);
  });
}

test('a person of the dictionary after an office and its country holds that office', () => {
  const u = user('Mira Tal,mira-tal,person,ZRV\nZorvania,ZRV,country,ZRV\nZorvanian,ZRV,country,ZRV');
  const ts = extractTriples({ id: 'o', text: 'Zorvanian Prime Minister Mira Tal visited the port on Monday.' }, resolveSettings({ actors: u }));
  const role = ts.find((t) => t.subject.id === 'mira-tal' && t.object.id === 'ZRV');
  assert.ok(role, JSON.stringify(ts.map((t) => [t.subject.id, t.relation.label, t.object.id])));
  assert.match(role.relation.label, /minister/);
});

test('in wire copy in capitals, the user\'s names are re-capitalised and found', () => {
  const u = user('Keldra Hills Front,KHF,group,ZRV\nQuillon Mining Company,QMC,organization,ZRV');
  const text = 'THE KELDRA HILLS FRONT ATTACKED A CONVOY OF THE QUILLON MINING COMPANY ON TUESDAY.';
  assert.match(truecase(text, gazetteer(u)), /the Keldra Hills Front attacked a convoy of the Quillon Mining Company/);
  assert.doesNotMatch(truecase(text), /Keldra/);
  const ts = extractTriples({ id: 'caps', text }, resolveSettings({ actors: u }));
  assert.ok(ts.some((t) => t.subject.id === 'KHF' && t.object.id === 'QMC'), JSON.stringify(ts.map((t) => [t.subject.id, t.relation.label, t.object.id])));
});

const ADJECTIVES: Array<[why: string, dictionary: string, text: string, want: string]> = [
  ['a code the dictionary gives another place takes that place\'s adjective, not the built-in country\'s',
    'ERIADOR  [ERI]\n+ERIADORI\nGONDOR  [GON]\n', 'Eriadori troops attacked Gondor.', 'Eriadori troops'],
  ['the built-in country of the same name keeps its own adjective', 'ISRAEL  [ISR]\n+ISRAELI\nGONDOR  [GON]\n', 'Israeli troops attacked Gondor.', 'Israeli troops'],
];
for (const [why, dictionary, text, want] of ADJECTIVES) {
  test(`dictionary adjectives: ${why}`, () => {
    const actors = { files: ['adj.txt'], actors: parsePetrarchActors(dictionary, 'adj.txt') };
    const ts = extractTriples({ id: 'adj', text }, resolveSettings({ actors }));
    assert.ok(ts.some((t) => t.subject.name === want), JSON.stringify(ts.map((t) => [t.subject.name, t.relation.label, t.object.name])));
  });
}
