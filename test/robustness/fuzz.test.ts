// A fuzz corpus built at test time (nothing big is committed): each input gets a record or a
// clear one-line error, in bounded time (child processes with a deadline) and bounded memory
// (a capped heap).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, InputError } from '../../src/ingest/index.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { runCli, type CliRun } from '../formats/run-cli.ts';
import { spanProblems } from './spans.ts';

const DEADLINE_MS = 120_000;
const HEAP = ['--max-old-space-size=768'];
let dir = '';
const valdoriaPage = readFileSync(fileURLToPath(new URL('../formats/pages/valdoria-mofa.html', import.meta.url)), 'utf8');
const valdoriaText = readFileSync(fileURLToPath(new URL('../formats/valdoria.txt', import.meta.url)), 'utf8');

before(() => { dir = mkdtempSync(join(tmpdir(), 'readout-fuzz-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

/** A record with sound spans, or an InputError: never anything else. */
async function recordOrInputError(bytes: Uint8Array, path: string): Promise<'record' | 'error'> {
  try {
    const record = extractRecord(await ingest({ bytes, path }));
    assert.deepEqual(spanProblems(record, record.document.text), [], path);
    return 'record';
  } catch (e) {
    assert.ok(e instanceof InputError, `${path}: expected a record or an InputError, got ${(e as Error)?.stack}`);
    assert.ok(!e.message.includes('\n'));
    return 'error';
  }
}

/** The CLI finished (not killed), and either printed a record or one "readout: …" line. */
function assertRecordOrClearError(run: CliRun, what: string): 'record' | 'error' {
  assert.equal(run.signal, null, `${what}: killed by ${run.signal}`);
  if (run.code === 0) {
    const record = JSON.parse(run.stdout);
    assert.deepEqual(spanProblems(record, record.document.text), []);
    return 'record';
  }
  assert.equal(run.code, 1, `${what}: exit ${run.code}, stderr ${run.stderr.slice(0, 500)}`);
  assert.match(run.stderr, /^readout: [^\n]+\n$/, `${what}: one-line error`);
  return 'error';
}

test('truncated HTML at every tenth of the page gives a record or a clear error', async () => {
  for (let i = 1; i <= 10; i++) {
    const cut = valdoriaPage.slice(0, Math.floor((valdoriaPage.length * i) / 10));
    await recordOrInputError(Buffer.from(cut), `cut-${i}.html`);
  }
  assert.equal(await recordOrInputError(Buffer.from(valdoriaPage.slice(0, valdoriaPage.indexOf('1. Bilateral'))), 'cut.html'), 'record');
});

test('control characters, right-to-left text and emoji give records with sound spans', async () => {
  const controls = valdoriaText.replace(/ /g, (s, i: number) => (i % 37 === 0 ? `\u0001${s}\u0008` : i % 53 === 0 ? `\u001b[0m${s}\u007f` : s));
  assert.equal(await recordOrInputError(Buffer.from(controls), 'controls.txt'), 'record');
  const rtl = [
    'لقاء بين رئيس وزراء فالدوريا ورئيس نورفانيا', '', 'March 14, 2024', '',
    'صرح رئيس الوزراء ألدو ميرين بأن البلدين سيفتحان مكتبا تجاريا مشتركا في كارسك.', '',
    '\u202BPrime Minister Merren stated that \u05E9\u05DC\u05D5\u05DD cooperation would grow.\u202C', '',
    '\u200FPresident Vell (\u0646\u0648\u0631\u0641\u0627\u0646\u064A\u0627) agreed that talks would continue in 2025.\u200E',
  ].join('\n');
  assert.equal(await recordOrInputError(Buffer.from(rtl), 'rtl.txt'), 'record');
  const emoji = [
    'Leaders’ summit 🇻🇩🤝🇳🇴', '', 'March 14, 2024', '',
    'Prime Minister Merren 👨🏽‍💼 stated that the two countries 🌍 would open a trade office 🏢 in Karsk in the first half of 2025 🎉.', '',
    '• 👩‍👩‍👧‍👦 Family reunification agreement', '', '(1) 🔥🔥🔥 \uD83D unpaired surrogate \uDE00 here',
  ].join('\n');
  assert.equal(await recordOrInputError(Buffer.from(emoji), 'emoji.txt'), 'record');
});

/** Writes about `megabytes` MB of `unit` repeated on one line. */
function writeOneLine(name: string, unit: string, megabytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length)));
  return path;
}

test('a 10 MB single line is refused with a clear error, quickly and in bounded memory', async () => {
  const sentences = writeOneLine('one-line.txt', 'Prime Minister Merren stated that the two governments would open a joint trade office in Karsk in the first half of 2025. ', 10);
  const run = await runCli(['extract', sentences, '--format', 'jsonl'], { timeoutMs: DEADLINE_MS, nodeArgs: HEAP });
  assert.equal(assertRecordOrClearError(run, '10 MB single line'), 'error');
  assert.match(run.stderr, /one-line\.txt: a paragraph of 10\d{6} characters without a blank line, over the 250000 limit/);
  // One sentence 10 MB long, then the same with the limit raised: a record (or error) in bounded time.
  const sentence = writeOneLine('one-sentence.txt', 'Prime Minister Merren stated that the two governments would open a joint trade office in Karsk in the first half of 2025, and ', 10);
  assert.equal(assertRecordOrClearError(await runCli(['extract', sentence], { timeoutMs: DEADLINE_MS, nodeArgs: HEAP }), '10 MB sentence'), 'error');
});

test('a long line within the paragraph limit still gives a record', async () => {
  const path = writeOneLine('long-line.txt', 'Foreign Minister Caradine stated that the ferry route across the Gulf of Ambar would open in 2025. ', 0.15);
  const run = await runCli(['extract', path, '--format', 'jsonl'], { timeoutMs: DEADLINE_MS, nodeArgs: HEAP });
  assert.equal(assertRecordOrClearError(run, '150 KB line'), 'record');
});

test('HTML with lists nested 5,000 deep is read without recursion trouble', async () => {
  const path = join(dir, 'nested.html');
  const depth = 5000;
  writeFileSync(path, `<!doctype html><html><body><main><h1>Nested talks</h1><p>March 14, 2024</p>${'<ul><li>Both leaders agreed that talks would continue. '.repeat(depth)}${'</li></ul>'.repeat(depth)}</main></body></html>`);
  const run = await runCli(['extract', path, '--format', 'jsonl'], { timeoutMs: DEADLINE_MS, nodeArgs: HEAP });
  assert.equal(assertRecordOrClearError(run, 'nested lists'), 'record');
  const record = JSON.parse(run.stdout);
  assert.equal(record.document.text.split('\n\n').filter((p: string) => p.startsWith('• Both leaders')).length, depth);
  // Unclosed: the same depth with no closing tags at all.
  const open = join(dir, 'nested-open.html');
  writeFileSync(open, `<html><body>${'<ol><li><div>Deeper'.repeat(depth)}`);
  assertRecordOrClearError(await runCli(['extract', open], { timeoutMs: DEADLINE_MS, nodeArgs: HEAP }), 'unclosed nested lists');
});

test('a 50 MB file meets the configured size limit with a clear error, from a path or a pipe', async () => {
  const path = join(dir, 'fifty.txt');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 'Talks continued in Karsk. ');
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  const run = await runCli(['extract', path], { env: { READOUT_MAX_BYTES: '10MB' }, timeoutMs: DEADLINE_MS, nodeArgs: HEAP });
  assert.equal(assertRecordOrClearError(run, '50 MB file'), 'error');
  assert.equal(run.stderr, `readout: ${path}: 50 MB, over the 10 MB limit (set READOUT_MAX_BYTES to raise it)\n`);
  const piped = await runCli(['extract', '-'], { input: readFileSync(path), env: { READOUT_MAX_BYTES: '10MB' }, timeoutMs: DEADLINE_MS, nodeArgs: HEAP });
  assert.equal(piped.stderr, 'readout: standard input: larger than the 10 MB limit (set READOUT_MAX_BYTES to raise it)\n');
  assert.equal(piped.code, 1);
});

test('binary junk and hostile encodings through the CLI are one-line errors', async () => {
  const cases: Array<[string, Buffer]> = [
    ['nul.txt', Buffer.alloc(4096, 0)],
    ['fake.pdf', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF')],
    ['bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])],
    ['bad-utf8-after-bom.txt', Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0x41])],
  ];
  for (const [name, bytes] of cases) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    assert.equal(assertRecordOrClearError(await runCli(['extract', path], { timeoutMs: DEADLINE_MS }), name), 'error', name);
  }
});
