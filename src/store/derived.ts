// Results computed from the whole corpus and stored, so queries read them instead of recomputing:
// the commitment evidence index (which evidence could show each commitment kept, as of any date),
// with the excerpt of each piece of evidence. Computed after person entities, which it reads.
import { getHeapStatistics } from 'node:v8';
import type { CommitmentEvidenceIndex, PersonEntity } from '../corpus/index.ts';
import type { Db, StoreBackend } from './backend.ts';
import type { CorpusLogic } from './types.ts';
import { loadCorpusDocuments, loadKnownCountries } from './corpus-inputs.ts';
import { readGeneration, refreshPersons } from './write.ts';

const EVIDENCE_KEY = 'commitment_evidence';

export interface StoredEvidence {
  index: CommitmentEvidenceIndex;
  /** The text each piece of evidence points at, by excerptKey. */
  excerpts: Record<string, string>;
  /** Set when the index was not computed (the corpus needs more memory than this process has): why. */
  skipped?: string;
}

/**
 * Memory the evidence search needs per commitment, measured on generated corpora (1.1 GB for 48k
 * commitments at 10k readouts, 11.6 GB for 488k at 100k: the records it reads and the index).
 */
const BYTES_PER_COMMITMENT = 24_000;

/** Why this process cannot compute the evidence for `commitments` commitments, or null when it can. */
export function evidenceMemoryShortfall(commitments: number, heapLimit = getHeapStatistics().heap_size_limit): string | null {
  const needed = commitments * BYTES_PER_COMMITMENT;
  if (needed <= heapLimit * 0.8) return null;
  const gb = (n: number) => (n / 2 ** 30).toFixed(1);
  return `${commitments} commitments need about ${gb(needed)} GB to assess, more than this process's ${gb(heapLimit)} GB heap `
    + `(run with NODE_OPTIONS=--max-old-space-size=${Math.ceil(needed / 2 ** 20 / 0.8)})`;
}

export const excerptKey = (docId: string, span: [number, number]): string => `${docId}:${span[0]}:${span[1]}`;

/** Recomputes the commitment evidence index when the corpus changed since it was stored (or always, with force). */
export async function refreshCommitmentEvidence(backend: StoreBackend, corpus: CorpusLogic, force = false): Promise<void> {
  const db = backend.db;
  const generation = await readGeneration(db, 'generation');
  if (!force && (await storedGeneration(db, EVIDENCE_KEY)) === generation) return;
  await refreshPersons(backend, corpus);
  const commitments = Number((await db.selectFrom('commitments').innerJoin('documents', 'documents.doc_id', 'commitments.doc_id')
    .where('documents.is_current', '=', 1).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const shortfall = evidenceMemoryShortfall(commitments);
  if (shortfall) {
    // Statuses then follow due dates alone, each saying why; the store stays usable.
    return storeDerived<StoredEvidence>(db, EVIDENCE_KEY, generation, { index: { commitments: [], wordCounts: { documents: {}, statements: {} } }, excerpts: {}, skipped: shortfall });
  }
  const [docs, known, personRows] = await Promise.all([
    loadCorpusDocuments(db), loadKnownCountries(db), db.selectFrom('persons').select('entity_json').orderBy('person_id').execute(),
  ]);
  const persons = personRows.map((r) => JSON.parse(r.entity_json) as PersonEntity);
  const index = corpus.findCommitmentEvidence(docs, persons, known);
  const texts = new Map(docs.map((d) => [d.docId, d.record.document.text ?? '']));
  const excerpts: Record<string, string> = {};
  for (const c of index.commitments) {
    for (const { evidence } of [...c.inTime, ...c.late]) {
      excerpts[excerptKey(evidence.docId, evidence.span)] = (texts.get(evidence.docId) ?? '').slice(evidence.span[0], evidence.span[1]);
    }
  }
  await storeDerived<StoredEvidence>(db, EVIDENCE_KEY, generation, { index, excerpts });
}

/** The corpus generation a derived value was computed at; null before the first computation. */
async function storedGeneration(db: Db, key: string): Promise<number | null> {
  const row = await db.selectFrom('derived').select('generation').where('key', '=', key).executeTakeFirst();
  return row ? Number(row.generation) : null;
}

async function storeDerived<T>(db: Db, key: string, generation: number, value: T): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('derived').where('key', '=', key).execute();
    await trx.insertInto('derived').values({ key, generation, value_json: JSON.stringify(value) }).execute();
  });
}

/** The stored evidence index and the generation it was computed at; null before the first computation. */
export async function loadCommitmentEvidence(db: Db): Promise<{ generation: number; value: StoredEvidence } | null> {
  const row = await db.selectFrom('derived').select(['generation', 'value_json']).where('key', '=', EVIDENCE_KEY).executeTakeFirst();
  return row ? { generation: Number(row.generation), value: JSON.parse(row.value_json) as StoredEvidence } : null;
}

const ISSUE_COUNTS_KEY = 'issue_counts';

/**
 * How many tagged items each issue has in current documents, counted once per corpus change (at the
 * end of an ingest) so that an issue's timeline never counts its hundreds of thousands of items per request.
 */
export async function refreshIssueCounts(db: Db, force = false): Promise<void> {
  const generation = await readGeneration(db, 'generation');
  if (!force && (await storedGeneration(db, ISSUE_COUNTS_KEY)) === generation) return;
  const rows = await db.selectFrom('issue_tags as it').innerJoin('documents as d', 'd.doc_id', 'it.doc_id').where('d.is_current', '=', 1).where('it.in_timeline', '=', 1)
    .select(['it.issue_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('it.issue_id').execute();
  const counts = Object.fromEntries(rows.map((r) => [r.issue_id, Number(r.n)]));
  await storeDerived(db, ISSUE_COUNTS_KEY, generation, counts);
}

/** Each issue's item count, when stored for this generation of the corpus; null otherwise. */
export async function storedIssueCounts(db: Db, generation: number): Promise<Record<string, number> | null> {
  const row = await db.selectFrom('derived').select(['generation', 'value_json']).where('key', '=', ISSUE_COUNTS_KEY).executeTakeFirst();
  return row && Number(row.generation) === generation ? JSON.parse(row.value_json) as Record<string, number> : null;
}
