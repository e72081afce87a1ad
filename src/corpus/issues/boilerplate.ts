// What in a readout names an issue without being about it: the subject words of office titles
// ("Minister of Labour", "Secretary of Energy", "National Security Advisor"), and whole passages that
// only list or credit (attendee lists, photo captions and credits, a ministry's sign-off).
// Masking keeps offsets: masked characters become spaces.

const CAPITALIZED = String.raw`[\p{Lu}][\p{L}'’.-]*`;
/** Capitalized words joined by "and", "&", "of", "for", "the" or commas: "Labour and Deputy", "Trade and Industry". */
const SUBJECT = String.raw`${CAPITALIZED}(?:(?:,\s*|\s+)(?:(?:and|&|of|for|the)\s+)*${CAPITALIZED})*`;
const OFFICE = String.raw`(?:Minister|Ministers|Ministry|Ministries|Secretary|Secretaries|Secretariat|Commissioner|Envoy|Adviser|Advisor|Director|Coordinator|Czar|Chair|Chairman|Chairperson|Department|Committee|Commission|Council|Office|Division|Bureau|Board|Authority|Agency|Administrator|Representative|Attaché)`;
/** "Minister of Labour", "Secretary for Trade and Tourism": the subject after the office. */
const AFTER_OFFICE = new RegExp(String.raw`(\b${OFFICE}\s+(?:of|for|on)\s+(?:the\s+)?)(${SUBJECT})`, 'gu');
/** "Defence Minister", "National Security Advisor", "Road Development Authority": the subject before the office or body. */
const BEFORE_OFFICE = new RegExp(String.raw`(${SUBJECT})(?=\s+(?:Minister|Ministry|Secretary|Adviser|Advisor|Envoy|Czar|Attaché|Authority|Department|Board|Corporation|Bureau|Division)\b)`, 'gu');

const blank = (s: string) => s.replace(/[^\s]/g, ' ');

/** The text with the subject words of office titles blanked. */
export function maskOfficeTitles(text: string): string {
  if (!/Minist|Secretar|Commission|Envoy|Advis|Director|Coordinator|Czar|Chair|Department|Committee|Council|Office|Division|Bureau|Board|Authority|Agency|Administrator|Representative|Attaché/.test(text)) return text;
  return text
    .replace(AFTER_OFFICE, (_, office: string, subject: string) => office + blank(subject))
    .replace(BEFORE_OFFICE, (subject: string) => blank(subject));
}

/** A line that starts by crediting or listing rather than reporting. */
const CREDIT_OR_LIST = /^\s*(?:photo\s*(?:caption|credits?)|credits?\s*:|also\s+(?:present|attending|participating|joining|in attendance)|attend(?:ing|ees|ed by)\b|present\s+at\b|participants\s+(?:included|were)|(?:the\s+)?(?:meeting|event|ceremony|discussion|occasion|call)s?\s+(?:was|were)\s+(?:also\s+)?attended|joining\s+(?:the\s+)?(?:president|prime minister|minister|vice president)|among\s+(?:those\s+)?(?:present|attending)|the\s+(?:following|delegation)\s+(?:were|was)\s+(?:present|in attendance)|(?:###|—\s*END\s*—))/iu;
/** "… were also present." at the end of a list. */
const PRESENT_AT_END = /\b(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b|\balso\s+(?:attended|participated|joined)\b/iu;

/** A line announcing a list of people: "Speakers at the convening included:", "joined on the call by:". */
const LIST_FOLLOWS = /\b(?:included|include|including|attendees|participants|attending|present|were|by|following|are|joined)\s*:\s*$/iu;

/** Is this line of a readout an attendee list, a photo caption or credit, or a header or sign-off in capitals? */
export function isBoilerplateLine(line: string, previous = ''): boolean {
  const trimmed = line.trim();
  if (!trimmed) return true;
  if (CREDIT_OR_LIST.test(trimmed)) return true;
  if (PRESENT_AT_END.test(trimmed) && (trimmed.match(/,/g)?.length ?? 0) >= 2) return true;
  if (LIST_FOLLOWS.test(previous.trim()) && /^[-•*\d]/u.test(trimmed)) return true;
  // A header or sign-off in capitals ("MINISTRY OF FOREIGN AFFAIRS", "STATEMENT BY THE MINISTER FOR …").
  return trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed);
}
