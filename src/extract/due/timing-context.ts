// Reading the words around a time expression in a commitment clause: is the time about the
// action ("visit Russia in the first half of 2004"), or does it describe something else
// ("the Action Plan adopted in 2003", "the APEC Summit to be held in 2012")?
import type { Token } from './tokens.ts';

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

// Past participles not ending in -ed that describe events and documents.
const IRREGULAR_PARTICIPLES = new Set(['held', 'made', 'begun', 'taken', 'built', 'given', 'done', 'seen', 'written', 'undertaken', 'laid', 'won', 'brought', 'set', 'sent', 'put', 'met', 'struck', 'drawn', 'chosen', 'known', 'shown', 'run', 'hosted']);

// Words ending in -ed that are not participles.
const NOT_PARTICIPLES = new Set(['need', 'proceed', 'succeed', 'exceed', 'speed', 'feed', 'seed', 'breed', 'heed', 'deed', 'bed', 'red', 'shed', 'embed', 'indeed', 'hundred', 'united']);

// Participles that put an event on the calendar ("scheduled for May"), as opposed to reporting it.
const SCHEDULING = new Set(['scheduled', 'planned', 'slated', 'set', 'due', 'expected', 'rescheduled', 'postponed']);

// Words that make an event the occasion of the action: "attend / host / at the summit to be held in July".
const GOVERNORS = new Set(['at', 'during', 'attend', 'attends', 'attending', 'host', 'hosts', 'hosting', 'hold', 'holds', 'holding', 'join', 'joins', 'joining', 'convene', 'convening']);
const GOVERNING_OF = new Set(['occasion', 'sidelines', 'margins', 'margin']);
const GOVERNING_IN = new Set(['participate', 'participates', 'participating', 'part']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this']);

function isParticiple(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.capitalized) return false;
  if (IRREGULAR_PARTICIPLES.has(t.lower) || SCHEDULING.has(t.lower)) return true;
  return t.lower.length > 3 && t.lower.endsWith('ed') && !NOT_PARTICIPLES.has(t.lower);
}

/**
 * Whether the expression starting at token `first` is a time for the action itself. An expression
 * right after a participle describes a noun ("adopted in 2003", "held in February") unless the
 * participle is the action in a future passive ("will be held in early 2019"), or the time of an
 * event the action takes place at ("attend the summit to be held in July").
 */
export function timesTheAction(tokens: Token[], first: number): boolean {
  const p = first - 1;
  if (!isParticiple(tokens[p])) return true;
  const be = tokens[p - 1]?.lower;
  if (be === 'be' && MODALS.has(tokens[p - 2]?.lower ?? '')) return true;
  if (be === 'be' && tokens[p - 2]?.lower === 'to') return eventIsOccasion(tokens, p - 3);
  if (!SCHEDULING.has(tokens[p].lower) || be === 'was' || be === 'were' || be === 'been' || be === 'had') return false;
  // "the visit is scheduled for May" dates the action; "the summit scheduled for May" dates the summit
  if (be === 'is' || be === 'are' || be === 'be') return true;
  return eventIsOccasion(tokens, p - 1);
}

/** Walks back from the end of an event's noun phrase to its determiner and reads the word that governs it. */
function eventIsOccasion(tokens: Token[], last: number): boolean {
  for (let k = last; k >= 0 && k > last - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.')) return false;
    if (t.kind !== 'word' || !DETERMINERS.has(t.lower)) continue;
    const g = tokens[k - 1];
    if (!g) return false;
    if (GOVERNORS.has(g.lower)) return true;
    if (g.lower === 'of') return GOVERNING_OF.has(tokens[k - 2]?.lower ?? '');
    if (g.lower === 'in') return GOVERNING_IN.has(tokens[k - 2]?.lower ?? '');
    return false;
  }
  return false;
}

// Markers of the commitment itself: the action follows them ("she wished to visit Russia in …").
const MODAL_MARKERS = new Set(['will', 'would', 'shall', "'ll"]);
const TO_MARKERS = new Set([
  'wish', 'wishes', 'wished', 'want', 'wants', 'wanted', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned',
  'ready', 'prepared', 'decide', 'decides', 'decided', 'agree', 'agrees', 'agreed', 'like', 'hope', 'hopes', 'hoped',
  'commit', 'commits', 'committed', 'pledge', 'pledges', 'pledged', 'resolve', 'resolves', 'resolved', 'vow', 'vowed',
  'aim', 'aims', 'aimed', 'seek', 'seeks', 'sought', 'going', 'intention', 'intent', 'invitation', 'determination',
  'decision', 'willingness', 'readiness', 'plans', 'continue', 'continues', 'continued',
]);

/** Token indexes of the first commitment marker ("would", "wished to", "ready to") and of the word after it; -1 and 0 without one. */
export function commitmentMarker(tokens: Token[]): { at: number; after: number } {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (MODAL_MARKERS.has(t.lower)) return { at: i, after: i + 1 };
    if (TO_MARKERS.has(t.lower) && tokens[i + 1]?.lower === 'to') return { at: i, after: i + 2 };
  }
  return { at: -1, after: 0 };
}

// Nouns that take a reported "that" ("expressed his hope that").
const REPORTING_NOUNS = new Set(['said', 'told', 'hope', 'view', 'expectation', 'belief', 'recognition', 'understanding', 'saying', 'stating', 'noting', 'adding', 'explaining']);

/**
 * Index of the "that" opening the reported clause the marker sits in ("X stated that he would …"),
 * or -1. Times before it date the report ("During the talks on December 16, X stated that …"),
 * not the action.
 */
export function reportedClauseStart(tokens: Token[], marker: number): number {
  for (let i = marker - 1; i > 0; i--) {
    if (tokens[i].lower !== 'that') continue;
    const verb = tokens[i - 1];
    if (verb.kind === 'word' && !verb.capitalized && (verb.lower.endsWith('ed') || REPORTING_NOUNS.has(verb.lower))) return i;
  }
  return -1;
}
