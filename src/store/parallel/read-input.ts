// Reading one command-line input (file, URL or "-") to normalized text, and the key it is
// stored under: shared by the in-process ingest and the extraction workers.
import { resolve } from 'node:path';
import { ingest, readSource, InputError, type IngestedText, type SourceLimits } from '../../ingest/index.ts';
import type { IngestMeta } from '../types.ts';

export const isAddress = (arg: string) => /^https?:\/\//i.test(arg);

export interface ReadInput { text: IngestedText; key: string; meta: IngestMeta }

export async function readInput(input: string, limits?: Partial<SourceLimits>): Promise<ReadInput> {
  const source = await readSource(input, limits);
  const path = source.path && input !== '-' ? resolve(source.path) : source.path;
  const text = await ingest({ ...source, path });
  const { text: _text, ...meta } = text;
  const key = input === '-' ? `stdin:${text.sha256}` : isAddress(input) ? (source.url ?? input) : (path ?? resolve(input));
  return { text, key, meta };
}

/** One line, "input: reason", for any failure while reading, extracting or storing an input. */
export function describeFailure(input: string, e: unknown): string {
  return e instanceof InputError ? e.message : `${input}: ${((e as Error)?.message ?? String(e)).split('\n')[0]}`;
}
