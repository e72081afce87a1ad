// What the statement grammars (points, turns, reporting clauses) share while they read one
// document, block by block: the statements so far, the speakers so far (pronouns and bare
// offices resolve against them), a list of points announced and not yet read, and a day set
// for the rest of a section. Made once per document and passed to each grammar as a value.
import type { Meeting, Span, Statement } from '../../record.ts';
import type { Block, Segmented, Sentence } from '../../segment/index.ts';
import type { DocumentActors } from '../doc.ts';
import type { SpeakerContext } from './speakers.ts';

export interface StatementInput {
  seg: Segmented;
  actors: DocumentActors;
  meetings: Meeting[];
  principal: Meeting | null;
  date: string | null;
}

/** "agreed on the following points:": the statement its points repeat, waiting for them. */
export interface PointList { statement: Statement; introNumber: string | null }

export interface StatementState {
  input: StatementInput;
  text: string;
  speakers: SpeakerContext;
  statements: Statement[];
  /** A list announced by the last reporting clause, whose points come next. */
  pointList: PointList | null;
  /** "During the talks on DAY, …" dates what follows in its section. */
  sectionDate: { section: string | null; date: string } | null;
  /** Adds a statement with the next id, its speaker counting from now on. */
  add(s: Omit<Statement, 'id'>): Statement;
  /** Takes back the statement just added (a list's introduction is said by its points). */
  takeBackLast(): void;
  /** The meeting a statement by `speaker` (on `day`, when known) was made at. */
  meetingFor(speaker: string, day: string | null): string | null;
}

export function newStatementState(input: StatementInput): StatementState {
  const { seg, actors, meetings, principal } = input;
  const speakers: SpeakerContext = { text: seg.text, actors, meetings, principal, history: [] };
  const statements: Statement[] = [];
  return {
    input, text: seg.text, speakers, statements, pointList: null, sectionDate: null,
    add(s) {
      const st: Statement = { id: `s${statements.length + 1}`, ...s };
      statements.push(st);
      speakers.history.push({ actor: s.speaker, at: s.span[0] });
      return st;
    },
    takeBackLast() {
      statements.pop();
      speakers.history.pop();
    },
    meetingFor(speaker, day) {
      const a = actors.byId.get(speaker);
      const who = a?.kind === 'group' ? a.members ?? [] : [speaker];
      const involves = (m: Meeting) => who.some((w) => m.participants.includes(w)) ||
        (a?.kind === 'group' && who.every((w) => actors.byId.get(w)?.kind === 'country'));
      if (day) return meetings.find((m) => m.date === day && involves(m))?.id ?? null;
      if (principal && involves(principal)) return principal.id;
      // Not at the main meeting: the one meeting the speaker had, if only one.
      const own = meetings.filter(involves);
      return own.length === 1 ? own[0].id : null;
    },
  };
}

/** A content span without the punctuation and spaces around it. */
export function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /[\s,;:]/.test(text[a])) a++;
  while (b > a && /[\s,;:.]/.test(text[b - 1])) b--;
  return [a, b];
}

/** What a grammar is given of a block besides the block: its sentences and the heading it sits under. */
export interface BlockContext { sentences: readonly Sentence[]; topic: string | null }

/**
 * A statement grammar: reads a block for its statements, adding them to `state`, and says
 * whether it claimed the block (later grammars then leave it alone).
 */
export interface StatementGrammar {
  name: string;
  read(state: StatementState, block: Block, context: BlockContext): boolean;
}
