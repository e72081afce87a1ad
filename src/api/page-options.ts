// URL query → paging of one person's page and of one issue's timeline, shared by the JSON API and
// the web pages (and their .json twins), so both answer the same question the same way.
import type { IssueTimelineOptions, PersonPageOptions } from '../store/index.ts';
import { HttpInputError, MAX_PAGE, intParam, textParam } from './params.ts';
import type { Query } from './options.ts';

function limitParam(name: string, value: string | undefined): number | undefined {
  const limit = intParam(name, value, 1);
  if (limit !== undefined && limit > MAX_PAGE) throw new HttpInputError(400, `${name}: at most ${MAX_PAGE}, got "${value}"`);
  return limit;
}

/** The untagged statements' group, as the `issue` parameter names it. */
export const UNTAGGED_ISSUE = 'untagged';

/** meetingsLimit/meetingsOffset, statementsLimit/statementsOffset (per issue group) and issue (one group; "untagged"). */
export function personPageOptions(q: Query): PersonPageOptions {
  const issue = textParam(q.issue);
  return {
    meetingsLimit: limitParam('meetingsLimit', q.meetingsLimit), meetingsOffset: intParam('meetingsOffset', q.meetingsOffset, 0),
    statementsLimit: limitParam('statementsLimit', q.statementsLimit), statementsOffset: intParam('statementsOffset', q.statementsOffset, 0),
    ...(issue === undefined ? {} : { issue: issue === UNTAGGED_ISSUE ? null : issue }),
  };
}

/** actor, limit, offset. */
export function timelineOptions(q: Query): IssueTimelineOptions {
  return { actor: textParam(q.actor), limit: limitParam('limit', q.limit), offset: intParam('offset', q.offset, 0) };
}
