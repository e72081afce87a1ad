// Commitments with their status as of a date. Statuses come from the stored evidence index
// (ctx.assessments, cheap per as-of date); the commitments' own rows are read once per corpus
// generation; filters and order run on those, and only the page's rows get their actors, issues
// and evidence documents resolved, so a page costs the same at 100 or 100,000 readouts.
import type { Modality, Span } from '../../record.ts';
import type { CommitmentAssessment, CommitmentStatus } from '../../corpus/types.ts';
import type { Db } from '../backend.ts';
import type { CommitmentRow, FacetedPage, ListCommitmentsOptions } from '../types.ts';
import { applyFacets, sortRows, type FacetFields, type SortKeys } from './facets.ts';
import { StoreInputError } from '../types.ts';
import { readGeneration } from '../write.ts';
import {
  actorResolverFor, byDate, checkIsoDate, currentDocumentsAmong, fold, inChunks, issueTagsAmong, key, pageBounds, parseJson, today,
  type QueryContext,
} from './context.ts';
import { resolvePerson } from './people.ts';


/** A current commitment as stored, with its document's title, date and ingest order. */
interface CommitmentBase {
  docId: string; docTitle: string; docDate: string | null; seq: number; commitmentId: string;
  actors: string[]; action: string; modality: Modality; due: CommitmentRow['due']; span: Span;
  /** The countries of its actors and the issues it is tagged with: what its facets count. */
  countries: string[]; issues: string[];
}

/** A commitment with its status as of a date (the assessment holds the reason and evidence). */
export interface AssessedCommitment { base: CommitmentBase; status: CommitmentStatus; assessment: CommitmentAssessment | undefined }

const baseCache = new WeakMap<Db, { generation: number; rows: CommitmentBase[] }>();
const baseLoads = new WeakMap<Db, { generation: number; rows: Promise<CommitmentBase[]> }>();
const assessedCache = new WeakMap<CommitmentAssessment[], { rows: CommitmentBase[]; asOf: string; list: AssessedCommitment[] }>();

/** Every current commitment, oldest due first (then ingest order), read once per corpus generation. */
async function commitmentBases(db: Db): Promise<CommitmentBase[]> {
  const generation = await readGeneration(db, 'generation');
  const hit = baseCache.get(db);
  if (hit?.generation === generation) return hit.rows;
  // Concurrent requests after a change share one read (hundreds of thousands of rows at 100k readouts).
  const running = baseLoads.get(db);
  if (running?.generation === generation) return running.rows;
  const load = readCommitmentBases(db, generation).finally(() => { if (baseLoads.get(db)?.rows === load) baseLoads.delete(db); });
  baseLoads.set(db, { generation, rows: load });
  return load;
}

async function readCommitmentBases(db: Db, generation: number): Promise<CommitmentBase[]> {
  const rows = await db.selectFrom('commitments').innerJoin('documents', 'documents.doc_id', 'commitments.doc_id')
    .where('documents.is_current', '=', 1)
    .select(['commitments.doc_id', 'commitments.commitment_id', 'commitments.actors_json', 'commitments.action', 'commitments.modality',
      'commitments.due_text', 'commitments.due_start', 'commitments.due_end', 'commitments.span_start', 'commitments.span_end',
      'documents.title', 'documents.date', 'documents.seq'])
    .execute();
  const docIds = [...new Set(rows.map((c) => c.doc_id))];
  const [actorCountries, tags] = await Promise.all([
    inChunks(docIds, (chunk) => db.selectFrom('actors').select(['doc_id', 'actor_id', 'country']).where('doc_id', 'in', chunk).where('country', 'is not', null).execute()),
    issueTagsAmong(db, 'commitment', docIds),
  ]);
  const countryOf = new Map(actorCountries.map((a) => [key(a.doc_id, a.actor_id), a.country!]));
  const bases = rows.map((c): CommitmentBase => ({
    docId: c.doc_id, docTitle: c.title, docDate: c.date, seq: c.seq, commitmentId: c.commitment_id,
    actors: parseJson<string[]>(c.actors_json, []), action: c.action, modality: c.modality as Modality,
    due: c.due_start && c.due_end ? { text: c.due_text ?? '', start: c.due_start, end: c.due_end } : null,
    span: [c.span_start, c.span_end],
    countries: [...new Set(parseJson<string[]>(c.actors_json, []).map((a) => countryOf.get(key(c.doc_id, a))).filter((x): x is string => !!x))],
    issues: tags.get(key(c.doc_id, c.commitment_id)) ?? [],
  })).sort(byDate((r) => r.due?.start ?? null, (r) => r.seq * 1e7 + r.span[0]));
  baseCache.set(db, { generation, rows: bases });
  return bases;
}

/** Every current commitment with its status as of `asOf`, oldest due first. */
export async function assessedCommitments(ctx: QueryContext, asOf: string): Promise<AssessedCommitment[]> {
  const [rows, assessed] = await Promise.all([commitmentBases(ctx.db), ctx.assessments(asOf)]);
  const hit = assessedCache.get(assessed);
  if (hit && hit.rows === rows && hit.asOf === asOf) return hit.list;
  const byKey = new Map(assessed.map((a) => [key(a.docId, a.commitmentId), a]));
  const list = rows.map((base): AssessedCommitment => {
    const assessment = byKey.get(key(base.docId, base.commitmentId));
    // The corpus logic assesses every commitment; should one be missing, its due date alone decides.
    const status: CommitmentStatus = assessment?.status ?? (base.due && base.due.end < asOf ? 'overdue' : 'open');
    return { base, status, assessment };
  });
  assessedCache.set(assessed, { rows, asOf, list });
  return list;
}

