// Commitment status as of a date: open, kept or overdue, with the evidence.
//
// Rules:
// - Evidence comes from another document dated on or after the commitment's document, published by
//   the as-of date. Its date is the meeting's or statement's own date where the text gives one, else
//   its document's date; evidence dated before the commitment's document, or before the due window
//   starts, does not count.
// - A visit ("visit Osterland") is shown by a later meeting with the actor (the same person, or someone
//   of the same country) in or to the destination. A meeting ("hold the next round of talks on …") is
//   shown by a later meeting of all its parties whose paragraph names its topic. Anything else is shown
//   by a later statement of the actor, or a document it signed, sharing at least two key words and at
//   least half of the action's key words.
// - Window end: evidence dated on or before due.end is in time. Evidence after due.end makes the
//   commitment `overdue` as of any date before the evidence, and `kept` with `late: true` and the reason
//   "kept late (due by …, done …)" from the evidence date on.
// - `overdue` when due.end < as-of and no evidence; `open` otherwise (no due date, or not yet due).
//
// Computed in two halves so a corpus of 100,000 readouts stays workable: `findCommitmentEvidence` finds,
// once per corpus, every piece of evidence that could be chosen as of some date (find-evidence.ts);
// `assessAsOf` picks the status as of one date from it (as-of.ts), cheaply.
import type { CommitmentAssessment, CorpusDocument, PersonEntity } from '../types.ts';
import { assessAsOf, checkAsOf } from './as-of.ts';
import { findCommitmentEvidence } from './find-evidence.ts';

export { assessAsOf } from './as-of.ts';
export { findCommitmentEvidence } from './find-evidence.ts';
export type { CommitmentCandidates, CommitmentEvidenceIndex, EvidenceCandidate, WordCount } from './find-evidence.ts';

export function assessCommitments(docs: CorpusDocument[], persons: PersonEntity[], asOf: string): CommitmentAssessment[] {
  checkAsOf(asOf);
  return assessAsOf(findCommitmentEvidence(docs, persons), asOf);
}
