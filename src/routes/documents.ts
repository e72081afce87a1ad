// The stored readouts: the list (API and page), one record (API), its text (API) and the reader
// page's data (the record, its people and its commitments' statuses).
import type { ReadoutRecord } from '../record.ts';
import type { CommitmentRow, DocumentDetail, Store } from '../store/index.ts';
import { notFound } from './errors.ts';
import { asOf, includeSuperseded, limit, offset, text, year } from './params.ts';
import { defineRoute } from './route.ts';

export const documents = defineRoute({
  name: 'documents', method: 'GET',
  api: { path: '/api/documents', summary: 'Stored readouts, newest first', returns: { page: 'DocumentSummary' } },
  page: '/documents',
  params: {
    q: text({ description: 'words in the title or source' }),
    kind: text({ description: 'document kind, e.g. readout, summary-of-results' }),
    year: year('publication year'),
    includeSuperseded, limit: limit(50), offset,
  },
  load: ({ store, input }) => store.listDocuments(input),
});

const DOCUMENT_ID = { id: 'document id (or a unique prefix) or source key' };

async function findDocument(store: Store, id: string): Promise<DocumentDetail> {
  const doc = await store.getDocument(id);
  if (!doc) throw notFound(`no document ${id}`);
  return doc;
}

export const document = defineRoute({
  name: 'document', method: 'GET',
  api: { path: '/api/documents/:id', summary: 'One stored readout with its record and versions', returns: { object: 'DocumentDetail' } },
  pathParams: DOCUMENT_ID, params: {},
  load: async ({ store, path }) => {
    // The text is served on its own (/text) and inside the record; no need to send it twice.
    const { text: _text, ...rest } = await findDocument(store, path.id);
    return rest;
  },
});

export const documentText = defineRoute({
  name: 'documentText', method: 'GET',
  api: { path: '/api/documents/:id/text', summary: 'The normalized text of a readout (what every span indexes)', returns: { text: 'text/plain' } },
  pathParams: DOCUMENT_ID, params: {},
  load: async ({ store, path }) => (await findDocument(store, path.id)).text,
  respond: (c, body) => c.text(body, 200, { 'Content-Type': 'text/plain; charset=utf-8' }),
});

export interface ReaderData {
  document: Omit<DocumentDetail, 'text'>;
  /** Person actor id → person page id. */
  people: Record<string, string>;
  /** This document's commitments with their status. */
  commitments: CommitmentRow[];
}

/** Which person page each person actor of a document belongs to: one lookup of the document's appearances. */
async function personIdsOf(store: Store, docId: string, record: ReadoutRecord): Promise<Record<string, string>> {
  const byActor = await store.personIdsInDocument(docId);
  const persons = new Set(record.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  return Object.fromEntries(Object.entries(byActor).filter(([actorId]) => persons.has(actorId)));
}

/** The reader: a readout's text with every extracted fact. */
export const reader = defineRoute({
  name: 'reader', method: 'GET', page: '/documents/:id',
  pathParams: DOCUMENT_ID,
  // Statuses are assessed as of ?asOf= (default today), as on the commitments page.
  params: { asOf },
  view: { cite: text({ description: 'a span of the text to mark and jump to: START-END' }) },
  load: async ({ store, path, input }): Promise<ReaderData> => {
    const doc = await findDocument(store, path.id);
    // Only this readout's commitments, resolved by the store (a corpus-wide page would cut them off).
    const { items: commitments } = await store.listCommitments({ asOf: input.asOf, docId: doc.docId, limit: 10000 });
    const people = await personIdsOf(store, doc.docId, doc.record);
    const { text: _text, ...document } = doc;
    return { document, people, commitments };
  },
});
