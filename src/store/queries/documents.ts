// Stored readouts: listing with filters, one document with its record, text and versions.
import type { ReadoutRecord, DocumentKind } from '../../record.ts';
import type { Db } from '../backend.ts';
import type { DocumentsTable } from '../schema.ts';
import { StoreInputError, type DocumentDetail, type DocumentSummary, type ListDocumentsOptions, type Page } from '../types.ts';
import { pageBounds } from './context.ts';

type Counts = DocumentSummary['counts'];
type SummaryRow = Omit<DocumentsTable, 'record_json' | 'ingest_json' | 'persons_json' | 'countries_json'>;

const SUMMARY_COLUMNS = [
  'doc_id', 'source_key', 'version', 'is_current', 'superseded_by', 'title', 'date', 'year', 'kind', 'format', 'ingested_at', 'extracted_at', 'seq',
] as const;

async function countsFor(db: Db, docIds: string[]): Promise<Map<string, Counts>> {
  const counts = new Map<string, Counts>(docIds.map((id) => [id, { actors: 0, meetings: 0, statements: 0, documents: 0, commitments: 0 }]));
  if (!docIds.length) return counts;
  const tables = [['actors', 'actors'], ['meetings', 'meetings'], ['statements', 'statements'], ['outcomes', 'documents'], ['commitments', 'commitments']] as const;
  for (const [table, field] of tables) {
    const rows = await db.selectFrom(table).select(['doc_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('doc_id', 'in', docIds).groupBy('doc_id').execute();
    for (const r of rows) counts.get(r.doc_id)![field] = Number(r.n);
  }
  return counts;
}

function toSummary(r: SummaryRow, counts: Counts): DocumentSummary {
  return {
    docId: r.doc_id, sourceKey: r.source_key, version: r.version, current: r.is_current === 1, supersededBy: r.superseded_by,
    title: r.title, date: r.date, kind: r.kind as DocumentKind, format: r.format, ingestedAt: r.ingested_at, extractedAt: r.extracted_at, counts,
  };
}

export async function listDocuments(db: Db, options: ListDocumentsOptions = {}): Promise<Page<DocumentSummary>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  let q = db.selectFrom('documents');
  if (!options.includeSuperseded) q = q.where('is_current', '=', 1);
  if (options.kind) q = q.where('kind', '=', options.kind);
  if (options.year !== undefined) q = q.where('year', '=', options.year);
  if (options.q) {
    const like = `%${options.q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    q = q.where((eb) => eb.or([
      eb(eb.fn('lower', ['title']), 'like', eb.val(like)),
      eb(eb.fn('lower', ['source_key']), 'like', eb.val(like)),
    ]));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q.select(SUMMARY_COLUMNS).orderBy('date', 'desc').orderBy('seq', 'desc').limit(limit).offset(offset).execute();
  const counts = await countsFor(db, rows.map((r) => r.doc_id));
  return { items: rows.map((r) => toSummary(r, counts.get(r.doc_id)!)), total: Number(total?.n ?? 0), limit, offset };
}

/** Finds a document by docId, unique docId prefix, source key (current version), or a source ending in /NAME. */
async function findDocumentId(db: Db, idOrSource: string): Promise<string | null> {
  const exact = await db.selectFrom('documents').select('doc_id').where('doc_id', '=', idOrSource).executeTakeFirst();
  if (exact) return exact.doc_id;
  const bySource = await db.selectFrom('documents').select('doc_id').where('source_key', '=', idOrSource).where('is_current', '=', 1).executeTakeFirst();
  if (bySource) return bySource.doc_id;
  const candidates: string[] = [];
  if (/^[0-9a-f]{4,63}$/i.test(idOrSource)) {
    const rows = await db.selectFrom('documents').select('doc_id').where('doc_id', 'like', `${idOrSource.toLowerCase()}%`).execute();
    candidates.push(...rows.map((r) => r.doc_id));
  }
  if (!candidates.length) {
    const rows = await db.selectFrom('documents').select(['doc_id', 'source_key']).where('is_current', '=', 1).execute();
    const tail = idOrSource.replace(/^\.?\/+/, '');
    candidates.push(...rows.filter((r) => r.source_key.endsWith('/' + tail) || r.source_key.endsWith('\\' + tail)).map((r) => r.doc_id));
  }
  if (candidates.length > 1) {
    throw new StoreInputError(`${idOrSource}: ${candidates.length} documents match (${candidates.slice(0, 3).map((d) => d.slice(0, 12)).join(', ')}…); give more of the id`);
  }
  return candidates[0] ?? null;
}

export async function getDocument(db: Db, idOrSource: string): Promise<DocumentDetail | null> {
  const docId = await findDocumentId(db, idOrSource);
  if (!docId) return null;
  const row = await db.selectFrom('documents').selectAll().where('doc_id', '=', docId).executeTakeFirstOrThrow();
  const record = JSON.parse(row.record_json) as ReadoutRecord;
  const versions = await db.selectFrom('documents').select(['doc_id', 'version', 'is_current', 'ingested_at'])
    .where('source_key', '=', row.source_key).orderBy('version').execute();
  const counts = await countsFor(db, [docId]);
  return {
    ...toSummary(row, counts.get(docId)!),
    record,
    text: record.document.text,
    versions: versions.map((v) => ({ docId: v.doc_id, version: v.version, current: v.is_current === 1, ingestedAt: v.ingested_at })),
  };
}
