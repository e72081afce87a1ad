// Reading query parameters: strings from the URL to the typed options the store takes, with a
// clear 400 naming the parameter when one is malformed.
import { StoreInputError } from '../store/index.ts';

/** Bad input to the HTTP layer: `status` is the 4xx to answer with, `message` one line for the user. */
export class HttpInputError extends Error {
  constructor(readonly status: 400 | 404 | 413 | 415 | 422, message: string) {
    super(message);
    this.name = 'HttpInputError';
  }
}

const bad = (message: string) => new HttpInputError(400, message);

/** A whole number ≥ min, or undefined when absent or empty. */
export function intParam(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw bad(`${name}: expected a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

export function dateParam(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value + 'T00:00:00Z'))
    && new Date(value + 'T00:00:00Z').toISOString().slice(0, 10) === value;
  if (!ok) throw bad(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

export function boolParam(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw bad(`${name}: expected true or false, got "${value}"`);
}

export function enumParam<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (!allowed.includes(value as T)) throw bad(`${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** A free-text parameter, trimmed; undefined when blank. */
export function textParam(value: string | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

/** The HTTP status and one-line message for an error thrown while answering, or null for a server fault. */
export function clientError(e: unknown): { status: 400 | 404 | 413 | 415 | 422; message: string } | null {
  if (e instanceof HttpInputError) return { status: e.status, message: e.message };
  if (e instanceof StoreInputError) return { status: 400, message: e.message };
  return null;
}

export const COMMITMENT_STATUSES = ['open', 'kept', 'overdue'] as const;
export const ENTRY_INTO_FORCE = ['on-signature', 'after-approval'] as const;
export const MAX_PAGE = 500;
