// A command-line argument → the bytes of a readout: a file path, an http(s) URL, or "-" for
// standard input, each read under a size limit (and, for URLs, a timeout and a redirect cap).
import { open, stat } from 'node:fs/promises';
import { InputError } from './errors.ts';
import { formatNames, READABLE_MEDIA_TYPES } from './readers.ts';
import type { IngestInput, SourceLimits } from './types.ts';

const DEFAULT_LIMITS: SourceLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5, maxParagraphChars: 250_000 };

const ALLOWED_TYPES = new Set(READABLE_MEDIA_TYPES);

/** Parses a byte count: "20000000", "20MB", "512k", "1.5G". */
function parseByteCount(value: string, variable: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value);
  if (!m) throw new InputError(variable, `expected a byte count such as 20000000 or 20MB, got "${value}"`);
  const unit = (m[2] ?? '').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}

function parseCount(value: string, variable: string): number {
  if (!/^\s*\d+\s*$/.test(value)) throw new InputError(variable, `expected a whole number, got "${value}"`);
  return Number(value);
}

/**
 * The limits in force: defaults, overridden by READOUT_MAX_BYTES, READOUT_FETCH_TIMEOUT_MS,
 * READOUT_MAX_REDIRECTS and READOUT_MAX_PARAGRAPH_CHARS, overridden by `overrides`.
 */
export function sourceLimits(overrides: Partial<SourceLimits> = {}, env: NodeJS.ProcessEnv = process.env): SourceLimits {
  const limits = { ...DEFAULT_LIMITS };
  if (env.READOUT_MAX_BYTES) limits.maxBytes = parseByteCount(env.READOUT_MAX_BYTES, 'READOUT_MAX_BYTES');
  if (env.READOUT_FETCH_TIMEOUT_MS) limits.timeoutMs = parseCount(env.READOUT_FETCH_TIMEOUT_MS, 'READOUT_FETCH_TIMEOUT_MS');
  if (env.READOUT_MAX_REDIRECTS) limits.maxRedirects = parseCount(env.READOUT_MAX_REDIRECTS, 'READOUT_MAX_REDIRECTS');
  if (env.READOUT_MAX_PARAGRAPH_CHARS) limits.maxParagraphChars = parseCount(env.READOUT_MAX_PARAGRAPH_CHARS, 'READOUT_MAX_PARAGRAPH_CHARS');
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) (limits as unknown as Record<string, number>)[k] = v;
  return limits;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${n} bytes`;
}

function tooLarge(name: string, size: number | null, limit: number): InputError {
  const what = size === null ? 'larger than' : `${megabytes(size)}, over`;
  return new InputError(name, `${what} the ${megabytes(limit)} limit (set READOUT_MAX_BYTES to raise it)`);
}

/** Reads a stream of chunks, stopping with InputError once it passes `maxBytes`. */
async function readLimited(chunks: AsyncIterable<Uint8Array>, name: string, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge(name, null, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

async function readPath(path: string, limits: SourceLimits): Promise<IngestInput> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new InputError(path, 'is a folder, not a file');
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) throw new InputError(path, 'not a regular file');
  if (info.isFile() && info.size > limits.maxBytes) throw tooLarge(path, info.size, limits.maxBytes);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  try {
    // Read as a stream even for files: a file that grows after stat still meets the limit.
    return { bytes: await readLimited(handle.createReadStream({ autoClose: false }), path, limits.maxBytes), path };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  } finally {
    await handle.close().catch(() => {});
  }
}

async function readStdin(limits: SourceLimits): Promise<IngestInput> {
  const name = 'standard input';
  if (process.stdin.isTTY) throw new InputError(name, 'nothing piped in (use - only with a pipe or a redirect)');
  return { bytes: await readLimited(process.stdin, name, limits.maxBytes), name };
}

function describeFetchError(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s (READOUT_FETCH_TIMEOUT_MS)`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `cannot fetch (${cause ?? err.message})`;
}

/** Fetches an http(s) URL under the limits; redirects are followed by hand so they can be counted. */
async function fetchSource(url: string, limits: SourceLimits): Promise<IngestInput> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new InputError(url, `not a valid URL (${current})`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(url, `redirected to an unsupported address (${current})`);
      const response = await fetch(parsed, { redirect: 'manual', signal, headers: { accept: [...ALLOWED_TYPES].join(', ') + ';q=0.9, */*;q=0.1' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= limits.maxRedirects) throw new InputError(url, `more than ${limits.maxRedirects} redirects (READOUT_MAX_REDIRECTS)`);
        current = new URL(response.headers.get('location')!, parsed).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new InputError(url, `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const mime = contentType?.split(';')[0].trim().toLowerCase();
      if (mime && !ALLOWED_TYPES.has(mime)) {
        await response.body?.cancel().catch(() => {});
        throw new InputError(url, `unsupported content type ${mime} (expected ${formatNames()})`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge(url, declared, limits.maxBytes);
      }
      const bytes = response.body
        ? await readLimited(response.body as unknown as AsyncIterable<Uint8Array>, url, limits.maxBytes)
        : new Uint8Array();
      return { bytes, url: current, contentType };
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(url, describeFetchError(e, limits.timeoutMs));
  }
}

/**
 * Turns a command-line argument into an IngestInput: "-" reads standard input, an http(s)
 * URL is fetched, anything else is a file path. Raises InputError with a one-line reason.
 */
export async function readSource(arg: string, overrides: Partial<SourceLimits> = {}): Promise<IngestInput> {
  const limits = sourceLimits(overrides);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg) && !/^https?:\/\//i.test(arg)) throw new InputError(arg, 'unsupported address (only http and https URLs, file paths and - are read)');
  const input = arg === '-' ? await readStdin(limits) : /^https?:\/\//i.test(arg) ? await fetchSource(arg, limits) : await readPath(arg, limits);
  return { ...input, maxParagraphChars: limits.maxParagraphChars };
}
