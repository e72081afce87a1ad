// The store's write path, shared by every backend: one transaction per document, idempotent by
// content hash, versions by source; reindex; person recomputation; analysts' corrections.
import type { ReadoutRecord } from '../record.ts';
import type { PersonCorrection, PersonEntity } from '../corpus/index.ts';
import type { Db, StoreBackend } from './backend.ts';
import { DOCUMENT_ROW_TABLES } from './schema.ts';
import { issueTagRows } from './issue-tag-rows.ts';
import {
  actorRows, commitmentRow, meetingRows, outcomeRows, statementRow, yearOf,
} from './record-rows.ts';
import {
  StoreInputError, type CorpusLogic, type Extractor, type ExtractSettings, type IngestOptions, type IngestResult,
  type ReindexResult, type SourceMeta, type StoredCorrection,
} from './types.ts';
import { corpusInputColumns, loadPersonInputs } from './corpus-inputs.ts';
import { writePersonPageRows } from './person-rows.ts';

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

async function insertChunked(trx: Db, table: (typeof DOCUMENT_ROW_TABLES)[number] | 'persons' | 'person_appearances', rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

export async function readGeneration(db: Db, key: 'generation' | 'persons_generation'): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Marks the corpus changed, so person entities are recomputed before the next person query. */
async function bumpGeneration(trx: Db): Promise<void> {
  const next = (await readGeneration(trx, 'generation')) + 1;
  await trx.updateTable('meta').set({ value: String(next) }).where('key', '=', 'generation').execute();
}

interface StoredInput { ingest: SourceMeta; extract: ExtractSettings }

function storedInput(record: ReadoutRecord, options: IngestOptions): StoredInput {
  const src = record.document.source;
  const ingest: SourceMeta = options.ingest ?? {
    format: src.format ?? 'txt', encoding: src.encoding ?? 'utf-8', sha256: src.sha256, path: src.path, url: src.url,
  };
  return { ingest, extract: options.extract ?? {} };
}

function sourceKeyOf(record: ReadoutRecord, options: IngestOptions = {}): string {
  const src = record.document.source;
  return options.sourceKey ?? src.url ?? src.path ?? `sha256:${src.sha256}`;
}

function checkRecord(record: ReadoutRecord): string {
  const docId = record?.document?.source?.sha256;
  if (!docId || typeof docId !== 'string') throw new StoreInputError('record has no document.source.sha256: cannot store it');
  if (typeof record.document.text !== 'string') throw new StoreInputError(`record ${docId.slice(0, 12)} has no document text`);
  return docId;
}

/** Writes the rows derived from one record (tags included); the document row must exist. */
async function writeDocumentRows(trx: Db, docId: string, record: ReadoutRecord, corpus: CorpusLogic, seq: number): Promise<void> {
  await insertChunked(trx, 'actors', actorRows(docId, record));
  const { meetings, participants } = meetingRows(docId, record);
  await insertChunked(trx, 'meetings', meetings);
  await insertChunked(trx, 'meeting_participants', participants);
  await insertChunked(trx, 'statements', record.statements.map((_, i) => statementRow(docId, record, i)));
  const outcomes = record.documents.map((_, i) => outcomeRows(docId, record, i));
  await insertChunked(trx, 'outcomes', outcomes.map((o) => o.outcome));
  await insertChunked(trx, 'outcome_parties', outcomes.flatMap((o) => o.parties));
  await insertChunked(trx, 'commitments', record.commitments.map((_, i) => commitmentRow(docId, record, i)));
  const tags = issueTagRows(docId, record, corpus, seq);
  await insertChunked(trx, 'issue_tags', tags);
}

async function deleteDocumentRows(trx: Db, docId: string): Promise<void> {
  for (const table of DOCUMENT_ROW_TABLES) await trx.deleteFrom(table).where('doc_id', '=', docId).execute();
}

function documentColumns(record: ReadoutRecord) {
  return {
    title: record.document.title ?? '',
    date: record.document.date ?? null,
    year: yearOf(record.document.date),
    kind: record.document.kind ?? 'other',
    format: record.document.source.format ?? null,
    record_json: JSON.stringify(record),
    ...corpusInputColumns(record),
  };
}

export async function ingestDocument(backend: StoreBackend, corpus: CorpusLogic, record: ReadoutRecord, options: IngestOptions = {}): Promise<IngestResult> {
  const docId = checkRecord(record);
  return backend.db.transaction().execute((trx) => storeInTransaction(trx, backend, corpus, docId, record, options));
}

/**
 * Stores several records in one transaction (one commit, so one fsync, for the lot): all of them or
 * none. When the transaction fails, each is stored on its own, so one bad record fails alone.
 * Results come back in input order, each a result or the reason that record was refused.
 */
export async function ingestBatch(
  backend: StoreBackend, corpus: CorpusLogic, items: { record: ReadoutRecord; options?: IngestOptions }[],
): Promise<(IngestResult | Error)[]> {
  const checked = items.map(({ record }) => { try { return checkRecord(record); } catch (e) { return e as Error; } });
  const valid = items.map((item, i) => ({ ...item, i, docId: checked[i] })).filter((x): x is typeof x & { docId: string } => typeof x.docId === 'string');
  const out: (IngestResult | Error)[] = checked.map((c) => (typeof c === 'string' ? new Error('not stored') : c));
  try {
    const results = await backend.db.transaction().execute(async (trx) => {
      const done: IngestResult[] = [];
      for (const x of valid) done.push(await storeInTransaction(trx, backend, corpus, x.docId, x.record, x.options ?? {}));
      return done;
    });
    valid.forEach((x, k) => { out[x.i] = results[k]; });
  } catch {
    for (const x of valid) {
      try { out[x.i] = await ingestDocument(backend, corpus, x.record, x.options); } catch (e) { out[x.i] = e as Error; }
    }
  }
  return out;
}

async function storeInTransaction(
  trx: Db, backend: StoreBackend, corpus: CorpusLogic, docId: string, record: ReadoutRecord, options: IngestOptions,
): Promise<IngestResult> {
  const sourceKey = sourceKeyOf(record, options);
  const existing = await trx.selectFrom('documents').select(['source_key', 'version']).where('doc_id', '=', docId).executeTakeFirst();
  if (existing) return { status: 'unchanged', docId, sourceKey: existing.source_key, version: existing.version, supersedes: null };

  // Every version of the source, by the (source_key, version) index; filtering on is_current in SQL
  // let SQLite pick the is_current index and read every current document per ingest.
  const versions = await trx.selectFrom('documents').select(['doc_id', 'version', 'is_current'])
    .where('source_key', '=', sourceKey).execute();
  const previous = versions.reduce<{ version: number } | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
  const current = versions.find((v) => v.is_current === 1);
  const seqRow = await trx.selectFrom('documents').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  const version = (previous?.version ?? 0) + 1;
  const seq = Number(seqRow?.seq ?? 0) + 1;
  const now = new Date().toISOString();

  if (current) {
    await trx.updateTable('documents').set({ is_current: 0, superseded_by: docId }).where('doc_id', '=', current.doc_id).execute();
  }
  await trx.insertInto('documents').values({
    doc_id: docId, source_key: sourceKey, version, is_current: 1, superseded_by: null, ...documentColumns(record),
    ingest_json: JSON.stringify(storedInput(record, options)), ingested_at: now, extracted_at: now,
    seq,
  }).execute();
  await writeDocumentRows(trx, docId, record, corpus, seq);
  if (current) await carryCorrections(trx, current.doc_id, docId, record);
  await backend.search.indexDocument(trx, { docId, title: record.document.title ?? '', text: record.document.text });
  await bumpGeneration(trx);
  return { status: current ? 'updated' : 'added', docId, sourceKey, version, supersedes: current?.doc_id ?? null };
}

/**
 * A new version of a source inherits the corrections made on the old one, for the people it
 * still names, so an analyst's merge or split survives an edited file being re-ingested.
 */
async function carryCorrections(trx: Db, oldDocId: string, newDocId: string, record: ReadoutRecord): Promise<void> {
  const names = new Set(record.actors.filter((a) => a.kind === 'person').map((a) => a.name));
  const rows = await trx.selectFrom('corrections').selectAll()
    .where((eb) => eb.or([eb('a_doc', '=', oldDocId), eb('b_doc', '=', oldDocId)])).orderBy('id').execute();
  let next = Number((await trx.selectFrom('corrections').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0);
  for (const c of rows) {
    const a_doc = c.a_doc === oldDocId ? newDocId : c.a_doc;
    const b_doc = c.b_doc === oldDocId ? newDocId : c.b_doc;
    if ((a_doc === newDocId && !names.has(c.a_name)) || (b_doc === newDocId && !names.has(c.b_name))) continue;
    await trx.insertInto('corrections').values({ ...c, id: ++next, a_doc, b_doc, created_at: new Date().toISOString() }).execute();
  }
}

export async function reindex(
  backend: StoreBackend, corpus: CorpusLogic, extract: Extractor, onProgress?: (done: number, total: number) => void,
): Promise<ReindexResult> {
  const db = backend.db;
  const docs = await db.selectFrom('documents').select(['doc_id', 'source_key']).where('is_current', '=', 1).orderBy('seq').execute();
  const result: ReindexResult = { reindexed: 0, changed: 0, failed: [] };
  for (const [i, { doc_id: docId, source_key: sourceKey }] of docs.entries()) {
    try {
      const row = await db.selectFrom('documents').select(['record_json', 'ingest_json', 'seq']).where('doc_id', '=', docId).executeTakeFirstOrThrow();
      const old = JSON.parse(row.record_json) as ReadoutRecord;
      const input = JSON.parse(row.ingest_json) as StoredInput;
      const record = await extract({ ...input.ingest, text: old.document.text }, input.extract);
      // The text and its hash are what was stored: the identity never moves on reindex.
      record.document.source = { ...record.document.source, sha256: docId };
      const json = JSON.stringify(record);
      await db.transaction().execute(async (trx) => {
        await deleteDocumentRows(trx, docId);
        await trx.updateTable('documents').set({ ...documentColumns(record), record_json: json, extracted_at: new Date().toISOString() })
          .where('doc_id', '=', docId).execute();
        await writeDocumentRows(trx, docId, record, corpus, row.seq);
        await backend.search.removeDocument(trx, docId);
        await backend.search.indexDocument(trx, { docId, title: record.document.title ?? '', text: record.document.text });
        await bumpGeneration(trx);
      });
      result.reindexed++;
      if (json !== row.record_json) result.changed++;
    } catch (e) {
      result.failed.push({ docId, sourceKey, reason: (e as Error).message.split('\n')[0] });
    }
    onProgress?.(i + 1, docs.length);
  }
  await refreshPersons(backend, corpus, true);
  return result;
}

export async function loadCorrections(db: Db): Promise<StoredCorrection[]> {
  const rows = await db.selectFrom('corrections').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, kind: r.kind as PersonCorrection['kind'], a: { docId: r.a_doc, name: r.a_name }, b: { docId: r.b_doc, name: r.b_name }, createdAt: r.created_at,
  }));
}

