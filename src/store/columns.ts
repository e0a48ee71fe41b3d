/**
 * actorgraph/store/columns — a batch of positional rows → one parameter value per column, with
 * string columns joined into ONE string that the server splits back (Cypher's native split()).
 *
 * Why: neo4j-driver packs every value of a parameter on its own, about 1.6 µs each in JS here,
 * and the server decodes each one again. An evidence batch is 2,000 rows × 17 values; sent as
 * lists, packing it cost more client CPU than the server spent writing it (17,641 BBC evidence
 * rows: 490 ms client + 220 ms server to ship as lists; 40–70 ms client as joined columns,
 * measured with a no-op `RETURN size($cols)`). Joining is exact: split() keeps empty pieces, so n
 * strings joined by SEP always split back into the same n strings.
 *
 * Column shapes (decided per batch and per column, so any value still travels safely):
 *   every value a string without SEP               → "v1␟v2␟…"            (server: split(c, $sep))
 *   every value a non-empty string[] without SEP/SEP2 → "a␞b␟c␟…"         (then split(x, $sep2) per row)
 *   every value a finite number (not -0)           → {n: "1␟0.9␟…"}     (toFloat: JS numbers travel as
 *                                                     floats anyway, and String() round-trips a double)
 *   every value a boolean                          → {b: "true␟false␟…"} (toBoolean)
 *   strings without SEP, and nulls                 → {z: "a␝␟b…"}       (a whole value NUL is a null)
 *   anything else                                  → the plain list, packed value by value
 * Why the typed shapes too: the driver's per-value cost is mostly its type checks (temporal, spatial),
 * paid on every number, boolean and null of a list; a BBC load has ~100k of them.
 * The Cypher side is UNPACK_COLUMNS plus unpackList() for list-valued fields (see cypher.ts).
 *
 * @example
 *   packColumns([['a', 1, ['x']], ['b', 2, ['y', 'z']]], 3)
 *   // ['a\u001fb', { n: '1\u001f2' }, 'x\u001fy\u001ez']
 */

/** Unit separator between the rows of a column. Never part of a value joined with it. */
export const SEP = '\u001f';
/** Record separator between the items of one row's string list. */
export const SEP2 = '\u001e';
/** Group separator: a whole value of a 'z' column that stands for null. */
export const NUL = '\u001d';

const plainString = (v: unknown): v is string => typeof v === 'string' && !v.includes(SEP);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0);
const nullableString = (v: unknown): v is string | null => v === null || (typeof v === 'string' && !v.includes(SEP) && v !== NUL);
const stringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && !x.includes(SEP) && !x.includes(SEP2));

/** One value per column: a joined string (typed, for numbers, booleans and nulls) where that is exact, else the column as a list. */
export function packColumns(rows: readonly (readonly unknown[])[], width: number): unknown[] {
  const out: unknown[] = [];
  for (let c = 0; c < width; c++) {
    const col = rows.map((r) => r[c] ?? null);
    if (col.length > 0 && col.every(plainString)) out.push(col.join(SEP));
    else if (col.length > 0 && col.every(stringList)) out.push(col.map((l) => l.join(SEP2)).join(SEP));
    else if (col.length > 0 && col.every(finite)) out.push({ n: col.map(String).join(SEP) });
    else if (col.length > 0 && col.every((v) => typeof v === 'boolean')) out.push({ b: col.join(SEP) });
    else if (col.length > 0 && col.every(nullableString)) out.push({ z: col.map((x) => x ?? NUL).join(SEP) });
    else out.push(col);
  }
  return out;
}

/** The parameters every columnar statement takes beside its own. */
export const separators = (): { sep: string; sep2: string; nul: string } => ({ sep: SEP, sep2: SEP2, nul: NUL });
