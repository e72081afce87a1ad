import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary } from './decode.ts';
import { InputError } from './types.ts';

const SENTENCE = 'Foreign Minister Ilse Caradine stated that Valdoria’s “open door” policy — agreed in Saint-Étienne — would continue.';

test('UTF-8 without a BOM is read as UTF-8', () => {
  const r = decodeBytes(Buffer.from(SENTENCE, 'utf8'), 'a.txt');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, SENTENCE);
});

test('UTF-8 with a BOM loses the BOM', () => {
  const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]), 'a.txt');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, SENTENCE);
});

test('UTF-16 little- and big-endian with a BOM', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SENTENCE, 'utf-16le')]), 'le.txt');
  assert.deepEqual(le, { text: SENTENCE, encoding: 'utf-16le' });
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, 'utf-16be')]), 'be.txt');
  assert.deepEqual(be, { text: SENTENCE, encoding: 'utf-16be' });
});

test('UTF-16 without a BOM is recognized by its NUL high bytes', () => {
  assert.deepEqual(decodeBytes(iconv.encode(SENTENCE, 'utf-16le'), 'le.txt'), { text: SENTENCE, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(iconv.encode(SENTENCE, 'utf-16be'), 'be.txt'), { text: SENTENCE, encoding: 'utf-16be' });
});

test('Windows-1252 is detected, curly quotes and dashes included', () => {
  const text = `${SENTENCE}\n\nThe two sides’ delegations met again in the Café Nordlys on 3 March.`;
  const r = decodeBytes(iconv.encode(text, 'windows-1252'), 'legacy.txt');
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, text);
});

test('Shift_JIS is detected', () => {
  const text = 'ヴァルドリア外務大臣は、ノルヴァニアとの協力を一層強化していくことを確認した。\n両首脳は、来年の早い時期に再び会談することで一致した。';
  const r = decodeBytes(iconv.encode(text, 'shift_jis'), 'ja.txt');
  assert.equal(r.encoding, 'shift_jis');
  assert.equal(r.text, text);
});

test('a declared charset is used when the bytes are not UTF-8', () => {
  const text = 'Première rencontre des ministres à Port-Sabine.';
  const r = decodeBytes(iconv.encode(text, 'iso-8859-15'), 'page', 'text/html; charset=ISO-8859-15');
  assert.equal(r.text, text);
  assert.equal(r.encoding, 'iso-8859-15');
});

test('binary input is rejected with a reason naming the input', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.throws(() => decodeBytes(png, 'photo.txt'), (e: unknown) => e instanceof InputError && /^photo\.txt: binary file \(a PNG image\)/.test(e.message));
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]);
  assert.throws(() => decodeBytes(zip, 'r.docx'), /ZIP archive/);
  let seed = 7;
  const noise = Buffer.alloc(20000, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
  assert.throws(() => decodeBytes(noise, 'noise.bin'), (e: unknown) => e instanceof InputError && /binary file/.test(e.message));
  assert.throws(() => decodeBytes(new Uint8Array(0), 'empty.txt'), /empty\.txt: empty file/);
});

test('a few stray control bytes in text do not make it binary', () => {
  const text = Buffer.from(`${SENTENCE}\u0007 and \u0001 more text follows here, as it often does in scraped pages.`, 'utf8');
  assert.equal(looksBinary(text), false);
  assert.equal(decodeBytes(text, 'a.txt').encoding, 'utf-8');
});