/** Recomputes person entities when documents or corrections changed since the last time (or always, with force). */
export async function refreshPersons(backend: StoreBackend, corpus: CorpusLogic, force = false): Promise<void> {
  const db = backend.db;
  const generation = await readGeneration(db, 'generation');
  if (!force && generation === (await readGeneration(db, 'persons_generation'))) return;
  const { docs, known } = await loadPersonInputs(db);
  const corrections = (await loadCorrections(db)).map(({ kind, a, b }) => ({ kind, a, b }) as PersonCorrection);
  const persons: PersonEntity[] = corpus.resolvePersons(docs, corrections, known);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('person_appearances').execute();
    await trx.deleteFrom('persons').execute();
    await insertChunked(trx, 'persons', persons.map((p) => ({
      person_id: p.id, name: p.name, surname: p.surname ?? '', country: p.country ?? null, entity_json: JSON.stringify(p),
      first_seen: p.roles.map((r) => r.firstSeen).filter(Boolean).sort()[0] ?? null,
      last_seen: p.roles.map((r) => r.lastSeen).filter(Boolean).sort().at(-1) ?? null,
      documents: new Set(p.appearances.map((a) => a.docId)).size,
    })));
    await insertChunked(trx, 'person_appearances', persons.flatMap((p) =>
      p.appearances.map((a) => ({ person_id: p.id, doc_id: a.docId, actor_id: a.actorId, name: a.name }))));
    await writePersonPageRows(trx, persons);
    await trx.updateTable('meta').set({ value: String(generation) }).where('key', '=', 'persons_generation').execute();
  });
}

