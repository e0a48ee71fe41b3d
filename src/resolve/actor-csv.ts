/**
 * actorgraph/resolve/actor-csv — a user actor list as CSV, for people who do not write CAMEO:
 *
 *   name,id,type,country
 *   Acme Mining,ACME,organization,ZAF
 *   Acme,ACME,organization,ZAF          (a second row with the same id adds a name)
 *
 * The header names the columns (any order; `country` may be left out or empty). `type` is one
 * of actorgraph's actor types (organisation is accepted); `country` an ISO alpha-3 code.
 * Fields may be quoted ("Bank of X, The"); a quoted field does not span lines. (No CSV package
 * is a dependency: this is the whole grammar the format needs; csv-parse would do as well.)
 */
import { InputError } from '../errors.js';
import type { ActorType } from '../types.js';
import type { UserActor } from './actor-codes.js';

const TYPES = new Set<ActorType>(['country', 'organization', 'person', 'group', 'location', 'other']);
const HINT = 'The CSV has a header row name,id,type,country and one actor name a row; type is country, organization, person, group, location or other.';

/** Splits one CSV line (RFC 4180 quoting, "" for a quote inside a quoted field). */
export function csvFields(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null; // unclosed quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += line[i++];
      }
      if (i < line.length && line[i] !== ',') return null; // text after a closing quote
    } else {
      const comma = line.indexOf(',', i);
      field = line.slice(i, comma < 0 ? line.length : comma);
      i = comma < 0 ? line.length : comma;
    }
    out.push(field.trim());
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/** Parses an actor CSV. Bad rows throw InputError(file:line). */
export function parseActorCsv(text: string, file: string): UserActor[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.trim());
  if (headerAt < 0) return [];
  const header = csvFields(lines[headerAt])?.map((h) => h.toLowerCase());
  const col = (name: string) => header?.indexOf(name) ?? -1;
  if (!header || col('name') < 0 || col('id') < 0 || col('type') < 0) {
    throw new InputError(`the first row must name the columns name,id,type,country; got "${lines[headerAt].trim()}"`, { file, line: headerAt + 1, hint: HINT });
  }
  const byId = new Map<string, UserActor>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const where = { file, line: i + 1, hint: HINT };
    const f = csvFields(lines[i]);
    if (!f) throw new InputError('unbalanced quotes', where);
    if (f.length > header.length) throw new InputError(`${f.length} fields for ${header.length} columns`, where);
    const name = f[col('name')] ?? '', id = f[col('id')] ?? '';
    const rawType = (f[col('type')] ?? '').toLowerCase().replace('organisation', 'organization') as ActorType;
    const country = col('country') >= 0 ? (f[col('country')] ?? '').toUpperCase() : '';
    if (!name) throw new InputError('empty name', where);
    if (!id) throw new InputError(`no id for "${name}"`, where);
    if (!TYPES.has(rawType)) throw new InputError(`unknown type "${f[col('type')] ?? ''}" for "${name}"`, where);
    if (country && !/^[A-Z]{3}$/.test(country)) throw new InputError(`country "${country}" is not a three-letter code`, where);
    // (a country's own code is its country: "Arnor,ARN,country" acts for ARN)
    const home = country || (rawType === 'country' && /^[A-Z]{3}$/.test(id) ? id : '');
    const prev = byId.get(id);
    if (prev) {
      if (prev.type !== rawType || (prev.country ?? '') !== home) throw new InputError(`"${name}" gives id ${id} another type or country than ${prev.where}`, where);
      prev.phrases.push(name);
      continue;
    }
    byId.set(id, { id, name, type: rawType, ...(home ? { country: home } : {}), phrases: [name], where: `${file}:${i + 1}` });
  }
  return [...byId.values()];
}
