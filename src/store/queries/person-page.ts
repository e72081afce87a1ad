// The rows of one person's page, read by joins from that person's appearances (indexed by
// person_id) and paged in SQL: the page's cost follows what it shows, not the corpus.
import { sql } from 'kysely';
import type { Act, MeetingFormat, Span } from '../../record.ts';
import type { Db } from '../backend.ts';
import type { MeetingRow, StatementRow } from '../types.ts';
import { actorResolverFor, inChunks, issueTagsAmong, key, parseJson } from './context.ts';

interface PageBounds { limit: number; offset: number }

/** A page of the meetings `personId` took part in (current documents), the most recent first, and their number. */
export async function personMeetings(db: Db, personId: string, page: PageBounds): Promise<{ rows: MeetingRow[]; total: number }> {
  const mine = db.selectFrom('person_appearances as pa')
    .innerJoin('meeting_participants as mp', (j) => j.onRef('mp.doc_id', '=', 'pa.doc_id').onRef('mp.actor_id', '=', 'pa.actor_id'))
    .innerJoin('documents as d', 'd.doc_id', 'mp.doc_id')
    .innerJoin('meetings as m', (j) => j.onRef('m.doc_id', '=', 'mp.doc_id').onRef('m.meeting_id', '=', 'mp.meeting_id'))
    .where('pa.person_id', '=', personId).where('d.is_current', '=', 1);
  const [count, rows] = await Promise.all([
    db.selectFrom(mine.select(['m.doc_id', 'm.meeting_id']).distinct().as('t')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    mine.select([
      'm.doc_id', 'm.meeting_id', 'm.date', 'm.end_date', 'm.place', 'm.format', 'm.participants_json', 'm.span_start', 'm.span_end',
      'd.title', 'd.seq', sql<string | null>`coalesce(m.date, d.date)`.as('sort_date'),
      sql<number>`case when coalesce(m.date, d.date) is null then 1 else 0 end`.as('undated'),
    ]).distinct()
      .orderBy(sql`undated`).orderBy(sql`sort_date`, 'desc').orderBy(sql`seq`, 'desc').orderBy(sql`span_start`, 'desc')
      .limit(page.limit).offset(page.offset).execute(),
  ]);
  const resolve = await actorResolverFor(db, rows.map((m) => m.doc_id));
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((m) => ({
      docId: m.doc_id, docTitle: m.title, meetingId: m.meeting_id, date: m.date, endDate: m.end_date,
      place: m.place, format: m.format as MeetingFormat,
      participants: parseJson<string[]>(m.participants_json, []).map((a) => resolve(m.doc_id, a)),
      span: [m.span_start, m.span_end] as Span,
    })),
  };
}

export interface StatementGroups {
  groups: { issue: { id: string; name: string } | null; total: number; statements: StatementRow[] }[];
  /** Distinct statements by the person, whatever their issues. */
  total: number;
}

/**
 * The person's statements (current documents), spoken as one of their actors or by a group whose
 * members include one, tagged with each of their issues (null: untagged).
 */
const taggedStatements = (personId: string) => sql`
  with speakers as (
    select pa.doc_id, pa.actor_id as speaker, 0 as via from person_appearances pa where pa.person_id = ${personId}
    union
    select g.doc_id, g.actor_id as speaker, 1 as via
    from person_appearances pa join actors g on g.doc_id = pa.doc_id and g.kind = 'group'
    where pa.person_id = ${personId} and replace(g.members_json, '"' || pa.actor_id || '"', '') <> g.members_json
  ),
  -- Speakers are distinct (union) and a statement has one speaker: no statement comes twice.
  mine as (
    select s.doc_id, s.statement_id, sp.via, coalesce(s.date, d.date) as sort_date, d.seq, s.span_start
    from speakers sp
    join statements s on s.doc_id = sp.doc_id and s.speaker = sp.speaker
    join documents d on d.doc_id = s.doc_id and d.is_current = 1
  ),
  tagged as (
    select mine.*, it.issue_id from mine
    left join issue_tags it on it.doc_id = mine.doc_id and it.item_kind = 'statement' and it.item_id = mine.statement_id
  )`;

