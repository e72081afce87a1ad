// The modality lexicon (../lexicon/modality.ts) as the patterns the commitment grammars match.
import type { Modality } from '../../record.ts';
import {
  ADVERBS_AFTER_ANNOUNCEMENT, ADVERBS_AFTER_MODAL, ADVERBS_BEFORE_ACTION, ANNOUNCEMENT_MARKERS, CONTINUATIONS, DETERMINERS,
  FUTURE_MODALS, GROUP_POSSESSIVES, INTENT_ADJECTIVES, INTENT_MARKERS, INTENT_NOUNS, OWN_SIDE_PRONOUNS, OWN_SIDE_SUBJECTS,
  PASSIVE_PARTICIPLES, PERSON_POSSESSIVES,
} from '../lexicon/modality.ts';
import { anyOf, escapeRegex, phrase } from '../patterns.ts';

/** "<marker> to <action>", one pattern per marker, in the lexicon's order. */
export const INTENT: readonly { re: RegExp; modality: Modality }[] = INTENT_MARKERS.map(({ marker, modality }) => (
  { re: new RegExp(`\\b(?:${phrase(marker)})\\s+to\\s+`, 'g'), modality }
));

/** "would/will [adverbs] <verb>": group 2 is the verb. A passive ("will be held") is not. */
export const FUTURE = new RegExp(`\\b(${anyOf(FUTURE_MODALS)})\\s+(?!be\\s+\\w+ed\\b)(?:${anyOf(ADVERBS_AFTER_MODAL)}\\s+)*([a-z]+)\\b`, 'g');

/** "will be <participle>": something will be done. */
export const PASSIVE_WILL = /\bwill\s+be\s+(?:\w+ly\s+)?\w+ed\b/;

/** "would/will be sent, held, set up, …". */
export const PASSIVE_FUTURE = new RegExp(`\\b${anyOf(FUTURE_MODALS)}\\s+be\\s+(?:\\w+ly\\s+)?(?:\\w+ed|${PASSIVE_PARTICIPLES.map(escapeRegex).join('|')})\\b`, 'g');

/** "<owner>'s [adjective] <noun of intent> to": group 1 the owner, group 2 the noun. */
export const INTENT_NOUN = new RegExp(
  `\\b((?:[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)*|the\\s+[A-Z][\\w\\s-]*?|${[...PERSON_POSSESSIVES, ...GROUP_POSSESSIVES].map(escapeRegex).join('|')})[’']?s?)\\s+` +
  `(?:${anyOf(INTENT_ADJECTIVES)}\\s+)?(${Object.keys(INTENT_NOUNS).map(escapeRegex).join('|')})\\s+to\\s+`,
  'g',
);
export const PERSON_POSSESSIVE = new RegExp(`^${anyOf(PERSON_POSSESSIVES)}$`, 'i');
export const GROUP_POSSESSIVE = new RegExp(`^${anyOf(GROUP_POSSESSIVES)}$`, 'i');

/** A word that starts a noun phrase, not an action. */
export const NOT_A_VERB = new RegExp(`^(?:${anyOf(DETERMINERS)}$|[A-Z]|\\d)`);
/** The first word of an action, after an adverb. */
export const ACTION_WORD = new RegExp(`^(?:${anyOf(ADVERBS_BEFORE_ACTION)}\\s+)?([A-Za-z-]+)`);

export const OWN_PRONOUN = new RegExp(`^${anyOf(OWN_SIDE_PRONOUNS)}$`, 'i');
export const OWN_SUBJECT = new RegExp(`^(?:the\\s+)?(?:${OWN_SIDE_SUBJECTS.map((p) => phrase(p)).join('|')})$`, 'i');

export const CONTINUES = new RegExp(`\\bwould\\s+${anyOf(CONTINUATIONS)}\\b`);

/** Any announcement marker; the group that matched is the marker's row (group k + 1 → ANNOUNCEMENT_MARKERS[k]). */
export const ANNOUNCEMENT = new RegExp(
  `\\b(?:${ANNOUNCEMENT_MARKERS.map((m) => `(${phrase(m.marker)})${m.to ? '\\s+to' : ''}`).join('|')})\\s+(?:${anyOf(ADVERBS_AFTER_ANNOUNCEMENT)}\\s+)*`,
  'g',
);
