// What every query needs: the database, the corpus logic, and person entities kept up to date.
import type { CommitmentAssessment, PersonEntity } from '../../corpus/index.ts';
import type { Db } from '../backend.ts';
import type { ActorRef, CorpusLogic } from '../types.ts';
import { StoreInputError } from '../types.ts';

export interface QueryContext {
  db: Db;
  corpus: CorpusLogic;
  /** Person entities, recomputed first if documents or corrections changed. */
  persons(): Promise<PersonEntity[]>;
  /** Every commitment's status as of a date (cached until the corpus changes). */
  assessments(asOf: string): Promise<CommitmentAssessment[]>;
  /** Why commitments were not assessed against later documents (the corpus too large for this process), or null. */
  assessmentSkipped(): Promise<string | null>;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 10000;

export function pageBounds(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const l = limit ?? DEFAULT_LIMIT;
  const o = offset ?? 0;
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) throw new StoreInputError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
  if (!Number.isInteger(o) || o < 0) throw new StoreInputError(`offset must be a whole number ≥ 0, got ${offset}`);
  return { limit: l, offset: o };
}

export function checkIsoDate(name: string, value: string | undefined): void {
  if (value === undefined) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value + 'T00:00:00Z')) || new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) !== value) {
    throw new StoreInputError(`${name}: expected a date YYYY-MM-DD, got ${value}`);
  }
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const key = (docId: string, id: string): string => `${docId}\u0000${id}`;

export const parseJson = <T>(s: string | null | undefined, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/** Current documents' titles and dates by docId. */
export async function currentDocuments(db: Db): Promise<Map<string, { title: string; date: string | null; seq: number }>> {
  const rows = await db.selectFrom('documents').select(['doc_id', 'title', 'date', 'seq']).where('is_current', '=', 1).execute();
  return new Map(rows.map((r) => [r.doc_id, { title: r.title, date: r.date, seq: r.seq }]));
}

/** Runs a query per chunk of ids, so a long id list never exceeds a backend's bound-parameter limit. */
export async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>, size = 500): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(...(await run(ids.slice(i, i + size))));
  return out;
}

/** Titles, dates and ingest order of those of `docIds` that are current. */
export async function currentDocumentsAmong(db: Db, docIds: string[]): Promise<Map<string, { title: string; date: string | null; seq: number }>> {
  const unique = [...new Set(docIds)];
  const rows = await inChunks(unique, (chunk) => db.selectFrom('documents').select(['doc_id', 'title', 'date', 'seq'])
    .where('is_current', '=', 1).where('doc_id', 'in', chunk).execute());
  return new Map(rows.map((r) => [r.doc_id, { title: r.title, date: r.date, seq: r.seq }]));
}

/** Resolves (docId, actorId) to the actor's name, kind and person entity, reading only the actors and appearances of `docIds` (the documents a page shows). */
export async function actorResolverFor(db: Db, docIds: string[]): Promise<(docId: string, actorId: string) => ActorRef> {
  const unique = [...new Set(docIds)];
  const [actors, appearances] = await Promise.all([
    inChunks(unique, (chunk) => db.selectFrom('actors').select(['doc_id', 'actor_id', 'name', 'kind']).where('doc_id', 'in', chunk).execute()),
    inChunks(unique, (chunk) => db.selectFrom('person_appearances').select(['doc_id', 'actor_id', 'person_id']).where('doc_id', 'in', chunk).execute()),
  ]);
  const byKey = new Map(actors.map((a) => [key(a.doc_id, a.actor_id), a]));
  const person = new Map(appearances.map((a) => [key(a.doc_id, a.actor_id), a.person_id]));
  return (docId, actorId) => {
    const a = byKey.get(key(docId, actorId));
    return { docId, actorId, name: a?.name ?? actorId, kind: a?.kind ?? 'unknown', personId: person.get(key(docId, actorId)) ?? null };
  };
}

/** Issue ids of the tagged items of one kind in `docIds`, keyed by (docId, itemId). */
export async function issueTagsAmong(db: Db, itemKind: 'statement' | 'commitment' | 'document', docIds: string[]): Promise<Map<string, string[]>> {
  return tagsByItem(await inChunks([...new Set(docIds)], (chunk) => db.selectFrom('issue_tags').select(['doc_id', 'item_id', 'issue_id'])
    .where('item_kind', '=', itemKind).where('doc_id', 'in', chunk).execute()));
}

/** Issue ids of each tagged item, keyed by (docId, itemId), for one item kind. */
export async function issueTags(db: Db, itemKind: 'statement' | 'commitment' | 'document'): Promise<Map<string, string[]>> {
  return tagsByItem(await db.selectFrom('issue_tags').select(['doc_id', 'item_id', 'issue_id']).where('item_kind', '=', itemKind).execute());
}

function tagsByItem(rows: { doc_id: string; item_id: string; issue_id: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const k = key(r.doc_id, r.item_id);
    const list = map.get(k);
    if (list) list.push(r.issue_id); else map.set(k, [r.issue_id]);
  }
  return map;
}

/** Orders dated items oldest first; undated ones last, then by ingest order. */
export function byDate<T>(dateOf: (x: T) => string | null, tie: (x: T) => number): (a: T, b: T) => number {
  return (a, b) => {
    const da = dateOf(a), dbb = dateOf(b);
    if (da !== dbb) return da === null ? 1 : dbb === null ? -1 : da < dbb ? -1 : 1;
    return tie(a) - tie(b);
  };
}

export const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
