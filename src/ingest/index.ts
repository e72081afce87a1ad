// Entry of the ingest stage: bytes → normalized text and metadata, whatever the format.
import { createHash } from 'node:crypto';
import { decodeBytes } from './decode.ts';
import { readHtml } from './html.ts';
import { readHead } from './head.ts';
import { layoutReadout } from './layout.ts';
import { readMarkdown } from './markdown.ts';
import { normalizeText } from './normalize.ts';
import { isPdf, detectTextFormat } from './sniff.ts';
import { sourceLimits } from './source.ts';
import { InputError, type IngestInput, type IngestedText, type InputFormat } from './types.ts';

export { InputError } from './types.ts';
export type { IngestInput, IngestedText, InputFormat, SourceLimits } from './types.ts';
export { normalizeText } from './normalize.ts';
export { readSource, sourceLimits, DEFAULT_LIMITS } from './source.ts';
export { listReadouts } from './folders.ts';

const FORMATS: readonly InputFormat[] = ['txt', 'md', 'html', 'pdf'];

/** The input format of that name, or null when this version reads no such format. */
export function inputFormat(name: string): InputFormat | null {
  return FORMATS.find((f) => f === name) ?? null;
}

/** How to name an input in messages. */
export function inputName(input: IngestInput): string {
  return input.path ?? input.url ?? input.name ?? 'input';
}

/**
 * Reads one readout in any supported format (plain text, Markdown with front matter, HTML,
 * PDF with a text layer) into normalized text shaped like the .txt readouts, with the
 * title and date the file carries as metadata. Unreadable input raises InputError.
 */
export async function ingest(input: IngestInput): Promise<IngestedText> {
  const name = inputName(input);
  const bytes = input.bytes;
  if (bytes.length === 0) throw new InputError(name, 'empty file');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { sha256, path: input.path, url: input.url };
  const maxParagraph = input.maxParagraphChars ?? sourceLimits().maxParagraphChars;

  if (isPdf(bytes)) {
    const { readPdf } = await import('./pdf.ts');
    const pdf = await readPdf(bytes, name);
    return finish(name, { ...base, format: 'pdf', encoding: 'pdf', text: layoutReadout(pdf.paragraphs), title: pdf.title, date: null }, maxParagraph);
  }

  const { text: raw, encoding } = decodeBytes(bytes, name, input.contentType);
  const decoded = normalizeText(raw);
  const format: InputFormat = detectTextFormat(decoded, input.path, input.contentType);
  if (format === 'html') {
    const page = readHtml(decoded);
    return finish(name, { ...base, format, encoding, text: layoutReadout(page.paragraphs, page.title, page.date), title: page.title, date: page.date }, maxParagraph);
  }
  if (format === 'md') {
    const md = readMarkdown(decoded);
    return finish(name, { ...base, url: input.url ?? md.url ?? undefined, format, encoding, text: layoutReadout(md.paragraphs, md.title, md.date), title: md.title, date: md.date }, maxParagraph);
  }
  return finish(name, { ...base, format: 'txt', encoding, text: tidyPlainText(decoded) }, maxParagraph);
}

/** Length of the longest run of text between blank lines. */
export function longestParagraph(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) {
    longest = Math.max(longest, i - start);
    start = i + 2;
  }
  return Math.max(longest, text.length - start);
}

/** Plain text keeps its lines; only blank lines at the ends, trailing spaces and runs of blank lines go. */
export function tidyPlainText(text: string): string {
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
}

/** Checks there is text, and fills title and date the metadata lacks from the text's head, so every format agrees. */
function finish(name: string, result: IngestedText, maxParagraphChars: number): IngestedText {
  const longest = longestParagraph(result.text);
  if (longest > maxParagraphChars) {
    throw new InputError(name, `a paragraph of ${longest} characters without a blank line, over the ${maxParagraphChars} limit: not a readout (READOUT_MAX_PARAGRAPH_CHARS)`);
  }
  if (!result.text.trim()) throw new InputError(name, result.format === 'txt' ? 'no text (only white space)' : `no readout text found in this ${result.format.toUpperCase()} file`);
  const head = readHead(result.text);
  result.title = result.title || head.title;
  result.date = result.date || head.date;
  return result;
}
