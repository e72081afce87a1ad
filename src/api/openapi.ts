// The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json), made from the table
// of routes: each route's path, parameters (their kinds, limits and defaults) and what it returns.
// The schemas of the answers are here; a test checks that every route is described and every
// described path answers.
import { SCHEMA } from '../record.ts';
import { READERS } from '../ingest/index.ts';
import { API_ROUTES, type ApiRoute, type Param, type Returns, type Route } from '../routes/index.ts';

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
const pathParam = (name: string, description: string): Json => ({ name, in: 'path', required: true, description, schema: str() });

const errors = {
  400: { $ref: '#/components/responses/BadRequest' },
};
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });

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
  SearchPage: {
    allOf: [page('SearchHit'), obj({ totalIsLowerBound: { type: 'boolean', description: 'true when a very common query counts only its newest matches' } })],
  },
  SearchHit: obj({
    docId: str(), title: str(), date: nullable(date), sourceKey: str(), score: { type: 'number', description: 'higher is better' },
    snippet: str(), highlights: arrayOf(span),
    matchedAll: { type: 'boolean', description: 'false for a readout matching only some of the words (listed after those matching all)' },
    statements: arrayOf(obj({ statementId: str(), speaker: ref('ActorRef'), act: str(), date: nullable(date), content: str(), span })),
  }, ['docId', 'title', 'date', 'sourceKey', 'score', 'snippet', 'highlights']),
  StoreStats: obj({
    documents: int, superseded: int, people: int, statements: int, commitments: int, signedDocuments: int,
    meetingsByYear: arrayOf(obj({ year: nullable(int), meetings: int })), asOf: date, commitmentsDueSoon: int, commitmentsOverdue: int,
  }),
  IngestResult: obj({
    status: { enum: ['added', 'updated', 'unchanged'] }, docId: str(), sourceKey: str(), version: int, supersedes: nullable(str()),
    title: str(), date: nullable(date),
  }),
};


/** What a route answers with 200. */
function success(returns: Returns): Json {
  if ('text' in returns) return { description: 'OK', content: { [returns.text]: { schema: str() } } };
  if ('page' in returns) return json(page(returns.page));
  if ('list' in returns) return json(obj({ items: arrayOf(ref(returns.list)) }));
  return json(ref(returns.object));
}

const parameter = (name: string, p: Param<unknown>): Json => query(name, p.schema, p.description, p.required);

/** A request body for each media type a reader reads: text formats as text, binary ones as bytes of their type. */
const readoutBodies: Json = Object.fromEntries(READERS.flatMap((r) =>
  r.mediaTypes.map((type) => [type, { schema: r.reads === 'bytes' ? { type: 'string', contentMediaType: type } : str() }])));

/** POST /api/documents: the bodies it takes and its answers, beyond what the table says. */
function uploadOperation(route: Route, maxUploadBytes: number): Json {
  const field = (name: string) => ({ ...route.params[name].schema, description: route.params[name].description });
  const uploadFields = { url: field('url'), date: field('date'), sourceKey: field('sourceKey') };
  return {
    description: `Send the readout as the body (${READERS.map((r) => r.mediaTypes[0]).join(', ')}; url, date, filename and sourceKey as query parameters), `
      + `as JSON {"text": …}, or as a multipart form with a "file" (or "text") field. At most ${maxUploadBytes} bytes.`,
    requestBody: {
      required: true,
      content: {
        ...readoutBodies,
        'application/json': { schema: obj({ text: str(), filename: field('filename'), ...uploadFields }, ['text']) },
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
  };
}

function operation(route: ApiRoute, maxUploadBytes: number): Json {
  const pathParams = Object.entries(route.pathParams ?? {});
  const op: Json = {
    summary: route.api.summary,
    ...(route.api.description ? { description: route.api.description } : {}),
    parameters: [
      ...pathParams.map(([name, description]) => pathParam(name, description)),
      ...Object.entries(route.params).map(([name, p]) => parameter(name, p)),
    ],
    responses: { 200: success(route.api.returns), ...errors, ...(pathParams.length ? notFound : {}) },
  };
  return route.name === 'upload' ? { ...op, ...uploadOperation(route, maxUploadBytes) } : op;
}

/** The OpenAPI 3.1 document for the API, stating the upload limit in force. */
export function openApiDocument(maxUploadBytes: number): Json {
  const paths: Record<string, Json> = {};
  for (const route of API_ROUTES) {
    const path = route.api.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, maxUploadBytes) };
  }
  paths['/api/openapi.json'] = { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Readout API',
      version: '1',
      description: 'Diplomatic meeting readouts as a structured, cited record: documents, people, issues, signed documents, commitments and full-text search. '
        + 'Every web page also has a .json twin with the data it shows.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: json(ref('Error'), 'A parameter is malformed'),
        NotFound: json(ref('Error'), 'Nothing with that id'),
      },
    },
  };
}
