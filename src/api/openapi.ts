// The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json). Kept beside the
// routes; a test checks that every route is described and every described path answers.
import { SCHEMA } from '../record.ts';

type Json = Record<string, unknown>;

const str = (description?: string): Json => ({ type: 'string', ...(description ? { description } : {}) });
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const date: Json = { type: 'string', format: 'date' };
const int: Json = { type: 'integer' };
const span: Json = { type: 'array', items: int, minItems: 2, maxItems: 2, description: '[start, end) UTF-16 offsets into the document text' };
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Json, required = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const arrayOf = (items: Json): Json => ({ type: 'array', items });
const page = (item: string): Json => obj({ items: arrayOf(ref(item)), total: int, limit: int, offset: int });

function query(name: string, schema: Json, description: string, required = false): Json {
  return { name, in: 'query', required, description, schema };
}
const pathId = (description: string): Json => ({ name: 'id', in: 'path', required: true, description, schema: str() });
const limit = query('limit', { type: 'integer', minimum: 1, maximum: 500 }, 'items per page (default 50)');
const offset = query('offset', { type: 'integer', minimum: 0 }, 'items to skip');

const errors = {
  400: { $ref: '#/components/responses/BadRequest' },
};
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });

function get(summary: string, parameters: Json[], schema: Json, extra: Json = {}): Json {
  return { get: { summary, parameters, responses: { 200: json(schema), ...errors, ...extra } } };
}
const notFound = { 404: { $ref: '#/components/responses/NotFound' } };

const schemas: Json = {
  Error: obj({ error: obj({ status: int, message: str('one line saying what was wrong') }) }),
  ActorRef: obj({ docId: str(), actorId: str(), name: str(), kind: str(), personId: nullable(str()) }),
  DocumentSummary: obj({
    docId: str('the SHA-256 of the source bytes'), sourceKey: str(), version: int, current: { type: 'boolean' }, supersededBy: nullable(str()),
    title: str(), date: nullable(date), kind: str(), format: nullable(str()), ingestedAt: str(), extractedAt: str(),
    counts: obj({ actors: int, meetings: int, statements: int, documents: int, commitments: int }),
  }),
  DocumentDetail: {
    allOf: [ref('DocumentSummary'), obj({
      record: { type: 'object', description: `the extracted record, schema ${SCHEMA}` },
      versions: arrayOf(obj({ docId: str(), version: int, current: { type: 'boolean' }, ingestedAt: str() })),
    })],
  },
  PersonSummary: obj({
    id: str(), name: str(), surname: str(), names: arrayOf(str()), country: nullable(str()), title: nullable(str()),
    firstSeen: nullable(date), lastSeen: nullable(date), documents: int, statements: int, possibleMatches: arrayOf(str()),
  }),
  PersonDetail: obj({
    person: obj({
      id: str(), name: str(), surname: str(), names: arrayOf(str()), country: nullable(str()),
      roles: arrayOf(obj({ title: nullable(str()), country: nullable(str()), organization: nullable(str()), firstSeen: nullable(date), lastSeen: nullable(date), documentsCount: int })),
      possibleMatches: arrayOf(str()), appearancesTotal: int, documentsTotal: int,
      firstAppearance: nullable(obj({ docId: str(), actorId: str(), name: str() })),
    }),
    meetings: arrayOf(obj({ docId: str(), docTitle: str(), meetingId: str(), date: nullable(date), endDate: nullable(date), place: nullable(str()), format: str(), participants: arrayOf(ref('ActorRef')), span })),
    meetingsTotal: int, meetingsLimit: int, meetingsOffset: int,
    statementsByIssue: arrayOf(obj({ issue: nullable(obj({ id: str(), name: str() })), total: int, statements: arrayOf(ref('StatementRow')) })),
    statementsTotal: int, statementsLimit: int, statementsOffset: int,
    corrections: arrayOf({ type: 'object' }),
  }),
  StatementRow: obj({
    docId: str(), docTitle: str(), docDate: nullable(date), statementId: str(), date: nullable(date), speaker: ref('ActorRef'), viaGroup: { type: 'boolean' },
    act: str(), verb: str(), content: str(), topic: nullable(str()), span, issues: arrayOf(str()),
  }),
  IssueSummary: obj({
    id: str(), name: str(), parent: nullable(str()), terms: arrayOf(str()), statements: int, commitments: int, signedDocuments: int, readouts: int,
    firstSeen: nullable(date), lastSeen: nullable(date),
  }),
  IssueTimeline: obj({
    issue: obj({ id: str(), name: str(), terms: arrayOf(str()) }, ['id', 'name', 'terms']),
    entries: arrayOf(obj({
      date: nullable(date), docId: str(), docTitle: str(), itemKind: { enum: ['statement', 'commitment', 'document'] }, itemId: str(),
      actors: arrayOf(ref('ActorRef')), what: str('act, modality or document kind'), text: str(), span,
    })),
    total: int, limit: int, offset: int,
  }),
  SignedDocumentRow: obj({
    docId: str(), docTitle: str(), outcomeId: str(), title: str(), kind: str(), category: nullable(str()), parties: arrayOf(str()),
    signatories: arrayOf(obj({ name: str(), title: nullable(str()), actor: nullable(str()) })), date: nullable(date),
    signedAtCeremony: nullable({ type: 'boolean' }), entryIntoForce: nullable({ enum: ['on-signature', 'after-approval'] }),
    summary: nullable(str()), span, issues: arrayOf(str()),
  }),
  CommitmentRow: obj({
    docId: str(), docTitle: str(), docDate: nullable(date), commitmentId: str(), actors: arrayOf(ref('ActorRef')), action: str(), modality: str(),
    due: nullable(obj({ text: str(), start: date, end: date })), status: { enum: ['open', 'kept', 'overdue'] }, reason: str(),
    evidence: nullable(obj({ docId: str(), docTitle: str(), date: nullable(date), span, reason: str(), excerpt: str() })), span, issues: arrayOf(str()),
  }),
  SearchHit: obj({
    docId: str(), title: str(), date: nullable(date), sourceKey: str(), score: { type: 'number', description: 'higher is better' },
    snippet: str(), highlights: arrayOf(span),
  }),
  StoreStats: obj({
    documents: int, superseded: int, people: int, statements: int, commitments: int, signedDocuments: int,
    meetingsByYear: arrayOf(obj({ year: nullable(int), meetings: int })), asOf: date, commitmentsDueSoon: int, commitmentsOverdue: int,
  }),
  IngestResult: obj({
    status: { enum: ['added', 'updated', 'unchanged'] }, docId: str(), sourceKey: str(), version: int, supersedes: nullable(str()),
    title: str(), date: nullable(date),
  }),
};

