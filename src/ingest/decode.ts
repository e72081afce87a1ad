// Bytes → string, with the encoding detected rather than assumed.
import { InputError } from './errors.ts';
import { onFirstUse } from './lazy.ts';

const chardet = onFirstUse<typeof import('chardet')>('chardet');
const iconv = onFirstUse<typeof import('iconv-lite')>('iconv-lite');

interface DecodedText {
  text: string;
  /** Lower-case encoding name: utf-8, utf-16le, windows-1252, shift_jis, … */
  encoding: string;
}

// Signatures of common binary files, so the error can say what the file is.
const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx or .xlsx file is one)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file (.doc, .xls)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Names a binary file type from its first bytes, or null. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, kind] of MAGIC) if (startsWith(bytes, sig)) return kind;
  return null;
}

/**
 * True when the bytes look like binary data rather than text in a single-byte or
 * multi-byte encoding: NUL bytes or other control bytes make up more than a small share
 * of a sample. Tab, line feed, carriage return, form feed and escape are text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return false;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return nul / n > 0.002 || (nul + control) / n > 0.05;
}

/** Encoding named by a Content-Type or <meta charset>, if iconv-lite knows it. */
function charsetFromContentType(contentType: string | undefined): string | null {
  const m = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m && iconv().encodingExists(m[1]) ? m[1].toLowerCase() : null;
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m && iconv().encodingExists(m[1]) ? m[1].toLowerCase() : null;
}

// chardet names → the names we record; latin-1 pages are nearly always really windows-1252.
function canonicalEncoding(name: string): string {
  const n = name.toLowerCase();
  if (n === 'iso-8859-1' || n === 'ascii' || n === 'us-ascii') return 'windows-1252';
  return n;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * Decodes bytes to a string. Order: byte-order mark; strict UTF-8; the declared charset
 * (HTTP Content-Type or an HTML <meta>); chardet's best guess; windows-1252.
 * Binary data raises InputError.
 */
export function decodeBytes(bytes: Uint8Array, name: string, contentType?: string): DecodedText {
  if (bytes.length === 0) throw new InputError(name, 'empty file');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: utf8Strict(bytes.subarray(3), name), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(name, `binary file (${kind}), not a text readout`);
  if (looksBinary(bytes)) throw new InputError(name, 'binary file (NUL or control bytes), not a text readout');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to declared and detected encodings
  }
  const declared = charsetFromContentType(contentType) ?? declaredHtmlCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) return { text: decodeWith(bytes, declared), encoding: canonicalEncoding(declared) };
  const sample = bytes.subarray(0, 65536);
  const guess = chardet().analyse(sample).find((m) => iconv().encodingExists(m.name) && !/^utf-(16|32)/i.test(m.name) && m.name !== 'UTF-8');
  const confident = guess !== undefined && guess.confidence >= 20;
  // Text in a single-byte encoding is mostly ASCII; high bytes no detector recognizes are data.
  if (!confident && highByteShare(sample) > 0.3) throw new InputError(name, 'binary file (not text in any encoding recognized), not a text readout');
  const encoding = confident ? canonicalEncoding(guess.name) : 'windows-1252';
  return { text: decodeWith(bytes, encoding), encoding };
}

/**
 * UTF-16 without a byte-order mark, recognized by its NUL high bytes: mostly-Latin text has
 * a NUL in nearly every other byte and almost none between them.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul / half > 0.6 && evenNul / half < 0.02) return 'utf-16le';
  if (evenNul / half > 0.6 && oddNul / half < 0.02) return 'utf-16be';
  return null;
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  return bytes.length ? high / bytes.length : 0;
}

function utf8Strict(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(name, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
}
