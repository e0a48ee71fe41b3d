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
 *   anything else (numbers, booleans, nulls, …)     → the plain list, packed value by value
 * The Cypher side is UNPACK_COLUMNS plus unpackList() for list-valued fields (see cypher.ts).
 *
 * @example
 *   packColumns([['a', 1, ['x']], ['b', 2, ['y', 'z']]], 3)
 *   // ['a\u001fb', [1, 2], 'x\u001fy\u001ez']
 */

/** Unit separator between the rows of a column. Never part of a value joined with it. */
export const SEP = '\u001f';
/** Record separator between the items of one row's string list. */
export const SEP2 = '\u001e';

const plainString = (v: unknown): v is string => typeof v === 'string' && !v.includes(SEP);
const stringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && !x.includes(SEP) && !x.includes(SEP2));

/** One value per column: a joined string where that is exact, else the column as a list. */
export function packColumns(rows: readonly (readonly unknown[])[], width: number): unknown[] {
  const out: unknown[] = [];
  for (let c = 0; c < width; c++) {
    const col = rows.map((r) => r[c] ?? null);
    if (col.length > 0 && col.every(plainString)) out.push(col.join(SEP));
    else if (col.length > 0 && col.every(stringList)) out.push(col.map((l) => l.join(SEP2)).join(SEP));
    else out.push(col);
  }
  return out;
}

/** The parameters every columnar statement takes beside its own. */
export const separators = (): { sep: string; sep2: string } => ({ sep: SEP, sep2: SEP2 });
