// The readout record, schema `readout.record/v1` (../shared/spec/record.md): the contract
// between the extractor and everything that reads its output.

export const SCHEMA = 'readout.record/v1';

/** [start, end) character offsets (UTF-16) into `document.text`. */
export type Span = [number, number];

export type DocumentKind =
  | 'summary-of-results' | 'overview' | 'readout' | 'joint-statement' | 'press-release' | 'transcript' | 'other';

export interface SourceInfo {
  path?: string;
  url?: string;
  sha256: string;
  /** How the bytes were read: txt, md, html, pdf. */
  format?: string;
  /** The encoding the bytes were decoded from. */
  encoding?: string;
}

export interface DocumentInfo {
  title: string;
  subtitle?: string | null;
  date: string | null;
  kind: DocumentKind;
  provisionalTranslation?: boolean;
  source: SourceInfo;
  text: string;
  titleSpan?: Span | null;
  dateSpan?: Span | null;
}

export interface Section {
  id: string;
  number: string | null;
  heading: string;
  path: string[];
  level: number;
  span: Span;
}

export type ActorKind = 'person' | 'organization' | 'country' | 'group';

export interface Mention { text: string; span: Span }

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  surname?: string;
  given?: string;
  aliases?: string[];
  titles?: string[];
  country?: string | null;
  code?: string | null;
  members?: string[];
  mentions: Mention[];
}

export type MeetingFormat =
  | 'talks' | 'summit' | 'telephone' | 'meal' | 'ceremony' | 'forum' | 'visit' | 'press-conference' | 'other';

export interface Meeting {
  id: string;
  date: string | null;
  endDate: string | null;
  place: string | null;
  format: MeetingFormat;
  participants: string[];
  span: Span;
}

export type Act =
  | 'state' | 'express' | 'expect' | 'ask' | 'propose' | 'agree' | 'confirm' | 'welcome' | 'emphasize'
  | 'respond' | 'explain' | 'convey' | 'mention' | 'point-out' | 'appreciate' | 'commit' | 'condemn'
  | 'discuss' | 'other';

export interface Statement {
  id: string;
  speaker: string;
  act: Act;
  verb: string;
  content: string;
  contentSpan: Span;
  addressee: string | null;
  topic: string | null;
  section: string | null;
  meeting: string | null;
  date: string | null;
  respondsTo: string | null;
  span: Span;
}

export type OutcomeKind =
  | 'treaty' | 'agreement' | 'memorandum' | 'mou' | 'joint-statement' | 'joint-press-release' | 'program'
  | 'implementing-arrangement' | 'other';

export interface Signatory { actor: string | null; name: string; title: string | null }

export interface OutcomeDocument {
  id: string;
  title: string;
  kind: OutcomeKind;
  category: string | null;
  signatories: Signatory[];
  parties: string[];
  date: string | null;
  signedAtCeremony: boolean | null;
  entryIntoForce: 'on-signature' | 'after-approval' | null;
  summary: string | null;
  span: Span;
}

export type Modality = 'will' | 'intend' | 'agree' | 'ready' | 'decide' | 'plan';

export interface Due { text: string; start: string; end: string; span?: Span }

export interface Commitment {
  id: string;
  actors: string[];
  action: string;
  modality: Modality;
  due: Due | null;
  statement: string | null;
  span: Span;
}

export interface ReadoutRecord {
  schema: typeof SCHEMA;
  document: DocumentInfo;
  sections: Section[];
  actors: Actor[];
  meetings: Meeting[];
  statements: Statement[];
  documents: OutcomeDocument[];
  commitments: Commitment[];
}
