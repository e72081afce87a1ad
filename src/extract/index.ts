// Entry of the extract stage: normalized text → readout record. Pure and deterministic:
// the same text and options always give the same record. The record is what the components
// of ./components.ts provide, run in order over one document.
import { SCHEMA, type ReadoutRecord } from '../record.ts';
import type { IngestedText } from '../ingest/index.ts';
import { composePipeline } from './compose.ts';
import { COMPONENTS } from './components.ts';
import type { Doc, ExtractOptions } from './doc.ts';

export type { ExtractOptions } from './doc.ts';

const PIPELINE = composePipeline(COMPONENTS);

export function extractRecord(input: IngestedText, options: ExtractOptions = {}): ReadoutRecord {
  return recordOf(PIPELINE.run({ input, options, text: input.text }));
}

function recordOf({ input, options, text, head, kind, seg, actors, meetings, statements, documents, commitments }: Doc): ReadoutRecord {
  return {
    schema: SCHEMA,
    document: {
      title: head.title,
      subtitle: head.subtitle,
      date: head.date,
      kind,
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
}
