/**
 * A broadcast's own first person (src/extract/station.ts, analyse.ts): where a wire dateline names
 * a station as the text's source and no tag names its author, the text's "we" outside anyone's
 * words and any transcript turn is the station. Sentences of our own, in capitals as agency copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './_triples.ts';
import { stationActor } from '../../src/extract/station.ts';

const weSubjects = (text: string) => run(text).filter((t) => /^(we|us|our)\b/i.test(t.subject.mention ?? '') || t.subject.id === 'radio-libertad').map((t) => `${t.subject.id} -${t.relation.type}->`);

// [why, text, the triple a first person must give]
const SPEAKS: Array<[string, string, string]> = [
  ['a station', 'SAN JOSE, 3 MAR 90 (RADIO LIBERTAD) -- [TEXT] YESTERDAY WE DENOUNCED THE NATIONAL GUARD BEFORE THE WHOLE COUNTRY.', 'radio-libertad -DENOUNCE->'],
  ['a clandestine station that is an armed group\'s voice speaks for the group', 'CLANDESTINE, 3 MAR 90 (RADIO VENCEREMOS) -- [TEXT] YESTERDAY WE AMBUSHED AN ARMY CONVOY NEAR THE BRIDGE.', 'FMLN -AMBUSH->'],
  ['… and its "our units" are the group\'s', 'CLANDESTINE, 3 MAR 90 (RADIO VENCEREMOS) -- [TEXT] THIS MORNING OUR UNITS CAPTURED 20 RIFLES NEAR THE BRIDGE.', 'FMLN -CAPTURE->'],
  ['a television network, its acronym kept', 'SAN JOSE, 4 MAY 90 (CANAL TCS TELEVISION) -- [TEXT] WE HAVE INTERVIEWED MINISTER TOMAS VALE ABOUT THE STRIKE.', 'canal-tcs-television -INTERVIEW->'],
];
for (const [why, text, want] of SPEAKS) {
  test(`a station's first person: ${why}`, () => {
    const got = weSubjects(text);
    assert.ok(got.includes(want), got.join(' | ') || '(nothing)');
  });
}

// [why, text]: no station speaks
const SILENT: Array<[string, string]> = [
  ['a clandestine station no list knows speaks for no one', 'CLANDESTINE, 3 MAR 90 (RADIO LIBERTAD) -- [TEXT] YESTERDAY WE AMBUSHED AN ARMY CONVOY NEAR THE BRIDGE.'],
  ['an agency is no station', 'LIMA, 3 MAR 90 (AFP) -- [TEXT] YESTERDAY WE DENOUNCED THE NATIONAL GUARD BEFORE THE WHOLE COUNTRY.'],
  ['a tag names the author, even one no list knows', 'CLANDESTINE, 3 MAR 90 (RADIO LIBERTAD) -- [COMMUNIQUE] [PATRIOTIC LIBERATION FRONT] [TEXT] WE CONDEMN THE NATIONAL GUARD.'],
  ['an interviewer\'s turn is no one\'s', 'SAN JOSE, 3 MAR 90 (RADIO COLUMBIA) -- [INTERVIEW WITH MINISTER TOMAS VALE BY UNIDENTIFIED REPORTER] [TEXT] [REPORTER] WE CONDEMN THE NATIONAL GUARD.'],
];
for (const [why, text] of SILENT) {
  test(`no station's first person: ${why}`, () => {
    const got = weSubjects(text);
    assert.ok(!got.some((x) => /radio|canal|afp/.test(x)), got.join(' | '));
  });
}

test('a station is named as it names itself; a paper or an agency is none', () => {
  assert.equal(stationActor('CANAL TCS TELEVISION')?.name, 'Canal TCS Television');
  assert.equal(stationActor('RADIO CADENA YSKL')?.id, 'radio-cadena-yskl');
  assert.equal(stationActor('INRAVISION TELEVISION CADENA 1')?.id, 'inravision-television-cadena-1');
  assert.equal(stationActor('EL DIARIO DE HOY'), undefined);
  assert.equal(stationActor('AFP'), undefined);
});
