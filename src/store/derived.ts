// Results computed from the whole corpus and stored, so queries read them instead of recomputing:
// the commitment evidence index (which evidence could show each commitment kept, as of any date),
// with the excerpt of each piece of evidence. Computed after person entities, which it reads.
import type { CommitmentEvidenceIndex } from '../corpus/index.ts';
import type { PersonEntity } from '../corpus/types.ts';
import type { Db, StoreBackend } from './backend.ts';
import type { CorpusLogic } from './types.ts';
import { loadCorpusDocuments, loadKnownCountries } from './corpus-inputs.ts';
import { readGeneration, refreshPersons } from './write.ts';

const EVIDENCE_KEY = 'commitment_evidence';

export interface StoredEvidence {
  index: CommitmentEvidenceIndex;
  /** The text each piece of evidence points at, by excerptKey. */
  excerpts: Record<string, string>;
}

export const excerptKey = (docId: string, span: [number, number]): string => `${docId}:${span[0]}:${span[1]}`;

/** Recomputes the commitment evidence index when the corpus changed since it was stored (or always, with force). */
export async function refreshCommitmentEvidence(backend: StoreBackend, corpus: CorpusLogic, force = false): Promise<void> {
  const db = backend.db;
  const generation = await readGeneration(db, 'generation');
  const stored = await db.selectFrom('derived').select('generation').where('key', '=', EVIDENCE_KEY).executeTakeFirst();
  if (!force && stored?.generation === generation) return;
  await refreshPersons(backend, corpus);
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
  const value: StoredEvidence = { index, excerpts };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('derived').where('key', '=', EVIDENCE_KEY).execute();
    await trx.insertInto('derived').values({ key: EVIDENCE_KEY, generation, value_json: JSON.stringify(value) }).execute();
  });
}

/** The stored evidence index and the generation it was computed at; null before the first computation. */
export async function loadCommitmentEvidence(db: Db): Promise<{ generation: number; value: StoredEvidence } | null> {
  const row = await db.selectFrom('derived').select(['generation', 'value_json']).where('key', '=', EVIDENCE_KEY).executeTakeFirst();
  return row ? { generation: Number(row.generation), value: JSON.parse(row.value_json) as StoredEvidence } : null;
}

export async function storedEvidenceGeneration(db: Db): Promise<number | null> {
  const row = await db.selectFrom('derived').select('generation').where('key', '=', EVIDENCE_KEY).executeTakeFirst();
  return row ? Number(row.generation) : null;
}
