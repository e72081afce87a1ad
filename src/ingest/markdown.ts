// Markdown with YAML front matter (as scraped corpora store pages) → readout paragraphs.
import { parseMetadataDate } from './dates.ts';
import { layoutReadout } from './layout.ts';
import type { TextReader } from './reader.ts';
import { onFirstUse } from './lazy.ts';
import { InputError } from './errors.ts';

const yaml = onFirstUse<typeof import('yaml')>('yaml');

interface MarkdownReadout {
  paragraphs: string[];
  title: string | null;
  date: string | null;
  url: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** True when the text opens with a YAML front matter block. */
function hasFrontMatter(text: string): boolean {
  const m = FRONT_MATTER.exec(text.slice(0, 65536));
  return m !== null && /^[\w-]+[ \t]*:/m.test(m[1]);
}

function firstString(meta: Record<string, unknown>, keys: string[]): unknown {
  for (const k of keys) if (meta[k] !== undefined && meta[k] !== null && meta[k] !== '') return meta[k];
  return undefined;
}

/** Front matter is a page's metadata: a few fields. Past this, it is not a readout's (and YAML's cost grows with it). */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** Splits off front matter; a block that is not a YAML mapping is ignored, not fatal; one over the limit is refused. */
function splitFrontMatter(text: string, name: string): { meta: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  if (m[1].length > MAX_FRONT_MATTER_CHARS) {
    throw new InputError(name, `front matter of ${m[1].length} characters, over the ${MAX_FRONT_MATTER_CHARS} limit: not a readout's metadata`);
  }
  let meta: unknown;
  try {
    // uniqueKeys off: the duplicate-key check compares every key with every other (quadratic).
    meta = yaml().parse(m[1], { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    meta = null;
  }
  const body = text.slice(m[0].length);
  return { meta: meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as Record<string, unknown>) : {}, body };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Inline Markdown → plain text: links keep their words, images and markup go. */
export function inlineToText(s: string): string {
  return decodeEntities(
    s
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, '$1$2')
      .replace(/(^|[^\w\\])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, '$1'),
  );
}

const LIST_ITEM = /^\s*(?:([-*+])|(\d{1,9}[.)]))[ \t]+(.*)$/;
const GLYPH_ITEM = /^\s*[•◎●○■□◆◇※・]/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** Markdown body → paragraphs in reading order, list markers kept as text ("1.", "•"). */
export function markdownParagraphs(body: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let inItem = false;
  const flush = () => {
    if (current.length) out.push(current.join(''));
    current = [];
    inItem = false;
  };
  // Joins a continuation line to the paragraph: a space, or a line break after a hard break.
  const append = (line: string) => {
    const hard = / {2,}$|\\$/.test(line);
    const text = inlineToText(line.replace(/ {2,}$|\\$/, '').trim());
    if (current.length && !current[current.length - 1].endsWith('\n')) current.push(' ');
    current.push(text + (hard ? '\n' : ''));
  };
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      out.push(code.join('\n'));
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    // Setext heading: the paragraph so far is a heading.
    if (current.length && /^ {0,3}(=+|-+)[ \t]*$/.test(line)) { flush(); continue; }
    if (RULE.test(line)) { flush(); continue; }
    const atx = ATX_HEADING.exec(line);
    if (atx) { flush(); out.push(inlineToText(atx[1] ?? '')); continue; }
    // Tested trimmed: the pattern's runs of optional spaces are quadratic on a deeply indented line.
    if (line.includes('-') && line.includes('|') && TABLE_DELIMITER.test(line.trim())) continue;
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      out.push(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => inlineToText(c.trim())).filter(Boolean).join(' '));
      continue;
    }
    const quoted = line.replace(/^ {0,3}(> ?)+/, '');
    const item = LIST_ITEM.exec(quoted);
    // As in CommonMark, only "1." may interrupt a running paragraph ("… in\n2022. The …" is prose).
    if (item && (!current.length || inItem || item[1] || parseInt(item[2], 10) === 1)) {
      flush();
      append(item[3]);
      current[0] = (item[1] ? '• ' : item[2] + ' ') + current[0];
      inItem = true;
      continue;
    }
    if (GLYPH_ITEM.test(quoted)) flush();
    append(quoted);
  }
  flush();
  return out;
}

/** Reads a Markdown document: front matter metadata and body paragraphs. */
export function readMarkdown(text: string, name = 'the Markdown readout'): MarkdownReadout {
  const { meta, body } = splitFrontMatter(text, name);
  const title = firstString(meta, ['title', 'headline', 'name']);
  const date = firstString(meta, ['date', 'published', 'published_at', 'publish_date', 'pubdate', 'created']);
  const url = firstString(meta, ['source_url', 'url', 'source', 'link']);
  return {
    paragraphs: markdownParagraphs(body),
    title: typeof title === 'string' || typeof title === 'number' ? String(title).trim() || null : null,
    date: parseMetadataDate(date),
    url: typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : null,
  };
}

export const markdownReader: TextReader<'md'> = {
  format: 'md',
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  mediaTypes: ['text/markdown', 'text/x-markdown'],
  reads: 'text',
  sniff: hasFrontMatter,
  read(text, name) {
    const md = readMarkdown(text, name);
    return { text: layoutReadout(md.paragraphs, md.title, md.date), title: md.title, date: md.date, url: md.url };
  },
};
