// Publishers' conventions, as data: how they mark a translation, title each kind of document,
// label the turns of a transcript, sign a release, and explain the marks of a list of signed
// documents. Entries are matched as written, upper or lower case alike unless a list says
// otherwise; to add a convention, add an entry to its list.

/** A front-matter line marking the text as a translation ("(Provisional translation)"). */
export const TRANSLATION_MARKS: readonly string[] = ['provisional translation'];

/** The words a title (and subtitle) gives each kind of document away by (spec: "kind"). */
export const DOCUMENT_KIND_WORDS = {
  /** Anywhere in title or subtitle. */
  summaryOfResults: ['summary of results'],
  /** A word of the subtitle. */
  overview: ['overview'],
  /** Words of the title; "communiqu" takes every spelling of "communiqué". */
  jointStatement: ['joint statement', 'joint declaration', 'joint communiqu'],
  /** Words of title or subtitle. */
  transcript: ['transcript', 'press conference', 'remarks by'],
  readout: ['readout'],
  /** Words starting a word of the title, when the text lists signed documents ("Announcement of …"). */
  pressRelease: ['exchanged', 'signed', 'memoranda', 'agreements', 'press release', 'media release', 'announce'],
  /** Words of title or subtitle that make a document without a meeting found a readout. */
  meeting: ['meet', 'meets', 'meeting', 'visit', 'talks', 'call', 'calls on', 'telephone'],
} as const;

/** Labels that open the turns of a transcript ("Q: …", "MR. X: …"); case matters. */
export const TRANSCRIPT_TURN_LABELS: readonly string[] = ['Q', 'Question', 'MR.', 'MS.'];

/**
 * Offices that sign a release with their country: as a block ("MINISTRY OF FOREIGN AFFAIRS"
 * over "SINGAPORE"), or in a line ending "Ministry of Foreign Affairs of Japan".
 */
export const SIGNING_OFFICES: readonly string[] = ['Ministry of Foreign Affairs'];

/** A legend under a list of signed documents: the marks it explains ("Documents marked ◎ were signed at the ceremony"). */
export const LEGEND_MARKS = '◎●○■□*※†#';
/** Marks that are also a list's bullets: an unmarked bullet of these is not at the ceremony. */
export const LEGEND_BULLETS = '◎●○■□';
/** Words of a legend's clause: signed at the ceremony … */
export const LEGEND_CEREMONY_WORDS: readonly string[] = ['ceremony'];
/** … in force only after approval (word beginnings: "ratif" for "ratification", "ratified") … */
export const LEGEND_APPROVAL_WORDS: readonly string[] = ['approval', 'ratif', 'legislat', 'parliament'];
/** … a clause about the ones not so marked ("not at the ceremony"). */
export const LEGEND_NEGATIONS: readonly string[] = ['not at'];
/** "Others are enacted by signature": the unmarked ones are in force on signature. */
export const LEGEND_ON_SIGNATURE = { verbs: ['enacted', 'effective', 'in force', 'entered into force'], by: ['by', 'upon', 'on'] } as const;
