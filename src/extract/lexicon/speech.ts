// The words around a reporting verb that tell who speaks and where a new statement starts:
// adverbs between a speaker and the verb, group subjects ("both leaders", "the two sides"),
// pronouns, and the words that make a clause subordinate or a verb not a report. Entries are
// matched as written (a space is one space) unless a list says it holds phrases (../patterns.ts).

/** Adverbs between a speaker and the verb ("Prime Minister X also stated", "they jointly reaffirmed"). */
export const ADVERBS_BEFORE_VERB: readonly string[] = [
  'also', 'further', 'furthermore', 'then', 'strongly', 'resolutely', 'firmly', 'fully', 'jointly', 'once again', 'again',
  'repeatedly', 'warmly', 'sincerely', 'deeply', 'highly', 'particularly', 'in particular', 'at the same time', 'in addition',
  'additionally', 'both', 'each', 'likewise', 'similarly', 'subsequently', 'later', 'today', 'clearly', 'readily', 'unanimously',
  'separately', 'too', 'all',
];

/** Words before a group noun ("both leaders", "the two sides"). */
export const GROUP_DETERMINERS: readonly string[] = ['both', 'the two', 'the three', 'the four', 'all', 'the', 'these'];
/** Offices before a group noun ("the foreign ministers"). */
export const GROUP_OFFICES: readonly string[] = ['prime', 'foreign', 'defence', 'defense', 'trade', 'finance'];
/** Group nouns that name the meeting's participants. */
export const GROUP_NOUNS: readonly string[] = [
  'leaders', 'sides', 'countries', 'governments', 'ministers', 'presidents', 'delegations', 'parties', 'nations',
  'heads of state', 'heads of government', 'secretaries', 'chancellors', 'premiers',
];
/** Group nouns that name the participants' countries ("the two sides" are the two states). */
export const COUNTRY_GROUP_NOUNS: readonly string[] = ['sides', 'countries', 'governments', 'nations', 'parties', 'delegations'];

/** Offices written two ways, the second as the lexicon of offices writes it. */
export const OFFICE_SYNONYMS: readonly (readonly [written: string, as: string])[] = [
  ['minister for foreign affairs', 'foreign minister'],
];

/** Pronouns that point back to a speaker named before. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we'];

/** Words opening a subordinate clause: a subject inside it is not the speaker ("as Prime Minister X stated"). */
export const SUBORDINATORS: readonly string[] = [
  'as', 'if', 'though', 'although', 'because', 'since', 'while', 'when', 'whether', 'who', 'whom', 'than', 'so that', 'unless',
  'until', 'where',
];

/** A parenthetical between speaker and verb ("Chairman X, on behalf of the government, expressed"). */
export const PARENTHETICALS: readonly string[] = [
  'on behalf of', 'in his capacity as', 'in her capacity as', 'in their capacity as', 'for his part', 'for her part', 'for their part',
];

/** Words before a verb that make it no report of speech ("was stated", "to discuss", "would welcome"); phrases. */
export const AUXILIARIES: readonly string[] = [
  'was', 'were', 'been', 'be', 'being', 'is', 'are', 'am', 'has', 'have', 'had', 'to', 'would', 'will', 'could', 'should', 'may',
  'might', 'must', 'not', 'never', 'it', 'which was', 'that was',
];
/** Adverbs between such a word and the verb ("was also discussed"). */
export const ADVERBS_AFTER_AUXILIARY: readonly string[] = ['also', 'further', 'then', 'strongly', 'highly', 'fully', 'widely', 'already', 'clearly', 'not'];

/** Adverbs after "and" that carry the speaker on to the next verb ("…, and also stressed"). */
export const ADVERBS_AFTER_AND: readonly string[] = [
  'also', 'further', 'then', 'at the same time', 'in addition', 'additionally', 'furthermore', 'once again', 'again', 'strongly',
  'resolutely', 'firmly',
];
