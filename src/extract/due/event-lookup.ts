// Named events ("the summit meeting in July") prepared for matching their later bare mentions.
import { type DayNumber, fromIso } from './calendar.ts';
import { type Token, tokenize } from './tokens.ts';

export interface NamedEvent {
  name: string;
  start: string;
  end: string;
  /** Where the text says it takes place ("Vladivostok"), to tell apart events with the same name. */
  place?: string;
}

export interface PreparedEvent { words: string[]; place: string[] | null; start: DayNumber; end: DayNumber }

const prepared = new WeakMap<readonly NamedEvent[], PreparedEvent[]>();

/** Tokenized names, cached per events array: the same list is passed for every commitment of a document. */
export function prepareEvents(events: readonly NamedEvent[]): PreparedEvent[] {
  let out = prepared.get(events);
  if (out) return out;
  out = [];
  for (const e of events) {
    const start = fromIso(e.start), end = fromIso(e.end);
    const words = tokenize(e.name).map((t) => t.lower);
    if (start === null || end === null || start > end || words.length === 0) continue;
    out.push({ words, place: e.place ? tokenize(e.place).map((t) => t.lower) : null, start, end });
  }
  prepared.set(events, out);
  return out;
}

function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/**
 * The event named at token i, with an optional "in <Place>" after it. Of several events with
 * that name, the place decides; then the first one not yet over at the reference date (a
 * commitment looks ahead), else the latest.
 */
export function pickEvent(events: PreparedEvent[], tokens: Token[], i: number, reference: DayNumber): { next: number; start: DayNumber; end: DayNumber } | null {
  let length = 0;
  for (const e of events) if (e.words.length > length && matchesAt(tokens, i, e.words)) length = e.words.length;
  if (length === 0) return null;
  const named = events.filter((e) => e.words.length === length && matchesAt(tokens, i, e.words));
  let next = i + length;
  let pool = named;
  const prep = tokens[next];
  if (prep && (prep.lower === 'in' || prep.lower === 'at') && tokens[next + 1]?.capitalized) {
    const placed = named.filter((e) => e.place !== null && matchesAt(tokens, next + 1, e.place));
    if (placed.length) { pool = placed; next += 1 + placed[0].place!.length; }
  }
  let best: PreparedEvent | null = null;
  for (const e of pool) {
    if (e.end >= reference) { if (!best || best.end < reference || e.start < best.start) best = e; }
    else if (!best || (best.end < reference && e.end > best.end)) best = e;
  }
  return best && { next, start: best.start, end: best.end };
}
