// What the extract components share about one document: the text as given, and every value a
// component provides for later ones (segmentation, tokens, countries, actors, meetings, …), as
// spaCy's components share a Doc. Each value is made once per document and passed on as a
// value; nothing about a document is kept in module state. The types of those values live here
// so that every component can read them without importing another component's module.
import type { IngestedText } from '../ingest/index.ts';
import type { Segmented } from '../segment/index.ts';
import type { Actor, Commitment, DocumentKind, Meeting, Mention, OutcomeDocument, Span, Statement } from '../record.ts';
import type { TimeToken } from './due/index.ts';

export interface ExtractOptions {
  /** Document date where the text has none (YYYY-MM-DD). */
  date?: string;
  /** Source address to record. */
  url?: string;
}

/** A word token with its offsets (./tokens.ts). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters), as opposed to punctuation or a number. */
  word: boolean;
}

/** A country name or demonym matched at a token: its code and how many tokens it spans. */
export interface CountryWord { code: string; length: number; name: string }

/** A state the document introduces itself ("the Republic of Varenia"), with an "X-" code. */
export interface DocumentState { name: string; short: string; code: string }

/** The country gazetteer as this document sees it: the known countries and the document's own states. */
export interface Countries {
  /** States the gazetteer does not know, introduced by the document. */
  states: DocumentState[];
  /** The country name starting at token i ("Russian Federation", "Varenia"). */
  countryAt(tokens: Token[], i: number): CountryWord | null;
  /** The demonym starting at token i ("Japanese", "Varenian"). */
  demonymAt(tokens: Token[], i: number): CountryWord | null;
}

export interface DocumentHead {
  title: string;
  titleSpan: Span | null;
  subtitle: string | null;
  date: string | null;
  dateSpan: Span | null;
  provisionalTranslation: boolean;
}

/** A place the text names a person, or an office that stands for one. */
export interface PersonMention {
  start: number;
  end: number;
  /** Name tokens (empty for a title alone). */
  name: Token[];
  /** Name inverted with a comma ("Lavrov, Sergey Viktorovich"): the first token is the surname. */
  inverted: boolean;
  title: string | null;
  /** A second office given after the name ("…, Secretary of the Ministry of Defence"). */
  appositive: string | null;
  /** Country named by the office or around the name ("Japanese", "of Japan", "India’s"). */
  country: string | null;
  /** The country was written as the person's nationality ("Japanese Ambassador", "India’s", "… of Japan"), not inside an office. */
  foreign: boolean;
  /** Plural office ("the two Prime Ministers"): a group, not a person. */
  plural: boolean;
  /** Preceded by "the"/"The" with no name: a reference back ("the Prime Minister"). */
  definite: boolean;
}

/** One person of the document, before it becomes an actor. */
export interface PersonDraft {
  tokens: string[];
  surname: string;
  given: string;
  aliases: Set<string>;
  titles: string[];
  country: string | null;
  mentions: Mention[];
  first: number;
}

export interface OrganizationDraft { name: string; code: string | null; spans: [number, number][] }

export interface ActorRef { actor: string; span: Span; kind: Actor['kind'] }

/**
 * The document's actors and where the text names them. Later components add to it: the
 * statement and commitment grammars add the groups they read ("both leaders"), and signatures
 * settle a signatory's country.
 */
export interface DocumentActors {
  actors: Actor[];
  /** Every mention of a person, country or organization, in text order. */
  refs: ActorRef[];
  /** Person mentions as found (with titles and plural/definite flags), in text order. */
  personMentions: PersonMention[];
  /** The document's own country (the publisher's side), where it can be told. */
  home: string | null;
  /** Persons whose country is only the document's own (no nationality written for them). */
  defaultedCountry: Set<string>;
  byId: Map<string, Actor>;
  /** Mentions inside [a, b), in text order (optionally of one kind). */
  refsIn(a: number, b: number, kind?: Actor['kind']): ActorRef[];
  /** Mentions that end exactly at `end` (longest first). */
  refsEndingAt(end: number): ActorRef[];
  /** Mentions that start exactly at `start`. */
  refsStartingAt(start: number): ActorRef[];
  /** Person mentions as found that end exactly at `end`. */
  personMentionsEndingAt(end: number): PersonMention[];
  /** Actor id for a country code, creating none. */
  countryId(code: string): string | null;
  /** Adds an actor (groups), returning its id. */
  add(actor: Omit<Actor, 'id'>): string;
}

/** Everything components know about one document; `input`, `options` and `text` are given, the rest is provided. */
export interface Doc {
  input: IngestedText;
  options: ExtractOptions;
  text: string;
  /** Blocks, sections and sentences (src/segment). */
  seg: Segmented;
  /** Word tokens of the whole text. */
  tokens: Token[];
  /** The due-date grammar's tokens of the whole text (./time-tokens.ts). */
  timeTokens: TimeToken[];
  countries: Countries;
  head: DocumentHead;
  /** Person mentions and turn speakers, in text order. */
  personMentions: PersonMention[];
  persons: PersonDraft[];
  /** The publisher's own country, where the text tells it. */
  home: string | null;
  organizations: OrganizationDraft[];
  actors: DocumentActors;
  meetings: Meeting[];
  /** The meeting the readout is about: the one of leaders, else the first. */
  principal: Meeting | null;
  documents: OutcomeDocument[];
  statements: Statement[];
  commitments: Commitment[];
  kind: DocumentKind;
}

/** The values every document starts with. */
export type Given = Pick<Doc, 'input' | 'options' | 'text'>;
export const GIVEN: readonly (keyof Given)[] = ['input', 'options', 'text'];
