/**
 * actorgraph/nlp/wink-pure — a wink-nlp instance whose reading of a text does not depend on the
 * texts it read before (issue 11 §5).
 *
 * Why: wink-nlp adds every unknown word it meets to its model's lexicon, for the life of the
 * process, and its tokenizer keeps whole any token already in the lexicon. So once some text
 * had "Sony's" kept whole (before a period: "… of Sony's."), every later "Sony's PlayStation"
 * was one token instead of "Sony" + "'s", and the same BBC article gave other triples after the
 * rest of BBC than alone — and would give other triples with another number of workers.
 *
 * How: after each readDoc() the words it added are taken out of the lexicon's look-up table
 * again, so every read starts from the lexicon the model shipped with. The added entries stay in
 * the lexicon's list (the document just read still reads its tokens' text and features through
 * their numbers), so the list grows with every read; when it has grown by `rebuildAfter` entries
 * the instance is rebuilt from the model (≈0.3 s), which keeps memory flat on a corpus of any
 * size and keeps wink's packed token fields from overflowing. Which instance reads a text makes
 * no difference to what it reads: each starts from the shipped lexicon.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';

type Model = Parameters<typeof winkNLP>[0];
interface Feature { hash: Record<string, number>; list: string[] }
interface Core { features: { lexeme: Feature & { intrinsicSize: number } } }

/** Unknown words read (with repeats across reads) before the instance is rebuilt. */
const REBUILD_AFTER = 200_000;

/**
 * @example
 *   const nlp = pureWink(model, ['sbd', 'pos']);
 *   nlp.readDoc("Sony's PlayStation.") // the same tokens whatever was read before
 */
export function pureWink(model: Model, pipes: Parameters<typeof winkNLP>[1], rebuildAfter = REBUILD_AFTER): WinkMethods {
  let core!: Core;
  const m = model as unknown as Record<string, unknown> & { core: () => Core };
  // The model's other parts are read once and shared by every instance: wink does not change
  // them, and wink-eng-lite-web-model's metaCER() re-encodes its own JSON at each call (a string
  // that doubles in size: the third instance of a process would not fit in memory).
  const once = <T>(f: () => T): (() => T) => { let v: T | undefined; return () => (v ??= f()); };
  const parts = Object.fromEntries(['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER']
    .filter((k) => typeof m[k] === 'function').map((k) => [k, once(m[k] as () => unknown)]));
  // wink calls model.core() once per instance and keeps the object: hand it a fresh one we can see.
  const seen = Object.assign(Object.create(null), model, parts, { core: () => (core = m.core()) }) as Model;
  let inner = winkNLP(seen, pipes);
  const pristine = (): number => core.features.lexeme.intrinsicSize;

  const readDoc = (text: string): ReturnType<WinkMethods['readDoc']> => {
    const lexeme = core.features.lexeme;
    if (lexeme.list.length - pristine() > rebuildAfter) {
      inner = winkNLP(seen, pipes);
      return readDoc(text);
    }
    const before = lexeme.list.length;
    try {
      return inner.readDoc(text);
    } finally {
      // (numbers ≥ `before` are this read's words: the list is in the order they were added)
      for (let i = before; i < lexeme.list.length; i++) {
        const w = lexeme.list[i];
        if (lexeme.hash[w] === i) delete lexeme.hash[w];
      }
    }
  };
  return new Proxy(inner, { get: (_t, k) => (k === 'readDoc' ? readDoc : (inner as unknown as Record<string | symbol, unknown>)[k]) });
}
