/**
 * The turns of a wire transcript (src/extract/turns.ts) and whose first persons and statements
 * they make (extract/analyse.ts): "[VALE] WE WILL …" is Tom Vale speaking, "[REPORTER] …" no one
 * named. Transcripts written for the rule, in the capitals of monitoring-service copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerSpeakers, readTurns } from '../../src/extract/turns.ts';
import { run } from './_triples.ts';
import type { Triple } from '../../src/types.ts';

const HEAD = 'LIMA, 12 MAR 90 -- [INTERVIEW WITH PERUVIAN PRESIDENT TOM VALE BY ANA RUIZ] [TEXT] ';

/** [why, text, the turns read as "NAME@first words" ("-" for an interviewer's)]. */
const TURNS: Array<[why: string, text: string, want: string[]]> = [
  ['a tag after the header and one opening a line', `${HEAD}[RUIZ] WHY?\n\n[VALE] BECAUSE.`, ['RUIZ@WHY?', 'VALE@BECAUSE.']],
  ['an interviewer\'s tag opens a turn of no one named', `${HEAD}[REPORTER] WHY?\n\n[VALE] BECAUSE.`, ['-@WHY?', 'VALE@BECAUSE.']],
  ['a note after the comma is dropped', `${HEAD}[VALE, IN ENGLISH] YES.`, ['VALE@YES.']],
  ['a recording played in a report, closed by its end tag', 'LIMA, 12 MAR 90 -- [REPORT] [TEXT] THE MINISTER SPOKE.\n[BEGIN RECORDING] [VALE] WE WILL WIN. [END RECORDING]\nTHE ARMY LEFT.', ['VALE@WE WILL WIN.']],
  ['a report\'s tags end with its text tag: no turn', 'LIMA, 12 MAR 90 -- [REPORT] [TOM VALE] [TEXT] WE CONDEMN IT.', []],
  ['an editor\'s tag opening a line is no speaker', `${HEAD}[VALE] YES.\n\n[WORDS INDISTINCT] THE ARMY LEFT.`, ['VALE@YES.\n\n[WORDS INDISTINCT] THE ARMY LEFT.']],
  ['an expansion inside a sentence is no speaker', 'LIMA, 12 MAR 90 -- [TEXT] THE MRTA [TUPAC AMARU REVOLUTIONARY MOVEMENT] ATTACKED.', []],
  ['a long body name in a tag is no speaker\'s turn', 'LIMA, 12 MAR 90 -- [TEXT]\n[PERUVIAN NATIONAL LIBERATION FRONT GENERAL COMMAND] WE WIN.', []],
];
for (const [why, text, want] of TURNS) {
  test(`transcript turns: ${why}`, () => {
    const got = readTurns(text).turns.map((t) => `${t.name ?? '-'}@${text.slice(t.start, t.end).trim()}`);
    assert.deepEqual(got, want);
  });
}

const HEADERS: Array<[why: string, tags: string[], want: string[]]> = [
  ['the interviewee and the interviewer', ['INTERVIEW WITH PERUVIAN PRESIDENT TOM VALE BY ANA RUIZ', 'TEXT'], ['PERUVIAN PRESIDENT TOM VALE', 'ANA RUIZ']],
  ['an office after a comma stays with its holder', ['NEWS CONFERENCE WITH TOM VALE, CHIEF OF THE PERUVIAN ARMY, BY UNIDENTIFIED REPORTERS'], ['TOM VALE, CHIEF OF THE PERUVIAN ARMY', 'UNIDENTIFIED REPORTERS']],
  ['a note on place after the interviewer is dropped', ['PRESS CONFERENCE WITH TOM VALE BY REPORTERS AT GOVERNMENT HOUSE'], ['TOM VALE', 'REPORTERS']],
  ['a communique names no interview', ['COMMUNIQUE', 'THE ZENTRIX FRONT', 'TEXT'], []],
];
for (const [why, tags, want] of HEADERS) test(`transcript header: ${why}`, () => assert.deepEqual(headerSpeakers(tags), want));

const show = (ts: Triple[]) => ts.map((t) => `${t.subject.id} -${t.relation.lemma}-> ${t.object.id} @${t.attribution?.id ?? ''}`).join(' | ');

/** [why, transcript, a triple wanted as "SUBJ -lemma-> OBJ @SPEAKER", or one that must not come out ("!SUBJ -lemma-> OBJ")]. */
const RUNS: Array<[why: string, text: string, want: string]> = [
  ['"we" in a president\'s turn is his state, what he says his', `${HEAD}[RUIZ] WHAT WILL YOU DO?\n\n[VALE] WE WILL DEFEAT THE SHINING PATH.`, 'PER -defeat-> SHINING_PATH @tom-vale'],
  ['"I" in the turn is the speaker in full', `${HEAD}[VALE] I CONDEMN THE SHINING PATH.`, 'tom-vale -condemn-> SHINING_PATH @tom-vale'],
  ['"our troops" are his side\'s', `${HEAD}[REPORTER] AND THE TOWN?\n\n[VALE] OUR TROOPS WILL DEFEAT THE SHINING PATH.`, 'PER -defeat-> SHINING_PATH @tom-vale'],
  ['a body\'s officer named in the header speaks for the body', 'LIMA, 12 MAR 90 -- [NEWS CONFERENCE WITH COLONEL TOM VALE, CHIEF OF THE PERUVIAN ARMY, BY UNIDENTIFIED REPORTERS] [TEXT] [VALE] WE WILL DEFEAT THE SHINING PATH.', 'per-army -defeat-> SHINING_PATH @tom-vale'],
  ['a recorded speaker\'s turn in a report', 'LIMA, 12 MAR 90 -- [REPORT] [TEXT] PRESIDENT TOM VALE SPOKE TODAY.\n[BEGIN RECORDING] [VALE] I CONDEMN THE SHINING PATH. [END RECORDING]', 'tom-vale -condemn-> SHINING_PATH @tom-vale'],
  ['an interviewer\'s "we" is not the president\'s', `${HEAD}[VALE] YES.\n\n[REPORTER] WE CONDEMN THE SHINING PATH.`, '!PER -condemn-> SHINING_PATH'],
  ['the words after a recording are not the speaker\'s', 'LIMA, 12 MAR 90 -- [REPORT] [TEXT] PRESIDENT TOM VALE SPOKE TODAY.\n[BEGIN RECORDING] [VALE] YES. [END RECORDING]\nWE CONDEMN THE SHINING PATH.', '!tom-vale -condemn-> SHINING_PATH'],
  ['a "he" in the turn is not its speaker', `${HEAD}[RUIZ] AND THE ARMY?\n\n[VALE] I UNDERSTAND THAT HE HAS ALREADY SUMMONED THE TOP OFFICERS.`, '!tom-vale -summon-> concept:top-officer'],
  ['a tag is no subject of the turn\'s first sentence', `${HEAD}[RUIZ] WHY?\n\n[VALE] THE ARMY ATTACKED THE SHINING PATH.`, '!tom-vale -attack-> SHINING_PATH'],
];
for (const [why, text, want] of RUNS) {
  test(`transcript turns: ${why}`, () => {
    const ts = run(text);
    const got = show(ts).split(' | ');
    // (a triple that must not come out, whoever it is said by)
    if (want.startsWith('!')) assert.ok(!got.some((g) => g.split(' @')[0] === want.slice(1).split(' @')[0]), show(ts));
    else assert.ok(got.includes(want), show(ts));
  });
}
