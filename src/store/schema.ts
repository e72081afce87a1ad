// The one schema every backend shares: Kysely table types and the portable migrations.
// JSON is kept as text columns (parsed in TypeScript) and booleans as 0/1 integers so the
// same queries run on SQLite and PostgreSQL; dialect specifics (full-text search) live in
// each backend's own migrations.
//
// A migration is history: it changes the shape of the store and writes only constants, never
// through today's code (which will change). Columns derived from the records are filled after
// migrating, by the same code that fills them at ingest (./corpus-inputs.ts).
import { sql, type Kysely } from 'kysely';

export interface DocumentsTable {
  doc_id: string;            // document.source.sha256
  source_key: string;        // path or URL: the identity across versions
  version: number;
  is_current: number;        // 1 current, 0 superseded
  superseded_by: string | null;
  title: string;
  date: string | null;
  year: number | null;
  kind: string;
  format: string | null;
  record_json: string;
  ingest_json: string;       // SourceMeta + extract settings, for reindex
  ingested_at: string;
  extracted_at: string;
  seq: number;               // ingest order
  persons_json: string | null;   // the record's person actors, for person resolution (./corpus-inputs.ts)
  countries_json: string | null; // the states the record names
}

export interface ActorsTable {
  doc_id: string; actor_id: string; kind: string; name: string; surname: string | null;
  country: string | null; titles_json: string; members_json: string;
}
export interface MeetingsTable {
  doc_id: string; meeting_id: string; date: string | null; end_date: string | null; year: number | null;
  place: string | null; format: string; participants_json: string; span_start: number; span_end: number;
}
export interface MeetingParticipantsTable { doc_id: string; meeting_id: string; actor_id: string }
export interface StatementsTable {
  doc_id: string; statement_id: string; speaker: string; act: string; verb: string; content: string;
  topic: string | null; section: string | null; meeting_id: string | null; date: string | null;
  span_start: number; span_end: number; ord: number;
}
export interface OutcomesTable {
  doc_id: string; outcome_id: string; title: string; kind: string; category: string | null;
  parties_json: string; signatories_json: string; date: string | null; year: number | null;
  signed_at_ceremony: number | null; entry_into_force: string | null; summary: string | null;
  span_start: number; span_end: number; ord: number;
}
export interface OutcomePartiesTable { doc_id: string; outcome_id: string; party: string }
export interface CommitmentsTable {
  doc_id: string; commitment_id: string; actors_json: string; action: string; modality: string;
  due_text: string | null; due_start: string | null; due_end: string | null; statement_id: string | null;
  span_start: number; span_end: number; ord: number;
}
export interface IssueTagsTable {
  doc_id: string; item_kind: string; item_id: string; issue_id: string;
  /** The timeline's order (record-rows.ts tagRows): the item's date or UNDATED, its document's seq, its span start. */
  sort_key: string; seq: number; span_start: number;
  /** 1 when the item is an entry of the issue's timeline (0: shown inside its statement, or a repeat). */
  in_timeline: number;
  span_end: number | null;
}
export interface PersonsTable {
  person_id: string; name: string; surname: string; country: string | null; entity_json: string;
  first_seen: string | null; last_seen: string | null; documents: number;
}
export interface PersonAppearancesTable { person_id: string; doc_id: string; actor_id: string; name: string }
/**
 * A person's statements (current documents), one row per issue tag ('' = untagged), numbered
 * within the person's issue group in page order (1 = most recent; undated last), so any page of a
 * group is a range of `rank` (./person-rows.ts).
 */
export interface PersonStatementsTable { person_id: string; issue_id: string; rank: number; doc_id: string; statement_id: string; via: number }
/** A person's meetings (current documents), numbered in page order (1 = most recent; undated last). */
export interface PersonMeetingsTable { person_id: string; rank: number; doc_id: string; meeting_id: string }
/** What a person's page shows of the person whatever its page: the compact entity and the section sizes. */
export interface PersonPagesTable {
  person_id: string; summary_json: string; meetings_total: number; statements_total: number;
  groups_json: string; // [{ issueId: string ('' = untagged), total: number }], the page's group order
}
export interface CorrectionsTable {
  id: number; kind: string; a_doc: string; a_name: string; b_doc: string; b_name: string; created_at: string;
}
export interface MetaTable { key: string; value: string }
/** Results computed from the whole corpus, stored with the corpus generation they were computed at. */
export interface DerivedTable { key: string; generation: number; value_json: string }

export interface Database {
  documents: DocumentsTable;
  actors: ActorsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  statements: StatementsTable;
  outcomes: OutcomesTable;
  outcome_parties: OutcomePartiesTable;
  commitments: CommitmentsTable;
  issue_tags: IssueTagsTable;
  persons: PersonsTable;
  person_appearances: PersonAppearancesTable;
  person_statements: PersonStatementsTable;
  person_meetings: PersonMeetingsTable;
  person_pages: PersonPagesTable;
  corrections: CorrectionsTable;
  meta: MetaTable;
  derived: DerivedTable;
}

