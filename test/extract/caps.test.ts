/**
 * Wire copy set in capitals (issue 10, pattern 5): names the dictionaries do not know are typed
 * from the entity recogniser once truecasing has lower-cased them (extract/recase.ts). Every
 * sentence is our own, in capitals as agency copy sends it; the rows read the actor that the
 * noun phrase over a word became (the mention stage, before any clause rule) and, for speakers,
 * the attribution of the triples.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/extract/analyse.ts';
import { resolveSettings } from '../../src/settings.ts';
import type { Actor } from '../../src/types.ts';
import { run } from './_triples.ts';
import { everyday } from '../../src/extract/recase.ts';

/** The actors the noun phrase holding `word` resolved to (after coreference), in text set in capitals. */
function actorsAt(text: string, word: string): Actor[] {
  const { an } = analyse({ id: 't', text }, resolveSettings());
  const all: Actor[] = [];
  for (const a of an) {
    a.chs.forEach((c, k) => {
      // (the chunk holding the word, or one whose mention took it in: "troops of the Tecpan Command" is the command)
      const holds = a.s.tokens.slice(c.start, c.end).some((t) => t.lower === word.toLowerCase());
      const took = (a.resolved.get(k) ?? []).filter((x) => x.mention.toLowerCase().split(/\s+/).includes(word.toLowerCase()));
      if (c.kind === 'NP') all.push(...(holds ? a.resolved.get(k) ?? [] : took));
    });
  }
  return all;
}
const shown = (xs: Actor[]) => xs.map((x) => `${x.name}/${x.type}`).join(' | ') || '(nothing)';

// [sentence, a word of the name, the name as it should read, type]
const PERSONS: Array<[string, string, string]> = [
  // (a surname particle keeps the rest of the surname in the name)
  ['THE GOVERNMENT MET JOSE VALE DE ZORRILLA IN LIMA.', 'vale', 'Jose Vale de Zorrilla'],
  ['COLONEL RAMIRO ESCALANTE ORDERED THE ARREST OF THREE STUDENTS.', 'escalante', 'Ramiro Escalante'],
  ['GUERRILLAS KIDNAPPED BUSINESSMAN HECTOR ALVARADO IN THE CAPITAL.', 'alvarado', 'Hector Alvarado'],
  ['THE POLICE DETAINED ERNESTO PALACIOS MONTERO AT HIS HOME.', 'palacios', 'Ernesto Palacios Montero'],
  ['FORMER MINISTER LUCIA FERNANDEZ CRITICIZED THE NEW LAW.', 'fernandez', 'Lucia Fernandez'],
  ['THE BISHOP MET WITH JOSE MARIA QUINTEROS ON TUESDAY.', 'quinteros', 'Jose Maria Quinteros'],
  // (a first name the recogniser took for a place, before a listed surname wink reads as a verb)
  ['POLICE REPORTED THE ATTACK ON RICARDO REYES.', 'reyes', 'Ricardo Reyes'],
  ['POLICE REPORTED THE ATTACK ON ROBERTO MENDES.', 'mendes', 'Roberto Mendes'],
  // (a surname after words of the recogniser's span already recased: "Luis Valencia" + "garcia")
  ['THE STRIKE BEGAN AFTER LUIS VALENCIA GARCIA WAS MURDERED.', 'garcia', 'Luis Valencia Garcia'],
  // (a name no list knows, after the role that describes the person)
  ['SWEDISH REPORTER ERLEND VASKO WAS KILLED THIS MORNING IN SAN MIGUEL.', 'vasko', 'Erlend Vasko'],
  // (… but not an English word no lexicon lists, by its ending: "surnamed")
  ['A FORMER MINISTER SURNAMED CORDOVA WAS KILLED IN SAN MIGUEL.', 'cordova', 'Cordova'],
  // (a given name hyphened together whose second half is an English word: "SONG", "SUN")
  ['THE CONGRESS SENT A MESSAGE TO PRESIDENT KIM TAE-SONG.', 'kim', 'Kim Tae-Song'],
  ['THE DELEGATION PRAISED MARSHAL PAK MYONG-SUN FOR HIS LEADERSHIP.', 'pak', 'Pak Myong-Sun'],
  ['GENERAL RI CHOL-SONG DENOUNCED THE AGGRESSION.', 'ri', 'Ri Chol-Song'],
];
for (const [text, word, name] of PERSONS) {
  test(`caps: "${name}" is a person in "${text.slice(0, 40)}…"`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.some((x) => x.type === 'person' && x.name === name), shown(got));
  });
}

