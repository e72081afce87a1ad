// Lines → blocks. A readout's structure is in its lines: each heading, numbered paragraph,
// bullet, legend and signatory line stands on its own line. Wrapped lines are joined back
// where a line plainly continues the one before it.
import type { Block, BlockKind } from './types.ts';
import { BULLETS, CAPTION_CREDIT_STARTS, CONTINUING_WORDS, PAGE_CHROME_LINES, PAGE_CHROME_STARTS, SENTENCE_WORDS } from './conventions.ts';
import { anyOf, charClass } from './patterns.ts';

const BULLET = new RegExp(`^(${charClass(BULLETS)})\\s*`, 'u');
// Numbering schemes, most specific first: "(iv)", "(a)", "(1)", "1.", "1)", "06 ".
const NUMBERING: { re: RegExp; scheme: string }[] = [
  { re: /^\(((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii))\)\s*/, scheme: 'roman' },
  { re: /^\(([a-z])\)\s*/, scheme: 'letter' },
  { re: /^\((\d{1,2})\)\s*/, scheme: 'paren' },
  { re: /^(\d{1,2})\.\s+/, scheme: 'dot' },
  { re: /^(\d{1,2})\)\s+/, scheme: 'dot' },
  { re: /^(0\d)\s+(?=[A-Z])/, scheme: 'dot' },
];

export interface Numbering { number: string; scheme: string; length: number }

export function readNumbering(line: string): Numbering | null {
  for (const { re, scheme } of NUMBERING) {
    const m = re.exec(line);
    if (m) return { number: m[0].trim(), scheme, length: m[0].length };
  }
  return null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** A line that is only a date ("December 16, 2003", "8 OCTOBER 2022", "2024-10-02"). */
export const DATE_LINE = new RegExp(
  `^(?:\\(?\\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2})\\s*\\)?$`,
  'i',
);

const CHROME_LINE = new RegExp(`^(?:${anyOf(PAGE_CHROME_LINES)}|${anyOf(PAGE_CHROME_STARTS)}.*)$`, 'i');
const CAPTION_CREDIT = new RegExp(`^${anyOf(CAPTION_CREDIT_STARTS)}`, 'i');
const SENTENCE_WORD = new RegExp(`\\b${anyOf(SENTENCE_WORDS)}\\b`);
const CONTINUING_WORD = new RegExp(`\\b${anyOf(CONTINUING_WORDS)}$`);

function endsOpen(line: string): boolean {
  // A line that cannot end a paragraph: a trailing comma/semicolon/conjunction or an open parenthesis.
  if (/[,;]$/.test(line) || CONTINUING_WORD.test(line)) return true;
  const opens = (line.match(/\(/g) ?? []).length, closes = (line.match(/\)/g) ?? []).length;
  return opens > closes;
}

interface Line { start: number; end: number; text: string }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = start, b = i;
      while (a < b && /[ \t\f\v\r]/.test(text[a])) a++;
      while (b > a && /[ \t\f\v\r]/.test(text[b - 1])) b--;
      lines.push({ start: a, end: b, text: text.slice(a, b) });
      start = i + 1;
    }
  }
  return lines;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Looks like a heading: short, no sentence inside, not ending like a sentence. */
function isHeadingLike(body: string, numbered: boolean): boolean {
  const words = wordCount(body);
  if (!words || words > 14) return false;
  if (/[:;]$/.test(body)) return false;
  if (SENTENCE_WORD.test(body)) return false;
  // A numbered line ending in a period is a heading only when no verb tells a sentence
  // ("(8)Cooperation in the Russian Program …." is one; "4. President X accepted an invitation …." is not).
  if (/[.!?]$/.test(body)) return numbered && words <= 14 && !/\.\s+\S/.test(body) && !/\b[a-z]{3,}ed\b/.test(body);
  return true;
}

export function readBlocks(text: string): Block[] {
  const lines = splitLines(text);
  // Join wrapped lines into logical lines.
  const logical: Line[] = [];
  let prevBlank = true;
  for (const line of lines) {
    if (!line.text) { prevBlank = true; continue; }
    const last = logical[logical.length - 1];
    const continues = last && !prevBlank && !BULLET.test(line.text) && !readNumbering(line.text) &&
      (endsOpen(last.text) || /^[a-z]/.test(line.text));
    if (continues) {
      last.end = line.end;
      last.text = text.slice(last.start, last.end);
    } else {
      logical.push({ ...line });
    }
    prevBlank = false;
  }

  const blocks: Block[] = [];
  let seenDate = false;
  for (let i = 0; i < logical.length; i++) {
    const line = logical[i];
    let bodyStart = line.start;
    let bullet: string | null = null;
    let number: string | null = null;
    let rest = line.text;
    const b = BULLET.exec(rest);
    // A lone "-" or "*" starting a sentence is a bullet only when followed by a space.
    if (b && (b[1] !== '*' && b[1] !== '-' || /^[*-]\s/.test(rest))) {
      bullet = b[1];
      bodyStart += b[0].length;
      rest = rest.slice(b[0].length);
    }
    const n = readNumbering(rest);
    if (n) {
      number = n.number;
      bodyStart += n.length;
      rest = rest.slice(n.length);
    }
    let kind: BlockKind;
    const next = logical[i + 1];
    if (CHROME_LINE.test(line.text) || (next && CAPTION_CREDIT.test(next.text))) kind = 'note';
    else if (!seenDate && i < 8 && DATE_LINE.test(line.text)) { kind = 'note'; seenDate = true; }
    else if (/^\[.*\]$/s.test(rest)) kind = 'bracket';
    else if (!number && /^\(.*\)$/s.test(rest) && !/^\((?:[a-z]|\d{1,2}|[ivx]+)\)/.test(rest)) kind = 'note';
    else if (!/[a-z]/.test(rest) && /[A-Z]{2}/.test(rest)) kind = 'note';
    else if (bullet) kind = 'item';
    else if (isHeadingLike(rest, number !== null) && next) kind = 'heading';
    else kind = 'paragraph';
    blocks.push({
      index: blocks.length, kind, number, bullet, bodyStart,
      span: [line.start, line.end], text: line.text, section: null,
    });
  }
  return blocks;
}
