/**
 * actorgraph/store/replace — `load --replace`: a document that is loaded again replaces what the
 * graph holds for it, instead of adding to it. Why: after the text changed or actorgraph's rules
 * did, the new triples have new ids (a triple id hashes its sentence, subject, relation and
 * object), so a plain load would keep yesterday's triples beside today's.
 *
 * Each document is taken out once per run, just before the first chunk that holds it is written
 * (store/load.ts), in transactions of REMOVE_BATCH documents (cypher.ts REMOVE_DOCUMENTS). A run
 * cut off halfway is finished by running it again: a document already taken out has nothing left
 * to remove.
 *
 * @example
 *   const remover = new DocumentRemover(store);
 *   await remover.remove(['bbc-business-001']);
 *   remover.stats().edgesDeleted; // edges that only that document supported
 */
import neo4j from 'neo4j-driver';
import { failureContext, type Store } from './connection.js';
import { DELETE_DOCUMENTS, REMOVE_DOCUMENTS } from './cypher.js';
import { failFastOnMemory, toStoreError } from './failure.js';
import { toCount } from './values.js';

export interface RemoveStats {
  /** Documents asked for (whether or not the graph held them). */
  documents: number;
  evidenceRemoved: number;
  /** Edges left with no evidence, deleted. */
  edgesDeleted: number;
  /** Edges that lost some evidence and are still there. */
  edgesTrimmed: number;
  /** Actors and concepts left with no relationship, deleted. */
  nodesDeleted: number;
  /** Document nodes deleted (`actorgraph remove`; --replace keeps them). */
  documentsDeleted: number;
}

/** Documents per transaction: news documents have ~10 triples each, so ~2,000 evidence rows, like a write batch. */
export const REMOVE_BATCH = 200;

export class DocumentRemover {
  #documents = 0;
  #evidence = 0;
  #nodes = 0;
  #documentNodes = 0;
  // Element ids, so an edge trimmed by one transaction and deleted by a later one counts once.
  // (An id freed by a deletion may be given to an edge this run creates; such an edge only holds
  // evidence of documents already replaced, so no later removal can touch it.)
  readonly #deleted = new Set<string>();
  readonly #trimmed = new Set<string>();

  /** @param dropDocuments also delete the Document nodes (in the same transaction as their evidence). */
  constructor(private readonly store: Store, private readonly size = REMOVE_BATCH, private readonly dropDocuments = false) {}

  async remove(docIds: readonly string[]): Promise<void> {
    const { store } = this;
    const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (let i = 0; i < docIds.length; i += this.size) {
        const docs = docIds.slice(i, i + this.size);
        const [row, dropped] = await session.executeWrite(async (tx) => [
          (await failFastOnMemory(tx.run(REMOVE_DOCUMENTS, { docs }))).records[0],
          this.dropDocuments ? toCount((await failFastOnMemory(tx.run(DELETE_DOCUMENTS, { docs }))).records[0]?.get('documents')) : 0,
        ] as const);
        this.#documentNodes += dropped;
        this.#documents += docs.length;
        this.#evidence += toCount(row?.get('evidence'));
        this.#nodes += toCount(row?.get('orphans'));
        for (const id of (row?.get('deleted') ?? []) as string[]) this.#deleted.add(id);
        for (const id of (row?.get('trimmed') ?? []) as string[]) this.#trimmed.add(id);
      }
    } catch (err) {
      throw toStoreError(err, failureContext(store, this.dropDocuments ? 'removing the documents' : 'removing the documents to replace'));
    } finally {
      await session.close();
    }
  }

  stats(): RemoveStats {
    let trimmed = 0;
    for (const id of this.#trimmed) if (!this.#deleted.has(id)) trimmed++;
    return { documents: this.#documents, evidenceRemoved: this.#evidence, edgesDeleted: this.#deleted.size, edgesTrimmed: trimmed, nodesDeleted: this.#nodes, documentsDeleted: this.#documentNodes };
  }
}
