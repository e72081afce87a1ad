// The commitments of one document as the grammars add them: ids in the order found, each with
// its due date read from its action, and a promise repeated (a summary, then the body) kept once.
import type { Commitment, Meeting, Modality, Span, Statement } from '../../record.ts';
import { findDue, type NamedEvent } from '../due/index.ts';
import { timeTokensIn, type TimeToken } from '../time-tokens.ts';

export interface CommitmentList {
  commitments: Commitment[];
  add(s: Statement | null, actors: string[], span: Span, modality: Modality): void;
}

export function newCommitmentList(text: string, timeTokens: readonly TimeToken[], meetings: readonly Meeting[], date: string | null, events: NamedEvent[]): CommitmentList {
  const commitments: Commitment[] = [];
  return {
    commitments,
    add(s, actorsOf, span, modality) {
      if (span[1] <= span[0]) return;
      const action = text.slice(span[0], span[1]);
      // A summary that repeats the body promises nothing new.
      if (commitments.some((c) => c.action === action && c.actors.join() === actorsOf.join())) return;
      const meeting = s ? meetings.find((m) => m.id === s.meeting) : undefined;
      const reference = meeting?.date ?? s?.date ?? date;
      const due = reference ? findDue(action, reference, events, timeTokensIn(timeTokens, span[0], span[1]) ?? undefined) : null;
      commitments.push({
        id: `c${commitments.length + 1}`, actors: actorsOf, action, modality,
        due: due ? { text: due.text, start: due.start, end: due.end, span: [span[0] + due.index, span[0] + due.index + due.text.length] } : null,
        statement: s?.id ?? null, span,
      });
    },
  };
}
