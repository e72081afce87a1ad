// Types shared between the corpus logic (src/corpus) and the store (src/store).
// This is a contract with the store: add fields freely, never rename.
import type { ReadoutRecord } from '../record.ts';

/** One stored readout as the corpus sees it. docId = document.source.sha256 (stable across reindex). */
export interface CorpusDocument { docId: string; date: string | null; title: string; record: ReadoutRecord }

/** An appearance of a person actor in one document. Corrections are keyed by these, so they survive reindex. */
export interface Appearance { docId: string; actorId: string; name: string }

export interface PersonRole {
  title: string | null;
  country: string | null;
  organization: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  documents: string[];
}

export interface PersonEntity {
  /** Stable slug from the fullest name, e.g. 'junichiro-koizumi' (suffix -2, -3 for distinct people with one name). */
  id: string;
  /** Fullest name seen. */
  name: string;
  surname: string;
  /** Every spelling seen (aliases). */
  names: string[];
  country: string | null;
  /** Ordered by firstSeen. */
  roles: PersonRole[];
  appearances: Appearance[];
  /** Ids of other entities that might be the same person (thin evidence: kept apart). */
  possibleMatches: string[];
}

export type PersonCorrection =
  /** These two appearances are one person. */
  | { kind: 'merge'; a: { docId: string; name: string }; b: { docId: string; name: string } }
  /** These two appearances are different people. */
  | { kind: 'split'; a: { docId: string; name: string }; b: { docId: string; name: string } };

export interface Issue {
  id: string; name: string; terms: string[];
  /** The broader issue (level 1) this one belongs to. */
  parent?: string | null;
  /** For a level-1 topic: its Comparative Agendas Project major topic code. */
  cap?: number;
  /** Phrases whose words are not this issue ("trade union" for trade). */
  not?: string[];
}

export type CommitmentStatus = 'open' | 'kept' | 'overdue';

export interface CommitmentEvidence { docId: string; span: [number, number]; reason: string }

export interface CommitmentAssessment {
  docId: string;
  commitmentId: string;
  status: CommitmentStatus;
  due: { text: string; start: string; end: string } | null;
  evidence: CommitmentEvidence | null;
  /** One line a person can read: why this status. */
  reason: string;
  /** True when the evidence came after the due date ("kept late"): status is `kept` from the evidence's date on. */
  late?: boolean;
  /** The date the evidence shows the deed done (the meeting's or statement's own date, else its document's). */
  evidenceDate?: string | null;
}