/** Tables that hold rows derived from one document's record (deleted and rebuilt on reindex). */
export const DOCUMENT_ROW_TABLES = [
  'actors', 'meetings', 'meeting_participants', 'statements', 'outcomes', 'outcome_parties', 'commitments', 'issue_tags',
] as const;

export interface Migration { name: string; up(db: Kysely<any>): Promise<void> }

/** Portable migrations, in order. A backend runs these, then its own. */
export const sharedMigrations: Migration[] = [
  {
    name: '001-core',
    async up(db) {
      await db.schema.createTable('documents')
        .addColumn('doc_id', 'text', (c) => c.primaryKey())
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('is_current', 'integer', (c) => c.notNull())
        .addColumn('superseded_by', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('format', 'text')
        .addColumn('record_json', 'text', (c) => c.notNull())
        .addColumn('ingest_json', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('extracted_at', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_source').on('documents').columns(['source_key', 'version']).unique().execute();
      await db.schema.createIndex('documents_current').on('documents').columns(['is_current', 'date']).execute();

      await db.schema.createTable('actors')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('surname', 'text')
        .addColumn('country', 'text')
        .addColumn('titles_json', 'text', (c) => c.notNull())
        .addColumn('members_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('actors_pk', ['doc_id', 'actor_id'])
        .execute();

      await db.schema.createTable('meetings')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('year', 'integer')
        .addColumn('place', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('participants_json', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('meetings_pk', ['doc_id', 'meeting_id'])
        .execute();
      await db.schema.createTable('meeting_participants')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_participants_actor').on('meeting_participants').columns(['doc_id', 'actor_id']).execute();

      await db.schema.createTable('statements')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('statement_id', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('act', 'text', (c) => c.notNull())
        .addColumn('verb', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('topic', 'text')
        .addColumn('section', 'text')
        .addColumn('meeting_id', 'text')
        .addColumn('date', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('statements_pk', ['doc_id', 'statement_id'])
        .execute();
      await db.schema.createIndex('statements_speaker').on('statements').columns(['doc_id', 'speaker']).execute();

      await db.schema.createTable('outcomes')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('outcome_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('parties_json', 'text', (c) => c.notNull())
        .addColumn('signatories_json', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('year', 'integer')
        .addColumn('signed_at_ceremony', 'integer')
        .addColumn('entry_into_force', 'text')
        .addColumn('summary', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcomes_pk', ['doc_id', 'outcome_id'])
        .execute();
      await db.schema.createTable('outcome_parties')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('outcome_id', 'text', (c) => c.notNull())
        .addColumn('party', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outcome_parties_party').on('outcome_parties').columns(['party']).execute();

      await db.schema.createTable('commitments')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('commitment_id', 'text', (c) => c.notNull())
        .addColumn('actors_json', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('due_text', 'text')
        .addColumn('due_start', 'text')
        .addColumn('due_end', 'text')
        .addColumn('statement_id', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('commitments_pk', ['doc_id', 'commitment_id'])
        .execute();

      await db.schema.createTable('issue_tags')
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('issue_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('issue_tags_issue').on('issue_tags').columns(['issue_id']).execute();
      await db.schema.createIndex('issue_tags_item').on('issue_tags').columns(['doc_id', 'item_kind', 'item_id']).execute();

      await db.schema.createTable('persons')
        .addColumn('person_id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('surname', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('entity_json', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text')
        .addColumn('last_seen', 'text')
        .addColumn('documents', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createTable('person_appearances')
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_appearances_actor').on('person_appearances').columns(['doc_id', 'actor_id']).execute();
      await db.schema.createIndex('person_appearances_person').on('person_appearances').columns(['person_id']).execute();

      await db.schema.createTable('corrections')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('a_doc', 'text', (c) => c.notNull())
        .addColumn('a_name', 'text', (c) => c.notNull())
        .addColumn('b_doc', 'text', (c) => c.notNull())
        .addColumn('b_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema.createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into meta (key, value) values ('generation', '0'), ('persons_generation', '-1')`.execute(db);
    },
  },
  {
    // Each ingest numbers its document max(seq) + 1; without this index that reads every stored
    // document (past its record_json), so ingest time grew with the square of the corpus.
    name: '002-documents-seq',
    async up(db) {
      await db.schema.createIndex('documents_seq').on('documents').column('seq').execute();
    },
  },
  {
    // What person resolution reads, apart from the whole record (see ./corpus-inputs.ts). The
    // documents already stored get theirs once migrating is done (fillStaleCorpusInputs).
    name: '003-corpus-inputs',
    async up(db) {
      await db.schema.alterTable('documents').addColumn('persons_json', 'text').execute();
      await db.schema.alterTable('documents').addColumn('countries_json', 'text').execute();
      await sql`insert into meta (key, value) select 'corpus_inputs_stale', '1' where exists (select 1 from documents)`.execute(db);
    },
  },
  {
    name: '004-derived',
    async up(db) {
      await db.schema.createTable('derived')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('value_json', 'text', (c) => c.notNull())
        .execute();
    },
  },
  {
    // Person pages read a page of rows by (person, group, rank) instead of ranking all of a
    // person's statements per request; rows are rewritten with the persons (write.ts refreshPersons).
    name: '005-person-pages',
    async up(db) {
      await db.schema.createTable('person_statements')
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('issue_id', 'text', (c) => c.notNull())
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('statement_id', 'text', (c) => c.notNull())
        .addColumn('via', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_statements_pk', ['person_id', 'issue_id', 'rank'])
        .execute();
      await db.schema.createTable('person_meetings')
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_meetings_pk', ['person_id', 'rank'])
        .execute();
      await db.schema.createTable('person_pages')
        .addColumn('person_id', 'text', (c) => c.primaryKey())
        .addColumn('summary_json', 'text', (c) => c.notNull())
        .addColumn('meetings_total', 'integer', (c) => c.notNull())
        .addColumn('statements_total', 'integer', (c) => c.notNull())
        .addColumn('groups_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_appearances_person_name').on('person_appearances').columns(['person_id', 'doc_id', 'name']).execute();
      // Stores made before this migration have no rows yet: recompute the persons on next use.
      await sql`update meta set value = '-1' where key = 'persons_generation'`.execute(db);
    },
  },
  {
    // An issue's timeline is read in order from an index, a page at a time, instead of sorting
    // every tagged item of the issue per request (33k at 10k readouts).
    name: '006-issue-tag-order',
    async up(db) {
      await db.schema.alterTable('issue_tags').addColumn('sort_key', 'text').execute();
      await db.schema.alterTable('issue_tags').addColumn('seq', 'integer').execute();
      await db.schema.alterTable('issue_tags').addColumn('span_start', 'integer').execute();
      await sql`update issue_tags set
        seq = (select d.seq from documents d where d.doc_id = issue_tags.doc_id),
        span_start = coalesce(
          (select s.span_start from statements s where issue_tags.item_kind = 'statement' and s.doc_id = issue_tags.doc_id and s.statement_id = issue_tags.item_id),
          (select c.span_start from commitments c where issue_tags.item_kind = 'commitment' and c.doc_id = issue_tags.doc_id and c.commitment_id = issue_tags.item_id),
          (select o.span_start from outcomes o where issue_tags.item_kind = 'document' and o.doc_id = issue_tags.doc_id and o.outcome_id = issue_tags.item_id),
          0),
        sort_key = coalesce(
          (select coalesce(s.date, d.date) from statements s join documents d on d.doc_id = s.doc_id
            where issue_tags.item_kind = 'statement' and s.doc_id = issue_tags.doc_id and s.statement_id = issue_tags.item_id),
          (select coalesce(o.date, d.date) from outcomes o join documents d on d.doc_id = o.doc_id
            where issue_tags.item_kind = 'document' and o.doc_id = issue_tags.doc_id and o.outcome_id = issue_tags.item_id),
          (select d.date from documents d where issue_tags.item_kind = 'commitment' and d.doc_id = issue_tags.doc_id),
          '9999-99-99')`.execute(db); // the sort key of undated items (UNDATED in record-rows.ts), frozen here
      await db.schema.createIndex('issue_tags_timeline').on('issue_tags').columns(['issue_id', 'sort_key', 'seq', 'span_start']).execute();
    },
  },
  {
    // A timeline shows each statement once: a commitment inside a statement tagged with the same
    // issue, and a statement repeated in one readout, keep their tags but not their own entry
    // (in_timeline 0). Readouts are tagged too (item_kind 'readout'), with the passage (span_end).
    // Stores written before keep their rows (all in the timeline) until `readout reindex`.
    name: '007-issue-tags-timeline',
    async up(db) {
      await db.schema.alterTable('issue_tags').addColumn('in_timeline', 'integer', (c) => c.notNull().defaultTo(1)).execute();
      await db.schema.alterTable('issue_tags').addColumn('span_end', 'integer').execute();
    },
  },
];

/**
 * Applies pending migrations in one write transaction, so two processes opening a new store at
 * once cannot both create it (SQLite and PostgreSQL both run DDL inside transactions).
 */
export async function runMigrations(db: Kysely<any>, migrations: Migration[]): Promise<void> {
  const applied = async (q: Kysely<any>): Promise<Set<string>> => {
    await q.schema.createTable('readout_migrations').ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const rows = await q.selectFrom('readout_migrations').select('name').execute();
    return new Set(rows.map((r: { name: string }) => r.name));
  };
  // Most opens find nothing to do: check before taking the write lock.
  const seen = await applied(db).catch(() => new Set<string>());
  if (migrations.every((m) => seen.has(m.name))) return;
  await db.transaction().execute(async (trx) => {
    const done = await applied(trx);
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await m.up(trx);
      await trx.insertInto('readout_migrations').values({ name: m.name, applied_at: new Date().toISOString() }).execute();
    }
  });
}
