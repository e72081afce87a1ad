// Entry of the ingest stage: bytes → normalized text and metadata, whatever the format.
import { createHash } from 'node:crypto';
import { decodeBytes } from './decode.ts';
import { InputError } from './errors.ts';
import { readHead } from './head.ts';
import { normalizeText } from './normalize.ts';
import type { Reader } from './reader.ts';
import { bytesReaderFor, textReaderFor } from './sniff.ts';
import { sourceLimits } from './source.ts';
import type { IngestInput, IngestedText } from './types.ts';

export { InputError } from './errors.ts';
export type { IngestInput, IngestedText, SourceLimits } from './types.ts';
export { READERS, readerNamed, formatExtensions, READABLE_EXTENSIONS, READABLE_MEDIA_TYPES } from './readers.ts';
export { normalizeText } from './normalize.ts';
export { readSource, sourceLimits } from './source.ts';
export { listReadouts } from './folders.ts';

/** How to name an input in messages. */
function inputName(input: IngestInput): string {
  return input.path ?? input.url ?? input.name ?? 'input';
}

/**
 * Reads one readout in any format of READERS (plain text, Markdown with front matter, HTML,
 * PDF with a text layer) into normalized text shaped like the .txt readouts, with the title and
 * date the file carries as metadata. Unreadable input raises InputError.
 */
export async function ingest(input: IngestInput): Promise<IngestedText> {
  const name = inputName(input);
  const bytes = input.bytes;
  if (bytes.length === 0) throw new InputError(name, 'empty file');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { sha256, path: input.path, url: input.url };
  const maxParagraph = input.maxParagraphChars ?? sourceLimits().maxParagraphChars;

  const binary = bytesReaderFor(bytes);
  if (binary) {
    const page = await binary.read(bytes, name);
    return finish(name, binary, { ...base, format: binary.format, encoding: binary.format, text: page.text, title: page.title, date: page.date }, maxParagraph);
  }
  const { text: raw, encoding } = decodeBytes(bytes, name, input.contentType);
  const decoded = normalizeText(raw);
  const reader = textReaderFor(decoded, input.path, input.contentType);
  const page = reader.read(decoded, name);
  const url = input.url ?? page.url ?? undefined;
  return finish(name, reader, { ...base, url, format: reader.format, encoding, text: page.text, title: page.title, date: page.date }, maxParagraph);
}

/** Length of the longest run of text between blank lines. */
function longestParagraph(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) {
    longest = Math.max(longest, i - start);
    start = i + 2;
  }
  return Math.max(longest, text.length - start);
}

/** Checks there is text, and fills title and date the metadata lacks from the text's head, so every format agrees. */
function finish(name: string, reader: Reader, result: IngestedText, maxParagraphChars: number): IngestedText {
  const longest = longestParagraph(result.text);
  if (longest > maxParagraphChars) {
    throw new InputError(name, `a paragraph of ${longest} characters without a blank line, over the ${maxParagraphChars} limit: not a readout (READOUT_MAX_PARAGRAPH_CHARS)`);
  }
  if (!result.text.trim()) throw new InputError(name, reader.emptyMessage ?? `no readout text found in this ${reader.format.toUpperCase()} file`);
  const head = readHead(result.text);
  result.title = result.title || head.title;
  result.date = result.date || head.date;
  return result;
}