/** Keeps commitments one of whose actors is the person `actor` names, or whose name or id contains it. */
async function byActor(ctx: QueryContext, list: AssessedCommitment[], actor: string): Promise<AssessedCommitment[]> {
  const person = await resolvePerson(ctx, actor);
  if (person) {
    const own = new Set(person.appearances.map((a) => key(a.docId, a.actorId)));
    return list.filter((c) => c.base.actors.some((a) => own.has(key(c.base.docId, a))));
  }
  const q = fold(actor);
  const docIds = [...new Set(list.map((c) => c.base.docId))];
  const names = new Map((await inChunks(docIds, (chunk) => ctx.db.selectFrom('actors').select(['doc_id', 'actor_id', 'name'])
    .where('doc_id', 'in', chunk).execute())).map((a) => [key(a.doc_id, a.actor_id), a.name]));
  return list.filter((c) => c.base.actors.some((a) => fold(names.get(key(c.base.docId, a)) ?? a).includes(q) || fold(a) === q));
}

/** The rows a page shows, with actors, issues and evidence documents resolved for those rows only. */
async function resolveRows(ctx: QueryContext, page: AssessedCommitment[], skipped: string | null): Promise<CommitmentRow[]> {
  const docIds = page.map((c) => c.base.docId);
  const evidenceIds = page.flatMap((c) => (c.assessment?.evidence ? [c.assessment.evidence.docId] : []));
  const [resolve, tags, evidenceDocs] = await Promise.all([
    actorResolverFor(ctx.db, docIds), issueTagsAmong(ctx.db, 'commitment', docIds), currentDocumentsAmong(ctx.db, evidenceIds),
  ]);
  return page.map(({ base, status, assessment: a }): CommitmentRow => {
    const due = base.due;
    const ev = a?.evidence as (CommitmentAssessment['evidence'] & { excerpt?: string }) | null | undefined;
    return {
      docId: base.docId, docTitle: base.docTitle, docDate: base.docDate, commitmentId: base.commitmentId,
      actors: base.actors.map((id) => resolve(base.docId, id)),
      action: base.action, modality: base.modality, due, status,
      reason: a?.reason ?? `${status === 'overdue' ? `due by ${due!.end}` : due ? `due ${due.start}..${due.end}` : 'no due date'}, not assessed${skipped ? ` (${skipped})` : ''}`,
      evidence: ev ? {
        docId: ev.docId, docTitle: evidenceDocs.get(ev.docId)?.title ?? '', date: evidenceDocs.get(ev.docId)?.date ?? null, span: ev.span, reason: ev.reason,
        excerpt: ev.excerpt ?? '',
      } : null,
      span: base.span,
      issues: tags.get(key(base.docId, base.commitmentId)) ?? [],
    };
  });
}

/** The statuses a filter may name (the facet itself counts whatever statuses the assessments give). */
const STATUSES: readonly string[] = ['open', 'kept', 'overdue'] satisfies CommitmentStatus[];

/** What the commitment list is narrowed and counted by; the status facet counts whatever statuses the corpus logic gives. */
const COMMITMENT_FACETS: FacetFields<AssessedCommitment> = {
  status: (c) => [c.status],
  country: (c) => c.base.countries,
  issue: (c) => c.base.issues,
  modality: (c) => [c.base.modality],
  year: (c) => [c.base.due?.start.slice(0, 4)],
};

const COMMITMENT_SORTS: SortKeys<AssessedCommitment> = {
  due: (c) => c.base.due?.start, status: (c) => c.status, action: (c) => c.base.action.toLowerCase(), modality: (c) => c.base.modality,
  date: (c) => c.base.docDate, source: (c) => c.base.docTitle.toLowerCase(),
};
export const COMMITMENT_SORT_COLUMNS = Object.keys(COMMITMENT_SORTS);

export async function listCommitments(ctx: QueryContext, options: ListCommitmentsOptions = {}): Promise<FacetedPage<CommitmentRow>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  checkIsoDate('asOf', options.asOf);
  checkIsoDate('dueFrom', options.dueFrom);
  checkIsoDate('dueTo', options.dueTo);
  if (options.status && !STATUSES.includes(options.status)) throw new StoreInputError(`status must be one of ${STATUSES.join(', ')}, got ${options.status}`);
  if (options.sort && !COMMITMENT_SORTS[options.sort]) throw new StoreInputError(`sort must be one of ${COMMITMENT_SORT_COLUMNS.join(', ')}, got ${options.sort}`);
  const asOf = options.asOf ?? today();
  let rows = await assessedCommitments(ctx, asOf);
  if (options.docId) rows = rows.filter((r) => r.base.docId === options.docId);
  if (options.dueFrom) rows = rows.filter((r) => r.base.due && r.base.due.end >= options.dueFrom!);
  if (options.dueTo) rows = rows.filter((r) => r.base.due && r.base.due.start <= options.dueTo!);
  if (options.actor) rows = await byActor(ctx, rows, options.actor);
  const { rows: kept, facets } = applyFacets(rows, COMMITMENT_FACETS, {
    status: options.status, country: options.country, issue: options.issue, modality: options.modality, year: options.year?.toString(),
  });
  const sorted = sortRows(kept, COMMITMENT_SORTS, options.sort, options.dir);
  return {
    items: await resolveRows(ctx, sorted.slice(offset, offset + limit), await ctx.assessmentSkipped()), total: sorted.length, limit, offset, facets,
    ...(options.sort ? { sort: options.sort, dir: options.dir ?? 'asc' } : {}),
  };
}
