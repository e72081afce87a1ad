// What a reader of one input format is: how the format is recognized (content, file extension,
// media type) and how its bytes become readout text. Every format is one of READERS (./readers.ts).

/** What a reader makes of one input: text laid out like the .txt readouts, and the metadata the file carries. */
interface ReadPage {
  text: string;
  title?: string | null;
  date?: string | null;
  /** The address the file says it was published at (front matter). */
  url?: string | null;
}

interface ReaderInfo<F extends string> {
  /** The format's name in records and the store: txt, md, html, pdf. */
  format: F;
  /** How messages and help name the format: "plain text", "Markdown", … */
  name: string;
  /** File extensions, lower case, with the dot; the first is the one help shows. */
  extensions: readonly string[];
  /** Media types (HTTP Content-Type); the first is the one help shows. */
  mediaTypes: readonly string[];
  /** The reason given when the input holds no readout text; default "no readout text found in this FORMAT file". */
  emptyMessage?: string;
}

/** A binary format (PDF): recognized by its bytes alone, before any decoding, and read from them. */
export interface BytesReader<F extends string = string> extends ReaderInfo<F> {
  reads: 'bytes';
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, name: string): Promise<ReadPage>;
}

/**
 * A text format: the bytes are decoded first; then the format is recognized by the decoded
 * content, else by the file extension, else by the media type.
 */
export interface TextReader<F extends string = string> extends ReaderInfo<F> {
  reads: 'text';
  sniff(text: string): boolean;
  read(text: string, name: string): ReadPage;
}

export type Reader<F extends string = string> = BytesReader<F> | TextReader<F>;
