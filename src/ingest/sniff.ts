// Which reader reads an input (READERS, ./readers.ts): a binary format by its bytes; a text
// format by its decoded content first, then the file name, then the Content-Type.
import { FALLBACK_READER, READERS } from './readers.ts';
import type { BytesReader, TextReader } from './reader.ts';

const BYTES_READERS = READERS.filter((r): r is Extract<(typeof READERS)[number], BytesReader> => r.reads === 'bytes');
const TEXT_READERS = READERS.filter((r): r is Extract<(typeof READERS)[number], TextReader> => r.reads === 'text');

/** The binary format the bytes are in, or undefined when they are to be decoded as text. */
export function bytesReaderFor(bytes: Uint8Array): (typeof BYTES_READERS)[number] | undefined {
  return BYTES_READERS.find((r) => r.sniff(bytes));
}

/** The reader of a decoded text, from its content, then the file extension, then the Content-Type. */
export function textReaderFor(text: string, path?: string, contentType?: string): (typeof TEXT_READERS)[number] {
  const ext = path ? /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase() : undefined;
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return TEXT_READERS.find((r) => r.sniff(text))
    ?? (ext ? TEXT_READERS.find((r) => r.extensions.includes(ext)) : undefined)
    ?? (type ? TEXT_READERS.find((r) => r.mediaTypes.includes(type)) : undefined)
    ?? FALLBACK_READER;
}
