// How publishers lay out a readout, as data: the bullets they list with, the page chrome a
// web page leaves in the text, appendix headings, the words that make a line a sentence
// rather than a heading, and the abbreviations whose period ends no sentence. Entries are
// matched as written, upper or lower case alike; to add one, add it to its list.

/** Characters that open a bulleted line ("• The two sides …", "◎ Agreement on …"). "*" and "-" only before a space. */
export const BULLETS = '•◎●○■□▪◆◇*-–—';

/** Lines that are a web page's chrome, never the readout's text. */
export const PAGE_CHROME_LINES: readonly string[] = ['print', 'print print', 'back to index', 'back to top', 'top of page', 'share', 'tweet', 'related link', 'related links'];
/** Chrome lines known by how they start ("Photo credit: …", "Source: …"). */
export const PAGE_CHROME_STARTS: readonly string[] = ['photo credit:', 'source:'];
/** A line above one starting so is a photo's caption ("President X meets …" / "Photo credit: …"). */
export const CAPTION_CREDIT_STARTS: readonly string[] = ['photo credit:'];

/** Headings whose parts follow as their own headings ("Appendix", "Annexes"). */
export const APPENDIX_HEADINGS: readonly string[] = ['appendix', 'annex', 'annexes', 'attachment'];

/** Words that make a short line a sentence, not a heading ("The two sides agreed …"). */
export const SENTENCE_WORDS: readonly string[] = ['stated', 'said', 'agreed', 'expressed', 'noted', 'confirmed', 'welcomed', 'was', 'were', 'is', 'are', 'will', 'would', 'held', 'met', 'has', 'have', 'had'];

/** Words a line cannot end a paragraph with: the next line continues it. */
export const CONTINUING_WORDS: readonly string[] = ['and', 'or', 'of', 'the', 'to', 'for', 'with', 'by', 'in', 'on', 'a', 'an'];

/** Abbreviations (without their period, lower case) after which a period ends no sentence ("Mr. Koizumi", "No. 2"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nos', 'vol', 'art', 'para', 'gen', 'lt', 'col', 'maj',
  'capt', 'adm', 'cmdr', 'sgt', 'rev', 'hon', 'sen', 'rep', 'gov', 'amb', 'pres', 'dept', 'univ', 'assn', 'inc',
  'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'messrs', 'excl', 'incl', 'cf', 'al',
]);
