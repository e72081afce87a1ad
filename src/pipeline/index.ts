// The pipeline stage: runs the stages for one readout (source → ingest → extract) and for a
// batch (read and extract on worker threads, one writer storing), and re-extracts a store.
// Every failure is one line naming the input (./failure.ts); a batch goes on with the others.
//
// The stages load when the pipeline first runs them, so a command that only starts (its --help)
// or only queries the store never loads the extractor.
import type { ReadOptions, ReadoutResult, ReadoutSource } from './read.ts';
import type { IngestSourcesOptions, IngestSummary } from './ingest-sources.ts';
import type { ReindexResult, Store } from '../store/index.ts';

export type { ReadoutSource, ReadoutBytes, ReadoutResult, ReadOptions } from './read.ts';
export type { Failure } from './failure.ts';
export type { IngestSummary, IngestSourcesOptions } from './ingest-sources.ts';

/** Source → text → record, or the one-line reason there is none. Never throws. */
export async function readReadout(source: ReadoutSource, options?: ReadOptions): Promise<ReadoutResult> {
  return (await import('./read.ts')).readReadout(source, options);
}

/** Command-line arguments → the inputs of a batch (folders expanded to their readouts). */
export async function expandInputs(args: string[]): Promise<string[]> {
  return (await import('./inputs.ts')).expandInputs(args);
}

/** Reads, extracts and stores every input; one bad input fails alone. */
export async function ingestSources(store: Store, args: string[], options?: IngestSourcesOptions): Promise<IngestSummary> {
  return (await import('./ingest-sources.ts')).ingestSources(store, args, options);
}

/** Every stored readout extracted again from its stored text. */
export async function reindexStore(store: Store, onProgress?: (done: number, total: number) => void): Promise<ReindexResult> {
  return (await import('./reindex.ts')).reindexStore(store, onProgress);
}
