// Events whose date the text gives ("the summit meeting in July", "the APEC Summit in Vladivostok
// to be held in 2012", "the ministerial meeting on December 20"), so that a later bare mention
// ("at the summit meeting") can take the event's dates.
import { toIso } from './calendar.ts';
import { matchExpression, type GrammarContext } from './grammar.ts';
import type { NamedEvent } from './event-lookup.ts';
import { parseReference } from './find-due.ts';
import { MONTHS, SEASONS } from './lexicon.ts';
import { tokenize, type Token } from './tokens.ts';

// Nouns that name an event.
const EVENT_HEADS = new Set([
  'summit', 'meeting', 'meetings', 'conference', 'talks', 'dialogue', 'forum', 'session', 'consultations', 'visit',
  'ceremony', 'games', 'olympics', 'expo', 'exhibition', 'election', 'elections', 'assembly', 'congress', 'convention',
  'festival', 'symposium', 'ministerial', 'round', 'commission', 'council', 'retreat', 'celebrations',
]);

// Heads too common to identify one event on their own ("the meeting", "the talks").
const GENERIC = new Set(['meeting', 'meetings', 'talks', 'visit', 'session', 'round', 'ceremony', 'consultations', 'dialogue', 'commission', 'council', 'ministerial']);

const DETERMINERS = new Set(['the', 'a', 'an', 'next', 'upcoming', 'coming', 'forthcoming', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

// Words that end a noun phrase walking backwards: it has no determiner, so it is no event name.
const BREAKS = new Set(['of', 'in', 'at', 'for', 'to', 'on', 'with', 'by', 'from', 'and', 'or', 'that', 'which', 'who', 'during', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'as', 'between', 'after', 'before', 'since']);

const NAME_PUNCT = new Set(['(', ')', '-', '–', "'", '’']);
const PAST_HELD = new Set(['held', 'convened', 'hosted', 'organized', 'organised', 'staged']);
const FUTURE_SETTERS = new Set(['scheduled', 'planned', 'slated', 'set']);

/** Index of the first word of the event name ending at head h, or -1 when it is not one. */
function nameStart(tokens: Token[], h: number): number {
  for (let k = h - 1; k >= 0 && k >= h - 9; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') { if (NAME_PUNCT.has(t.text)) continue; return -1; }
    if (t.kind === 'number') continue;
    if (DETERMINERS.has(t.lower)) return k + 1;
    if (BREAKS.has(t.lower)) return -1;
  }
  return -1;
}

/** After the name: "in Vladivostok" (a place, not a month), returning the index after it. */
function placeAfter(tokens: Token[], i: number): { next: number; place: string } | null {
  const prep = tokens[i];
  if (!prep || (prep.lower !== 'in' && prep.lower !== 'at')) return null;
  let k = i + 1;
  while (tokens[k]?.kind === 'word' && tokens[k].capitalized && !MONTHS.has(tokens[k].lower) && !SEASONS.has(tokens[k].lower)) k++;
  if (k === i + 1) return null;
  return { next: k, place: tokens.slice(i + 1, k).map((t) => t.text).join(' ') };
}

/** "to be held", "held", "which will be held", "scheduled for": how the text dates the event, and whether as past. */
function dating(tokens: Token[], i: number): { next: number; past: boolean } {
  let k = i;
  if (tokens[k]?.kind === 'punct' && tokens[k].text === ',') k++;
  if (tokens[k]?.lower === 'which' || tokens[k]?.lower === 'that') k++;
  let past = false, auxiliary = false;
  while (['to', 'be', 'will', 'would', 'is', 'are', 'was', 'were', 'been', 'has', 'had'].includes(tokens[k]?.lower ?? '')) {
    if (['was', 'were', 'had', 'has'].includes(tokens[k].lower)) past = true;
    auxiliary = true;
    k++;
  }
  const verb = tokens[k]?.lower ?? '';
  if (PAST_HELD.has(verb)) return { next: k + 1, past: past || !auxiliary };
  if (FUTURE_SETTERS.has(verb)) return { next: tokens[k + 1]?.lower === 'for' ? k + 2 : k + 1, past };
  return { next: i, past: false };
}

/**
 * Named events whose date the text gives, for later bare mentions ("at the summit meeting").
 * Year-less dates follow the spec's forward rule from the reference date, except for events told
 * as past ("the summit meeting in Sakhalin held in February"), which take the latest one before it.
 */
export function collectNamedEvents(text: string, reference: string, textTokens?: Token[]): NamedEvent[] {
  const ref = parseReference(reference);
  const tokens = textTokens ?? tokenize(text);
  const ctx: GrammarContext = { tokens, reference: ref, strict: true, backwards: false, events: null };
  const out: NamedEvent[] = [];
  const seen = new Set<string>();
  const add = (e: NamedEvent) => {
    const key = `${e.name.toLowerCase()}|${e.place ?? ''}|${e.start}|${e.end}`;
    if (!seen.has(key)) { seen.add(key); out.push(e); }
  };
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (head.kind !== 'word' || !EVENT_HEADS.has(head.lower)) continue;
    if (tokens[h + 1]?.kind === 'word' && EVENT_HEADS.has(tokens[h + 1].lower)) continue; // "summit meeting": the head is the last
    const first = nameStart(tokens, h);
    if (first < 0 || (first === h && GENERIC.has(head.lower))) continue;
    let j = h + 1;
    const place = placeAfter(tokens, j);
    if (place) j = place.next;
    const how = dating(tokens, j);
    ctx.backwards = how.past;
    const m = matchExpression(ctx, how.next);
    if (!m || !m.range || (m.lead !== 'plain' && !(m.lead === 'none' && how.next > j))) continue;
    const start = toIso(m.range[0]), end = toIso(m.range[1]);
    const name = text.slice(tokens[first].start, head.end);
    add({ name, start, end, ...(place ? { place: place.place } : {}) });
    // "Asia-Pacific Economic Cooperation (APEC) Summit" is later "the APEC Summit"
    const acronym = tokens[h - 2];
    if (h - first >= 4 && tokens[h - 1].text === ')' && tokens[h - 3]?.text === '(' && acronym.kind === 'word') {
      add({ name: `${acronym.text} ${head.text}`, start, end, ...(place ? { place: place.place } : {}) });
    }
  }
  return out;
}
