// The Store, on any backend Kysely speaks to: the shared write path and queries, with the
// backend's dialect-specific parts (search) plugged in.
import type { ReadoutRecord } from '../record.ts';
import type { CorpusDocument, PersonCorrection, PersonEntity } from '../corpus/types.ts';
import type { StoreBackend } from './backend.ts';
import type {
  CorpusLogic, Extractor, IngestOptions, IngestResult, ListCommitmentsOptions, ListDocumentsOptions, ListPeopleOptions,
  ListSignedDocumentsOptions, Page, ReindexResult, SearchHit, SearchOptions, Store, StoredCorrection,
} from './types.ts';
import * as write from './write.ts';
import { readGeneration } from './write.ts';
import type { QueryContext } from './queries/context.ts';
import { pageBounds } from './queries/context.ts';
import { getDocument, listDocuments } from './queries/documents.ts';
import { findPeople, getPerson, listPeople } from './queries/people.ts';
import { issueTimeline, listIssues } from './queries/issues.ts';
import { listSignedDocuments } from './queries/signed.ts';
import { listCommitments } from './queries/commitments.ts';
import { stats } from './queries/stats.ts';

export class KyselyStore implements Store {
  readonly #backend: StoreBackend;
  readonly #corpus: CorpusLogic;
  #docsCache: { generation: number; docs: CorpusDocument[] } | null = null;
  readonly #ctx: QueryContext;

  constructor(backend: StoreBackend, corpus: CorpusLogic) {
    this.#backend = backend;
    this.#corpus = corpus;
    this.#ctx = {
      db: backend.db,
      corpus,
      corpusDocuments: () => this.#corpusDocuments(),
      persons: () => this.#persons(),
    };
  }

  get backendName(): string { return this.#backend.name; }

  async #corpusDocuments(): Promise<CorpusDocument[]> {
    const generation = await readGeneration(this.#backend.db, 'generation');
    if (this.#docsCache?.generation !== generation) {
      this.#docsCache = { generation, docs: await write.loadCorpusDocuments(this.#backend.db) };
    }
    return this.#docsCache.docs;
  }

  async #persons(): Promise<PersonEntity[]> {
    await this.refreshPersons();
    const rows = await this.#backend.db.selectFrom('persons').select('entity_json').orderBy('person_id').execute();
    return rows.map((r) => JSON.parse(r.entity_json) as PersonEntity);
  }

  ingestDocument(record: ReadoutRecord, options?: IngestOptions): Promise<IngestResult> {
    return write.ingestDocument(this.#backend, this.#corpus, record, options);
  }
  reindex(extract: Extractor, onProgress?: (done: number, total: number) => void): Promise<ReindexResult> {
    return write.reindex(this.#backend, this.#corpus, extract, onProgress);
  }
  refreshPersons(force = false): Promise<void> {
    return write.refreshPersons(this.#backend, this.#corpus, force);
  }
  addCorrection(correction: PersonCorrection): Promise<StoredCorrection> {
    return write.addCorrection(this.#backend, correction);
  }
  listCorrections(): Promise<StoredCorrection[]> {
    return write.loadCorrections(this.#backend.db);
  }

  listDocuments(options?: ListDocumentsOptions) { return listDocuments(this.#backend.db, options); }
  getDocument(idOrSource: string) { return getDocument(this.#backend.db, idOrSource); }
  async storedVersion(docId: string) {
    const row = await this.#backend.db.selectFrom('documents').select(['source_key', 'version']).where('doc_id', '=', docId).executeTakeFirst();
    return row ? { sourceKey: row.source_key, version: row.version } : null;
  }
  listPeople(options?: ListPeopleOptions) { return listPeople(this.#ctx, options); }
  getPerson(idOrName: string) { return getPerson(this.#ctx, idOrName); }
  findPeople(idOrName: string) { return findPeople(this.#ctx, idOrName); }
  listIssues() { return listIssues(this.#ctx); }
  issueTimeline(idOrName: string, options?: { actor?: string }) { return issueTimeline(this.#ctx, idOrName, options); }
  listSignedDocuments(options?: ListSignedDocumentsOptions) { return listSignedDocuments(this.#ctx, options); }
  listCommitments(options?: ListCommitmentsOptions) { return listCommitments(this.#ctx, options); }
  stats(options?: { asOf?: string; soonDays?: number }) { return stats(this.#ctx, options); }

  async search(query: string, options: SearchOptions = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = pageBounds(options.limit, options.offset);
    const { hits, total } = await this.#backend.search.search(this.#backend.db, query, { limit, offset, includeSuperseded: options.includeSuperseded ?? false });
    return { items: hits, total, limit, offset };
  }

  async *exportRecords(options: { includeSuperseded?: boolean } = {}): AsyncIterable<ReadoutRecord> {
    // Pages of ids first, so a long export never holds every record in memory at once.
    let q = this.#backend.db.selectFrom('documents').select('doc_id');
    if (!options.includeSuperseded) q = q.where('is_current', '=', 1);
    const ids = (await q.orderBy('seq').execute()).map((r) => r.doc_id);
    for (let i = 0; i < ids.length; i += 100) {
      const rows = await this.#backend.db.selectFrom('documents').select(['doc_id', 'record_json'])
        .where('doc_id', 'in', ids.slice(i, i + 100)).orderBy('seq').execute();
      for (const r of rows) yield JSON.parse(r.record_json) as ReadoutRecord;
    }
  }

  close(): Promise<void> { return this.#backend.close(); }
}
