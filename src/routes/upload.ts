// POST /api/documents: a readout sent as the request body (text, Markdown, HTML or PDF bytes),
// as a JSON object with its text, or as a multipart file upload; ingested, extracted and stored.
import type { Context } from 'hono';
import { READERS, READABLE_MEDIA_TYPES } from '../ingest/index.ts';
import { readReadout } from '../pipeline/index.ts';
import type { IngestResult, Store } from '../store/index.ts';
import { HttpInputError } from './errors.ts';
import { date, readParams, text, type Input } from './params.ts';
import { defineRoute } from './route.ts';

/** Largest readout accepted by POST /api/documents, in bytes (the whole request body). */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** What a client sent: the readout's bytes and what it said about them. */
export interface Upload {
  bytes: Uint8Array;
  filename?: string;
  contentType?: string;
  url?: string;
  date?: string;
  sourceKey?: string;
}

/** Bodies that are the readout itself: a media type a reader reads, or bytes of no stated type (their format is sniffed). */
const RAW_TYPES = new Set([...READABLE_MEDIA_TYPES, 'application/octet-stream']);

/** What a client may say about the readout: query parameters with a raw body, fields of a JSON or form body. */
const UPLOAD_FIELDS = {
  url: text({ description: 'the address the readout was published at', pattern: { regex: /^https?:\/\/\S+$/i, expected: 'an http(s) address' } }),
  date: date({ description: 'the document date, where the text has none' }),
  filename: text({ description: 'a file name, used to tell the format', pattern: { regex: /^[^\\/\u0000]*$/, expected: 'a name without folders' } }),
  sourceKey: text({ description: 'the identity across versions, always inside the "upload:" namespace (default: upload: and the url, else upload: and the content hash)' }),
};
type UploadFields = Input<typeof UPLOAD_FIELDS>;

function fields(get: (name: string) => unknown): UploadFields {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(UPLOAD_FIELDS)) {
    const v = get(name);
    if (v !== undefined && v !== null && typeof v !== 'string') throw new HttpInputError(400, `${name}: expected text`);
    raw[name] = v ?? undefined;
  }
  return readParams(UPLOAD_FIELDS, raw);
}

/** Reads the request into an Upload (`query`: the fields sent as query parameters); a 4xx when it is not one. */
export async function readUpload(c: Context, query: UploadFields): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (/^multipart\/form-data/i.test(type)) {
    let body: Record<string, string | File | (string | File)[]>;
    try {
      body = await c.req.parseBody();
    } catch {
      throw new HttpInputError(400, 'the multipart body could not be read');
    }
    const file = body.file;
    const one = (name: string) => (Array.isArray(body[name]) ? (body[name] as unknown[])[0] : body[name]);
    const meta = fields((name) => (name === 'filename' ? one(name) ?? (file instanceof File ? file.name : undefined) : one(name)));
    if (file instanceof File) {
      return { ...meta, bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined };
    }
    if (typeof body.text === 'string') return { ...meta, bytes: new TextEncoder().encode(body.text) };
    throw new HttpInputError(400, 'send the readout as a form field "file" (a file) or "text"');
  }
  if (/^application\/json/i.test(type)) {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new HttpInputError(400, 'the body is not valid JSON');
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new HttpInputError(400, 'expected a JSON object {"text": "…"}');
    const obj = json as Record<string, unknown>;
    if (typeof obj.text !== 'string') throw new HttpInputError(400, 'text: the readout\'s text is required, as a string');
    return { ...fields((name) => obj[name]), bytes: new TextEncoder().encode(obj.text) };
  }
  if (RAW_TYPES.has(type.split(';')[0].trim().toLowerCase())) {
    return { ...query, bytes: new Uint8Array(await c.req.arrayBuffer()), contentType: type };
  }
  throw new HttpInputError(415, `unsupported content type "${type || 'none'}": send ${READERS.map((r) => r.mediaTypes[0]).join(', ')}, application/json or multipart/form-data`);
}

/**
 * An upload's source key, always under "upload:": a client never names the key of a file or URL
 * ingest, so an upload can add versions of its own readouts only, never replace another's.
 */
function uploadSourceKey(upload: Pick<Upload, 'sourceKey' | 'url'>): string | undefined {
  if (upload.sourceKey !== undefined) return upload.sourceKey.startsWith('upload:') ? upload.sourceKey : `upload:${upload.sourceKey}`;
  if (upload.url !== undefined) return `upload:${upload.url}`;
  return undefined; // upload: and the content hash, as readReadout makes it
}

/** Ingests, extracts and stores one upload. Content that cannot be read as a readout is a 422. */
export async function ingestUpload(store: Store, upload: Upload): Promise<IngestResult & { title: string; date: string | null }> {
  // Uploads have no path on this machine: their identity is the address, a key the client names, or the content.
  const extract = { date: upload.date, url: upload.url };
  const read = await readReadout(
    { bytes: upload.bytes, name: 'the uploaded readout', path: upload.filename, url: upload.url, contentType: upload.contentType, key: uploadSourceKey(upload) },
    { extract },
  );
  if (!read.ok) throw new HttpInputError(422, read.failure.message);
  const result = await store.ingestDocument(read.record, { sourceKey: read.key, ingest: read.meta, extract });
  return { ...result, title: read.record.document.title, date: read.record.document.date };
}

export const upload = defineRoute({
  name: 'upload', method: 'POST', write: true,
  api: { path: '/api/documents', summary: 'Ingest a readout: extract its record and store it', returns: { object: 'IngestResult' } },
  params: UPLOAD_FIELDS,
  load: async ({ store, input, context }) => {
    if (!context) throw new HttpInputError(400, 'send the readout as the body of a request');
    return ingestUpload(store, await readUpload(context, input));
  },
  respond: (c, result) => {
    c.header('Location', `/api/documents/${result.docId}`);
    return c.json(result, result.status === 'added' ? 201 : 200);
  },
});
