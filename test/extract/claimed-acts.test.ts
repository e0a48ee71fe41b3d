/**
 * A claim or a charge of responsibility for an act named by its noun answers who did the acts the
 * report told with no doer (src/extract/claimed-acts.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const byRule = (text: string) => run(text).filter((t) => t.rule === 'responsible:act');

// [why, text, the triples the noun gives (by show), modality of each]
const LINKED: Array<[why: string, text: string, want: string[], modality: string]> = [
  ['a claim of responsibility for "the kidnapping" names who kidnapped the victim told before',
    'Senator Tom Vale was kidnapped on Monday in Lima. The Zentrix Front claimed responsibility for the kidnapping.', ['zentrix-front -KIDNAP-> tom-vale'], 'asserted'],
  ['a singular noun refers to the nearest earlier act of its kind only',
    'Senator Tom Vale was killed on Monday in Lima. Judge Ana Ruiz was killed on Tuesday in Cuzco. The Zentrix Front claimed responsibility for the murder.', ['zentrix-front -KILL-> ana-ruiz'], 'asserted'],
  ['a plural noun refers to all the earlier acts; a charge is possible',
    'Senator Tom Vale was killed on Monday in Lima. Judge Ana Ruiz was killed on Tuesday in Cuzco. The police blamed the Zentrix Front for the murders.', ['zentrix-front -KILL-> ana-ruiz', 'zentrix-front -KILL-> tom-vale'], 'possible'],
  ['the agent of "the attack could have been carried out by" is its possible doer',
    'LIMA, 3 MAY 90 (EFE) -- A BOMB EXPLODED AT A BANK LAST NIGHT. THE ATTACK COULD HAVE BEEN CARRIED OUT BY THE SHINING PATH.', ['SHINING_PATH -BOMB-> bank'], 'possible'],
  ['a claim of credit for "the attack" names who did the acts told before', 'Senator Tom Vale was killed on Monday in Lima. The Zentrix Front claimed credit for the attack.', ['zentrix-front -KILL-> tom-vale'], 'asserted'],
  ['a noun of another kind of act refers to none', 'Senator Tom Vale was kidnapped on Monday in Lima. The Zentrix Front claimed responsibility for the bombing.', [], ''],
  ['a claim refers back, never forward', 'The Zentrix Front claimed responsibility for the kidnapping. Senator Tom Vale was kidnapped on Monday in Lima.', [], ''],
  ['a noun with no determiner names a kind of act, not the one told', 'Senator Tom Vale was killed on Monday in Lima. The police said murder by the Zentrix Front is a constant practice.', [], ''],
  ['a charge still to be laid names no doer', 'Senator Tom Vale was kidnapped on Monday in Lima. The police will blame the Zentrix Front for the kidnapping.', [], ''],
  ['a denied claim names no doer', 'Senator Tom Vale was kidnapped on Monday in Lima. The Zentrix Front did not claim responsibility for the kidnapping.', [], ''],
];
for (const [why, text, want, modality] of LINKED) {
  test(`claimed acts: ${why}`, () => {
    const ts = byRule(text);
    assert.deepEqual(ts.map(show).sort(), want, ts.map(show).join(' | '));
    for (const t of ts) {
      assert.equal(t.relation.modality, modality);
      // (the claim's sentence is the evidence; the victim is reached through the noun as written)
      assert.match(t.evidence.text, /responsibility|credit|blamed|CARRIED OUT/);
      assert.match(t.object.mention ?? '', /^(the|THE) (kidnapping|murders?|attack)$/);
    }
  });
}

test('claimed acts: the "on" phrase of a charge names the doer, not a target ("blamed the attacks on the Zentrix Front")', () => {
  const ts = run('A bomb exploded at a bank in Lima. The authorities blamed the attacks on the Zentrix Front.');
  assert.ok(!ts.some((t) => t.object.id === 'zentrix-front' && /ASSAULT|FIGHT/.test(t.relation.category ?? '')), ts.map(show).join(' | '));
});