// A name the recogniser found once is a name wherever it stands in the document.
const SPREAD: Array<[string, string, string]> = [
  ['JUDGE ARMANDO QUIROGA SENTENCED TWO SOLDIERS. QUIROGA LATER RECEIVED THREATS.', 'quiroga', 'Armando Quiroga'],
  ['REBELS SHOT MAYOR ISIDRO CARBAJAL. THE ARMY SAID CARBAJAL DIED IN THE HOSPITAL.', 'carbajal', 'Isidro Carbajal'],
  ['COLONEL RAMIRO ESCALANTE VISITED THE BASE. TROOPS LATER ESCORTED ESCALANTE TO THE AIRPORT.', 'escalante', 'Ramiro Escalante'],
  ['POLICE ARRESTED ERNESTO PALACIOS MONTERO. PALACIOS MONTERO DENIED THE CHARGES.', 'montero', 'Ernesto Palacios Montero'],
];
for (const [text, word, name] of SPREAD) {
  test(`caps: the second "${word}" is still ${name}`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.filter((x) => x.type === 'person' && x.name === name).length >= 2, shown(got));
  });
}

// Everyday words in a name span are never made names; a title before a name stays a title.
const NOT_NAMES: Array<[string, string]> = [
  ['THE PRESS REPORTED THAT THE ARMY ATTACKED A VILLAGE.', 'press'],
  ['THE GUARD OPENED FIRE ON THE DEMONSTRATORS.', 'guard'],
  ['THE ANNOUNCER READ A COMMUNIQUE FROM THE REBELS.', 'announcer'],
  ['THE COMMANDER SAID THE TROOPS WOULD STAY.', 'commander'],
  ['THE NEWSMEN LEFT THE BUILDING BEFORE THE BLAST.', 'newsmen'],
  ['TWO DESERTERS SURRENDERED TO THE POLICE.', 'deserters'],
];
for (const [text, word] of NOT_NAMES) {
  test(`caps: "${word}" stays a common noun`, () => {
    const got = actorsAt(text, word);
    assert.ok(!got.some((x) => x.type === 'person'), shown(got));
  });
}

// Units and bodies named after a person or a place ("the X battalion"); known acronyms.
const BODIES: Array<[string, string, string]> = [
  ['THE ZAMORANO BATTALION ATTACKED A REBEL CAMP.', 'zamorano', 'Zamorano Battalion'],
  ['THE CHAPARRASTIQUE REGIMENT ARRIVED IN THE TOWN.', 'chaparrastique', 'Chaparrastique Regiment'],
  ['TROOPS OF THE TECPAN COMMAND CLASHED WITH GUERRILLAS.', 'tecpan', 'Tecpan Command'],
  ['THE ALVARENGA FOUNDATION DENOUNCED THE KILLINGS.', 'alvarenga', 'Alvarenga Foundation'],
  ['THE FMLN ATTACKED AN ARMY POST.', 'fmln', 'FMLN'],
  ['THE PCCH CLAIMED THE ATTACK ON THE POLICE STATION.', 'pcch', 'PCCH'],
];
for (const [text, word, name] of BODIES) {
  test(`caps: "${name}" is an organisation`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.some((x) => (x.type === 'organization' || x.type === 'group') && x.name.toLowerCase().includes(name.toLowerCase())), shown(got));
  });
}

