// The document's head: title, subtitle, dateline and the provisional-translation flag, read
// from the front matter (the blocks before the body).
import type { Span } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import { DATE_LINE } from '../../segment/index.ts';
import { component } from '../compose.ts';
import type { DocumentHead } from '../doc.ts';
import { parseCalendarDate } from '../due/index.ts';
import { TRANSLATION_MARKS } from '../lexicon/conventions.ts';
import { anyOf } from '../patterns.ts';

export type { DocumentHead } from '../doc.ts';

const NOTE = /^\((.*)\)$/s;
const TRANSLATION_MARK = new RegExp(anyOf(TRANSLATION_MARKS), 'i');

export function readDocumentHead(seg: Segmented, metadata: { title?: string | null; date?: string | null }, fallbackDate?: string): DocumentHead {
  const front = seg.blocks.filter((b) => b.kind === 'front');
  let title = '', titleSpan: Span | null = null, subtitle: string | null = null, date: string | null = null, dateSpan: Span | null = null;
  let provisional = false;
  for (const b of front) {
    const t = b.text.trim();
    if (TRANSLATION_MARK.test(t)) { provisional = true; continue; }
    if (DATE_LINE.test(t) && !date) {
      date = parseCalendarDate(t.replace(/^\(|\)$/g, ''));
      dateSpan = b.span;
      continue;
    }
    if (!title) { title = t; titleSpan = b.span; continue; }
    if (!subtitle && t !== title) subtitle = NOTE.exec(t)?.[1] ?? t;
  }
  if (!title) {
    // No front matter: the first line is the title.
    const first = seg.blocks[0];
    if (first) { title = first.text.trim(); titleSpan = first.span; }
  }
  if (!title && metadata.title) title = metadata.title;
  return {
    title: title.replace(/\s+/g, ' '), titleSpan, subtitle, date: date ?? fallbackDate ?? metadata.date ?? null, dateSpan, provisionalTranslation: provisional,
  };
}

export const documentHeadComponent = component({
  name: 'document-head',
  requires: ['seg', 'input', 'options'],
  provides: ['head'],
  run: ({ seg, input, options }) => ({ head: readDocumentHead(seg, { title: input.title, date: input.date }, options.date) }),
});
