// Paragraphs → the text shape of the .txt readouts: title, blank line, dateline, blank line,
// then one paragraph per block, separated by one blank line.
import { formatDateLine, parseDateLine } from './dates.ts';
import { normalizeText } from './normalize.ts';

// Page furniture that survives markup-based cleaning as a paragraph of its own.
const FURNITURE = /^(print|print\s+print|back\s+to\s+index|back\s+to\s+top|page\s+top|to\s+top|top\s+of\s+(the\s+)?page|share|tweet)$/i;

/** True for a paragraph that is page furniture ("print", "Back to Index"). */
function isFurniture(paragraph: string): boolean {
  return FURNITURE.test(paragraph.trim());
}

function comparable(s: string): string {
  return s.toLowerCase().replace(/[\s\u2018\u2019'"\u201C\u201D]+/g, ' ').trim();
}

/** Cleans paragraphs: trims each line, drops empty ones and furniture. */
function cleanParagraphs(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const lines = normalizeText(p).split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l && !isFurniture(l));
    if (lines.length) out.push(lines.join('\n'));
  }
  return out;
}

/** Index of the paragraph among the first few that carries the title, or -1. */
function titleIndex(body: string[], title: string): number {
  const t = comparable(title);
  for (let i = 0; i < Math.min(body.length, 3); i++) {
    const p = comparable(body[i]);
    const firstLine = comparable(body[i].split('\n')[0]);
    if (p.startsWith(t) || (firstLine.length >= t.length * 0.6 && t.startsWith(firstLine))) return i;
  }
  return -1;
}

/**
 * Joins paragraphs into readout text. Where the body does not already begin with the
 * title, the title (and the date line, when known and not already near the top) goes first.
 */
export function layoutReadout(paragraphs: string[], title?: string | null, date?: string | null): string {
  const body = cleanParagraphs(paragraphs);
  const cleanTitle = title ? title.replace(/\s+/g, ' ').trim() : '';
  let at = cleanTitle ? titleIndex(body, cleanTitle) : 0;
  if (at < 0) {
    body.unshift(cleanTitle);
    at = 0;
  }
  const hasDateLine = body.slice(0, 6).some((p) => parseDateLine(p) !== null);
  if (date && !hasDateLine) body.splice(Math.min(at + 1, body.length), 0, formatDateLine(date));
  return body.join('\n\n');
}
