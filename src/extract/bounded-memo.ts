/**
 * actorgraph/extract/bounded-memo — remembers a pure function's answers by its string argument,
 * for rules that build something costly (a RegExp) from a few words asked of again and again
 * across a corpus: the same mention names recur in sentence after sentence.
 *
 * Bounded: when it holds `limit` answers it forgets them all and starts again, so a long run over
 * many documents never grows without end (a clear is cheap, and the recurring keys come back at once).
 * Only for pure functions: the answer must depend on the key alone.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  const known = new Map<string, T>();
  return (key: string): T => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
