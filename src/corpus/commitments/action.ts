// What kind of deed a commitment's action promises, so the right kind of evidence is sought:
// a visit (made when a later meeting of the actor takes place in the destination), a meeting
// (held when a later meeting brings the actors together on its topic), or anything else
// (shown by a later statement of the actor, or a signed document, sharing its key words).
import { keyWords } from '../text.ts';

export type ActionKind = 'visit' | 'meeting' | 'other';

export interface ActionShape {
  kind: ActionKind;
  /** Where a visit goes: "Osterland" (as written), or null. */
  destination: string | null;
  /** Key words of the action, without its due-date words and without words that say how (hold, visit, talks). */
  keys: Set<string>;
}

const STATE_FORM = String.raw`(?:(?:the\s+)?(?:Republic|Kingdom|Commonwealth|State|Federation|Principality|Grand\s+Duchy|Sultanate|Emirate)\s+of\s+)?(?:the\s+)?`;
const PLACE = String.raw`([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3})`;
const VISIT = new RegExp(String.raw`\b(?:(?:pay|make)\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+|return\s+)?visit\s+to|visit(?:s|ing)?(?:\s+to)?|travel(?:l?ed|l?ing)?\s+to|go\s+to|come\s+to|be\s+sent\s+to|sent\s+to|dispatch(?:ed)?\s+(?:\S+\s+){0,4}to|send\s+(?:\S+\s+){0,4}to)\s+${STATE_FORM}${PLACE}`, 'u');
const MEETING = /\b(?:hold|held|holding|convene|convening|host|hosting|organi[sz]e|arrange|resume|have|launch|start)\b(?:\s+\S+){0,8}?\s+(?:talks|meeting|meetings|summit|round|dialogue|consultations?|commission|forum|conference|session|negotiations?|visit)\b/i;

/** Reads an action ("visit Russia in the first half of 2004 to discuss …") as a kind, a destination and key words. */
export function actionShape(action: string, dueText: string | null): ActionShape {
  const text = dueText ? action.replace(dueText, ' ') : action;
  const visit = VISIT.exec(text);
  if (visit && !/^(?:the|a|an)$/i.test(visit[1])) {
    return { kind: 'visit', destination: visit[1].trim(), keys: keyWords(text) };
  }
  if (MEETING.test(text)) return { kind: 'meeting', destination: null, keys: keyWords(text) };
  return { kind: 'other', destination: null, keys: keyWords(text) };
}

/** True when a passage says it happened in or went to `destination` ("visited the Kingdom of Osterland", "in Halvmark"). */
export function mentionsDestination(passage: string, destination: string): boolean {
  const place = destination.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(String.raw`\b(?:visit\w*(?:\s+to)?|arriv\w*\s+in|trip\s+to|travel\w*\s+to|in|at)\s+${STATE_FORM}${place}(?![\p{L}])`, 'iu');
  return re.test(passage);
}
