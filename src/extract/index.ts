// Entry of the extract stage: normalized text → readout record. Pure and deterministic.
import { SCHEMA, type ReadoutRecord } from '../record.ts';
import type { IngestedText } from '../ingest/types.ts';

export interface ExtractOptions {
  /** Document date where the text has none (YYYY-MM-DD). */
  date?: string;
  /** Source address to record. */
  url?: string;
}

export function extractRecord(input: IngestedText, options: ExtractOptions = {}): ReadoutRecord {
  return {
    schema: SCHEMA,
    document: {
      title: input.title ?? '',
      date: options.date ?? input.date ?? null,
      kind: 'other',
      source: { path: input.path, url: options.url ?? input.url, sha256: input.sha256, format: input.format, encoding: input.encoding },
      text: input.text,
    },
    sections: [], actors: [], meetings: [], statements: [], documents: [], commitments: [],
  };
}
