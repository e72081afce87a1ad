// The rows of one person's page, read from the rows derived at person recomputation
// (../person-rows.ts): each section is a range of precomputed ranks on the primary key, so a page
// costs the same for a person in 10 readouts or in 10,000, at any offset.
import type { Act, MeetingFormat, Span } from '../../record.ts';
import type { Db } from '../backend.ts';
import type { MeetingRow, StatementRow } from '../types.ts';
import { UNTAGGED, type IssueGroupSize } from '../person-rows.ts';
import { actorResolverFor, issueTagsAmong, key, parseJson } from './context.ts';

interface PageBounds { limit: number; offset: number }

/** A page of the meetings `personId` took part in (current documents), the most recent first (undated last). */
export async function personMeetings(db: Db, personId: string, page: PageBounds): Promise<MeetingRow[]> {
  const rows = await db.selectFrom('person_meetings as pm')
    .innerJoin('meetings as m', (j) => j.onRef('m.doc_id', '=', 'pm.doc_id').onRef('m.meeting_id', '=', 'pm.meeting_id'))
    .innerJoin('documents as d', 'd.doc_id', 'pm.doc_id')
    .select(['m.doc_id', 'm.meeting_id', 'm.date', 'm.end_date', 'm.place', 'm.format', 'm.participants_json', 'm.span_start', 'm.span_end', 'd.title'])
    .where('pm.person_id', '=', personId).where('pm.rank', '>', page.offset).where('pm.rank', '<=', page.offset + page.limit)
    .orderBy('pm.rank').execute();
  const resolve = await actorResolverFor(db, rows.map((m) => m.doc_id));
  return rows.map((m) => ({
    docId: m.doc_id, docTitle: m.title, meetingId: m.meeting_id, date: m.date, endDate: m.end_date,
    place: m.place, format: m.format as MeetingFormat,
    participants: parseJson<string[]>(m.participants_json, []).map((a) => resolve(m.doc_id, a)),
    span: [m.span_start, m.span_end] as Span,
  }));
}

export type StatementGroup = { issue: { id: string; name: string } | null; total: number; statements: StatementRow[] };

/**
 * The same page of each of the person's issue groups (`groups`: their sizes, in page order; every
 * group is listed even past its last page). `issue` keeps one group (null: the untagged one).
 */
export async function personStatements(
  db: Db, personId: string, page: PageBounds, groups: IssueGroupSize[], issue: string | null | undefined, issueNames: Map<string, string>,
): Promise<StatementGroup[]> {
  const wanted = issue === undefined ? groups : groups.filter((g) => g.issueId === (issue ?? UNTAGGED));
  if (!wanted.length) return [];
  const rows = await db.selectFrom('person_statements as ps')
    .innerJoin('statements as s', (j) => j.onRef('s.doc_id', '=', 'ps.doc_id').onRef('s.statement_id', '=', 'ps.statement_id'))
    .innerJoin('documents as d', 'd.doc_id', 'ps.doc_id')
    .selectAll('s').select(['ps.issue_id', 'ps.rank', 'ps.via', 'd.title', 'd.date as doc_date'])
    .where('ps.person_id', '=', personId).where('ps.issue_id', 'in', wanted.map((g) => g.issueId))
    .where('ps.rank', '>', page.offset).where('ps.rank', '<=', page.offset + page.limit)
    .execute();
  const docIds = rows.map((r) => r.doc_id);
  const [resolve, tags] = await Promise.all([actorResolverFor(db, docIds), issueTagsAmong(db, 'statement', docIds)]);
  const byGroup = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byGroup.get(r.issue_id);
    if (list) list.push(r); else byGroup.set(r.issue_id, [r]);
  }
  const toRow = (s: (typeof rows)[number]): StatementRow => ({
    docId: s.doc_id, docTitle: s.title, docDate: s.doc_date, statementId: s.statement_id, date: s.date ?? s.doc_date,
    speaker: resolve(s.doc_id, s.speaker), viaGroup: Number(s.via) === 1,
    act: s.act as Act, verb: s.verb, content: s.content, topic: s.topic, span: [s.span_start, s.span_end] as Span,
    issues: tags.get(key(s.doc_id, s.statement_id)) ?? [],
  });
  return wanted.map((g) => ({
    issue: g.issueId === UNTAGGED ? null : { id: g.issueId, name: issueNames.get(g.issueId) ?? g.issueId },
    total: g.total,
    statements: (byGroup.get(g.issueId) ?? []).sort((a, b) => Number(a.rank) - Number(b.rank)).map(toRow),
  }));
}
