// The Store, on any backend Kysely speaks to: the shared write path and queries, with the
// backend's dialect-specific parts (search) plugged in.
import type { ReadoutRecord } from '../record.ts';
import type { CommitmentAssessment, PersonCorrection, PersonEntity } from '../corpus/index.ts';
import type { StoreBackend } from './backend.ts';
import type {
  CorpusLogic, Extractor, IngestOptions, IssueTimelineOptions, PersonPageOptions, IngestResult, ListCommitmentsOptions, ListDocumentsOptions, ListPeopleOptions,
  ListSignedDocumentsOptions, ReindexResult, SearchOptions, SearchPage, Store, StoredCorrection,
} from './types.ts';
import * as write from './write.ts';
import { readGeneration } from './write.ts';
import { excerptKey, loadCommitmentEvidence, refreshCommitmentEvidence, refreshIssueCounts, type StoredEvidence } from './derived.ts';
import type { QueryContext } from './queries/context.ts';
import { pageBounds } from './queries/context.ts';
import { getDocument, listDocuments } from './queries/documents.ts';
import { findPeople, getPerson, listPeople, personIdsInDocument } from './queries/people.ts';
import { issueTimeline, listIssues } from './queries/issues.ts';
import { listSignedDocuments } from './queries/signed.ts';
import { listCommitments } from './queries/commitments.ts';
import { stats } from './queries/stats.ts';
import { withStatementHits } from './queries/statement-hits.ts';

export class KyselyStore implements Store {
  readonly #backend: StoreBackend;
  readonly #corpus: CorpusLogic;
  // Person entities and commitment assessments only change with the corpus: keep them until the
  // generation moves (any ingest, reindex or correction, from this process or another).
  #personsCache: { generation: number; persons: PersonEntity[] } | null = null;
  readonly #assessCache = new Map<string, CommitmentAssessment[]>();
  #evidence: { generation: number; value: StoredEvidence } | null = null;
  readonly #inFlight = new Map<string, Promise<unknown>>();
  readonly #ctx: QueryContext;

  constructor(backend: StoreBackend, corpus: CorpusLogic) {
    this.#backend = backend;
    this.#corpus = corpus;
    this.#ctx = {
      db: backend.db,
      corpus,
      persons: () => this.#persons(),
      assessments: (asOf) => this.#assessments(asOf),
      assessmentSkipped: async () => (await this.#storedEvidence()).skipped ?? null,
    };
  }

  get backendName(): string { return this.#backend.name; }

  async #persons(): Promise<PersonEntity[]> {
    await this.#once('refresh-persons', () => this.refreshPersons());
    const generation = await readGeneration(this.#backend.db, 'persons_generation');
    if (this.#personsCache?.generation !== generation) {
      await this.#once(`persons|${generation}`, async () => {
        const rows = await this.#backend.db.selectFrom('persons').select('entity_json').orderBy('person_id').execute();
        this.#personsCache = { generation, persons: rows.map((r) => JSON.parse(r.entity_json) as PersonEntity) };
      });
    }
    return this.#personsCache!.persons;
  }

  /**
   * Runs `compute` once for concurrent callers of one key: sixteen requests arriving together after
   * a change must not each load and parse the same corpus-wide data.
   */
  #once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let running = this.#inFlight.get(key) as Promise<T> | undefined;
    if (!running) {
      running = compute().finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, running);
    }
    return running;
  }

  async #storedEvidence(): Promise<StoredEvidence> {
    const generation = await readGeneration(this.#backend.db, 'generation');
    if (this.#evidence?.generation !== generation) {
      await this.#once(`evidence|${generation}`, async () => {
        await refreshCommitmentEvidence(this.#backend, this.#corpus);
        this.#evidence = await loadCommitmentEvidence(this.#backend.db);
      });
    }
    return this.#evidence!.value;
  }

  async #assessments(asOf: string): Promise<CommitmentAssessment[]> {
    const key = `${await readGeneration(this.#backend.db, 'generation')}|${asOf}`;
    const hit = this.#assessCache.get(key);
    if (hit) return hit;
    return this.#once(`assess|${key}`, async () => {
      const { index, excerpts } = await this.#storedEvidence();
      // The excerpt each piece of evidence points at travels with it (the documents are not loaded).
      const assessed = this.#corpus.assessAsOf(index, asOf).map((a) => (a.evidence
        ? { ...a, evidence: { ...a.evidence, excerpt: excerpts[excerptKey(a.evidence.docId, a.evidence.span)] ?? '' } }
        : a));
      if (this.#assessCache.size >= 8) this.#assessCache.delete(this.#assessCache.keys().next().value!);
      this.#assessCache.set(key, assessed);
      return assessed;
    });
  }

  ingestDocument(record: ReadoutRecord, options?: IngestOptions): Promise<IngestResult> {
    return write.ingestDocument(this.#backend, this.#corpus, record, options);
  }
  ingestBatch(items: { record: ReadoutRecord; options?: IngestOptions }[]): Promise<(IngestResult | Error)[]> {
    return write.ingestBatch(this.#backend, this.#corpus, items);
  }
  async reindex(extract: Extractor, onProgress?: (done: number, total: number) => void): Promise<ReindexResult> {
    const result = await write.reindex(this.#backend, this.#corpus, extract, onProgress);
    await this.refreshDerived();
    return result;
  }
  refreshPersons(force = false): Promise<void> {
    return write.refreshPersons(this.#backend, this.#corpus, force);
  }
  async refreshDerived(force = false): Promise<void> {
    if (force) await write.refreshPersons(this.#backend, this.#corpus, true);
    await refreshIssueCounts(this.#backend.db, force);
    await refreshCommitmentEvidence(this.#backend, this.#corpus, force);
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
  getPerson(idOrName: string, options?: PersonPageOptions) { return getPerson(this.#ctx, idOrName, options); }
  findPeople(idOrName: string) { return findPeople(this.#ctx, idOrName); }
  personIdsInDocument(docId: string) { return personIdsInDocument(this.#ctx, docId); }
  listIssues() { return listIssues(this.#ctx); }
  issueTimeline(idOrName: string, options?: IssueTimelineOptions) { return issueTimeline(this.#ctx, idOrName, options); }
  listSignedDocuments(options?: ListSignedDocumentsOptions) { return listSignedDocuments(this.#ctx, options); }
  listCommitments(options?: ListCommitmentsOptions) { return listCommitments(this.#ctx, options); }
  stats(options?: { asOf?: string; soonDays?: number }) { return stats(this.#ctx, options); }

  async search(query: string, options: SearchOptions = {}): Promise<SearchPage> {
    const { limit, offset } = pageBounds(options.limit, options.offset);
    const { hits, total, totalIsLowerBound } = await this.#backend.search.search(this.#backend.db, query, { limit, offset, includeSuperseded: options.includeSuperseded ?? false });
    const items = await withStatementHits(this.#backend.db, query, hits);
    return { items, total, limit, offset, totalIsLowerBound: totalIsLowerBound ?? false };
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
