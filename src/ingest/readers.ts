// The input formats Readout reads, one reader each (./reader.ts says what a reader is). Order
// is the order content is sniffed in. A new format is its reader's file and one line here:
// ingest, folder listing, URL fetching, the HTTP upload, the OpenAPI document and the CLI's
// help all read this list.
import { plainTextReader } from './plain-text.ts';
import { markdownReader } from './markdown.ts';
import { htmlReader } from './html.ts';
import { pdfReader } from './pdf.ts';

export const READERS = [
  plainTextReader,
  markdownReader,
  htmlReader,
  pdfReader,
] as const;

/** The name of a format Readout reads: txt, md, html, pdf. */
export type InputFormat = (typeof READERS)[number]['format'];

/** Text that no reader claims by its content, extension or media type. */
export const FALLBACK_READER = plainTextReader;

/** The reader of a format by its name, or undefined when this version reads no such format. */
export function readerNamed(format: string): (typeof READERS)[number] | undefined {
  return READERS.find((r) => r.format === format);
}

/** Every file extension a reader claims (lower case, with the dot). */
export const READABLE_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);

/** Every media type a reader claims. */
export const READABLE_MEDIA_TYPES: readonly string[] = READERS.flatMap((r) => r.mediaTypes);

/** The formats for help and messages: ".txt, .md, .html, .pdf" (each reader's first extension). */
export function formatExtensions(separator = ', '): string {
  return READERS.map((r) => r.extensions[0]).join(separator);
}

/** "plain text, Markdown, HTML or PDF". */
export function formatNames(): string {
  const names = READERS.map((r) => r.name);
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
