// PDF with a text layer → paragraphs, rebuilt from the positions of its text items.
// pdfjs is loaded only when a PDF arrives, so the CLI stays fast for text.
import { InputError } from './errors.ts';
import { layoutReadout } from './layout.ts';
import type { BytesReader } from './reader.ts';

interface PdfReadout {
  paragraphs: string[];
  title: string | null;
}

/** One line of text on a page, in PDF units (y grows upwards). */
export interface PdfLine {
  text: string;
  page: number;
  x: number;
  y: number;
  right: number;
  size: number;
}

interface TextItemLike { str: string; transform: number[]; width: number; height: number }

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** Groups a page's text items into lines, top to bottom, words in x order. */
function itemsToLines(items: TextItemLike[], page: number): PdfLine[] {
  const usable = items
    .filter((it) => typeof it.str === 'string' && it.str.length > 0 && Array.isArray(it.transform))
    .map((it) => ({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, size: Math.abs(it.height) || Math.hypot(it.transform[2], it.transform[3]) || 1 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; parts: typeof usable }> = [];
  for (const it of usable) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - it.y) <= Math.min(line.size, it.size) * 0.5) line.parts.push(it);
    else lines.push({ y: it.y, size: it.size, parts: [it] });
  }
  const out: PdfLine[] = [];
  for (const line of lines) {
    line.parts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const part of line.parts) {
      // A visible gap between runs is a space the text layer left out.
      if (text && !/\s$/.test(text) && !/^\s/.test(part.str) && part.x - end > part.size * 0.15) text += ' ';
      text += part.str;
      end = Math.max(end, part.x + part.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, page, x: line.parts[0].x, y: line.y, right: end, size: median(line.parts.map((p) => p.size)) });
  }
  return out;
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Drops page numbers and running headers/footers repeated on most pages. */
export function dropPageFurniture(lines: PdfLine[], pageCount: number): PdfLine[] {
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) {
    const list = byPage.get(l.page) ?? [];
    list.push(l);
    byPage.set(l.page, list);
  }
  const edges = new Set<PdfLine>();
  for (const list of byPage.values()) {
    for (const l of [list[0], list[1], list[list.length - 2], list[list.length - 1]]) if (l) edges.add(l);
  }
  const shape = (l: PdfLine) => l.text.replace(/\d+/g, '#').toLowerCase();
  const repeats = new Map<string, number>();
  if (pageCount >= 2) for (const l of edges) repeats.set(shape(l), (repeats.get(shape(l)) ?? 0) + 1);
  return lines.filter((l) => {
    if (!edges.has(l)) return true;
    const list = byPage.get(l.page)!;
    const atEdge = l === list[0] || l === list[list.length - 1];
    if (atEdge && PAGE_NUMBER.test(l.text)) return false;
    return !(pageCount >= 2 && (repeats.get(shape(l)) ?? 0) >= Math.max(2, Math.ceil(pageCount * 0.6)));
  });
}

const ENDS_SENTENCE = /[.!?:;。」"”’)\]]$/;
const STARTS_BULLET = /^[•◎●○■□◆◇※・▪►]/;
const STARTS_NUMBER = /^(\(?\d{1,3}[.)]\s|\([a-zA-Z]{1,4}\)\s|[a-zA-Z][.)]\s)/;
const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/** Rebuilds paragraphs from lines: a larger gap, a new page mid-paragraph, a size change or a list marker decide. */
export function linesToParagraphs(lines: PdfLine[]): string[] {
  if (!lines.length) return [];
  const fontSize = median(lines.map((l) => l.size));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page && lines[i - 1].y > lines[i].y) gaps.push(lines[i - 1].y - lines[i].y);
  let lineGap = percentile(gaps, 0.25);
  // Mostly one-line paragraphs: the common gap is the paragraph gap, not the line gap.
  if (!lineGap || lineGap > fontSize * 1.6) lineGap = fontSize * 1.2;
  const widthByPage = new Map<number, { left: number; right: number }>();
  for (const l of lines) {
    const w = widthByPage.get(l.page) ?? { left: Infinity, right: -Infinity };
    w.left = Math.min(w.left, l.x);
    w.right = Math.max(w.right, l.right);
    widthByPage.set(l.page, w);
  }

  const paragraphs: string[] = [];
  let current = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const page = widthByPage.get(prev.page)!;
    const prevShort = prev.right < page.left + (page.right - page.left) * 0.75;
    let breakHere: boolean;
    if (line.page !== prev.page) {
      breakHere = ENDS_SENTENCE.test(prev.text) || prevShort;
    } else {
      const gap = prev.y - line.y;
      breakHere = gap > lineGap * 1.3 + 0.5 || gap < 0
        || Math.abs(line.size - prev.size) > Math.max(prev.size, line.size) * 0.15
        || STARTS_BULLET.test(line.text)
        || (STARTS_NUMBER.test(line.text) && (ENDS_SENTENCE.test(prev.text) || prevShort))
        || (prevShort && ENDS_SENTENCE.test(prev.text))
        || (line.x - prev.x > line.size * 0.8 && ENDS_SENTENCE.test(prev.text));
    }
    if (breakHere) {
      paragraphs.push(current);
      current = line.text;
    } else if (/\p{L}-$/u.test(current) && /^\p{L}/u.test(line.text)) {
      current += line.text; // "Indo-" + "Pacific": keep the hyphen, no space
    } else if (CJK_END.test(current) && CJK_START.test(line.text)) {
      current += line.text;
    } else {
      current += ' ' + line.text;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

// Titles that are really file names or tool defaults.
const JUNK_TITLE = /^(untitled|microsoft word\b|document\d*$)|\.(docx?|pdf|rtf|odt|txt|indd)$/i;

/** Reads a PDF's text layer. A PDF without one raises InputError. */
async function readPdf(bytes: Uint8Array, name: string): Promise<PdfReadout> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const err = e as Error;
    if (err.name === 'PasswordException') throw new InputError(name, 'PDF is password-protected');
    throw new InputError(name, `not a readable PDF (${err.message.split('\n')[0]})`);
  }
  try {
    const lines: PdfLine[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      lines.push(...itemsToLines(content.items as TextItemLike[], p));
      page.cleanup();
    }
    if (!lines.some((l) => /\S/.test(l.text))) throw new InputError(name, 'PDF has no text layer (scanned image?)');
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const rawTitle = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    return {
      paragraphs: linesToParagraphs(dropPageFurniture(lines, doc.numPages)),
      title: rawTitle && !JUNK_TITLE.test(rawTitle) ? rawTitle : null,
    };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(name, `not a readable PDF (${(e as Error).message.split('\n')[0]})`);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

/** True when the bytes begin (after at most 1 KB of junk, as readers allow) with "%PDF-". */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export const pdfReader: BytesReader<'pdf'> = {
  format: 'pdf',
  name: 'PDF',
  extensions: ['.pdf'],
  mediaTypes: ['application/pdf'],
  reads: 'bytes',
  sniff: isPdf,
  async read(bytes, name) {
    const pdf = await readPdf(bytes, name);
    return { text: layoutReadout(pdf.paragraphs), title: pdf.title, date: null };
  },
};
