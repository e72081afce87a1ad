// Statements: one per reporting verb with an identified speaker. Three grammars read the
// blocks in text order and share one state (./state.ts): points under "agreed on the
// following points:" (./points.ts), turns "Kono: We would like…" (./turns.ts), and reporting
// clauses "X stated that A and expressed his hope that B" (./clauses.ts). A block read as a
// point is not read again as a turn, nor a turn for reporting clauses. A new grammar is its
// own file and one entry in GRAMMARS.
import type { Statement } from '../../record.ts';
import { headingOf, type Sentence } from '../../segment/index.ts';
import { component } from '../compose.ts';
import { reportingClauses } from './clauses.ts';
import { points } from './points.ts';
import { newStatementState, type StatementGrammar, type StatementInput } from './state.ts';
import { turns } from './turns.ts';

export type { StatementInput } from './state.ts';

/** The grammars, in the order they are offered each block; the first to claim it reads it. */
const GRAMMARS: readonly StatementGrammar[] = [points, turns, reportingClauses];

export function extractStatements(input: StatementInput): Statement[] {
  const { seg } = input;
  const state = newStatementState(input);
  const sentencesOf = new Map<number, Sentence[]>();
  for (const x of seg.sentences) {
    if (!sentencesOf.has(x.block)) sentencesOf.set(x.block, []);
    sentencesOf.get(x.block)!.push(x);
  }
  for (const block of seg.blocks) {
    if (block.kind === 'front' || block.kind === 'note' || block.kind === 'heading' || block.kind === 'bracket') continue;
    if (state.sectionDate && state.sectionDate.section !== block.section) state.sectionDate = null;
    const context = { sentences: sentencesOf.get(block.index) ?? [], topic: headingOf(seg, block.section) };
    for (const grammar of GRAMMARS) if (grammar.read(state, block, context)) break;
  }
  return state.statements;
}

export const statementsComponent = component({
  name: 'statements',
  // documents: signatures settle signatories' countries, which "the two sides" are read from.
  requires: ['seg', 'actors', 'meetings', 'principal', 'head', 'documents'],
  provides: ['statements'],
  updates: ['actors'],
  run: ({ seg, actors, meetings, principal, head }) => ({ statements: extractStatements({ seg, actors, meetings, principal, date: head.date }) }),
});
