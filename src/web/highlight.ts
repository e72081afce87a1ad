// Highlights from spans: the record's spans (mentions, statements, commitments, dates, signed
// documents) cut the text into flat segments, each knowing every fact that covers it. Flat
// segments cannot nest or overlap, so nested and crossing spans never corrupt the markup.
import type { Span } from '../record.ts';

export type FactKind = 'person' | 'statement' | 'commitment' | 'date' | 'document' | 'cite';

export interface Fact {
  /** Unique within the page: the anchor of the fact's card. */
  anchor: string;
  kind: FactKind;
  span: Span;
  /** Extra classes, e.g. the statement's act. */
  classes?: string[];
  /** Shown as the highlight's tooltip. */
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Every fact covering the segment, widest first. */
  facts: Fact[];
  /** The narrowest covering fact other than a citation: what selecting this piece of text selects. */
  target: Fact | null;
}

/** Keeps spans that point inside the text, clamped; drops empty and malformed ones. */
function validFacts(text: string, facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const [s, e] = f.span ?? [];
    if (!Number.isInteger(s) || !Number.isInteger(e)) continue;
    const start = Math.max(0, Math.min(s, text.length));
    const end = Math.max(0, Math.min(e, text.length));
    if (end > start) out.push({ ...f, span: [start, end] });
  }
  return out;
}

const width = (f: Fact) => f.span[1] - f.span[0];

/** Cuts `text` at every span boundary; concatenating the segments' text gives back `text`. */
export function segmentText(text: string, facts: Fact[]): Segment[] {
  const valid = validFacts(text, facts);
  const cuts = new Set<number>([0, text.length]);
  for (const f of valid) { cuts.add(f.span[0]); cuts.add(f.span[1]); }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: facts sorted by start; the active set changes only at cut points.
  const byStart = [...valid].sort((a, b) => a.span[0] - b.span[0]);
  let next = 0;
  let active: Fact[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    active = active.filter((f) => f.span[1] > start);
    while (next < byStart.length && byStart[next].span[0] <= start) {
      if (byStart[next].span[1] > start) active.push(byStart[next]);
      next++;
    }
    const covering = [...active].sort((a, b) => width(b) - width(a));
    segments.push({ start, end, text: text.slice(start, end), facts: covering, target: covering.filter((f) => f.kind !== 'cite').at(-1) ?? null });
  }
  if (!segments.length && text.length === 0) return [];
  return segments;
}
