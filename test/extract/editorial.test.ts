/**
 * The editor's square brackets (src/extract/editorial.ts): blanked for reading, same length,
 * while the evidence keeps the original text. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankEditorial } from '../../src/extract/editorial.ts';
import { run } from './_triples.ts';

/** The text with `part` turned into spaces. */
const blanked = (text: string, part: string) => text.replace(part, ' '.repeat(part.length));

const ROWS: Array<[what: string, text: string, want: string]> = [
  ['an expansion after an acronym in wire copy', 'THE URNG [GUATEMALAN NATIONAL REVOLUTIONARY UNITY] REBELS ATTACKED THE BARRACKS.',
    blanked('THE URNG [GUATEMALAN NATIONAL REVOLUTIONARY UNITY] REBELS ATTACKED THE BARRACKS.', '[GUATEMALAN NATIONAL REVOLUTIONARY UNITY]')],
  ['a tag inside a sentence of wire copy', 'THE NATIONAL GUARD [WORDS INDISTINCT] ARRESTED TWO STUDENTS IN THE TOWN.',
    blanked('THE NATIONAL GUARD [WORDS INDISTINCT] ARRESTED TWO STUDENTS IN THE TOWN.', '[WORDS INDISTINCT]')],
  ['a pronoun with the name that says whom it means', '"He [Petrov] has never paid," she said.', '"    Petrov  has never paid," she said.'],
  ['other brackets in ordinary copy stay', '"The [Lisbon] vision is a compelling one," he said.', '"The [Lisbon] vision is a compelling one," he said.'],
  ['text without brackets is returned as it is', 'Chile criticised Peru.', 'Chile criticised Peru.'],
];
for (const [what, text, want] of ROWS) {
  test(`editorial brackets: ${what}`, () => {
    const out = blankEditorial(text);
    assert.equal(out, want);
    assert.equal(out.length, text.length);
  });
}

test('editorial brackets: a tag no longer splits the clause, and the evidence keeps it', () => {
  const text = 'SAN SALVADOR, 3 MAR 90 (ACAN) -- [TEXT] THE TREASURY POLICE [WORDS INDISTINCT] DETAINED TEACHER JUAN PEREZ IN THE MARKET.';
  const ts = run(text);
  const hit = ts.find((t) => t.relation.type === 'DETAIN');
  assert.ok(hit, ts.map((t) => `${t.subject.name} ${t.relation.type} ${t.object.name}`).join(' | ') || '(nothing)');
  assert.deepEqual([hit.subject.name, hit.object.name], ['Salvadoran Treasury Police', 'Juan Perez']);
  assert.match(hit.evidence.text, /\[WORDS INDISTINCT\]/);
});

test('editorial brackets: a named armed group\'s commandos are the group', () => {
  const ts = run('LIMA, 3 MAR 90 (EFE) -- [TEXT] MRTA [TUPAC AMARU REVOLUTIONARY MOVEMENT] COMMANDOS KIDNAPPED BUSINESSMAN CARLOS ROJAS IN LIMA.');
  assert.ok(ts.some((t) => t.subject.id === 'MRTA' && t.relation.type === 'KIDNAP'), ts.map((t) => `${t.subject.id} ${t.relation.type} ${t.object.id}`).join(' | '));
});
