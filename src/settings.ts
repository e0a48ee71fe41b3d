/**
 * actorgraph/settings — every tunable in one place (sigma's pattern): the interface grouped by
 * stage, DEFAULT_SETTINGS mirroring it, and resolveSettings() that merges and validates.
 */
import { SettingsError } from './errors.js';
import type { UserActors } from './resolve/user-actors.js';

export interface Settings {
  // Extraction
  /** Sentences longer than this (characters) are cut into chunks before tagging: keeps a 10 MB line linear. */
  maxSentenceChars: number;
  /**
   * Documents longer than this (characters) are read in pieces of at most this size, cut at a
   * paragraph, else a sentence end (io/pieces.ts): memory follows the piece, not the document
   * (~250 bytes a character while a piece is read). Names and pronouns do not reach across pieces.
   */
  maxPieceChars: number;
  /**
   * Old-generation heap of each extraction worker thread at most, in MiB (0: no cap). V8 lets an
   * uncapped thread's heap grow with the corpus (two workers: peak RSS 1.40× at 5× the corpus);
   * capped it collects sooner (1.09×). A piece of text (maxPieceChars) needs ~50 MiB, so the cap
   * is far above any one job, and a job whose capped worker dies anyway is retried uncapped.
   */
  workerHeapMb: number;
  /** Triples below this confidence are dropped. */
  minConfidence: number;
  /** How many previous sentences a pronoun or "the alliance" may reach back for an antecedent. */
  corefWindow: number;
  /** Emit triples whose object is not an actor ("NATO –conduct→ exercises"). */
  includeConcepts: boolean;
  /**
   * A document's home country (extract/home.ts: whose "the army" and "the government" are when no
   * dateline says) is a country holding at least this share of the mentions that carry a country…
   */
  homeShare: number;
  /** …and at least this many of them. */
  homeMinMentions: number;
  /**
   * The user's actor dictionaries (`--actors FILE`, loaded by resolve/user-actors.ts), consulted
   * before the built-in gazetteer; null: the built-in one alone. A value, not a global: runs with
   * different dictionaries in one process do not see each other's actors.
   */
  actors: UserActors | null;

  // Input
  /** Lines (JSONL) or files larger than this are refused with an error naming them. */
  maxRecordBytes: number;

  // Neo4j
  neo4j: { uri: string; user: string; password: string; database: string; batchSize: number };

  // Loads (store/lease.ts): one writer at a time per database
  load: {
    /** A lease its holder has not renewed for this long (a killed load) is taken over. */
    leaseStaleMs: number;
    /** A load waiting for another one gives up after this long. */
    leaseWaitMs: number;
    /**
     * Ids (triple, actor, document) longer than this many UTF-8 bytes are refused per record:
     * Neo4j 5's range index holds keys up to ~8,164 bytes, and a longer one fails its whole batch.
     */
    maxIdBytes: number;
  };

  // Cypher console (serve's /api/cypher) and the read-only path
  console: {
    /** A console query is cancelled by Neo4j after this long (its transaction timeout). */
    timeoutMs: number;
    /** At most this many rows are fetched and sent; the answer says "first N rows" when cut. */
    maxRows: number;
    /** Parameters nest at most this deep (store/param-limits.ts)… */
    maxParamDepth: number;
    /** …and hold at most this many values in all. */
    maxParamItems: number;
  };

  // Graph / page
  /** Seed of every random choice (layout start, Louvain): same input, same picture. */
  seed: string;
  /**
   * The page reads this many actors first (highest degree first; the rest after its first frame),
   * and its Show control offers them as one step before "all".
   */
  initialNodeCap: number;
  /**
   * Actors drawn at first (highest degree first): a big news graph opens on its top actors, laid
   * out on their own (graph/core-layout.ts), not on a hairball; the Show control, search and
   * "expand" reach the rest, which stays in the page.
   */
  initialShown: number;
  /**
   * The static page embeds at most this many relations (most evidence first; graph/page-cap.ts)…
   * A browser tab holds a few hundred MB: past ~50k relations the page is slow to open anyway.
   */
  pageMaxEdges: number;
  /** …and at most this many evidence sentences (~300 bytes each), spread evenly over them. */
  pageMaxEvidence: number;
}

