// URL query → store options, for every listing. The JSON API and the web pages both read their
// parameters here, so a page, its .json twin and the API answer the same question the same way.
import type {
  ListCommitmentsOptions, ListDocumentsOptions, ListPeopleOptions, ListSignedDocumentsOptions, SearchOptions,
} from '../store/index.ts';
import { COMMITMENT_STATUSES, ENTRY_INTO_FORCE, HttpInputError, MAX_PAGE, boolParam, dateParam, enumParam, intParam, textParam } from './params.ts';

export type Query = Record<string, string | undefined>;

function paging(q: Query, defaultLimit: number): { limit: number; offset: number } {
  const limit = intParam('limit', q.limit, 1) ?? defaultLimit;
  if (limit > MAX_PAGE) throw new HttpInputError(400, `limit: at most ${MAX_PAGE}, got "${q.limit}"`);
  return { limit, offset: intParam('offset', q.offset, 0) ?? 0 };
}

function yearParam(value: string | undefined): number | undefined {
  const year = intParam('year', value, 1);
  if (year !== undefined && (year < 1000 || year > 9999)) throw new HttpInputError(400, `year: expected a four-digit year, got "${value}"`);
  return year;
}

export function documentsOptions(q: Query, defaultLimit = 50): ListDocumentsOptions {
  return {
    q: textParam(q.q), kind: textParam(q.kind), year: yearParam(q.year),
    includeSuperseded: boolParam('includeSuperseded', q.includeSuperseded), ...paging(q, defaultLimit),
  };
}

export function peopleOptions(q: Query, defaultLimit = 50): ListPeopleOptions {
  return { q: textParam(q.q), ...paging(q, defaultLimit) };
}

export function signedOptions(q: Query, defaultLimit = 50): ListSignedDocumentsOptions {
  return {
    kind: textParam(q.kind), party: textParam(q.party), year: yearParam(q.year),
    entryIntoForce: enumParam('entryIntoForce', q.entryIntoForce, ENTRY_INTO_FORCE), ...paging(q, defaultLimit),
  };
}

export function commitmentsOptions(q: Query, defaultLimit = 50): ListCommitmentsOptions {
  const options: ListCommitmentsOptions = {
    status: enumParam('status', q.status, COMMITMENT_STATUSES), actor: textParam(q.actor),
    dueFrom: dateParam('dueFrom', q.dueFrom), dueTo: dateParam('dueTo', q.dueTo), asOf: dateParam('asOf', q.asOf),
    ...paging(q, defaultLimit),
  };
  if (options.dueFrom && options.dueTo && options.dueFrom > options.dueTo) {
    throw new HttpInputError(400, `dueFrom (${options.dueFrom}) is after dueTo (${options.dueTo})`);
  }
  return options;
}

/** The search words (required) and paging. */
export function searchOptions(q: Query, defaultLimit = 20): { query: string; options: SearchOptions } {
  const query = textParam(q.q);
  if (!query) throw new HttpInputError(400, 'q: give the words to search for');
  if (query.length > 500) throw new HttpInputError(400, `q: at most 500 characters, got ${query.length}`);
  return { query, options: { includeSuperseded: boolParam('includeSuperseded', q.includeSuperseded), ...paging(q, defaultLimit) } };
}

export function statsOptions(q: Query): { asOf?: string; soonDays?: number } {
  const soonDays = intParam('soonDays', q.soonDays, 1);
  if (soonDays !== undefined && soonDays > 3660) throw new HttpInputError(400, `soonDays: at most 3660, got "${q.soonDays}"`);
  return { asOf: dateParam('asOf', q.asOf), soonDays };
}
