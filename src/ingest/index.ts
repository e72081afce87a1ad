// Entry of the ingest stage: bytes → normalized text and metadata.
import { createHash } from 'node:crypto';
import { InputError, type IngestInput, type IngestedText } from './types.ts';

export { InputError } from './types.ts';
export type { IngestInput, IngestedText, InputFormat } from './types.ts';

/** Normalizes line ends and invisible characters so spans index a stable text. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u2060]/g, '');
}

export async function ingest(input: IngestInput): Promise<IngestedText> {
  const name = input.path ?? input.url ?? 'input';
  const bytes = input.bytes;
  if (bytes.length === 0) throw new InputError(name, 'empty file');
  if (bytes.includes(0)) throw new InputError(name, 'binary file (contains NUL bytes), not a text readout');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(name, 'not UTF-8 text');
  }
  const text = normalizeText(raw);
  if (!text.trim()) throw new InputError(name, 'no text (only white space)');
  return {
    text,
    format: 'txt',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    path: input.path,
    url: input.url,
  };
}
