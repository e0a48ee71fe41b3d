/**
 * actorgraph/extract/state-agent — the implicit agent of legal and coercive acts reported in the
 * passive without "by": "A US national was arrested in Italy" → Italy –arrest→ the national.
 * Arrests, trials, expulsions and bans are acts of the state where they happen (the convention of
 * the CAMEO/PLOVER coders, who code the location's government as the source). Only for verbs of
 * state power, and only with a place of action naming a country (or a city that lies in one).
 */
import type { Actor } from '../types.js';
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import { gazetteer } from '../resolve/gazetteer.js';

/** Verbs of state power; "put" only as "put under arrest/investigation". */
const STATE_ACTS = new Set(['arrest', 'detain', 'jail', 'imprison', 'sentence', 'convict', 'charge', 'indict', 'prosecute',
  'investigate', 'interrogate', 'expel', 'deport', 'extradite', 'execute', 'ban', 'fine', 'try', 'put', 'hold', 'seize']);
/** How many chunks after the verb the "in <country>" phrase may sit. */
const REACH = 6;

export interface StateAct { clause: Clause; agent: Actor; label: string }

export function findStateActs(a: Analysed): StateAct[] {
  const out: StateAct[] = [];
  const { chs, s } = a;
  for (const c of a.clauses) {
    if (c.rule !== 'passive-no-agent' || !c.objects.length || !STATE_ACTS.has(c.verb.lemma)) continue;
    if (c.verb.lemma === 'put' && s.tokens[chs[c.vg + 1]?.start ?? -1]?.lower !== 'under') continue;
    for (let k = c.vg + 1; k < chs.length && k <= c.vg + REACH; k++) {
      if (chs[k].kind === 'VG' || chs[k].kind === 'REL' || chs[k].kind === 'SCONJ') break;
      if (chs[k].kind !== 'ADP' || s.tokens[chs[k].start].lower !== 'in') continue;
      const place = a.resolved.get(k + 1)?.[0];
      const code = place?.type === 'country' ? place.id : place?.type === 'location' ? place.country : undefined;
      const country = code ? gazetteer().actors.get(code) : undefined;
      // "put under investigation" says what was done; the other verbs say it themselves
      const label = c.verb.lemma === 'put' ? `put under ${s.tokens[chs[c.vg + 2]?.head ?? -1]?.lower ?? ''}`.trim() : c.verb.label;
      if (country) out.push({ clause: c, label, agent: { id: country.id, name: country.name, type: 'country', mention: place!.mention, country: country.id } });
      break;
    }
  }
  return out;
}
