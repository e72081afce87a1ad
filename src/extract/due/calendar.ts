// Calendar arithmetic on plain integers: a day is y*10000 + m*100 + d (comparable with < and >),
// so normalizing thousands of commitments needs no Date objects in the hot path.

export type DayNumber = number;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

export function dayNumber(y: number, m: number, d: number): DayNumber {
  return y * 10000 + m * 100 + d;
}

export function yearOf(day: DayNumber): number { return Math.floor(day / 10000); }
export function monthOf(day: DayNumber): number { return Math.floor(day / 100) % 100; }
export function dateOf(day: DayNumber): number { return day % 100; }

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A month index that may run past December (13 = January of the next year) → [year, month]. */
export function normalizeMonth(y: number, monthIndex: number): [number, number] {
  const zeroBased = monthIndex - 1;
  return [y + Math.floor(zeroBased / 12), ((zeroBased % 12) + 12) % 12 + 1];
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

export function toIso(day: DayNumber): string {
  return `${yearOf(day)}-${pad2(monthOf(day))}-${pad2(dateOf(day))}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → day number, or null when it is not a real calendar date. */
export function fromIso(iso: string): DayNumber | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

export function addDays(day: DayNumber, n: number): DayNumber {
  const t = new Date(Date.UTC(yearOf(day), monthOf(day) - 1, dateOf(day) + n));
  return dayNumber(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Same day of the month n months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: DayNumber, n: number): DayNumber {
  const [y, m] = normalizeMonth(yearOf(day), monthOf(day) + n);
  return dayNumber(y, m, Math.min(dateOf(day), daysInMonth(y, m)));
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: DayNumber): number {
  return (new Date(Date.UTC(yearOf(day), monthOf(day) - 1, dateOf(day))).getUTCDay() + 6) % 7;
}
