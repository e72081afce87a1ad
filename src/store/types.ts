// The store's one interface: every write and every query the CLI, the HTTP API and the web UI
// need. Backends (SQLite now, PostgreSQL later) implement it and run the same contract tests
// (./contract.ts). Every query returns plain JSON-able objects.
import type { ReadoutRecord, Span, DocumentKind, OutcomeKind, Modality, Act, MeetingFormat } from '../record.ts';
import type {
  Appearance, CommitmentAssessment, CommitmentEvidenceIndex, CommitmentStatus, CorpusDocument, Issue, PersonCorrection, PersonEntity, PersonRole, ReadoutTag,
} from '../corpus/index.ts';

/** The corpus logic the store calls (src/corpus); injected so tests can substitute it. */
export interface CorpusLogic {
  /** `known`: the states the corpus names (knownCountries of all records), given when `docs` hold slim records (dates and person actors only). */
  resolvePersons(docs: CorpusDocument[], corrections?: PersonCorrection[], known?: Set<string>): PersonEntity[];
  tagIssues(text: string, taxonomy: Issue[]): string[];
  /** The issues of a readout's title and body, each with the passage first naming it. */
  tagReadout(record: ReadoutRecord, taxonomy: Issue[]): ReadoutTag[];
  /** The as-of-independent, expensive half of commitment assessment: run once per corpus change, its result stored. */
  findCommitmentEvidence(docs: CorpusDocument[], persons: PersonEntity[], known?: Set<string>): CommitmentEvidenceIndex;
  /** Every commitment's status as of a date, from the stored evidence index (cheap). */
  assessAsOf(index: CommitmentEvidenceIndex, asOf: string): CommitmentAssessment[];
  taxonomy: Issue[];
}

/**
 * What the extractor was given besides the text (the record keeps that): what ingest read of the
 * bytes. Stored as given, so reindex can give the extractor the same input again.
 */
export interface SourceMeta {
  sha256: string;
  /** The format the bytes were read as (a reader's name: txt, md, html, pdf, …). */
  format: string;
  encoding: string;
  path?: string;
  url?: string;
  title?: string | null;
  date?: string | null;
}

/** The options a record was extracted with, stored for reindex. */
export interface ExtractSettings {
  date?: string;
  url?: string;
}

export interface IngestOptions {
  /** The document's identity across versions: its path or URL. Default: the record's source url, else path, else its hash. */
  sourceKey?: string;
  /** What ingest returned (without text), so reindex can give the extractor the same input. */
  ingest?: SourceMeta;
  /** The options the record was extracted with. */
  extract?: ExtractSettings;
}

export type IngestStatus = 'added' | 'updated' | 'unchanged';

export interface IngestResult {
  status: IngestStatus;
  docId: string;
  sourceKey: string;
  version: number;
  /** The earlier version this one superseded (status 'updated'). */
  supersedes: string | null;
}

/** The extractor as reindex calls it. */
export type Extractor = (input: SourceMeta & { text: string }, options: ExtractSettings) => ReadoutRecord | Promise<ReadoutRecord>;

export interface ReindexResult {
  reindexed: number;
  /** Documents whose record differs from the stored one. */
  changed: number;
  failed: { docId: string; sourceKey: string; reason: string }[];
}

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

/** One value of a facet and how many rows of the list (narrowed by the other facets) take it. */
export interface FacetValue { value: string; count: number; selected?: boolean }
/** Facet name (a filter of the list) → its values, the most frequent first. */
export type FacetCounts = Record<string, FacetValue[]>;
/** A page of a list with its facets and the column it is sorted by. */
export interface FacetedPage<T> extends Page<T> { facets: FacetCounts; sort?: string; dir?: 'asc' | 'desc' }
/** Sorting of a list: a column name of the list, ascending unless desc. */
export interface SortOptions { sort?: string; dir?: 'asc' | 'desc' }

export interface DocumentSummary {
  docId: string;
  sourceKey: string;
  version: number;
  current: boolean;
  supersededBy: string | null;
  title: string;
  date: string | null;
  kind: DocumentKind;
  format: string | null;
  ingestedAt: string;
  extractedAt: string;
  counts: { actors: number; meetings: number; statements: number; documents: number; commitments: number };
}

export interface DocumentVersion { docId: string; version: number; current: boolean; ingestedAt: string }

export interface DocumentDetail extends DocumentSummary {
  record: ReadoutRecord;
  text: string;
  /** Every stored version of the same source, oldest first. */
  versions: DocumentVersion[];
}

export interface ListDocumentsOptions {
  q?: string; kind?: string; year?: number; includeSuperseded?: boolean; limit?: number; offset?: number;
}

/** A person actor of one document, and the cross-document person it resolved to. */
export interface ActorRef { docId: string; actorId: string; name: string; kind: string; personId: string | null }

export interface PersonSummary {
  id: string;
  name: string;
  surname: string;
  names: string[];
  country: string | null;
  /** The latest role's title. */
  title: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: number;
  statements: number;
  possibleMatches: string[];
}

