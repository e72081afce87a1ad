// Due dates of commitments (spec: "Commitment"): normalizing time expressions to inclusive ISO
// ranges, finding them in action clauses, dated named events, and plain calendar dates.
export { parseDueDate, findDue, type DueRange } from './find-due.ts';
export { collectNamedEvents } from './named-events.ts';
export type { NamedEvent } from './event-lookup.ts';
export { parseCalendarDate } from './calendar-date.ts';
export { tokenize as tokenizeTimes, type Token as TimeToken } from './tokens.ts';
