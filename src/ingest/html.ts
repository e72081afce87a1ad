// HTML page → the readout's own paragraphs, title and date. Streaming (no DOM tree), so
// that deeply nested or huge pages cost no recursion and little memory.
import { onFirstUse } from './lazy.ts';
import { parseDateLine, parseMetadataDate } from './dates.ts';
import { layoutReadout } from './layout.ts';
import type { TextReader } from './reader.ts';

const htmlparser2 = onFirstUse<typeof import('htmlparser2')>('htmlparser2');

interface HtmlReadout {
  paragraphs: string[];
  title: string | null;
  date: string | null;
}

// Elements whose content is never readout text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'button',
  'select', 'textarea', 'canvas', 'video', 'audio', 'map', 'head']);
// Page furniture: dropped with everything inside.
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'figure', 'figcaption', 'dialog', 'menu']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
// Words in class or id that mark furniture (matched against each word of the name).
const FURNITURE_WORDS = new Set(['breadcrumb', 'breadcrumbs', 'topicpath', 'pankuzu', 'menu', 'nav', 'navi', 'navbar', 'navigation',
  'footer', 'share', 'sharing', 'sns', 'social', 'print', 'caption', 'photo-caption', 'skip', 'sidebar', 'cookie', 'pagetop',
  'related', 'toolbar', 'gnav', 'lnav', 'subnav']);
// Whole class names that hide an element from readers.
const HIDDEN_CLASSES = new Set(['hidden', 'd-none', 'visually-hidden', 'sr-only', 'screen-reader-text', 'element-invisible']);
// Block-level elements: their edges end a paragraph.
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'caption', 'legend', 'hgroup']);
const ROOT_IDS = /^(content|contents|main|main-?contents?|maincontents?|article|article-?body|primary|story|page-?content|body-?content)$/i;
const ROOT_CLASSES = /^(main-?content|article-?body|entry-content|post-content|page-content|body-content)$/i;
// Deeper content roots than this are ignored: they only cost time on pathological pages.
const MAX_ROOTS_TRACKED = 32;

interface Block { text: string; roots: number[]; tag: string }
interface ListState { ordered: boolean; next: number; type: string }
interface Open { tag: string; dropped: boolean; root: number | null; list: ListState | null; pre: boolean }
interface Root { parent: number | null; chars: number }
interface TimeMark { datetime: string | null; text: string; roots: number[]; dropped: boolean }

/** True when a class or id names furniture: "site-footer", "breadcrumbList", "share-tools". */
function namesFurniture(value: string | undefined): boolean {
  if (!value) return false;
  for (const token of value.split(/\s+/)) {
    if (HIDDEN_CLASSES.has(token.toLowerCase())) return true;
    const words = token.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[_-]+/).filter(Boolean);
    // Only a name's first or last word counts: "content-with-sidebar-layout" is not a sidebar.
    if (words.length && (FURNITURE_WORDS.has(words[0]) || FURNITURE_WORDS.has(words[words.length - 1]))) return true;
  }
  return false;
}

function isFurnitureElement(tag: string, attrs: Record<string, string>, insideRoot: boolean): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  // A page header is furniture; an article's own header holds its title and date.
  if (tag === 'header' && !insideRoot) return true;
  if (attrs.role && FURNITURE_ROLES.has(attrs.role.toLowerCase())) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  if (attrs.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style)) return true;
  if (namesFurniture(attrs.class) || namesFurniture(attrs.id)) return true;
  const whole = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase();
  return /breadcrumb|wp-caption|photo-?caption|share-?(buttons|tools|links)/.test(whole);
}

