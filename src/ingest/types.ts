// What the ingest stage hands to segmentation: normalized text plus what the file itself said.
import type { InputFormat } from './readers.ts';

export { InputError } from './errors.ts';

export interface IngestInput {
  /** The raw bytes of the readout. */
  bytes: Uint8Array;
  /** A file path, for error messages, format sniffing and the record's source. */
  path?: string;
  /** A source address (from --url or a fetch). */
  url?: string;
  /** A MIME type where one is known (HTTP Content-Type, parameters such as charset included). */
  contentType?: string;
  /** How to name the input in messages when it has no path or URL (e.g. "standard input"). */
  name?: string;
  /** Longest paragraph accepted, in characters (default: READOUT_MAX_PARAGRAPH_CHARS or 250,000). */
  maxParagraphChars?: number;
}

export interface IngestedText {
  /** Normalized plain text (LF line ends, no BOM): what every span indexes. */
  text: string;
  format: InputFormat;
  encoding: string;
  sha256: string;
  path?: string;
  url?: string;
  /** Title and date where the file carries them as metadata (front matter, <title>, <time>, meta tags). */
  title?: string | null;
  date?: string | null;
}

/** Limits on reading a source (file, URL, standard input). */
export interface SourceLimits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Time allowed for a whole fetch (headers and body), in milliseconds. */
  timeoutMs: number;
  /** Redirects followed before a fetch gives up. */
  maxRedirects: number;
  /**
   * Longest paragraph (text between blank lines) accepted, in characters. Readout paragraphs
   * run to a few thousand; megabytes without a break are a dump or an attack, and would
   * make extraction slow.
   */
  maxParagraphChars: number;
}