interface PagedKey { doc_id: string; statement_id: string; via: number; issue_id: string | null; rn: number; group_n: number; all_n: number }

/**
 * A page of each issue group's statements (the most recent first), each group's size and the
 * number of distinct statements; `issue` keeps one group (null: the untagged one).
 */
export async function personStatements(
  db: Db, personId: string, page: PageBounds, issue: string | null | undefined, issueNames: Map<string, string>,
): Promise<StatementGroups> {
  const onlyGroup = issue === undefined ? sql`` : issue === null ? sql`where t.issue_id is null` : sql`where t.issue_id = ${issue}`;
  // Row 1 of every group always comes back, so every group's size is known even past its last page.
  const { rows } = await sql<PagedKey>`${taggedStatements(personId)}
    select x.* from (
      select t.doc_id, t.statement_id, t.via, t.issue_id,
        row_number() over (partition by t.issue_id
          order by case when t.sort_date is null then 1 else 0 end, t.sort_date desc, t.seq desc, t.span_start desc) as rn,
        count(*) over (partition by t.issue_id) as group_n,
        (select count(*) from mine) as all_n
      from tagged t ${onlyGroup}
    ) x
    where x.rn = 1 or (x.rn > ${page.offset} and x.rn <= ${page.offset + page.limit})`.execute(db);

  const shown = rows.filter((r) => Number(r.rn) > page.offset && Number(r.rn) <= page.offset + page.limit);
  const docIds = [...new Set(shown.map((r) => r.doc_id))];
  const wanted = new Set(shown.map((r) => key(r.doc_id, r.statement_id)));
  const [statementRows, resolve, tags] = await Promise.all([
    inChunks(docIds, (chunk) => db.selectFrom('statements').innerJoin('documents as d', 'd.doc_id', 'statements.doc_id')
      .selectAll('statements').select(['d.title', 'd.date as doc_date']).where('statements.doc_id', 'in', chunk).execute()),
    actorResolverFor(db, docIds),
    issueTagsAmong(db, 'statement', docIds),
  ]);
  const full = new Map(statementRows.filter((s) => wanted.has(key(s.doc_id, s.statement_id))).map((s) => [key(s.doc_id, s.statement_id), s]));
  const toRow = (r: PagedKey): StatementRow => {
    const s = full.get(key(r.doc_id, r.statement_id))!;
    return {
      docId: s.doc_id, docTitle: s.title, docDate: s.doc_date, statementId: s.statement_id, date: s.date ?? s.doc_date,
      speaker: resolve(s.doc_id, s.speaker), viaGroup: Number(r.via) === 1,
      act: s.act as Act, verb: s.verb, content: s.content, topic: s.topic, span: [s.span_start, s.span_end] as Span,
      issues: tags.get(key(s.doc_id, s.statement_id)) ?? [],
    };
  };

  const groups = new Map<string | null, { total: number; page: PagedKey[] }>();
  for (const r of rows) {
    let g = groups.get(r.issue_id);
    if (!g) groups.set(r.issue_id, (g = { total: Number(r.group_n), page: [] }));
    if (Number(r.rn) > page.offset && Number(r.rn) <= page.offset + page.limit) g.page.push(r);
  }
  return {
    total: rows.length ? Number(rows[0].all_n) : 0,
    groups: [...groups.entries()]
      .sort(([a, ga], [b, gb]) => (a === null ? 1 : b === null ? -1 : gb.total - ga.total || a.localeCompare(b)))
      .map(([id, g]) => ({
        issue: id === null ? null : { id, name: issueNames.get(id) ?? id },
        total: g.total,
        statements: g.page.sort((x, y) => Number(x.rn) - Number(y.rn)).map(toRow),
      })),
  };
}