function isContentRoot(tag: string, attrs: Record<string, string>): boolean {
  if (tag === 'main' || tag === 'article' || attrs.role === 'main') return true;
  if (attrs.id && ROOT_IDS.test(attrs.id)) return true;
  return (attrs.class ?? '').split(/\s+/).some((c) => ROOT_CLASSES.test(c));
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

/** The marker an ordered list shows for item n, in the list's numbering type. */
function listNumber(n: number, type: string): string {
  if (n < 1 || n > 100000) return `${n}`;
  switch (type) {
    case 'a': return letters(n);
    case 'A': return letters(n).toUpperCase();
    case 'i': return roman(n);
    case 'I': return roman(n).toUpperCase();
    default: return `${n}`;
  }
}

const ALREADY_MARKED = /^([•◎●○■□◆◇※・*\-–]\s|\(?[0-9]{1,3}[.)]|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]\s)/;

/** Cleans a site suffix off a <title>: "Readout of … | The White House" → "Readout of …". */
export function cleanPageTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const bar = t.split(/\s+[|｜]\s+/);
  if (bar.length > 1) return bar[0].trim();
  const dash = /^(.*\S)\s+[-–—:]\s+([^-–—:]+)$/.exec(t);
  if (dash && /ministry|government|embassy|white house|department|office|mofa|\bgov\b|foreign affairs|state/i.test(dash[2])) return dash[1];
  return t;
}

