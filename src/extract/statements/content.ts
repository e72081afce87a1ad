// What a reporting clause says: its content runs from the verb to the next planned verb's
// clause (or the sentence's end), without "that" and the verb's particle ("agreed on …"); the
// object names the addressee ("asked Chairman X to …", "stated to X … that"); a trailing
// "during their talks on DAY" dates it; "agreed … with X as well" makes X a co-speaker.
import type { Span } from '../../record.ts';
import { findDays } from '../dates.ts';
import { dropPattern, type Planned } from './reporting-verbs.ts';
import { groupOf } from './speakers.ts';
import { trimSpan, type StatementState } from './state.ts';

// "… during her talks with Chairman Kasjyanov on December 15": when the statement was made, not what it says.
const TALKS_ADJUNCT = /,?\s+(?:during|in)\s+(?:the|their|his|her|its)\s+(?:talks|meeting|meetings|call|conversation)\b[^,;]*?(?=\s+that\b|$)/;

export interface Said {
  speaker: string;
  addressee: string | null;
  /** The day the clause itself gives ("stated to X on DAY that", "during their talks on DAY"). */
  day: string | null;
  content: string;
  contentSpan: Span;
}

/**
 * The content of planned verb `p`, said by `speaker`, up to `next`; null when it says
 * nothing. `first`: p is the sentence's first planned verb.
 */
export function readContent(state: StatementState, p: Planned, speaker: string, next: Planned | undefined, first: boolean, [s0, s1]: Span): Said | null {
  const { text } = state;
  const { actors, date } = state.input;
  let contentStart = p.hit.end;
  let contentEnd = next ? next.clauseStart : s1;
  if (p.hit.ing && first && next) contentEnd = Math.min(contentEnd, s0 + (text.slice(s0, next.subjectStart).lastIndexOf(',') >= 0 ? text.slice(s0, next.subjectStart).lastIndexOf(',') : next.subjectStart - s0));
  let addressee: string | null = null;
  let day: string | null = null;
  // "stated to Prime Minister Koizumi during their talks on December 16 that …"
  const afterVerb = text.slice(contentStart, contentEnd);
  const toWhom = /^\s*(?:to\s+)?/.exec(afterVerb)![0];
  const firstRef = actors.refsStartingAt(contentStart + toWhom.length).find((r) => r.kind === 'person' || r.kind === 'country');
  const verbSaysTo = /\bto$/.test(text.slice(p.hit.start, p.hit.end));
  if (firstRef && (p.hit.verb.addressee || /to\s+$/.test(toWhom) || verbSaysTo)) {
    addressee = firstRef.actor;
    if (/^\s*to\s+/.test(afterVerb) || verbSaysTo) {
      // "stated to X … that": the content is what follows "that".
      const that = /\bthat\s+/.exec(text.slice(firstRef.span[1], contentEnd));
      if (that) {
        day = findDays(text, firstRef.span[1], firstRef.span[1] + that.index, date)[0]?.date ?? null;
        contentStart = firstRef.span[1] + that.index + that[0].length;
      }
    }
  }
  let [a, b] = trimSpan(text, contentStart, contentEnd);
  let content = text.slice(a, b);
  const dm = dropPattern(p.hit.verb).exec(content);
  if (dm && !(p.hit.verb.act === 'ask' && /^to\s/.test(content))) { a += dm[0].length; content = text.slice(a, b); }
  if (/^that\s+/i.test(content)) { a += 5; content = text.slice(a, b); }
  // "conveyed this message during her talks with Chairman Kasjyanov on December 15".
  // (Only the content's tail can hold it: a bounded window keeps long contents linear.)
  const tailStart = Math.max(0, content.length - 240);
  const adjunct = TALKS_ADJUNCT.exec(content.slice(tailStart));
  const adjunctAt = adjunct ? tailStart + adjunct.index : -1;
  const adjunctDay = adjunct ? findDays(text, a + adjunctAt, b, date)[0]?.date ?? null : null;
  if (adjunct && adjunctDay && adjunctAt > 0 && adjunctAt + adjunct[0].length >= content.length - 1) {
    day = day ?? adjunctDay;
    b = a + adjunctAt;
    content = text.slice(a, b);
  }
  // "agreed … with Chairman Putin as well": both agreed.
  let saidBy = speaker;
  const withWhom = p.hit.verb.act === 'agree' ? /\s+with\s+(?:the\s+)?([^,]*?)(?:\s+as well)?$/.exec(content.slice(tailStart)) : null;
  if (withWhom) {
    const at = a + tailStart + withWhom.index + withWhom[0].indexOf(withWhom[1]);
    const ref = actors.refsStartingAt(at).find((r) => r.kind === 'person');
    if (ref && ref.actor !== speaker) {
      saidBy = groupOf(state.speakers, [speaker, ref.actor].flatMap((x) => (actors.byId.get(x)?.kind === 'group' ? actors.byId.get(x)!.members ?? [] : [x])), null);
      b = a + tailStart + withWhom.index;
      content = text.slice(a, b);
    }
  }
  if (!content.trim() && !/following points/.test(content)) return null;
  return { speaker: saidBy, addressee, day, content, contentSpan: [a, b] };
}
