// Reporting verbs and the speech acts they report (spec: "act"). Each entry is the finite
// past form as readouts write it, with its present-participle form for "…, expressing
// Japan's willingness …" and the particle its content starts after ("agreed on the
// importance" → "the importance").
import type { Act } from '../../record.ts';

export interface ReportingVerb {
  /** Regex source of the finite form(s). */
  past: string;
  /** Regex source of the present form, as joint statements write ("The two leaders reaffirm …"). */
  present?: string;
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
  { past: 'stated(?:\\s+to\\b)?', present: 'states?', act: 'state' },
  { past: 'said', present: 'says?', act: 'state' },
  { past: 'noted', present: 'notes?', ing: 'noting', act: 'state' },
  { past: 'reiterated', present: 'reiterates?', ing: 'reiterating', act: 'state' },
  { past: 'added', act: 'state' },
  { past: 'remarked', act: 'state' },
  { past: 'observed', act: 'state' },
  { past: 'indicated', act: 'state' },
  { past: 'told', act: 'state', addressee: true },
  { past: 'declared', act: 'state' },
  { past: 'announced', ing: 'announcing', act: 'state' },
  { past: 'expressed', present: 'express(?:es)?', ing: 'expressing', act: 'express' },
  { past: `extended\\s+${OBJ}(?:condolences|sympathy|sympathies)`, act: 'express' },
  { past: `extended\\s+${OBJ}(?:congratulations|gratitude|thanks|appreciation|felicitations)`, act: 'appreciate' },
  { past: `shared\\s+(?:${OBJ})?(?:concern|concerns|hope|interest)`, act: 'express' },
  { past: 'hoped', act: 'express' },
  { past: 'expected', present: 'expects?', act: 'expect' },
  { past: '(?:looked|look)\\s+forward\\s+to', act: 'expect' },
  { past: 'anticipated', act: 'expect' },
  { past: 'asked', present: 'asks?', act: 'ask', drop: 'for', addressee: true },
  { past: 'requested', present: 'requests?', ing: 'requesting', act: 'ask', addressee: true },
  { past: 'urged', present: 'urges?', ing: 'urging', act: 'ask', drop: 'for', addressee: true },
  { past: 'called\\s+upon', present: 'calls?\\s+upon', ing: 'calling\\s+upon', act: 'ask', addressee: true },
  // "called on Russia to consider" asks; "called on Prime Minister Lee and was hosted …" is a visit.
  { past: 'called\\s+on(?=\\s+(?:(?!and\\b|was\\b|were\\b)[\\w’\'.-]+\\s+){1,6}?to\\s+[a-z])', act: 'ask', addressee: true },
  { past: 'called\\s+for', ing: 'calling\\s+for', act: 'ask' },
  { past: 'invited', present: 'invites?', act: 'ask', addressee: true },
  { past: 'sought', act: 'ask' },
  { past: 'proposed', present: 'proposes?', ing: 'proposing', act: 'propose' },
  { past: 'suggested', act: 'propose' },
  { past: 'agreed', present: 'agrees?', act: 'agree', drop: 'on|upon' },
  { past: 'concurred', present: 'concurs?', act: 'agree', drop: 'on|with' },
  { past: 'shared\\s+(?:the|their|his|her)\\s+(?:view|views|recognition|understanding)', act: 'agree' },
  { past: 'confirmed', present: 'confirms?', ing: 'confirming', act: 'confirm' },
  { past: 'reconfirmed', act: 'confirm' },
  { past: 'affirmed', present: 'affirms?', ing: 'affirming', act: 'confirm' },
  { past: 'reaffirmed', present: 'reaffirms?', ing: 'reaffirming', act: 'confirm' },
  { past: 'welcomed', present: 'welcomes?', ing: 'welcoming', act: 'welcome' },
  { past: 'emphasi[sz]ed', present: 'emphasi[sz]es?', ing: 'emphasi[sz]ing', act: 'emphasize' },
  { past: 'underscored', present: 'underscores?', ing: 'underscoring', act: 'emphasize' },
  { past: 'underlined', present: 'underlines?', ing: 'underlining', act: 'emphasize' },
  { past: 'highlighted', present: 'highlights?', ing: 'highlighting', act: 'emphasize' },
  { past: 'stressed', present: 'stress(?:es)?', ing: 'stressing', act: 'emphasize' },
  { past: 'reinforced\\s+the\\s+importance', act: 'emphasize' },
  { past: 'responded', present: 'responds?', act: 'respond', drop: 'to' },
  { past: 'replied', act: 'respond' },
  { past: 'explained', present: 'explains?', act: 'explain' },
  { past: 'briefed', act: 'explain', addressee: true },
  { past: 'conveyed', present: 'conveys?', act: 'convey' },
  { past: 'relayed', act: 'convey' },
  { past: 'mentioned', present: 'mentions?', ing: 'mentioning', act: 'mention' },
  { past: 'referred\\s+to', act: 'mention' },
  { past: 'pointed\\s+out', present: 'points?\\s+out', ing: 'pointing\\s+out', act: 'point-out' },
  { past: 'thanked', present: 'thanks?', ing: 'thanking', act: 'appreciate', addressee: true },
  { past: 'commended', present: 'commends?', ing: 'commending', act: 'appreciate' },
  { past: 'applauded', present: 'applauds?', act: 'appreciate' },
  { past: 'praised', present: 'praises?', ing: 'praising', act: 'appreciate' },
  { past: 'lauded', ing: 'lauding', act: 'appreciate' },
  { past: 'highly\\s+(?:evaluated|appreciated|valued)', act: 'appreciate' },
  { past: 'appreciated', present: 'appreciates?', act: 'appreciate' },
  { past: 'congratulated', present: 'congratulates?', ing: 'congratulating', act: 'appreciate', addressee: true },
  { past: 'paid\\s+tribute\\s+to', act: 'appreciate' },
  { past: 'pledged', present: 'pledges?', ing: 'pledging', act: 'commit' },
  { past: '(?:remain(?:ed)?\\s+)?committed(?!\\s+by)', act: 'commit' },
  { past: 'resolved', present: 'resolves?', act: 'commit' },
  { past: 'vowed', present: 'vows?', act: 'commit' },
  { past: 'condemned', present: 'condemns?', ing: 'condemning', act: 'condemn' },
  { past: 'denounced', present: 'denounces?', act: 'condemn' },
  { past: 'deplored', present: 'deplores?', act: 'condemn' },
  { past: 'discussed', present: 'discuss(?:es)?', ing: 'discussing', act: 'discuss' },
  { past: '(?:also\\s+)?exchanged\\s+(?:views|opinions)(?:\\s+on)?', act: 'discuss' },
  { past: 'had\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?exchange\\s+of\\s+(?:views|opinions)(?:\\s+on)?', act: 'discuss' },
  { past: 'reviewed', act: 'discuss' },
];

/** One regex that finds any reporting verb; group names map back to REPORTING_VERBS. */
export const REPORTING_VERB_RE = new RegExp(
  REPORTING_VERBS.map((v, i) => `(?<v${i}>\\b(?:${v.past})\\b)` + (v.present ? `|(?<p${i}>\\b(?:${v.present})\\b)` : '') + (v.ing ? `|(?<g${i}>\\b(?:${v.ing})\\b)` : '')).join('|'),
  // Case matters only for a participle opening a sentence ("Expressing his respect …").
  'gi',
);