export async function addCorrection(backend: StoreBackend, correction: PersonCorrection): Promise<StoredCorrection> {
  if (correction.kind !== 'merge' && correction.kind !== 'split') throw new StoreInputError(`correction kind must be merge or split, got ${String((correction as { kind: unknown }).kind)}`);
  return backend.db.transaction().execute(async (trx) => {
    for (const side of [correction.a, correction.b]) {
      const doc = await trx.selectFrom('documents').select('doc_id').where('doc_id', '=', side.docId).executeTakeFirst();
      if (!doc) throw new StoreInputError(`no stored document ${side.docId}`);
      const actor = await trx.selectFrom('actors').select('actor_id').where('doc_id', '=', side.docId).where('name', '=', side.name).executeTakeFirst();
      if (!actor) throw new StoreInputError(`document ${side.docId.slice(0, 12)} has no actor named "${side.name}"`);
    }
    const last = await trx.selectFrom('corrections').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    const stored: StoredCorrection = {
      id: Number(last?.id ?? 0) + 1, kind: correction.kind, a: correction.a, b: correction.b, createdAt: new Date().toISOString(),
    };
    await trx.insertInto('corrections').values({
      id: stored.id, kind: stored.kind, a_doc: stored.a.docId, a_name: stored.a.name, b_doc: stored.b.docId, b_name: stored.b.name, created_at: stored.createdAt,
    }).execute();
    await bumpGeneration(trx);
    return stored;
  });
}
