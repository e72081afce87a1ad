// The pipeline stage: runs the stages for one readout (source → ingest → extract) and for a
// batch (read and extract on worker threads, one writer storing), and re-extracts a store.
// Every failure is one line naming the input (./failure.ts); a batch goes on with the others.
export { readReadout, type ReadoutSource, type ReadoutBytes, type ReadoutResult, type ReadOptions } from './read.ts';
export type { Failure } from './failure.ts';
export { expandInputs } from './inputs.ts';
export { ingestSources, type IngestSummary, type IngestSourcesOptions } from './ingest-sources.ts';
export { reindexStore } from './reindex.ts';
