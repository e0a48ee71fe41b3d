/**
 * actorgraph/extract/state-agent — the implicit agent of legal and coercive acts reported in the
 * passive without "by": "A US national was arrested in Italy" → Italy –arrest→ the national.
 * Arrests, trials, expulsions and bans are acts of the state where they happen (the convention of
 * the CAMEO/PLOVER coders, who code the location's government as the source). Only for verbs of
 * state power, and only with a place of action naming a country (or a city that lies in one).
 * Likewise a removal from a body is that body's act: "was expelled from the Labour party", "were
 * expelled from Britain" (a party, a firm, an armed group or a state, never a mere place).
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import { countryActor, gazetteer } from '../resolve/gazetteer.js';

/** Verbs of state power; "put" only as "put under arrest/investigation". */
const STATE_ACTS = new Set(['arrest', 'detain', 'jail', 'imprison', 'sentence', 'convict', 'charge', 'indict', 'prosecute',
  'investigate', 'interrogate', 'expel', 'deport', 'extradite', 'execute', 'ban', 'fine', 'try', 'put', 'hold', 'seize']);
/**
 * Verbs of putting someone out of a body: the body they are put out of did it ("was expelled from
 * the Labour party" → Labour –expel→ him; "diplomats were expelled from Britain" → the state).
 */
const REMOVAL_ACTS = new Set(['expel', 'suspend', 'sack', 'dismiss', 'oust', 'exclude', 'eject', 'bar', 'ban', 'disqualify', 'deselect', 'fire', 'deport']);
/** How many chunks after the verb the "in <country>" phrase may sit. */
const REACH = 6;

export interface StateAct { clause: Clause; agent: Actor; label: string; rule: 'passive:state' | 'passive:from' }

export function findStateActs(a: Analysed): StateAct[] {
  const out: StateAct[] = [];
  const { chs, s } = a;
  for (const c of a.clauses) {
    if (c.rule !== 'passive-no-agent' || !c.objects.length) continue;
    const from = REMOVAL_ACTS.has(c.verb.lemma) ? bodyLeft(a, c) : undefined;
    if (from) { out.push({ clause: c, label: c.verb.label, agent: from, rule: 'passive:from' }); continue; }
    if (!STATE_ACTS.has(c.verb.lemma)) continue;
    if (c.verb.lemma === 'put' && s.tokens[chs[c.vg + 1]?.start ?? -1]?.lower !== 'under') continue;
    for (let k = c.vg + 1; k < chs.length && k <= c.vg + REACH; k++) {
      if (chs[k].kind === 'VG' || chs[k].kind === 'REL' || chs[k].kind === 'SCONJ') break;
      if (chs[k].kind !== 'ADP' || s.tokens[chs[k].start].lower !== 'in') continue;
      const place = a.resolved.get(k + 1)?.[0];
      const code = place?.type === 'country' ? place.id : place?.type === 'location' ? place.country : undefined;
      const agent = code ? countryActor(gazetteer(), code, place!.mention) : undefined;
      // "put under investigation" says what was done; the other verbs say it themselves
      const label = c.verb.lemma === 'put' ? `put under ${s.tokens[chs[c.vg + 2]?.head ?? -1]?.lower ?? ''}`.trim() : c.verb.label;
      if (agent) out.push({ clause: c, label, agent, rule: 'passive:state' });
      break;
    }
  }
  return out;
}

/** The body or country named in the "from" phrase right after the verb: "was expelled from the party of X" takes the party's actor only. */
function bodyLeft(a: Analysed, c: Clause): Actor | undefined {
  const { chs, s } = a;
  const k = c.vg + 1;
  if (chs[k]?.kind !== 'ADP' || s.tokens[chs[k].start].lower !== 'from') return undefined;
  const x = a.resolved.get(k + 1)?.[0];
  return x && /^(organization|country|group)$/.test(x.type) ? x : undefined;
}
