// One readout from source to record: read the source (a file, a URL, standard input or bytes in
// hand) to normalized text and the key it is stored under, then extract its record. The same two
// steps run in this thread and on the extraction workers; failures come back as values, worded
// once (./failure.ts).
import { resolve } from 'node:path';
import { ingest, readSource, sourceLimits, type IngestedText, type SourceLimits } from '../ingest/index.ts';
import { extractRecord, type ExtractOptions } from '../extract/index.ts';
import type { ReadoutRecord } from '../record.ts';
import { failureOf, type Failure } from './failure.ts';

/** What ingest knew about the bytes, minus the text (the record holds it): stored so reindex can repeat the extraction. */
export type IngestMeta = Omit<IngestedText, 'text'>;

/** Bytes already in hand (an upload), with what their sender said about them. */
export interface ReadoutBytes {
  bytes: Uint8Array;
  /** How messages name the input when it has no file name or address ("the uploaded readout"). */
  name: string;
  /** A file name: the record's source path, and a hint to the format. */
  path?: string;
  url?: string;
  contentType?: string;
  /** The identity across versions; default the url, else "upload:" and the content hash. */
  key?: string;
}

/** A command-line argument (a file path, an http(s) URL, or "-" for standard input), or bytes in hand. */
export type ReadoutSource = string | ReadoutBytes;

export interface ReadOptions {
  /** The document date where the text has none, and the source address to record (it replaces the one read). */
  extract?: ExtractOptions;
  limits?: Partial<SourceLimits>;
  /** Record file paths as absolute (stored records, whatever folder the ingest ran in), not as given. */
  absolutePaths?: boolean;
}

/** A source read to text, with the key it is stored under and what ingest knew about the bytes. */
export interface ReadText { text: IngestedText; key: string; meta: IngestMeta }

export type ReadoutResult = ({ ok: true; record: ReadoutRecord } & ReadText) | { ok: false; failure: Failure };

export const isAddress = (arg: string): boolean => /^https?:\/\//i.test(arg);

/** How messages name a source. */
const sourceName = (source: ReadoutSource): string => (typeof source === 'string' ? source : source.path ?? source.url ?? source.name);

/** Reads a source to normalized text. Throws InputError (one line naming the input) when it is not a readable readout. */
export async function readText(source: ReadoutSource, options: ReadOptions = {}): Promise<ReadText> {
  const url = options.extract?.url;
  if (typeof source !== 'string') {
    const { key, bytes, path, contentType, name } = source;
    const text = await ingest({ bytes, path, url: url ?? source.url, contentType, name, maxParagraphChars: sourceLimits(options.limits).maxParagraphChars });
    return withMeta(text, key ?? url ?? source.url ?? `upload:${text.sha256}`);
  }
  const read = await readSource(source, options.limits);
  const path = read.path && source !== '-' && options.absolutePaths ? resolve(read.path) : read.path;
  const text = await ingest({ ...read, path, url: url ?? read.url });
  const key = source === '-' ? `stdin:${text.sha256}` : isAddress(source) ? (read.url ?? source) : resolve(path ?? source);
  return withMeta(text, key);
}

function withMeta(text: IngestedText, key: string): ReadText {
  const { text: _text, ...meta } = text;
  return { text, key, meta };
}

/** Extracts the record of a source read to text. */
export function extractText(input: string, read: ReadText, extract: ExtractOptions = {}): ReadoutResult {
  try {
    return { ok: true, ...read, record: extractRecord(read.text, extract) };
  } catch (e) {
    return { ok: false, failure: failureOf(input, e, 'extracting') };
  }
}

/** Source → text → record, or the one-line reason there is none. Never throws. */
export async function readReadout(source: ReadoutSource, options: ReadOptions = {}): Promise<ReadoutResult> {
  const input = sourceName(source);
  let read: ReadText;
  try {
    read = await readText(source, options);
  } catch (e) {
    return { ok: false, failure: failureOf(input, e, 'reading') };
  }
  return extractText(input, read, options.extract);
}
