// The rows a person's page reads, derived when the persons are recomputed (write.ts refreshPersons):
// each person's statements and meetings numbered in page order, and a compact summary of the
// entity with the section sizes. Portable SQL: the same statements run on SQLite and PostgreSQL.
import { sql } from 'kysely';
import type { PersonEntity } from '../corpus/types.ts';
import type { Db } from './backend.ts';
import type { PersonSummaryEntity } from './types.ts';

/** Issue id stored for statements with no issue tag (the key is part of the primary key: not null). */
export const UNTAGGED = '';

const CHUNK = 200;

/**
 * The person's statements in current documents, spoken as one of their actors or by a group
 * whose members include one, once per issue tag, numbered per (person, issue): most recent first
 * (the statement's date, else its document's), undated last, then later ingest, later in the text.
 */
async function writePersonStatements(trx: Db): Promise<void> {
  await sql`
    insert into person_statements (person_id, issue_id, rank, doc_id, statement_id, via)
    with speakers as (
      select pa.person_id, pa.doc_id, pa.actor_id as speaker, 0 as via from person_appearances pa
      union
      select pa.person_id, g.doc_id, g.actor_id as speaker, 1 as via
      from person_appearances pa join actors g on g.doc_id = pa.doc_id and g.kind = 'group'
      where replace(g.members_json, '"' || pa.actor_id || '"', '') <> g.members_json
    ),
    -- Speakers are distinct (union) and a statement has one speaker: no statement comes twice per person.
    mine as (
      select sp.person_id, s.doc_id, s.statement_id, sp.via, coalesce(s.date, d.date) as sort_date, d.seq, s.span_start
      from speakers sp
      join statements s on s.doc_id = sp.doc_id and s.speaker = sp.speaker
      join documents d on d.doc_id = s.doc_id and d.is_current = 1
    ),
    tagged as (
      select mine.*, coalesce(it.issue_id, ${UNTAGGED}) as issue_id from mine
      left join issue_tags it on it.doc_id = mine.doc_id and it.item_kind = 'statement' and it.item_id = mine.statement_id
    )
    select person_id, issue_id,
      row_number() over (partition by person_id, issue_id
        order by case when sort_date is null then 1 else 0 end, sort_date desc, seq desc, span_start desc, statement_id) as rank,
      doc_id, statement_id, via
    from tagged`.execute(trx);
}

/** The meetings the person took part in (current documents), numbered in the same order as statements. */
async function writePersonMeetings(trx: Db): Promise<void> {
  await sql`
    insert into person_meetings (person_id, rank, doc_id, meeting_id)
    select person_id,
      row_number() over (partition by person_id
        order by case when sort_date is null then 1 else 0 end, sort_date desc, seq desc, span_start desc, meeting_id) as rank,
      doc_id, meeting_id
    from (
      select distinct pa.person_id, m.doc_id, m.meeting_id, coalesce(m.date, d.date) as sort_date, d.seq, m.span_start
      from person_appearances pa
      join meeting_participants mp on mp.doc_id = pa.doc_id and mp.actor_id = pa.actor_id
      join documents d on d.doc_id = mp.doc_id and d.is_current = 1
      join meetings m on m.doc_id = mp.doc_id and m.meeting_id = mp.meeting_id
    ) t`.execute(trx);
}

/** The entity without its appearances, each role's documents counted: what every page of the person shows. */
export function summarizeEntity(p: PersonEntity): PersonSummaryEntity {
  const { appearances, roles, ...rest } = p;
  return {
    ...rest,
    roles: roles.map(({ documents, ...role }) => ({ ...role, documentsCount: documents.length })),
    appearancesTotal: appearances.length,
    documentsTotal: new Set(appearances.map((a) => a.docId)).size,
    firstAppearance: appearances[0] ?? null,
  };
}

export interface IssueGroupSize { issueId: string; total: number }

/** Largest group first, ties by issue id, the untagged group last (the page's order). */
export function orderGroups(groups: IssueGroupSize[]): IssueGroupSize[] {
  return [...groups].sort((a, b) => (a.issueId === UNTAGGED ? 1 : b.issueId === UNTAGGED ? -1 : b.total - a.total || a.issueId.localeCompare(b.issueId)));
}

/**
 * Rewrites every person's page rows from `persons` and the person_appearances already written in
 * this transaction (the caller deletes nothing of ours: we clear our own tables first).
 */
export async function writePersonPageRows(trx: Db, persons: PersonEntity[]): Promise<void> {
  await trx.deleteFrom('person_statements').execute();
  await trx.deleteFrom('person_meetings').execute();
  await trx.deleteFrom('person_pages').execute();
  await writePersonStatements(trx);
  await writePersonMeetings(trx);

  // One after another: a transaction is one connection.
  const groupRows = await trx.selectFrom('person_statements').select(['person_id', 'issue_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['person_id', 'issue_id']).execute();
  const distinctRows = await trx.selectFrom(trx.selectFrom('person_statements').select(['person_id', 'doc_id', 'statement_id']).distinct().as('t'))
    .select(['t.person_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('t.person_id').execute();
  const meetingRows = await trx.selectFrom('person_meetings').select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('person_id').execute();
  const groups = new Map<string, IssueGroupSize[]>();
  for (const r of groupRows) {
    let list = groups.get(r.person_id);
    if (!list) groups.set(r.person_id, (list = []));
    list.push({ issueId: r.issue_id, total: Number(r.n) });
  }
  const statements = new Map(distinctRows.map((r) => [r.person_id, Number(r.n)]));
  const meetings = new Map(meetingRows.map((r) => [r.person_id, Number(r.n)]));
  const rows = persons.map((p) => ({
    person_id: p.id, summary_json: JSON.stringify(summarizeEntity(p)),
    meetings_total: meetings.get(p.id) ?? 0, statements_total: statements.get(p.id) ?? 0,
    groups_json: JSON.stringify(orderGroups(groups.get(p.id) ?? [])),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto('person_pages').values(rows.slice(i, i + CHUNK)).execute();
}
