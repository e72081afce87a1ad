// Commitments with their status as of a date: the API's list and the tracker page's (a longer
// page, with the date the statuses were assessed at).
import { COMMITMENT_SORT_COLUMNS } from '../store/index.ts';
import { ParamError, asOf, date, limit, offset, oneOf, text, year } from './params.ts';
import { defineRoute } from './route.ts';

const COMMITMENT_STATUSES = ['open', 'kept', 'overdue'] as const;

const filters = {
  status: oneOf(COMMITMENT_STATUSES, { description: 'only commitments with this status', placeholder: 'status' }),
  actor: text({ description: 'only commitments of this person (id or name), country or group', placeholder: 'name' }),
  dueFrom: date({ description: 'only those due on or after this date (their due window ends on or after it)' }),
  dueTo: date({ description: 'only those due on or before this date (their due window starts on or before it)' }),
  country: text({ description: 'only commitments one of whose actors is of this country (ISO code, as the facet lists it)', placeholder: 'JP' }),
  issue: text({ description: 'only commitments of readouts on this issue (its id)', placeholder: 'issue' }),
  modality: text({ description: 'only commitments of this modality (will, plan, agree, …)', placeholder: 'modality' }),
  year: year('only commitments whose due window starts in this year'),
  sort: oneOf(COMMITMENT_SORT_COLUMNS as [string, ...string[]], { description: 'the column to sort by (default: due date)' }),
  dir: oneOf(['asc', 'desc'] as const, { description: 'sort direction (default asc)' }),
  asOf,
};

function dueWindowInOrder(input: { dueFrom?: string; dueTo?: string }, label: (name: string) => string): void {
  if (input.dueFrom && input.dueTo && input.dueFrom > input.dueTo) {
    throw new ParamError(`${label('dueFrom')} (${input.dueFrom}) is after ${label('dueTo')} (${input.dueTo})`);
  }
}

export const commitments = defineRoute({
  name: 'commitments', method: 'GET',
  api: { path: '/api/commitments', summary: 'Commitments with their status as of a date, oldest due first', returns: { page: 'CommitmentRow' } },
  params: { ...filters, limit: limit(50), offset },
  check: dueWindowInOrder,
  load: ({ store, input }) => store.listCommitments(input),
});

export const commitmentTracker = defineRoute({
  name: 'commitmentTracker', method: 'GET', page: '/commitments',
  params: { ...filters, limit: limit(200), offset },
  check: dueWindowInOrder,
  load: async ({ store, input }) => ({ ...await store.listCommitments(input), asOf: input.asOf ?? new Date().toISOString().slice(0, 10) }),
});
