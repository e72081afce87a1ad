// The corpus stage: people across documents, issues over time, commitments kept or overdue.
// All functions are pure except loadTaxonomy, which reads the taxonomy files.
export type {
  Appearance, CommitmentAssessment, CommitmentEvidence, CommitmentStatus, CorpusDocument, Issue,
  PersonCorrection, PersonEntity, PersonRole,
} from './types.ts';
export { resolvePersons } from './persons/resolve.ts';
export { knownCountries } from './countries.ts';
export { loadTaxonomy, readTaxonomyFile, findIssue, TaxonomyError, SHIPPED_TAXONOMY } from './issues/taxonomy.ts';
export { tagIssues, tagReadout, readoutIssues, itemTagTexts, withAncestors } from './issues/tag.ts';
export type { ReadoutTag } from './issues/tag.ts';
export { assessCommitments, assessAsOf, findCommitmentEvidence } from './commitments/assess.ts';
export type { CommitmentEvidenceIndex } from './commitments/assess.ts';
