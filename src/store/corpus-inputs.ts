// What the corpus logic reads of each stored document, kept small. Person resolution reads only
// person actors and dates; so each document also stores those (persons_json) and the states it
// names (countries_json), and person resolution over 100k documents never parses whole records.
// Commitment assessment reads more (statements, meetings, signed documents, the text), but never
// the sections or the actors' mentions, which are dropped as records are loaded, page by page.
import type { Actor, ReadoutRecord } from '../record.ts';
import { knownCountries, type CorpusDocument } from '../corpus/index.ts';
import type { Db } from './backend.ts';

/** Columns derived from a record for the corpus logic. */
export function corpusInputColumns(record: ReadoutRecord): { persons_json: string; countries_json: string } {
  const persons = (record.actors ?? []).filter((a) => a.kind === 'person').map(withoutMentions);
  return {
    persons_json: JSON.stringify(persons),
    countries_json: JSON.stringify([...knownCountries([record])].sort()),
  };
}

function withoutMentions(actor: Actor): Actor {
  const { mentions: _mentions, ...rest } = actor;
  return { ...rest, mentions: [] };
}

/** A record without what no corpus rule reads (sections, mentions): a third smaller in memory. */
function slimRecord(record: ReadoutRecord): ReadoutRecord {
  return { ...record, sections: [], actors: (record.actors ?? []).map(withoutMentions) };
}

/** States named anywhere in the current documents (the union of each document's own). */
export async function loadKnownCountries(db: Db): Promise<Set<string>> {
  return unionOfCountries(await db.selectFrom('documents').select('countries_json').where('is_current', '=', 1).execute());
}

function unionOfCountries(rows: { countries_json: string | null }[]): Set<string> {
  const known = new Set<string>();
  for (const r of rows) for (const k of JSON.parse(r.countries_json ?? '[]') as string[]) known.add(k);
  return known;
}

/**
 * Current documents as person resolution sees them (dates and person actors only, in ingest
 * order), and the states the corpus names: one read of the documents.
 */
export async function loadPersonInputs(db: Db): Promise<{ docs: CorpusDocument[]; known: Set<string> }> {
  const rows = await db.selectFrom('documents').select(['doc_id', 'date', 'title', 'persons_json', 'countries_json'])
    .where('is_current', '=', 1).orderBy('seq').execute();
  const docs = rows.map((r) => ({
    docId: r.doc_id, date: r.date, title: r.title,
    record: { document: { date: r.date, title: r.title, source: { sha256: r.doc_id } }, actors: JSON.parse(r.persons_json ?? '[]') } as unknown as ReadoutRecord,
  }));
  return { docs, known: unionOfCountries(rows) };
}

/** Current documents with slimmed records, in ingest order; read in pages so no page of whole records piles up. */
export async function loadCorpusDocuments(db: Db, pageSize = 500): Promise<CorpusDocument[]> {
  const ids = await db.selectFrom('documents').select(['doc_id', 'seq']).where('is_current', '=', 1).orderBy('seq').execute();
  const out: CorpusDocument[] = [];
  for (let i = 0; i < ids.length; i += pageSize) {
    const rows = await db.selectFrom('documents').select(['doc_id', 'date', 'title', 'record_json'])
      .where('seq', '>=', ids[i].seq).where('seq', '<=', ids[Math.min(i + pageSize, ids.length) - 1].seq)
      .where('is_current', '=', 1).orderBy('seq').execute();
    for (const r of rows) out.push({ docId: r.doc_id, date: r.date, title: r.title, record: slimRecord(JSON.parse(r.record_json) as ReadoutRecord) });
  }
  return out;
}

/** Fills the corpus-input columns of documents stored before they existed, a page (one transaction) at a time. */
export async function backfillCorpusInputs(db: Db, pageSize = 500): Promise<void> {
  for (;;) {
    const rows = await db.selectFrom('documents').select(['doc_id', 'record_json']).where('persons_json', 'is', null).limit(pageSize).execute();
    if (!rows.length) return;
    await db.transaction().execute(async (trx) => {
      for (const r of rows) {
        await trx.updateTable('documents').set(corpusInputColumns(JSON.parse(r.record_json) as ReadoutRecord)).where('doc_id', '=', r.doc_id).execute();
      }
    });
  }
}

/**
 * After migrating: when migration 003 added the corpus-input columns to a store that held
 * documents, fills them with today's code (the code ingest fills them with), then clears the mark.
 * An interrupted fill resumes at the next open.
 */
export async function fillStaleCorpusInputs(db: Db): Promise<void> {
  const stale = await db.selectFrom('meta').select('value').where('key', '=', 'corpus_inputs_stale').executeTakeFirst();
  if (!stale) return;
  await backfillCorpusInputs(db);
  await db.deleteFrom('meta').where('key', '=', 'corpus_inputs_stale').execute();
}