/** Reads an HTML page: the main content's paragraphs, and its title and date. */
export function readHtml(html: string): HtmlReadout {
  const blocks: Block[] = [];
  const roots: Root[] = [];
  const rootStack: number[] = [];
  const stack: Open[] = [];
  const listStack: ListState[] = [];
  const times: TimeMark[] = [];
  const meta = new Map<string, string>();
  let dropDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  let pageTitle = '';
  let buf: string[] = [];
  let bufLength = 0;
  let prefix = '';
  let openTime: TimeMark | null = null;
  let firstDroppedH1: string | null = null;
  let droppedH1Depth = -1;
  let droppedH1Text: string[] = [];

  const flush = (tag: string) => {
    if (bufLength === 0) return;
    let text = buf.join('');
    buf = [];
    bufLength = 0;
    text = text.replace(/[ \t\f\r]*\n[ \t\f\r]*/g, '\n').trim();
    if (!text) return;
    if (prefix && !ALREADY_MARKED.test(text)) text = prefix + text;
    prefix = '';
    blocks.push({ text, roots: rootStack.slice(), tag });
  };

  const parser = new (htmlparser2().Parser)(
    {
      onopentag(tag, attrs) {
        const insideRoot = rootStack.length > 0;
        const dropped = dropDepth > 0 || SKIPPED.has(tag) || (!isContentRoot(tag, attrs) && isFurnitureElement(tag, attrs, insideRoot));
        if (tag === 'title') inTitle = true;
        if (tag === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content);
        }
        const open: Open = { tag, dropped, root: null, list: null, pre: tag === 'pre' };
        if (dropped) {
          dropDepth++;
          if (tag === 'h1' && firstDroppedH1 === null && droppedH1Depth < 0 && !SKIPPED.has(tag)) { droppedH1Depth = stack.length; droppedH1Text = []; }
          stack.push(open);
          return;
        }
        if (BLOCKS.has(tag)) flush(tag);
        if (tag === 'br') { buf.push('\n'); bufLength++; }
        if (tag === 'td' || tag === 'th') { buf.push(' '); bufLength++; }
        if (tag === 'pre') preDepth++;
        if (isContentRoot(tag, attrs) && rootStack.length < MAX_ROOTS_TRACKED) {
          open.root = roots.length;
          roots.push({ parent: rootStack.length ? rootStack[rootStack.length - 1] : null, chars: 0 });
          rootStack.push(open.root);
        }
        if (tag === 'ol' || tag === 'ul') {
          const start = parseInt(attrs.start ?? '1', 10);
          open.list = { ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1, type: attrs.type ?? '1' };
          listStack.push(open.list);
        }
        if (tag === 'li') {
          const list = listStack[listStack.length - 1];
          if (list) {
            const value = parseInt(attrs.value ?? '', 10);
            if (Number.isFinite(value)) list.next = value;
            prefix = list.ordered ? `${listNumber(list.next, list.type)}. ` : '• ';
            list.next++;
          }
        }
        if (tag === 'time') {
          openTime = { datetime: attrs.datetime ?? null, text: '', roots: rootStack.slice(), dropped: false };
          times.push(openTime);
        }
        stack.push(open);
      },
      ontext(raw) {
        if (inTitle) { pageTitle += raw; return; }
        if (dropDepth > 0) {
          if (droppedH1Depth >= 0) droppedH1Text.push(raw);
          return;
        }
        const text = preDepth > 0 ? raw : raw.replace(/\s+/g, ' ');
        buf.push(text);
        bufLength += text.length;
        if (openTime) openTime.text += raw;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        // Pop to the matching element; htmlparser2 reports implied closes too.
        let i = stack.length - 1;
        while (i >= 0 && stack[i].tag !== tag) i--;
        if (i < 0) return;
        while (stack.length > i) {
          const open = stack.pop()!;
          if (open.dropped) {
            dropDepth--;
            if (droppedH1Depth === stack.length) {
              firstDroppedH1 = droppedH1Text.join('').replace(/\s+/g, ' ').trim() || null;
              droppedH1Depth = -1;
            }
            continue;
          }
          if (BLOCKS.has(open.tag)) flush(open.tag);
          if (open.pre) preDepth--;
          if (open.list) listStack.pop();
          if (open.tag === 'time') openTime = null;
          if (open.root !== null) rootStack.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush('end');

  const chosen = chooseRoot(blocks, roots);
  const content = chosen === null ? blocks : blocks.filter((b) => b.roots.includes(chosen));
  const inChosen = (r: number[]) => chosen === null || r.includes(chosen);

  const h1 = content.find((b) => b.tag === 'h1')?.text.replace(/\s+/g, ' ') ?? null;
  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? meta.get('dc.title') ?? meta.get('dcterms.title');
  const anyH1 = blocks.find((b) => b.tag === 'h1')?.text.replace(/\s+/g, ' ') ?? null;
  const title = h1 ?? (ogTitle ? cleanPageTitle(ogTitle) : null) ?? anyH1 ?? firstDroppedH1 ?? (pageTitle.trim() ? cleanPageTitle(pageTitle) : null);

  const time = times.find((t) => inChosen(t.roots) && (parseMetadataDate(t.datetime) ?? parseDateLine(t.text)));
  const metaDate = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date',
    'dcterms.issued', 'dcterms.created', 'pubdate', 'publish-date', 'publication_date', 'parsely-pub-date', 'sailthru.date']
    .map((k) => parseMetadataDate(meta.get(k))).find(Boolean);
  const date = (time && (parseMetadataDate(time.datetime) ?? parseDateLine(time.text))) ?? metaDate ?? null;

  return { paragraphs: content.map((b) => b.text), title: title || null, date };
}

/** The content root holding the readout: the one with the most text, tightened to a child holding most of it. */
function chooseRoot(blocks: Block[], roots: Root[]): number | null {
  if (!roots.length) return null;
  for (const b of blocks) for (const r of b.roots) roots[r].chars += b.text.length;
  let best = -1;
  for (let r = 0; r < roots.length; r++) if (roots[r].chars > 0 && (best < 0 || roots[r].chars > roots[best].chars)) best = r;
  if (best < 0) return null;
  for (;;) {
    let child = -1;
    for (let r = best + 1; r < roots.length; r++) if (roots[r].parent === best && (child < 0 || roots[r].chars > roots[child].chars)) child = r;
    if (child < 0 || roots[child].chars < roots[best].chars * 0.7) return best;
    best = child;
  }
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<(?:html|head|body|article|main|meta|title)\b)/i;

/** True when decoded text is an HTML page (a doctype, or a page-level element first). */
function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

export const htmlReader: TextReader<'html'> = {
  format: 'html',
  name: 'HTML',
  extensions: ['.html', '.htm', '.xhtml'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  reads: 'text',
  sniff: looksLikeHtml,
  read(text) {
    const page = readHtml(text);
    return { text: layoutReadout(page.paragraphs, page.title, page.date), title: page.title, date: page.date };
  },
};