// Places the dictionaries do not know, read from the recogniser.
const PLACES: Array<[string, string, string]> = [
  ['GUERRILLAS ATTACKED A POLICE STATION IN CHALCHUAPA YESTERDAY.', 'chalchuapa', 'Chalchuapa'],
  ['THE ARMY REINFORCED ITS POSITIONS NEAR TEJUTEPEQUE.', 'tejutepeque', 'Tejutepeque'],
  ['TWO BRIDGES WERE DESTROYED NEAR SAN ISIDRO LABRADOR.', 'labrador', 'San Isidro Labrador'],
  ['THE REBELS WITHDREW FROM LA PALMERA AFTER THE CLASH.', 'palmera', 'La Palmera'],
  // (a Spanish article opening a place whose other word truecasing had capitalised already)
  ['THE PRESIDENT FLEW TO LA PAZ ON MONDAY.', 'paz', 'La Paz'],
  ['GUERRILLAS ATTACKED A BANK IN LA PAZ.', 'paz', 'La Paz'],
];
for (const [text, word, name] of PLACES) {
  test(`caps: "${name}" is a place`, () => {
    const got = actorsAt(text, word);
    assert.ok(got.some((x) => (x.type === 'location' || x.type === 'country') && x.name === name), shown(got));
  });
}

// Speakers: the attribution of a reported clause is the person or body named, typed.
const SPEAKERS: Array<[string, string, Actor['type']]> = [
  ['COLONEL RAMIRO ESCALANTE SAID THAT THE FMLN DESTROYED TWO BRIDGES.', 'Ramiro Escalante', 'person'],
  ['SALVADORAN TROOPS BURNED FIVE HOUSES, POLICE CHIEF ORLANDO BENAVIDES SAID.', 'Orlando Benavides', 'person'],
  ['ACCORDING TO MAYOR ISIDRO CARBAJAL, THE FMLN KILLED TWO PEASANTS.', 'Isidro Carbajal', 'person'],
  ['THE ZAMORANO BATTALION REPORTED THAT THE FMLN ATTACKED A FARM.', 'Zamorano Battalion', 'organization'],
  ['BISHOP ROMULO VALLADARES SAID THAT HONDURAN SOLDIERS DETAINED TWO PRIESTS.', 'Romulo Valladares', 'person'],
];
for (const [text, name, type] of SPEAKERS) {
  test(`caps: ${name} is the ${type} who said it`, () => {
    const ts = run(text);
    const who = ts.map((t) => t.attribution).filter((x): x is Actor => !!x);
    assert.ok(ts.length > 0, 'no triple');
    assert.ok(who.some((x) => x.name === name && x.type === type), `attributions: ${shown(who)}`);
  });
}

// The everyday-word test that keeps ordinary words out of names: lexicon words, plurals of
// people's nouns wink lists only in the singular; not first names, surnames or unknown towns.
const WORDS: Array<[string, boolean]> = [
  ['said', true], ['force', true], ['announcer', true], ['newsmen', true], ['deserters', true], ['parliamentarians', true],
  ['jose', false], ['hector', false], ['cristiani', false], ['chalchuapa', false],
];
for (const [word, want] of WORDS) test(`caps: "${word}" is ${want ? '' : 'not '}an everyday word`, () => assert.equal(everyday(word), want));

// A surname in "-es" read as a verb is a word of the name, no predicate: no relation labelled with it.
const SURNAMES_NOT_VERBS: Array<[string, string]> = [
  ['SAN SALVADOR, 3 MAR 90 (EFE) -- [TEXT] COLONEL FRANCISCO ELENA FUENTES, COMMANDER OF THE 1ST INFANTRY BRIGADE, TODAY REFUTED THE CHARGES.', 'fuentes'],
  ['GUATEMALA CITY, 3 MAR 90 (EFE) -- [TEXT] JUDGE ANA MARIA FLORES, A MEMBER OF THE SUPREME COURT, TODAY ORDERED THE ARREST OF JUAN ROJAS.', 'flores'],
];
for (const [text, surname] of SURNAMES_NOT_VERBS) {
  test(`caps copy: the surname "${surname}" is no verb`, () => {
    const ts = run(text);
    assert.ok(ts.length > 0 && !ts.some((t) => t.relation.label.split(' ').includes(surname)), ts.map((t) => `${t.subject.name} -${t.relation.label}-> ${t.object.name}`).join(' | ') || '(nothing)');
  });
}
