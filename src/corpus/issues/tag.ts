// Tagging with issues. An item (a statement, a commitment, a signed document) is tagged with every
// issue whose terms its text names outside office titles; a readout is tagged from its title and
// its body, leaving out attendee lists, photo captions and sign-offs. Every tag brings its
// parent issue, so a topic's timeline holds its issues' items.
import type { ReadoutRecord, Span } from '../../record.ts';
import type { Issue } from '../types.ts';
import { isBoilerplateLine, maskOfficeTitles } from './boilerplate.ts';
import { findTerms } from './match.ts';

const ancestorsCache = new WeakMap<Issue[], { order: Map<string, number>; up: Map<string, string[]> }>();

/** Each issue's place in the taxonomy and its ancestors (parent first), cycles cut. */
function structure(taxonomy: Issue[]) {
  let s = ancestorsCache.get(taxonomy);
  if (s) return s;
  const byId = new Map(taxonomy.map((i) => [i.id, i]));
  const up = new Map<string, string[]>();
  for (const issue of taxonomy) {
    const chain: string[] = [];
    for (let p = issue.parent ?? null; p && byId.has(p) && p !== issue.id && !chain.includes(p); p = byId.get(p)!.parent ?? null) chain.push(p);
    up.set(issue.id, chain);
  }
  s = { order: new Map(taxonomy.map((i, n) => [i.id, n])), up };
  ancestorsCache.set(taxonomy, s);
  return s;
}

/** The issues with their ancestors, once each, in taxonomy order. */
export function withAncestors(ids: Iterable<string>, taxonomy: Issue[]): string[] {
  const { order, up } = structure(taxonomy);
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    for (const a of up.get(id) ?? []) all.add(a);
  }
  return [...all].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

/** Ids of the issues the text names (and their parents), in taxonomy order. */
export function tagIssues(text: string, taxonomy: Issue[]): string[] {
  if (!text) return [];
  return withAncestors(findTerms(maskOfficeTitles(text), taxonomy).map((m) => m.issue), taxonomy);
}

/** A readout-level tag: the issue and the passage that first names it (the title, or a line of the body). */
export interface ReadoutTag { issue: string; span: Span }

/**
 * The issues a readout is about, from its title and the lines of its body that report (not its
 * attendee lists, photo captions or sign-offs), each with the first passage naming it; parents included.
 */
export function tagReadout(record: ReadoutRecord, taxonomy: Issue[]): ReadoutTag[] {
  const text = record.document.text ?? '';
  const first = new Map<string, Span>();
  const note = (issue: string, span: Span) => { if (!first.has(issue)) first.set(issue, span); };
  const title = record.document.title ?? '';
  const titleSpan: Span = record.document.titleSpan ?? [0, Math.min(title.length, text.length)];
  for (const m of findTerms(maskOfficeTitles(title), taxonomy)) note(m.issue, titleSpan);
  const masked = maskOfficeTitles(text);
  let at = 0;
  let previous = '';
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const before = previous;
    if (line.trim()) previous = line;
    if (start >= titleSpan[0] && start < titleSpan[1]) continue;
    if (isBoilerplateLine(line, before)) continue;
    for (const m of findTerms(masked.slice(start, start + line.length), taxonomy)) note(m.issue, [start, start + line.length]);
  }
  return withAncestors(first.keys(), taxonomy).map((issue) => {
    const own = first.get(issue);
    // A parent's passage is its first child's when it has none of its own.
    const span = own ?? [...first.entries()].find(([id]) => withAncestors([id], taxonomy).includes(issue))![1];
    return { issue, span };
  });
}

/** The texts of a record's items that are tagged one by one (the store stores these tags). */
export function itemTagTexts(record: ReadoutRecord): { statements: string[]; commitments: string[]; documents: string[] } {
  const topicOf = new Map(record.statements.map((s) => [s.id, s.topic]));
  return {
    statements: record.statements.map((s) => [s.content, s.topic].filter(Boolean).join('\n')),
    commitments: record.commitments.map((c) => [c.action, c.statement ? topicOf.get(c.statement) : null].filter(Boolean).join('\n')),
    documents: record.documents.map((d) => [d.title, d.summary, d.category].filter(Boolean).join('\n')),
  };
}

/**
 * Every issue a readout is about: those of its title and body (tagReadout) and those of its
 * statements, commitments and signed documents, each with the passage that first names it.
 */
export function readoutIssues(record: ReadoutRecord, taxonomy: Issue[]): ReadoutTag[] {
  const tags = tagReadout(record, taxonomy);
  const seen = new Set(tags.map((t) => t.issue));
  const texts = itemTagTexts(record);
  const items: { text: string; span: Span }[] = [
    ...record.statements.map((s, i) => ({ text: texts.statements[i], span: s.span })),
    ...record.commitments.map((c, i) => ({ text: texts.commitments[i], span: c.span })),
    ...record.documents.map((d, i) => ({ text: texts.documents[i], span: d.span })),
  ];
  for (const item of items) {
    for (const issue of tagIssues(item.text, taxonomy)) {
      if (!seen.has(issue)) { seen.add(issue); tags.push({ issue, span: item.span }); }
    }
  }
  const { order } = structure(taxonomy);
  return tags.sort((a, b) => (order.get(a.issue) ?? Infinity) - (order.get(b.issue) ?? Infinity));
}