export interface StatementRow {
  docId: string;
  docTitle: string;
  docDate: string | null;
  statementId: string;
  date: string | null;
  speaker: ActorRef;
  /** The speaker is a group ("both leaders") that has this person among its members. */
  viaGroup: boolean;
  act: Act;
  verb: string;
  content: string;
  topic: string | null;
  span: Span;
  issues: string[];
}

export interface MeetingRow {
  docId: string;
  docTitle: string;
  meetingId: string;
  date: string | null;
  endDate: string | null;
  place: string | null;
  format: MeetingFormat;
  participants: ActorRef[];
  span: Span;
}

/**
 * A person as their page shows them, whatever their volume: the entity without its appearances,
 * each role's documents counted rather than listed.
 */
export interface PersonSummaryEntity extends Omit<PersonEntity, 'appearances' | 'roles'> {
  roles: (Omit<PersonRole, 'documents'> & { documentsCount: number })[];
  /** Appearances in current documents (one per actor per document). */
  appearancesTotal: number;
  /** Distinct current documents the person appears in. */
  documentsTotal: number;
  /** The earliest appearance, to name the person in a correction. */
  firstAppearance: Appearance | null;
}

export interface PersonDetail {
  person: PersonSummaryEntity;
  /** A page of this person's meetings, the most recent first (undated ones last). */
  meetings: MeetingRow[];
  /** All of this person's meetings in current documents. */
  meetingsTotal: number;
  meetingsLimit: number;
  meetingsOffset: number;
  /**
   * Statements by this person (directly or as a group member), grouped by issue (issue null =
   * untagged), the largest group first; each group holds a page of its statements, the most
   * recent first, and `total`, how many it has in all.
   */
  statementsByIssue: { issue: { id: string; name: string } | null; total: number; statements: StatementRow[] }[];
  /** Distinct statements by this person (a statement on two issues counts once). */
  statementsTotal: number;
  statementsLimit: number;
  statementsOffset: number;
  corrections: StoredCorrection[];
}

/** Paging of a person's page, per section. */
export interface PersonPageOptions {
  /** Meetings shown (default 20), from this offset (default 0). */
  meetingsLimit?: number;
  meetingsOffset?: number;
  /** Statements shown in each issue group (default 5), from this offset (default 0). */
  statementsLimit?: number;
  statementsOffset?: number;
  /** Only this issue's group (an issue id), or null: only the untagged statements. */
  issue?: string | null;
}

export interface ListPeopleOptions { q?: string; limit?: number; offset?: number }

