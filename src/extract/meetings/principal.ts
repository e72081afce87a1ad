// The meeting a readout is about, found once per document: the group words ("both leaders",
// "the two sides") and statements without a day of their own refer to it.
import type { Meeting } from '../../record.ts';
import { component } from '../compose.ts';
import type { DocumentActors } from '../doc.ts';
import { LEADER_OFFICES } from '../lexicon/titles.ts';
import { anyOf } from '../patterns.ts';

const LEADER = new RegExp(`\\b${anyOf(LEADER_OFFICES)}\\b`);

/** The meeting a readout is about: the one of leaders (heads of state or government), else the first. */
export function principalOf(meetings: Meeting[], actors: DocumentActors): Meeting | null {
  let best: Meeting | null = null, bestScore = -1;
  for (const m of meetings) {
    if (m.participants.length < 2) continue;
    const leaders = m.participants.filter((p) => (actors.byId.get(p)?.titles ?? []).some((t) => LEADER.test(t) && !/\bformer\b/i.test(t))).length;
    const score = leaders * 2 + (m.format === 'talks' || m.format === 'summit' ? 1 : 0);
    if (score > bestScore) { best = m; bestScore = score; }
  }
  return best;
}

export const principalMeetingComponent = component({
  name: 'principal-meeting',
  requires: ['meetings', 'actors'],
  provides: ['principal'],
  run: ({ meetings, actors }) => ({ principal: principalOf(meetings, actors) }),
});