export const DEFAULT_SETTINGS: Settings = {
  maxSentenceChars: 1000,
  maxPieceChars: 200_000,
  workerHeapMb: 384,
  minConfidence: 0.3,
  corefWindow: 3,
  includeConcepts: true,
  homeShare: 0.5,
  homeMinMentions: 2,
  actors: null,

  maxRecordBytes: 64 * 1024 * 1024,

  neo4j: { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'actorgraph-dev', database: 'neo4j', batchSize: 2000 },

  load: { leaseStaleMs: 60_000, leaseWaitMs: 30 * 60_000, maxIdBytes: 8000 },

  console: { timeoutMs: 30_000, maxRows: 10_000, maxParamDepth: 32, maxParamItems: 100_000 },

  seed: 'actorgraph',
  initialNodeCap: 1500,
  initialShown: 50,
  pageMaxEdges: 50_000,
  pageMaxEvidence: 100_000,
};

export type PartialSettings = Partial<Omit<Settings, 'neo4j' | 'console' | 'load'>> & {
  neo4j?: Partial<Settings['neo4j']>;
  load?: Partial<Settings['load']>;
  console?: Partial<Settings['console']>;
};

/** Neo4j settings from the environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE). */
export function neo4jFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<Settings['neo4j']> {
  const out: Partial<Settings['neo4j']> = {};
  if (env.NEO4J_URI) out.uri = env.NEO4J_URI;
  if (env.NEO4J_USERNAME) out.user = env.NEO4J_USERNAME;
  if (env.NEO4J_PASSWORD) out.password = env.NEO4J_PASSWORD;
  if (env.NEO4J_DATABASE) out.database = env.NEO4J_DATABASE;
  return out;
}

export function validateSettings(s: Settings): { message: string } | null {
  if (!(s.minConfidence >= 0 && s.minConfidence <= 1)) return { message: `minConfidence must be in [0, 1], got ${s.minConfidence}` };
  if (!(s.maxSentenceChars >= 50)) return { message: `maxSentenceChars must be ≥ 50, got ${s.maxSentenceChars}` };
  if (!(Number.isInteger(s.maxPieceChars) && s.maxPieceChars >= 1000)) return { message: `maxPieceChars must be an integer ≥ 1000, got ${s.maxPieceChars}` };
  if (!(Number.isInteger(s.workerHeapMb) && (s.workerHeapMb === 0 || s.workerHeapMb >= 64))) return { message: `workerHeapMb must be 0 (no cap) or an integer ≥ 64, got ${s.workerHeapMb}` };
  if (!(s.homeShare > 0 && s.homeShare <= 1)) return { message: `homeShare must be in (0, 1], got ${s.homeShare}` };
  if (!(Number.isInteger(s.homeMinMentions) && s.homeMinMentions >= 1)) return { message: `homeMinMentions must be a positive integer, got ${s.homeMinMentions}` };
  if (!(s.corefWindow >= 0)) return { message: `corefWindow must be ≥ 0, got ${s.corefWindow}` };
  if (!(Number.isInteger(s.neo4j.batchSize) && s.neo4j.batchSize > 0)) return { message: `neo4j.batchSize must be a positive integer, got ${s.neo4j.batchSize}` };
  for (const k of ['pageMaxEdges', 'pageMaxEvidence'] as const) {
    if (!(Number.isInteger(s[k]) && s[k] > 0)) return { message: `${k} must be a positive integer, got ${s[k]}` };
  }
  for (const k of ['leaseStaleMs', 'leaseWaitMs', 'maxIdBytes'] as const) {
    if (!(Number.isInteger(s.load[k]) && s.load[k] > 0)) return { message: `load.${k} must be a positive integer, got ${s.load[k]}` };
  }
  for (const k of ['timeoutMs', 'maxRows', 'maxParamDepth', 'maxParamItems'] as const) {
    if (!(Number.isInteger(s.console[k]) && s.console[k] > 0)) return { message: `console.${k} must be a positive integer, got ${s.console[k]}` };
  }
  return null;
}

export function resolveSettings(partial: PartialSettings = {}): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, ...partial, neo4j: { ...DEFAULT_SETTINGS.neo4j, ...partial.neo4j },
    load: { ...DEFAULT_SETTINGS.load, ...partial.load },
    console: { ...DEFAULT_SETTINGS.console, ...partial.console } } as Settings;
  const bad = validateSettings(s);
  if (bad) throw new SettingsError(bad.message, 'Check the option or the value passed to resolveSettings().');
  return s;
}
