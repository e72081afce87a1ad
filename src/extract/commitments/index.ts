// Commitments: an identified actor's stated future action (spec: "Commitment"). Two grammars
// add to one list: commitments in reported speech (./reported.ts), then those the publisher
// announces outside any statement (./announced.ts).
import type { Commitment, Meeting, Statement } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import { component } from '../compose.ts';
import type { DocumentActors } from '../doc.ts';
import { collectNamedEvents } from '../due/index.ts';
import type { TimeToken } from '../time-tokens.ts';
import { readAnnouncedCommitments } from './announced.ts';
import { newCommitmentList } from './list.ts';
import { readReportedCommitments } from './reported.ts';

export interface CommitmentInput {
  text: string;
  /** The due-date grammar's tokens of the text (../time-tokens.ts). */
  timeTokens: TimeToken[];
  /** The segmented text: commitments the publisher announces outside any statement are read from its sentences. */
  seg?: Segmented;
  actors: DocumentActors;
  statements: Statement[];
  meetings: Meeting[];
  date: string | null;
}

export function extractCommitments({ text, timeTokens, seg, actors, statements, meetings, date }: CommitmentInput): Commitment[] {
  const list = newCommitmentList(text, timeTokens, meetings, date, date ? collectNamedEvents(text, date, timeTokens) : []);
  readReportedCommitments(text, actors, statements, list);
  if (seg) readAnnouncedCommitments(seg, actors, statements, list);
  return list.commitments;
}

export const commitmentsComponent = component({
  name: 'commitments',
  requires: ['text', 'timeTokens', 'seg', 'actors', 'statements', 'meetings', 'head'],
  provides: ['commitments'],
  // The subject of an announced commitment may be a group ("the two leaders will …").
  updates: ['actors'],
  run: ({ text, timeTokens, seg, actors, statements, meetings, head }) => ({ commitments: extractCommitments({ text, timeTokens, seg, actors, statements, meetings, date: head.date }) }),
});
