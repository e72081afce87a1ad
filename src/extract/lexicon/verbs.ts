// Reporting verbs and the speech acts they report (spec: "act"). Each entry is the finite
// past form as readouts write it, with its present-participle form for "…, expressing
// Japan's willingness …" and the particle its content starts after ("agreed on the
// importance" → "the importance").
import type { Act } from '../../record.ts';

export interface ReportingVerb {
  /** Regex source of the finite form(s). */
  past: string;
  /** Regex source of the -ing form, where readouts use it for a second statement. */
  ing?: string;
  act: Act;
  /** Words dropped from the start of the content ("on", "for", "that"). */
  drop?: string;
  /** The object names who is asked or told ("asked Chairman Kasjyanov to convey …"). */
  addressee?: boolean;
}

const OBJ = '(?:his|her|their|its|our|the|a|an)\\s+(?:\\w+\\s+){0,3}?';

export const REPORTING_VERBS: ReportingVerb[] = [
  { past: 'stated(?:\\s+to\\b)?', act: 'state' },
  { past: 'said', act: 'state' },
  { past: 'noted', ing: 'noting', act: 'state' },
  { past: 'reiterated', ing: 'reiterating', act: 'state' },
  { past: 'added', act: 'state' },
  { past: 'remarked', act: 'state' },
  { past: 'observed', act: 'state' },
  { past: 'indicated', act: 'state' },
  { past: 'told', act: 'state', addressee: true },
  { past: 'declared', act: 'state' },
  { past: 'announced', ing: 'announcing', act: 'state' },
  { past: 'expressed', ing: 'expressing', act: 'express' },
  { past: `extended\\s+${OBJ}(?:condolences|sympathy|sympathies)`, act: 'express' },
  { past: `extended\\s+${OBJ}(?:congratulations|gratitude|thanks|appreciation|felicitations)`, act: 'appreciate' },
  { past: `shared\\s+(?:${OBJ})?(?:concern|concerns|hope|interest)`, act: 'express' },
  { past: 'hoped', act: 'express' },
  { past: 'expected', act: 'expect' },
  { past: '(?:looked|look)\\s+forward\\s+to', act: 'expect' },
  { past: 'anticipated', act: 'expect' },
  { past: 'asked', act: 'ask', drop: 'for', addressee: true },
  { past: 'requested', ing: 'requesting', act: 'ask', addressee: true },
  { past: 'urged', ing: 'urging', act: 'ask', drop: 'for', addressee: true },
  { past: 'called\\s+upon', ing: 'calling\\s+upon', act: 'ask', addressee: true },
  // "called on Russia to consider" asks; "called on Prime Minister Lee and was hosted …" is a visit.
  { past: 'called\\s+on(?=\\s+(?:(?!and\\b|was\\b|were\\b)[\\w’\'.-]+\\s+){1,6}?to\\s+[a-z])', act: 'ask', addressee: true },
  { past: 'called\\s+for', ing: 'calling\\s+for', act: 'ask' },
  { past: 'invited', act: 'ask', addressee: true },
  { past: 'sought', act: 'ask' },
  { past: 'proposed', ing: 'proposing', act: 'propose' },
  { past: 'suggested', act: 'propose' },
  { past: 'agreed', act: 'agree', drop: 'on|upon' },
  { past: 'concurred', act: 'agree', drop: 'on|with' },
  { past: 'shared\\s+(?:the|their|his|her)\\s+(?:view|views|recognition|understanding)', act: 'agree' },
  { past: 'confirmed', ing: 'confirming', act: 'confirm' },
  { past: 'reconfirmed', act: 'confirm' },
  { past: 'affirmed', ing: 'affirming', act: 'confirm' },
  { past: 'reaffirmed', ing: 'reaffirming', act: 'confirm' },
  { past: 'welcomed', ing: 'welcoming', act: 'welcome' },
  { past: 'emphasi[sz]ed', ing: 'emphasi[sz]ing', act: 'emphasize' },
  { past: 'underscored', ing: 'underscoring', act: 'emphasize' },
  { past: 'underlined', ing: 'underlining', act: 'emphasize' },
  { past: 'highlighted', ing: 'highlighting', act: 'emphasize' },
  { past: 'stressed', ing: 'stressing', act: 'emphasize' },
  { past: 'reinforced\\s+the\\s+importance', act: 'emphasize' },
  { past: 'responded', act: 'respond', drop: 'to' },
  { past: 'replied', act: 'respond' },
  { past: 'explained', act: 'explain' },
  { past: 'briefed', act: 'explain', addressee: true },
  { past: 'conveyed', act: 'convey' },
  { past: 'relayed', act: 'convey' },
  { past: 'mentioned', ing: 'mentioning', act: 'mention' },
  { past: 'referred\\s+to', act: 'mention' },
  { past: 'pointed\\s+out', ing: 'pointing\\s+out', act: 'point-out' },
  { past: 'thanked', ing: 'thanking', act: 'appreciate', addressee: true },
  { past: 'commended', ing: 'commending', act: 'appreciate' },
  { past: 'applauded', act: 'appreciate' },
  { past: 'praised', ing: 'praising', act: 'appreciate' },
  { past: 'lauded', ing: 'lauding', act: 'appreciate' },
  { past: 'highly\\s+(?:evaluated|appreciated|valued)', act: 'appreciate' },
  { past: 'appreciated', act: 'appreciate' },
  { past: 'congratulated', ing: 'congratulating', act: 'appreciate', addressee: true },
  { past: 'paid\\s+tribute\\s+to', act: 'appreciate' },
  { past: 'pledged', ing: 'pledging', act: 'commit' },
  { past: '(?:remain(?:ed)?\\s+)?committed(?!\\s+by)', act: 'commit' },
  { past: 'resolved', act: 'commit' },
  { past: 'vowed', act: 'commit' },
  { past: 'condemned', ing: 'condemning', act: 'condemn' },
  { past: 'denounced', act: 'condemn' },
  { past: 'deplored', act: 'condemn' },
  { past: 'discussed', ing: 'discussing', act: 'discuss' },
  { past: '(?:also\\s+)?exchanged\\s+(?:views|opinions)(?:\\s+on)?', act: 'discuss' },
  { past: 'had\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?exchange\\s+of\\s+(?:views|opinions)(?:\\s+on)?', act: 'discuss' },
  { past: 'reviewed', act: 'discuss' },
];

/** One regex that finds any reporting verb; group names map back to REPORTING_VERBS. */
export const REPORTING_VERB_RE = new RegExp(
  REPORTING_VERBS.map((v, i) => `(?<v${i}>\\b(?:${v.past})\\b)` + (v.ing ? `|(?<g${i}>\\b(?:${v.ing})\\b)` : '')).join('|'),
  // Case matters only for a participle opening a sentence ("Expressing his respect …").
  'gi',
);
