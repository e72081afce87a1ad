// The corpus logic the store uses unless a caller supplies another: src/corpus, with the
// taxonomy loaded once (the shipped file, extended by $READOUT_TAXONOMY or a given file).
import { assessAsOf, findCommitmentEvidence, loadTaxonomy, resolvePersons, tagIssues, tagReadout } from '../corpus/index.ts';
import type { CorpusLogic } from './types.ts';

export function defaultCorpusLogic(taxonomyPath?: string): CorpusLogic {
  return { resolvePersons, tagIssues, tagReadout, findCommitmentEvidence, assessAsOf, taxonomy: loadTaxonomy(taxonomyPath) };
}
