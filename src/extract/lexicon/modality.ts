// Modality markers: the words that make a clause a commitment (spec: "Commitment", modality)
// and the words that keep it from being one. Word lists match exactly as written; markers are
// phrases (see ../patterns.ts): words separated by spaces match across any white space, `a|b`
// is either word, `[w]` an optional word, `"has decided"` exactly as written.
import type { Modality } from '../../record.ts';

/** "<marker> to <action>" in reported speech: "intended to visit", "was fully ready to provide". */
export const INTENT_MARKERS: readonly { marker: string; modality: Modality }[] = [
  { marker: 'intended|intends|intend', modality: 'intend' },
  { marker: 'wished|wishes|wish', modality: 'intend' },
  { marker: 'planned|plans|plan', modality: 'plan' },
  { marker: 'was|were|is|are|remained|remains [also|fully|now|still] ready|prepared|willing|determined', modality: 'ready' },
  { marker: 'decided|decides|"has decided"|"have decided"', modality: 'decide' },
  { marker: 'agreed|agrees|"have agreed"|"has agreed"', modality: 'agree' },
  { marker: 'would like', modality: 'will' },
];

/** "would" and "will": the speaker's own future in reported speech ("he would visit"). */
export const FUTURE_MODALS: readonly string[] = ['would', 'will'];

/** Adverbs between "would/will" and the verb ("would also provide", "will jointly host"). */
export const ADVERBS_AFTER_MODAL: readonly string[] = ['also', 'further', 'actively', 'closely', 'jointly', 'soon', 'then'];

/** Participles that make "would be …" a thing of the speaker's side done ("a mission would be sent"); any "-ed" word counts too. */
export const PASSIVE_PARTICIPLES: readonly string[] = ['sent', 'held', 'made', 'built', 'given', 'taken', 'done', 'set up', 'dispatched', 'opened', 'launched', 'hosted', 'signed', 'provided'];

/** Nouns of intent and the modality they give ("the Prime Minister's decision to increase …"). */
export const INTENT_NOUNS: Readonly<Record<string, Modality>> = {
  intent: 'intend', intention: 'intend', decision: 'decide', determination: 'will', commitment: 'will', plan: 'plan',
  plans: 'plan', willingness: 'ready', readiness: 'ready', resolve: 'will',
};

/** Adjectives before a noun of intent ("her firm determination to …"). */
export const INTENT_ADJECTIVES: readonly string[] = ['strong', 'firm', 'continued', 'steadfast', 'unwavering', 'clear'];

/** Possessives that own a noun of intent: a person's ("his decision to …", the person named last) … */
export const PERSON_POSSESSIVES: readonly string[] = ['his', 'her'];
/** … or the speaker's side ("their intention to …"). */
export const GROUP_POSSESSIVES: readonly string[] = ['their', 'its', 'our'];

/** Verbs after "would/will" that report a state or a wish, not an action. */
export const NOT_ACTIONS: ReadonlySet<string> = new Set(['be', 'become', 'have', 'anticipate', 'expect', 'hope', 'lead', 'welcome', 'appreciate', 'need', 'remain', 'seem', 'like', 'want', 'wish', 'serve', 'contribute', 'help', 'depend', 'mean', 'make', 'not', 'also', 'further', 'substantially', 'try', 'decide']);

/** Words that start a noun phrase, not an action, after "to" ("agreed to the plan"). */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'any', 'all', 'some', 'such', 'both', 'each', 'every', 'no'];

/** Adverbs before the verb of an action ("to further expand", "to jointly develop"). */
export const ADVERBS_BEFORE_ACTION: readonly string[] = ['further', 'fundamentally', 'closely', 'jointly'];

/** Subjects of a modal clause that are the speaker's own side ("the two leaders would …"); phrases, after an optional "the". */
export const OWN_SIDE_SUBJECTS: readonly string[] = ['two countries', 'both sides', 'two sides', 'both countries', 'the two leaders', 'both leaders'];

/** Pronouns that make a modal clause the speaker's own ("he would …", "they will …"). */
export const OWN_SIDE_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'it'];

/** "confirmed that the projects would resume": what follows "would" when a confirmed plan goes on. */
export const CONTINUATIONS: readonly string[] = ['resume', 'continue', 'proceed', 'go ahead', 'be implemented', 'be carried out', 'be completed'];

/**
 * Outside reported speech, the publisher announces a named actor's future: "<subject> will
 * visit …", "<subject> intends to …", "accepted an invitation to …". `to`: the marker is
 * followed by "to" and the verb; otherwise by the verb itself, which may not be a participle.
 */
export const ANNOUNCEMENT_MARKERS: readonly { marker: string; to: boolean; modality: Modality }[] = [
  { marker: 'will|would', to: false, modality: 'will' },
  { marker: 'intends|intend', to: true, modality: 'intend' },
  { marker: 'plans|plan', to: true, modality: 'plan' },
  { marker: 'wishes|wish', to: true, modality: 'intend' },
  { marker: 'is|are ready|prepared|willing', to: true, modality: 'ready' },
  { marker: 'decided', to: true, modality: 'decide' },
  { marker: 'agreed', to: true, modality: 'agree' },
  { marker: 'accepted an|the invitation', to: true, modality: 'will' },
];

/** Adverbs between an announcement's marker and its verb ("will also visit"). */
export const ADVERBS_AFTER_ANNOUNCEMENT: readonly string[] = ['also', 'further', 'then', 'jointly', 'soon'];
