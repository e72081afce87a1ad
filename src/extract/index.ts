// Entry of the extract stage: normalized text → readout record. Pure and deterministic:
// the same text and options always give the same record.
import { SCHEMA, type ReadoutRecord } from '../record.ts';
import type { IngestedText } from '../ingest/types.ts';
import { segment } from '../segment/index.ts';
import { tokenize } from './tokens.ts';
import { extractActors, withDocumentCountries } from './actors/index.ts';
import { documentKind, readDocumentHead } from './document.ts';
import { extractMeetings } from './meetings.ts';
import { extractOutcomes } from './outcomes.ts';
import { extractStatements } from './statements.ts';
import { extractCommitments } from './commitments.ts';

export interface ExtractOptions {
  /** Document date where the text has none (YYYY-MM-DD). */
  date?: string;
  /** Source address to record. */
  url?: string;
}

export function extractRecord(input: IngestedText, options: ExtractOptions = {}): ReadoutRecord {
  const text = input.text;
  return withDocumentCountries(text, (states) => {
    const seg = segment(text);
    const head = readDocumentHead(seg, { title: input.title, date: input.date }, options.date);
    const tokens = tokenize(text);
    const actors = extractActors(text, tokens, states);
    const meetings = extractMeetings({ seg, actors, date: head.date });
    const documents = extractOutcomes(seg, actors, head.date);
    const statements = extractStatements({ seg, actors, meetings, date: head.date });
    const commitments = extractCommitments({ text, seg, actors, statements, meetings, date: head.date });
    return {
      schema: SCHEMA,
      document: {
        title: head.title,
        subtitle: head.subtitle,
        date: head.date,
        kind: documentKind(head, meetings.length, documents.length, text),
        provisionalTranslation: head.provisionalTranslation,
        source: { path: input.path, url: options.url ?? input.url, sha256: input.sha256, format: input.format, encoding: input.encoding },
        text,
        titleSpan: head.titleSpan,
        dateSpan: head.dateSpan,
      },
      sections: seg.sections.map((s) => ({ id: s.id, number: s.number, heading: s.heading, path: s.path, level: s.level, span: s.span })),
      actors: actors.actors,
      meetings,
      statements,
      documents,
      commitments,
    };
  });
}