export interface IssueSummary {
  id: string;
  name: string;
  parent: string | null;
  /** A level-1 topic's Comparative Agendas Project major topic code. */
  cap: number | null;
  terms: string[];
  statements: number;
  commitments: number;
  signedDocuments: number;
  readouts: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface TimelineEntry {
  date: string | null;
  docId: string;
  docTitle: string;
  /** 'readout': the readout itself is about the issue, though none of its items name it. */
  itemKind: 'statement' | 'commitment' | 'document' | 'readout';
  itemId: string;
  /** Every issue the item is tagged with (this one among them). */
  issues: string[];
  /** A statement's commitments (shown with it, not as entries of their own). */
  commitments?: { commitmentId: string; action: string; modality: string; span: Span }[];
  /** Who: the speaker, the committing actors, or the signed document's parties. */
  actors: ActorRef[];
  /** The act (statements), modality (commitments) or document kind. */
  what: string;
  text: string;
  span: Span;
}

/** A page of one issue's timeline, oldest first, and how many entries it has in all. */
export interface IssueTimeline {
  issue: Issue; entries: TimelineEntry[]; total: number; limit: number; offset: number;
  /** The names of the issues the entries carry, by id. */
  issueNames?: Record<string, string>;
}

export interface IssueTimelineOptions {
  /** Only entries by this person (id or name), or by actors whose name contains these words. */
  actor?: string;
  /** Entries shown (default 100), from this offset (default 0). */
  limit?: number;
  offset?: number;
}

export interface SignedDocumentRow {
  docId: string;
  docTitle: string;
  outcomeId: string;
  title: string;
  kind: OutcomeKind;
  category: string | null;
  parties: string[];
  signatories: { name: string; title: string | null; actor: string | null }[];
  date: string | null;
  signedAtCeremony: boolean | null;
  entryIntoForce: 'on-signature' | 'after-approval' | null;
  summary: string | null;
  span: Span;
  issues: string[];
}

export interface ListSignedDocumentsOptions extends SortOptions {
  kind?: string; party?: string; year?: number; entryIntoForce?: string; issue?: string; limit?: number; offset?: number;
}

export interface CommitmentRow {
  docId: string;
  docTitle: string;
  docDate: string | null;
  commitmentId: string;
  actors: ActorRef[];
  action: string;
  modality: Modality;
  due: { text: string; start: string; end: string } | null;
  status: CommitmentStatus;
  reason: string;
  evidence: { docId: string; docTitle: string; date: string | null; span: Span; reason: string; excerpt: string } | null;
  span: Span;
  issues: string[];
}

export interface ListCommitmentsOptions extends SortOptions {
  /** Narrowing by facet: a country of an actor, an issue id, the modality, the year the due window starts. */
  country?: string; issue?: string; modality?: string; year?: number;
  status?: CommitmentStatus; actor?: string; dueFrom?: string; dueTo?: string; asOf?: string; limit?: number; offset?: number;
  /** One readout's commitments only (the reader page). */
  docId?: string;
}

export interface SearchHit {
  docId: string;
  title: string;
  date: string | null;
  sourceKey: string;
  /** Higher is better. */
  score: number;
  /** A passage of the text around the matches. */
  snippet: string;
  /** [start, end) ranges of matched words inside `snippet`. */
  highlights: [number, number][];
  /** False for a document that matches only some of the words (shown after those matching all of them). */
  matchedAll?: boolean;
  /** The readout's statements whose words match the query: who said it, when, and where (a span into the text). */
  statements?: StatementHit[];
}

export interface StatementHit {
  statementId: string;
  speaker: ActorRef;
  act: string;
  date: string | null;
  content: string;
  span: Span;
}

export interface SearchOptions { limit?: number; offset?: number; includeSuperseded?: boolean }

/** A page of search hits. A query matching very many documents is ranked among its newest
 * matches (and older title matches) only: then `total` counts those and is a lower bound. */
export interface SearchPage extends Page<SearchHit> { totalIsLowerBound?: boolean }

export interface StoredCorrection extends Record<string, unknown> {
  id: number;
  kind: PersonCorrection['kind'];
  a: { docId: string; name: string };
  b: { docId: string; name: string };
  createdAt: string;
}

export interface StoreStats {
  documents: number;
  superseded: number;
  people: number;
  statements: number;
  commitments: number;
  signedDocuments: number;
  meetingsByYear: { year: number | null; meetings: number }[];
  asOf: string;
  commitmentsDueSoon: number;
  commitmentsOverdue: number;
}

export interface Store {
  /** Stores one extracted record and everything derived from it, in one transaction. */
  ingestDocument(record: ReadoutRecord, options?: IngestOptions): Promise<IngestResult>;
  /**
   * Stores several records in one transaction (one commit for the lot, all or none); if that fails,
   * each on its own. In input order: each record's result, or the error that refused it.
   */
  ingestBatch(items: { record: ReadoutRecord; options?: IngestOptions }[]): Promise<(IngestResult | Error)[]>;
  /** Re-extracts every current document from its stored text, one transaction per document, then recomputes persons. */
  reindex(extract: Extractor, onProgress?: (done: number, total: number) => void): Promise<ReindexResult>;
  /** Recomputes person entities from all current documents and the stored corrections, if anything changed since. */
  refreshPersons(force?: boolean): Promise<void>;
  /**
   * Brings everything derived from the whole corpus up to date (person entities, then the commitment
   * evidence index), if documents or corrections changed since; ingest calls it at the end of a batch
   * so that queries never wait for it.
   */
  refreshDerived(force?: boolean): Promise<void>;
  addCorrection(correction: PersonCorrection): Promise<StoredCorrection>;
  listCorrections(): Promise<StoredCorrection[]>;

  listDocuments(options?: ListDocumentsOptions): Promise<Page<DocumentSummary>>;
  /** By docId (or a unique prefix of one) or source key; null when absent. */
  getDocument(idOrSource: string): Promise<DocumentDetail | null>;
  /** Where content with this hash (docId) is stored, if it is: one indexed lookup, so an ingest can skip extraction. */
  storedVersion(docId: string): Promise<{ sourceKey: string; version: number } | null>;
  listPeople(options?: ListPeopleOptions): Promise<Page<PersonSummary>>;
  /** By person id, or a name/alias (case-insensitive); null when absent. */
  getPerson(idOrName: string, options?: PersonPageOptions): Promise<PersonDetail | null>;
  /** Every person a name could mean (id, name, alias or surname match), best first. */
  findPeople(idOrName: string): Promise<PersonSummary[]>;
  /** Which person each person actor of a stored document is: actor id → person id. */
  personIdsInDocument(docId: string): Promise<Record<string, string>>;
  listIssues(): Promise<IssueSummary[]>;
  issueTimeline(idOrName: string, options?: IssueTimelineOptions): Promise<IssueTimeline | null>;
  listSignedDocuments(options?: ListSignedDocumentsOptions): Promise<FacetedPage<SignedDocumentRow>>;
  listCommitments(options?: ListCommitmentsOptions): Promise<FacetedPage<CommitmentRow>>;
  search(query: string, options?: SearchOptions): Promise<SearchPage>;
  /** Every current record, in ingest order. */
  exportRecords(options?: { includeSuperseded?: boolean }): AsyncIterable<ReadoutRecord>;
  stats(options?: { asOf?: string; soonDays?: number }): Promise<StoreStats>;

  close(): Promise<void>;
}

/** Bad input to a store method (an unknown id, a malformed date): the message is one line for the user. */
export class StoreInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreInputError';
  }
}
