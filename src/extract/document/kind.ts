// What kind of document a readout is (spec: "kind"): a summary of results, an overview, a
// joint statement, a transcript, a readout, a press release, or other; told by its title and
// subtitle first, then by what was extracted from it.
import type { DocumentKind } from '../../record.ts';
import { component } from '../compose.ts';
import type { DocumentHead } from '../doc.ts';

export function documentKind(head: DocumentHead, meetings: number, outcomeDocuments: number, text: string): DocumentKind {
  const t = `${head.title} ${head.subtitle ?? ''}`;
  if (/summary of results/i.test(t)) return 'summary-of-results';
  if (/\boverview\b/i.test(head.subtitle ?? '')) return 'overview';
  if (/\bjoint (statement|declaration|communiqu)/i.test(head.title)) return 'joint-statement';
  if (/\b(transcript|press conference|remarks by)\b/i.test(t) || /^(Q|Question|MR\.|MS\.)\s*:/m.test(text)) return 'transcript';
  if (/\breadout\b/i.test(t)) return 'readout';
  if (/\b(exchanged|signed|memoranda|agreements|press release|media release|announce)/i.test(head.title) && outcomeDocuments > 0) return 'press-release';
  if (meetings > 0 || /\b(meet|meets|meeting|visit|talks|call|calls on|telephone)\b/i.test(t)) return 'readout';
  return outcomeDocuments > 0 ? 'press-release' : 'other';
}

export const documentKindComponent = component({
  name: 'document-kind',
  requires: ['head', 'meetings', 'documents', 'text'],
  provides: ['kind'],
  run: ({ head, meetings, documents, text }) => ({ kind: documentKind(head, meetings.length, documents.length, text) }),
});
