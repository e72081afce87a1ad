// `readout reindex`: every stored readout extracted again from its stored text, with what ingest
// said of its bytes and the options it was first extracted with.
import { extractRecord } from '../extract/index.ts';
import { readerNamed } from '../ingest/index.ts';
import type { Extractor, ReindexResult, Store } from '../store/index.ts';

/** The extractor as the store's reindex calls it. A stored format this version cannot read fails that document alone. */
const reextract: Extractor = (input, options) => {
  const reader = readerNamed(input.format);
  if (!reader) throw new Error(`stored format "${input.format}" is not one this version reads`);
  return extractRecord({ ...input, format: reader.format }, options);
};

export function reindexStore(store: Store, onProgress?: (done: number, total: number) => void): Promise<ReindexResult> {
  return store.reindex(reextract, onProgress);
}
