/** When a capital stands for its state (src/resolve/capitals.ts): sentences' endpoints written for the rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareCapital, capitalStandsForState } from '../../src/resolve/capitals.ts';
import { gazetteer } from '../../src/resolve/gazetteer.ts';
import type { Actor } from '../../src/types.ts';

const city = (name: string, country: string, mention = name): Actor => ({ id: name.toLowerCase(), name, type: 'location', country, mention });

const CASES: Array<[why: string, actor: Actor, verb: string, role: 'subject' | 'object', want: string | undefined]> = [
  ['a bare capital saying something is its state', city('Moscow', 'RUS'), 'say', 'subject', 'RUS'],
  ['a bare capital agreeing is its state', city('Washington', 'USA'), 'agree', 'subject', 'USA'],
  ['a bare capital accused is its state', city('Beijing', 'CHN'), 'accuse', 'object', 'CHN'],
  ['a bare capital condemning is its state', city('Tehran', 'IRN'), 'condemn', 'subject', 'IRN'],
  ['a capital sending troops is its state', city('Moscow', 'RUS'), 'send', 'subject', 'RUS'],
  ['a capital bombed is the city', city('Kyiv', 'UKR'), 'bomb', 'object', undefined],
  ['a capital with a modifier is the city', city('Beirut', 'LBN', 'central Beirut'), 'say', 'subject', undefined],
  ['a capital hosting an event is the city', city('London', 'GBR'), 'host', 'subject', undefined],
  ['a capital arrived in is the city', city('Cairo', 'EGY'), 'arrive', 'object', undefined],
  ['a city that is no capital never stands for the state', city('Kirkuk', 'IRQ'), 'say', 'subject', undefined],
];
for (const [why, a, verb, role, want] of CASES) {
  test(`capitals: ${why}: ${a.mention} (${role} of ${verb}) → ${want ?? 'the city'}`, () => {
    const got = capitalStandsForState(a, verb, role);
    assert.equal(got?.id, want);
    if (got) assert.deepEqual([got.type, got.country, got.mention], ['country', want, a.mention]);
  });
}

const SEATS: Array<[why: string, actor: Actor, verb: string, role: 'subject' | 'object', want: string | undefined]> = [
  ['a body\'s seat voting is the body', city('Westminster', 'GBR'), 'vote', 'subject', 'UK_PARLIAMENT'],
  ['… and so when it fines someone', city('Brussels', 'BEL'), 'fine', 'subject', 'EC_COMMISSION'],
  ['… or is criticised', city('Brussels', 'BEL'), 'criticize', 'object', 'EC_COMMISSION'],
  ['… and so whatever it does', city('Westminster', 'GBR'), 'have', 'subject', 'UK_PARLIAMENT'],
  ['a seat one travels to is the place', city('Brussels', 'BEL'), 'head', 'object', undefined],
  ['a seat with a modifier is the place', city('Westminster', 'GBR', 'central Westminster'), 'vote', 'subject', undefined],
];
for (const [why, a, verb, role, want] of SEATS) {
  test(`capitals: ${why}: ${a.mention} (${role} of ${verb}) → ${want ?? 'the place'}`, () => {
    const got = capitalStandsForState(a, verb, role);
    assert.equal(got?.id, want);
    if (got) assert.deepEqual([got.type, got.mention], ['organization', a.mention]);
  });
}

test('capitals: a seat is no capital, and the gazetteer reads it as a place of its country', () => {
  assert.equal(bareCapital(city('Westminster', 'GBR')), false);
  const e = gazetteer().entries.get('westminster');
  assert.deepEqual([e?.type, e?.kind, e?.country, e?.seatOf], ['location', 'seat', 'GBR', 'UK_PARLIAMENT']);
});

test('capitals: only a location named by the bare capital is a bare capital', () => {
  assert.equal(bareCapital(city('Paris', 'FRA')), true);
  assert.equal(bareCapital(city('Paris', 'FRA', 'the streets of Paris')), false);
  assert.equal(bareCapital({ name: 'France', type: 'country', mention: 'France' }), false);
});
