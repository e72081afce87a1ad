// The document itself: title, subtitle, dateline, kind, provisional-translation flag.
import type { DocumentKind, Span } from '../record.ts';
import type { Segmented } from '../segment/index.ts';
import { DATE_LINE } from '../segment/index.ts';
import { parseCalendarDate } from './due/index.ts';

export interface DocumentHead {
  title: string;
  titleSpan: Span | null;
  subtitle: string | null;
  date: string | null;
  dateSpan: Span | null;
  provisionalTranslation: boolean;
}

const NOTE = /^\((.*)\)$/s;

export function readDocumentHead(seg: Segmented, metadata: { title?: string | null; date?: string | null }, fallbackDate?: string): DocumentHead {
  const front = seg.blocks.filter((b) => b.kind === 'front');
  let title = '', titleSpan: Span | null = null, subtitle: string | null = null, date: string | null = null, dateSpan: Span | null = null;
  let provisional = false;
  for (const b of front) {
    const t = b.text.trim();
    if (/provisional translation/i.test(t)) { provisional = true; continue; }
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

export function documentKind(head: DocumentHead, meetings: number, outcomeDocuments: number, text: string): DocumentKind {
  const t = `${head.title} ${head.subtitle ?? ''}`;
  if (/summary of results/i.test(t)) return 'summary-of-results';
  if (/\boverview\b/i.test(head.subtitle ?? '')) return 'overview';
  if (/\bjoint (statement|declaration|communiqu)/i.test(head.title)) return 'joint-statement';
  if (/\b(transcript|press conference|remarks by)\b/i.test(t) || /^(Q|Question|MR\.|MS\.)\s*:/m.test(text)) return 'transcript';
  if (/\breadout\b/i.test(t)) return 'readout';
  if (/\b(exchanged|signed|memoranda|agreements|press release|media release|announce)/i.test(head.title) && outcomeDocuments > 0) return 'press-release';
  if (meetings > 0 || /\b(meet|meets|meeting|visit|talks|call|calls on|telephone)\b/i.test(t)) return 'readout';
  return outcomeDocuments > 0 ? 'press-release' : 'other';
}

