// The reporting verbs of the lexicon (../lexicon/verbs.ts) as one pattern that finds any of
// them in a sentence, each hit naming its verb and whether it is the -ing form.
import { REPORTING_VERBS, type ReportingVerb } from '../lexicon/verbs.ts';
import { anyOf, escapeRegex, matchesOf, phrase, type Slots } from '../patterns.ts';

export interface VerbHit { start: number; end: number; verb: ReportingVerb; ing: boolean }

/** A reporting verb of the sentence with the speaker found for it (null: none yet). */
export interface Planned { hit: VerbHit; speaker: string | null; clauseStart: number; subjectStart: number; deferred: boolean }

const SLOTS: Slots = {
  object: `${anyOf(['his', 'her', 'their', 'its', 'our', 'the', 'a', 'an'])}\\s+(?:\\w+\\s+){0,3}?`,
  'two-words': '(?:\\w+\\s+){0,2}?',
};
const CONDITIONS: Record<NonNullable<ReportingVerb['when']>, string> = {
  // "to <verb>" within six words, not across another clause ("called on X and was hosted …").
  'an infinitive follows': "(?=\\s+(?:(?!and\\b|was\\b|were\\b)[\\w’'.-]+\\s+){1,6}?to\\s+[a-z])",
};

function form(verb: ReportingVerb, p: string): string {
  return phrase(p, SLOTS) + (verb.when ? CONDITIONS[verb.when] : '') + (verb.notBefore ? `(?!\\s+${escapeRegex(verb.notBefore)})` : '');
}

/** One pattern for every verb; group v<i>, p<i> or g<i> names REPORTING_VERBS[i] in its past, present or -ing form. */
const REPORTING_VERB_RE = new RegExp(
  REPORTING_VERBS.map((v, i) => `(?<v${i}>\\b(?:${form(v, v.past)})\\b)` +
    (v.present ? `|(?<p${i}>\\b(?:${form(v, v.present)})\\b)` : '') +
    (v.ing ? `|(?<g${i}>\\b(?:${form(v, v.ing)})\\b)` : '')).join('|'),
  // Case matters only for a participle opening a sentence ("Expressing his respect …").
  'gi',
);

/** Every reporting verb in text[start, end), in text order. */
export function findVerbs(text: string, start: number, end: number): VerbHit[] {
  const slice = text.slice(start, end);
  const hits: VerbHit[] = [];
  for (const m of matchesOf(REPORTING_VERB_RE, slice)) {
    const groups = m.groups!;
    const key = Object.keys(groups).find((k) => groups[k] !== undefined)!;
    const verb = REPORTING_VERBS[Number(key.slice(1))];
    hits.push({ start: start + m.index, end: start + m.index + m[0].length, verb, ing: key[0] === 'g' });
  }
  return hits;
}

/** Words dropped from the start of a verb's content ("that", "on", "for"), compiled once per verb. */
const DROP_PATTERNS = new Map(REPORTING_VERBS.map((v) => [v, new RegExp(`^(?:${anyOf(v.drop ?? ['that'])}\\s+|that\\s+)`, 'i')]));
const DROP_THAT = new RegExp(`^(?:${anyOf(['that'])}\\s+|that\\s+)`, 'i');

export function dropPattern(verb: ReportingVerb): RegExp {
  return DROP_PATTERNS.get(verb) ?? DROP_THAT;
}

