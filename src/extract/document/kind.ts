// What kind of document a readout is (spec: "kind"): a summary of results, an overview, a
// joint statement, a transcript, a readout, a press release, or other; told by its title and
// subtitle first (the words of ../lexicon/conventions.ts), then by what was extracted from it.
import type { DocumentKind } from '../../record.ts';
import { component } from '../compose.ts';
import type { DocumentHead } from '../doc.ts';
import { DOCUMENT_KIND_WORDS, TRANSCRIPT_TURN_LABELS } from '../lexicon/conventions.ts';
import { anyOf } from '../patterns.ts';

const { summaryOfResults, overview, jointStatement, transcript, readout, pressRelease, meeting } = DOCUMENT_KIND_WORDS;
const SUMMARY_OF_RESULTS = new RegExp(anyOf(summaryOfResults), 'i');
const OVERVIEW = new RegExp(`\\b${anyOf(overview)}\\b`, 'i');
const JOINT_STATEMENT = new RegExp(`\\b${anyOf(jointStatement)}`, 'i');
const TRANSCRIPT = new RegExp(`\\b${anyOf(transcript)}\\b`, 'i');
const TURN_LABEL = new RegExp(`^${anyOf(TRANSCRIPT_TURN_LABELS)}\\s*:`, 'm');
const READOUT = new RegExp(`\\b${anyOf(readout)}\\b`, 'i');
const PRESS_RELEASE = new RegExp(`\\b${anyOf(pressRelease)}`, 'i');
const MEETING = new RegExp(`\\b${anyOf(meeting)}\\b`, 'i');

export function documentKind(head: DocumentHead, meetings: number, outcomeDocuments: number, text: string): DocumentKind {
  const t = `${head.title} ${head.subtitle ?? ''}`;
  if (SUMMARY_OF_RESULTS.test(t)) return 'summary-of-results';
  if (OVERVIEW.test(head.subtitle ?? '')) return 'overview';
  if (JOINT_STATEMENT.test(head.title)) return 'joint-statement';
  if (TRANSCRIPT.test(t) || TURN_LABEL.test(text)) return 'transcript';
  if (READOUT.test(t)) return 'readout';
  if (PRESS_RELEASE.test(head.title) && outcomeDocuments > 0) return 'press-release';
  if (meetings > 0 || MEETING.test(t)) return 'readout';
  return outcomeDocuments > 0 ? 'press-release' : 'other';
}

export const documentKindComponent = component({
  name: 'document-kind',
  requires: ['head', 'meetings', 'documents', 'text'],
  provides: ['kind'],
  run: ({ head, meetings, documents, text }) => ({ kind: documentKind(head, meetings.length, documents.length, text) }),
});
