// Entry of the segment stage: text → blocks, sections and sentences.
import { readBlocks } from './blocks.ts';
import { splitSentences } from './sentences.ts';
import type { Block, Segmented, SegmentedSection, Sentence } from './types.ts';
import { APPENDIX_HEADINGS } from './conventions.ts';
import { anyOf } from './patterns.ts';

export type { Block, BlockKind, Segmented, SegmentedSection, Sentence } from './types.ts';
export { DATE_LINE, readNumbering } from './blocks.ts';
export { anyOf, charClass, escapeRegex, matchesOf } from './patterns.ts';

const SCHEME_LEVEL: Record<string, number> = { dot: 1, paren: 2, letter: 3, roman: 4 };
const APPENDIX = new RegExp(`^${anyOf(APPENDIX_HEADINGS)}\\b`, 'i');

function schemeOf(number: string, previous: string | null): string {
  if (/^\((i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)$/.test(number)) {
    // "(i)" after "(h)" is a letter; otherwise a roman numeral.
    if (number === '(i)' && previous === '(h)') return 'letter';
    if (number === '(v)' && previous === '(u)') return 'letter';
    if (number === '(x)' && previous === '(w)') return 'letter';
    return 'roman';
  }
  if (/^\([a-z]\)$/.test(number)) return 'letter';
  if (/^\(\d+\)$/.test(number)) return 'paren';
  return 'dot';
}

function shortHeading(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 10 ? text : words.slice(0, 10).join(' ') + ' …';
}

/** The front matter ends at the dateline (or the first paragraph where there is none). */
function markFront(blocks: Block[]): void {
  const dateline = blocks.findIndex((b, i) => i < 8 && b.kind === 'note' && /\d{4}/.test(b.text) && !/^\(/.test(b.text));
  const end = dateline >= 0 ? dateline : blocks.findIndex((b) => b.kind === 'paragraph') - 1;
  for (let i = 0; i <= end && i < blocks.length; i++) {
    // A short "(Overview)"-style block or heading before the dateline is front matter; a long paragraph is not.
    if (blocks[i].kind === 'paragraph' && blocks[i].text.length > 200) break;
    blocks[i].kind = 'front';
  }
}

/** The heading a section sits under: the section itself, or the nearest enclosing heading of a numbered paragraph or item. */
export function headingOf(seg: Segmented, sectionId: string | null): string | null {
  let id = sectionId;
  while (id) {
    const s = seg.sections.find((x) => x.id === id);
    if (!s) break;
    if (!s.numberedParagraph) return s.heading;
    id = s.parent;
  }
  return null;
}

export function segment(text: string): Segmented {
  const blocks = readBlocks(text);
  markFront(blocks);
  const sections: SegmentedSection[] = [];
  // Open sections by level (1-based); level 0 is unused.
  const open: (SegmentedSection | null)[] = [];
  // Section ids count children per parent: "sec-2-1" is the first child of "sec-2".
  const childCount = new Map<string, number>();
  // Items before any section ("(Summary)" bullets) count under "sec-0", the preamble.
  const childId = (parent: SegmentedSection | null, item = false) => {
    const key = parent?.id ?? (item ? 'sec-0' : 'sec');
    const n = (childCount.get(key) ?? 0) + 1;
    childCount.set(key, n);
    return `${key}-${n}`;
  };
  const itemSections = new Set<string>();
  let previousNumber: string | null = null;

  let previousBlock: Block | null = null;
  for (const block of blocks) {
    if (block.kind === 'front') continue;
    const prev = previousBlock;
    previousBlock = block;
    // A second unnumbered heading line straight after another continues it ("Documents Signed
    // between Non-Governmental Bodies" / "On the Occasion of …").
    const adjacentLines = !!prev && !/\n\s*\n/.test(text.slice(prev.span[1], block.span[0]));
    if (block.kind === 'heading' && !block.number && prev?.kind === 'heading' && !prev.number && prev.section && adjacentLines) {
      const s = sections.find((x) => x.id === prev.section)!;
      if (!APPENDIX.test(block.text) && !APPENDIX.test(s.heading) || APPENDIX.test(s.heading) && !s.heading.includes(' ')) {
        s.heading = `${s.heading} ${block.text}`;
        s.path[s.path.length - 1] = s.heading;
        s.span = [s.span[0], block.span[1]];
        block.section = s.id;
        continue;
      }
    }
    if (block.kind === 'item' && (block.number || block.bullet)) {
      // A bulleted or numbered list item is a leaf section under the innermost open one.
      const parent = [...open].reverse().find((x) => x) ?? null;
      const level = (parent?.level ?? 0) + 1;
      const body = text.slice(block.bodyStart, block.span[1]);
      const number = block.number ?? block.bullet;
      const id = childId(parent, true);
      itemSections.add(id);
      sections.push({
        id, number, heading: shortHeading(body), path: [...(parent?.path ?? []), `${number} ${shortHeading(body)}`],
        level, span: [block.span[0], block.span[1]], numberedParagraph: true, parent: parent?.id ?? null,
      });
      block.section = id;
      continue;
    }
    const isHeading = block.kind === 'heading';
    const numbered = block.number !== null && (block.kind === 'paragraph' || block.kind === 'heading');
    if (isHeading || numbered) {
      let level: number;
      if (block.number) {
        const scheme = schemeOf(block.number, previousNumber);
        level = SCHEME_LEVEL[scheme] ?? 1;
        previousNumber = block.number;
        // A scheme seen below an unnumbered heading nests under it.
        const top = open[1];
        if (top && top.number === null && level === 1 && !APPENDIX.test(top.heading)) level = 1;
      } else {
        // Unnumbered headings are siblings, except under an "Appendix", where they are its parts.
        const top = open[1];
        level = top && !APPENDIX.test(block.text) && top.number === null && APPENDIX.test(top.heading) ? 2 : 1;
      }
      open.length = level;
      const parent = [...open].reverse().find((s) => s) ?? null;
      const body = text.slice(block.bodyStart, block.span[1]);
      const heading = isHeading ? body : shortHeading(body);
      const pathParts = open.filter((s): s is SegmentedSection => !!s).map((s) => s.path[s.path.length - 1]);
      const label = block.number ? `${block.number} ${heading}` : heading;
      const id = childId(parent);
      const section: SegmentedSection = {
        id, number: block.number, heading, path: [...pathParts, label], level,
        span: [block.span[0], block.span[1]], numberedParagraph: !isHeading, parent: parent?.id ?? null,
      };
      open[level] = section;
      sections.push(section);
    }
    const innermost = [...open].reverse().find((s) => s);
    block.section = innermost?.id ?? null;
  }

  // A section's span runs to the start of the next section at its level or above (items keep their line).
  const stack: SegmentedSection[] = [];
  const lastBlockEnd = blocks.length ? blocks[blocks.length - 1].span[1] : 0;
  for (const sec of sections) {
    if (itemSections.has(sec.id)) continue;
    while (stack.length && stack[stack.length - 1].level >= sec.level) {
      const done = stack.pop()!;
      done.span = [done.span[0], Math.max(done.span[1], prevEnd(text, sec.span[0]))];
    }
    stack.push(sec);
  }
  for (const done of stack) done.span = [done.span[0], Math.max(done.span[1], lastBlockEnd)];

  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const span of splitSentences(text, block.bodyStart, block.span[1])) sentences.push({ span, block: block.index });
  }
  return { text, blocks, sections, sentences };
}

function prevEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}
