// Turns: a transcript or gist gives each speaker a line of their own, "Kono: We would like …",
// "Kono, Lavrov: We will …". A turn is a statement of that person (or of the group of them)
// when every name before the colon is a person the text names; "Background: …" is no turn.
import type { Block } from '../../segment/index.ts';
import { groupOf } from './speakers.ts';
import { trimSpan, type BlockContext, type StatementGrammar, type StatementState } from './state.ts';

const TURN = /^([A-Z][\w'’.-]+(?:\s*(?:,|and)\s*[A-Z][\w'’.-]+)*)\s*:\s+(?=\S)/;
const NAME_SEPARATOR = /\s*(?:,|and)\s*/;

/** Reads `block` as a turn; claims it when it is one. */
function readTurn(state: StatementState, block: Block, { topic }: BlockContext): boolean {
  const { text } = state;
  const { actors } = state.input;
  const start = block.bodyStart, end = block.span[1];
  const turn = TURN.exec(text.slice(start, end));
  if (!turn) return false;
  const names = turn[1].split(NAME_SEPARATOR);
  const who = names.map((n) => actors.actors.find((a) => a.kind === 'person' && (a.surname === n || a.aliases?.includes(n) || a.name === n))?.id);
  if (!who.length || !who.every((w): w is string => !!w)) return false;
  const speaker = who.length === 1 ? who[0] : groupOf(state.speakers, who, { text: turn[1], span: [start, start + turn[1].length] });
  const [a, b] = trimSpan(text, start + turn[0].length, end);
  state.add({
    speaker, act: 'state', verb: ':', content: text.slice(a, b), contentSpan: [a, b], addressee: null, topic, section: block.section,
    meeting: state.meetingFor(speaker, null), date: null, respondsTo: null, span: [start, b],
  });
  return true;
}

export const turns: StatementGrammar = { name: 'turns', read: readTurn };
