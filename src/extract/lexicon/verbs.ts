// Reporting verbs and the speech acts they report (spec: "act"). To add a verb, add a line:
// its act and the forms readouts write. Forms are phrases: words separated by spaces match
// across any white space; `a|b` is either word; `[w]` an optional word; `{object}` is "his",
// "her", "their", "its", "our", "the", "a" or "an" and up to three more words; `{two-words}`
// up to two words. Upper and lower case both match.
//   past     the finite form as readouts write it ("stated")
//   present  the present tense, as joint statements write ("The two leaders reaffirm …")
//   ing      the participle opening a second statement ("…, expressing Japan's willingness …")
//   drop     words dropped from the start of the content ("agreed on the importance" → "the importance")
//   addressee  the object names who is asked or told ("asked Chairman Kasjyanov to convey …")
//   when     'an infinitive follows': only before "… to <verb>" within six words ("called on Russia to consider")
//   notBefore  a word that must not follow ("committed by" is a passive, not a pledge)
import type { Act } from '../../record.ts';

export interface ReportingVerb {
  past: string;
  present?: string;
  ing?: string;
  act: Act;
  drop?: string[];
  addressee?: boolean;
  when?: 'an infinitive follows';
  notBefore?: string;
}

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { past: 'stated [to]', present: 'state|states', act: 'state' },
  { past: 'said', present: 'say|says', act: 'state' },
  { past: 'noted', present: 'note|notes', ing: 'noting', act: 'state' },
  { past: 'reiterated', present: 'reiterate|reiterates', ing: 'reiterating', act: 'state' },
  { past: 'added', act: 'state' },
  { past: 'remarked', act: 'state' },
  { past: 'observed', act: 'state' },
  { past: 'indicated', act: 'state' },
  { past: 'told', act: 'state', addressee: true },
  { past: 'declared', act: 'state' },
  { past: 'announced', ing: 'announcing', act: 'state' },
  { past: 'expressed', present: 'express|expresses', ing: 'expressing', act: 'express' },
  { past: 'extended {object} condolences|sympathy|sympathies', act: 'express' },
  { past: 'extended {object} congratulations|gratitude|thanks|appreciation|felicitations', act: 'appreciate' },
  { past: 'shared [{object}] concern|concerns|hope|interest', act: 'express' },
  { past: 'hoped', act: 'express' },
  { past: 'expected', present: 'expect|expects', act: 'expect' },
  { past: 'looked|look forward to', act: 'expect' },
  { past: 'anticipated', act: 'expect' },
  { past: 'asked', present: 'ask|asks', act: 'ask', drop: ['for'], addressee: true },
  { past: 'requested', present: 'request|requests', ing: 'requesting', act: 'ask', addressee: true },
  { past: 'urged', present: 'urge|urges', ing: 'urging', act: 'ask', drop: ['for'], addressee: true },
  { past: 'called upon', present: 'call|calls upon', ing: 'calling upon', act: 'ask', addressee: true },
  // "called on Russia to consider" asks; "called on Prime Minister Lee and was hosted …" is a visit.
  { past: 'called on', act: 'ask', addressee: true, when: 'an infinitive follows' },
  { past: 'called for', ing: 'calling for', act: 'ask' },
  { past: 'invited', present: 'invite|invites', act: 'ask', addressee: true },
  { past: 'sought', act: 'ask' },
  { past: 'proposed', present: 'propose|proposes', ing: 'proposing', act: 'propose' },
  { past: 'suggested', act: 'propose' },
  { past: 'agreed', present: 'agree|agrees', act: 'agree', drop: ['on', 'upon'] },
  { past: 'concurred', present: 'concur|concurs', act: 'agree', drop: ['on', 'with'] },
  { past: 'shared the|their|his|her view|views|recognition|understanding', act: 'agree' },
  { past: 'confirmed', present: 'confirm|confirms', ing: 'confirming', act: 'confirm' },
  { past: 'reconfirmed', act: 'confirm' },
  { past: 'affirmed', present: 'affirm|affirms', ing: 'affirming', act: 'confirm' },
  { past: 'reaffirmed', present: 'reaffirm|reaffirms', ing: 'reaffirming', act: 'confirm' },
  { past: 'welcomed', present: 'welcome|welcomes', ing: 'welcoming', act: 'welcome' },
  { past: 'emphasised|emphasized', present: 'emphasise|emphasises|emphasize|emphasizes', ing: 'emphasising|emphasizing', act: 'emphasize' },
  { past: 'underscored', present: 'underscore|underscores', ing: 'underscoring', act: 'emphasize' },
  { past: 'underlined', present: 'underline|underlines', ing: 'underlining', act: 'emphasize' },
  { past: 'highlighted', present: 'highlight|highlights', ing: 'highlighting', act: 'emphasize' },
  { past: 'stressed', present: 'stress|stresses', ing: 'stressing', act: 'emphasize' },
  { past: 'reinforced the importance', act: 'emphasize' },
  { past: 'responded', present: 'respond|responds', act: 'respond', drop: ['to'] },
  { past: 'replied', act: 'respond' },
  { past: 'explained', present: 'explain|explains', act: 'explain' },
  { past: 'briefed', act: 'explain', addressee: true },
  { past: 'conveyed', present: 'convey|conveys', act: 'convey' },
  { past: 'relayed', act: 'convey' },
  { past: 'mentioned', present: 'mention|mentions', ing: 'mentioning', act: 'mention' },
  { past: 'referred to', act: 'mention' },
  { past: 'pointed out', present: 'point|points out', ing: 'pointing out', act: 'point-out' },
  { past: 'thanked', present: 'thank|thanks', ing: 'thanking', act: 'appreciate', addressee: true },
  { past: 'commended', present: 'commend|commends', ing: 'commending', act: 'appreciate' },
  { past: 'applauded', present: 'applaud|applauds', act: 'appreciate' },
  { past: 'praised', present: 'praise|praises', ing: 'praising', act: 'appreciate' },
  { past: 'lauded', ing: 'lauding', act: 'appreciate' },
  { past: 'highly evaluated|appreciated|valued', act: 'appreciate' },
  { past: 'appreciated', present: 'appreciate|appreciates', act: 'appreciate' },
  { past: 'congratulated', present: 'congratulate|congratulates', ing: 'congratulating', act: 'appreciate', addressee: true },
  { past: 'paid tribute to', act: 'appreciate' },
  { past: 'pledged', present: 'pledge|pledges', ing: 'pledging', act: 'commit' },
  { past: '[remain|remained] committed', act: 'commit', notBefore: 'by' },
  { past: 'resolved', present: 'resolve|resolves', act: 'commit' },
  { past: 'vowed', present: 'vow|vows', act: 'commit' },
  { past: 'condemned', present: 'condemn|condemns', ing: 'condemning', act: 'condemn' },
  { past: 'denounced', present: 'denounce|denounces', act: 'condemn' },
  { past: 'deplored', present: 'deplore|deplores', act: 'condemn' },
  { past: 'discussed', present: 'discuss|discusses', ing: 'discussing', act: 'discuss' },
  { past: '[also] exchanged views|opinions [on]', act: 'discuss' },
  { past: 'had a|an {two-words} exchange of views|opinions [on]', act: 'discuss' },
  { past: 'reviewed', act: 'discuss' },
];