const uploadFields = {
  url: str('the address the readout was published at'),
  date: { ...date, description: 'the document date, where the text has none' },
  sourceKey: str('the identity across versions (default: url, else the content hash)'),
};

/** The OpenAPI 3.1 document for the API, stating the upload limit in force. */
export function openApiDocument(maxUploadBytes: number): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Readout API',
      version: '1',
      description: 'Diplomatic meeting readouts as a structured, cited record: documents, people, issues, signed documents, commitments and full-text search. '
        + 'Every web page also has a .json twin with the data it shows.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/stats': get('The corpus at a glance', [
        query('asOf', date, 'the date commitments are assessed at (default today)'),
        query('soonDays', { type: 'integer', minimum: 1 }, 'how many days ahead count as "due soon" (default 30)'),
      ], ref('StoreStats')),
      '/api/documents': {
        ...get('Stored readouts, newest first', [
          query('q', str(), 'words in the title or source'), query('kind', str(), 'document kind, e.g. readout, summary-of-results'),
          query('year', int, 'publication year'), query('includeSuperseded', { type: 'boolean' }, 'also earlier versions'), limit, offset,
        ], page('DocumentSummary')),
        post: {
          summary: 'Ingest a readout: extract its record and store it',
          description: `Send the readout as the body (text/plain, text/markdown, text/html, application/pdf; url, date, filename and sourceKey as query parameters), `
            + `as JSON {"text": …}, or as a multipart form with a "file" (or "text") field. At most ${maxUploadBytes} bytes.`,
          parameters: [query('url', str(), 'raw bodies: the source address'), query('date', date, 'raw bodies: the document date'), query('filename', str(), 'raw bodies: a file name, used to tell the format')],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: str() }, 'text/markdown': { schema: str() }, 'text/html': { schema: str() },
              'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
              'application/json': { schema: obj({ text: str(), filename: str(), ...uploadFields }, ['text']) },
              'multipart/form-data': { schema: obj({ file: { type: 'string', contentMediaType: 'application/octet-stream' }, text: str(), ...uploadFields }, []) },
            },
          },
          responses: {
            201: json(ref('IngestResult'), 'A new document was stored'),
            200: json(ref('IngestResult'), 'The document was already stored (unchanged) or replaces an earlier version (updated)'),
            ...errors,
            413: json(ref('Error'), 'The body is larger than the limit'),
            415: json(ref('Error'), 'The content type is not one of those accepted'),
            422: json(ref('Error'), 'The content cannot be read as a readout (empty, binary, no text)'),
          },
        },
      },
      '/api/documents/{id}': get('One stored readout with its record and versions', [pathId('document id (or a unique prefix) or source key')], ref('DocumentDetail'), notFound),
      '/api/documents/{id}/text': {
        get: {
          summary: 'The normalized text of a readout (what every span indexes)',
          parameters: [pathId('document id (or a unique prefix) or source key')],
          responses: { 200: { description: 'OK', content: { 'text/plain': { schema: str() } } }, ...notFound },
        },
      },
      '/api/people': get('People across documents, most documents first', [query('q', str(), 'a name or part of one'), limit, offset], page('PersonSummary')),
      '/api/people/{id}': get('One person: names, roles over time, meetings (most recent first), statements grouped by issue (each group most recent first)', [
        pathId('person id, or a name or alias'),
        query('meetingsLimit', { type: 'integer', minimum: 1, maximum: 500 }, 'meetings per page (default 20)'), query('meetingsOffset', { type: 'integer', minimum: 0 }, 'meetings to skip'),
        query('statementsLimit', { type: 'integer', minimum: 1, maximum: 500 }, 'statements per issue group (default 5)'), query('statementsOffset', { type: 'integer', minimum: 0 }, 'statements to skip in each group'),
        query('issue', str(), 'only this issue\'s statements (an issue id, or "untagged")'),
      ], ref('PersonDetail'), notFound),
      '/api/issues': get('Issues of the taxonomy, with how often each is raised', [], obj({ items: arrayOf(ref('IssueSummary')) })),
      '/api/issues/{id}/timeline': get('One issue\'s statements, commitments and signed documents across readouts, oldest first', [
        pathId('issue id or name'), query('actor', str(), 'only entries of this person (id or name), country or group'),
        query('limit', { type: 'integer', minimum: 1, maximum: 500 }, 'entries per page (default 100)'), offset,
      ], ref('IssueTimeline'), notFound),
      '/api/signed-documents': get('Treaties, agreements, memoranda and joint statements signed or issued', [
        query('kind', str(), 'treaty, agreement, memorandum, mou, joint-statement, …'), query('party', str(), 'a party as stored (country code or organization name)'),
        query('year', int, 'year of signature'), query('entryIntoForce', { enum: ['on-signature', 'after-approval'] }, 'how it enters into force'), limit, offset,
      ], page('SignedDocumentRow')),
      '/api/commitments': get('Commitments with their status as of a date, oldest due first', [
        query('status', { enum: ['open', 'kept', 'overdue'] }, 'status'), query('actor', str(), 'a person (id or name), country or group'),
        query('dueFrom', date, 'due window: ends on or after'), query('dueTo', date, 'due window: starts on or before'),
        query('asOf', date, 'the date statuses are assessed at (default today)'), limit, offset,
      ], page('CommitmentRow')),
      '/api/search': get('Full-text search, best first, with highlighted snippets and the matching statements of each readout (speaker, date, span)', [
        query('q', str(), 'Words match by stem (all of them: "pipelines" finds "pipeline"); "quoted phrase" (words in order); prefix*; a OR b (either); -word or -"phrase" (not). '
          + 'When fewer than 20 readouts have all the plain words, readouts with some of them follow, marked matchedAll: false.', true), query('includeSuperseded', { type: 'boolean' }, 'also earlier versions'), limit, offset,
      ], page('SearchHit')),
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    },
    components: {
      schemas,
      responses: {
        BadRequest: json(ref('Error'), 'A parameter is malformed'),
        NotFound: json(ref('Error'), 'Nothing with that id'),
      },
    },
  };
}
