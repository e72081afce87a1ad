// What the ingest stage hands to segmentation: normalized text plus what the file itself said.

export type InputFormat = 'txt' | 'md' | 'html' | 'pdf';

export interface IngestInput {
  /** The raw bytes of the readout. */
  bytes: Uint8Array;
  /** A file path, for error messages, format sniffing and the record's source. */
  path?: string;
  /** A source address (from --url or a fetch). */
  url?: string;
  /** A MIME type where one is known (HTTP Content-Type). */
  contentType?: string;
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

/** Input that cannot be read as a readout. `message` is one line naming the input and the reason. */
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}
