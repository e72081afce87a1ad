// Commitments with their status as of a date: assessed at query time by the corpus logic,
// with the evidence (document, span, reason) resolved for display.
import type { Modality, Span } from '../../record.ts';
import type { CommitmentAssessment, CommitmentStatus } from '../../corpus/types.ts';
import type { CommitmentRow, ListCommitmentsOptions, Page } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { actorResolver, byDate, checkIsoDate, currentDocuments, fold, issueTags, key, pageBounds, parseJson, today, type QueryContext } from './context.ts';
import { resolvePerson } from './people.ts';

const STATUSES: CommitmentStatus[] = ['open', 'kept', 'overdue'];

/** Every current commitment with its status as of `asOf`, oldest due first. */
export async function assessedCommitments(ctx: QueryContext, asOf: string): Promise<CommitmentRow[]> {
  const db = ctx.db;
  const [docsList, assessed] = await Promise.all([ctx.corpusDocuments(), ctx.assessments(asOf)]);
  const assessments = new Map<string, CommitmentAssessment>(assessed.map((a) => [key(a.docId, a.commitmentId), a]));
  const texts = new Map(docsList.map((d) => [d.docId, d.record.document.text]));
  const [docs, resolve, tags] = await Promise.all([currentDocuments(db), actorResolver(db), issueTags(db, 'commitment')]);
  const rows = await db.selectFrom('commitments').innerJoin('documents', 'documents.doc_id', 'commitments.doc_id')
    .where('documents.is_current', '=', 1).selectAll('commitments').execute();
  return rows.map((c): CommitmentRow => {
    const due = c.due_start && c.due_end ? { text: c.due_text ?? '', start: c.due_start, end: c.due_end } : null;
    const a = assessments.get(key(c.doc_id, c.commitment_id));
    // The corpus logic assesses every commitment; should one be missing, its due date alone decides.
    const status: CommitmentStatus = a?.status ?? (due && due.end < asOf ? 'overdue' : 'open');
    const ev = a?.evidence;
    return {
      docId: c.doc_id, docTitle: docs.get(c.doc_id)!.title, docDate: docs.get(c.doc_id)!.date, commitmentId: c.commitment_id,
      actors: parseJson<string[]>(c.actors_json, []).map((id) => resolve(c.doc_id, id)),
      action: c.action, modality: c.modality as Modality, due, status,
      reason: a?.reason ?? (status === 'overdue' ? `due by ${due!.end}, not assessed` : due ? `due ${due.start}..${due.end}, not assessed` : 'no due date, not assessed'),
      evidence: ev ? {
        docId: ev.docId, docTitle: docs.get(ev.docId)?.title ?? '', date: docs.get(ev.docId)?.date ?? null, span: ev.span, reason: ev.reason,
        excerpt: (texts.get(ev.docId) ?? '').slice(ev.span[0], ev.span[1]),
      } : null,
      span: [c.span_start, c.span_end] as Span,
      issues: tags.get(key(c.doc_id, c.commitment_id)) ?? [],
    };
  }).sort(byDate((r) => r.due?.start ?? null, (r) => docs.get(r.docId)!.seq * 1e7 + r.span[0]));
}

export async function listCommitments(ctx: QueryContext, options: ListCommitmentsOptions = {}): Promise<Page<CommitmentRow>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  checkIsoDate('asOf', options.asOf);
  checkIsoDate('dueFrom', options.dueFrom);
  checkIsoDate('dueTo', options.dueTo);
  if (options.status && !STATUSES.includes(options.status)) throw new StoreInputError(`status must be one of ${STATUSES.join(', ')}, got ${options.status}`);
  let rows = await assessedCommitments(ctx, options.asOf ?? today());
  if (options.status) rows = rows.filter((r) => r.status === options.status);
  if (options.dueFrom) rows = rows.filter((r) => r.due && r.due.end >= options.dueFrom!);
  if (options.dueTo) rows = rows.filter((r) => r.due && r.due.start <= options.dueTo!);
  if (options.actor) {
    const person = await resolvePerson(ctx, options.actor);
    const q = fold(options.actor);
    rows = rows.filter((r) => r.actors.some((a) => (person ? a.personId === person.id : fold(a.name).includes(q) || fold(a.actorId) === q)));
  }
  return { items: rows.slice(offset, offset + limit), total: rows.length, limit, offset };
}
