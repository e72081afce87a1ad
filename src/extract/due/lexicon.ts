// The words of time expressions: months, seasons, ordinals, parts of a period.

export interface MonthWord { month: number; abbreviation: boolean }

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ABBREVIATED_MONTHS: [string, number][] = [
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];

export const MONTHS: ReadonlyMap<string, MonthWord> = new Map<string, MonthWord>([
  ...FULL_MONTHS.map((w, i): [string, MonthWord] => [w, { month: i + 1, abbreviation: false }]),
  ...ABBREVIATED_MONTHS.map(([w, m]): [string, MonthWord] => [w, { month: m, abbreviation: true }]),
]);

/** Meteorological seasons, northern hemisphere: the first month of each (winter runs into the next year). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12],
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['eighteen', 18], ['twenty', 20], ['thirty', 30],
]);

export type SpanUnit = 'day' | 'week' | 'month' | 'year';

export const SPAN_UNITS: ReadonlyMap<string, SpanUnit> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
]);

/** Lowest and highest year a four-digit number may name. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
