import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { readSource, sourceLimits } from './source.ts';
import { InputError } from './types.ts';

const PAGE = '<!doctype html><html><head><title>Talks</title></head><body><p>Readout body.</p></body></html>';
let server: Server;
let base = '';
let dir = '';

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const redirect = /^\/redirect\/(\d+)$/.exec(url);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n > 1 ? `/redirect/${n - 1}` : '/readout.html' }).end();
    } else if (url === '/readout.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (url === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The start of a readout that never ends');
    } else if (url === '/declared-big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000_000) });
      res.write('x'.repeat(1000));
    } else if (url === '/streamed-big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'Talks continued. '.repeat(1000);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', pump); else res.end();
      };
      res.on('error', () => {});
      pump();
    } else if (url === '/elsewhere') {
      res.writeHead(301, { location: 'ftp://files.valdoria.example/readout.txt' }).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'readout-source-'));
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const inputError = (pattern: RegExp) => (e: unknown) => e instanceof InputError && pattern.test(e.message) && !e.message.includes('\n');

test('a URL is fetched with its content type', async () => {
  const input = await readSource(`${base}/readout.html`);
  assert.equal(Buffer.from(input.bytes).toString('utf8'), PAGE);
  assert.equal(input.url, `${base}/readout.html`);
  assert.match(input.contentType ?? '', /^text\/html/);
});

test('redirects are followed up to the limit, and no further', async () => {
  const input = await readSource(`${base}/redirect/2`, { maxRedirects: 2 });
  assert.equal(input.url, `${base}/readout.html`);
  await assert.rejects(readSource(`${base}/redirect/3`, { maxRedirects: 2 }), inputError(/redirect\/3: more than 2 redirects/));
  await assert.rejects(readSource(`${base}/elsewhere`), inputError(/redirected to an unsupported address/));
});

test('content types other than text, HTML, Markdown and PDF are refused', async () => {
  await assert.rejects(readSource(`${base}/image.png`), inputError(/image\.png: unsupported content type image\/png/));
});

test('a fetch that does not finish in time fails with a timeout', async () => {
  await assert.rejects(readSource(`${base}/slow`, { timeoutMs: 300 }), inputError(/slow: no complete answer within 0\.3 s/));
});

test('answers over the size limit are refused, declared or streamed', async () => {
  await assert.rejects(readSource(`${base}/declared-big`, { maxBytes: 100_000 }), inputError(/declared-big: 9\.5 MB, over the \d+ bytes limit/));
  await assert.rejects(readSource(`${base}/streamed-big`, { maxBytes: 100_000 }), inputError(/streamed-big: larger than the 100000 bytes limit/));
});

test('HTTP errors and unreachable hosts are one-line errors', async () => {
  await assert.rejects(readSource(`${base}/missing`), inputError(/missing: HTTP 404/));
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(readSource(`http://127.0.0.1:${port}/x`), inputError(/cannot fetch \(ECONNREFUSED\)/));
  await assert.rejects(readSource('ftp://files.valdoria.example/x.txt'), inputError(/unsupported address/));
});

test('files are read under the size limit; folders and missing files are errors', async () => {
  const file = join(dir, 'readout.txt');
  writeFileSync(file, 'Talks in Karsk\n\nMay 2, 2024\n\nBody.');
  const input = await readSource(file);
  assert.equal(input.path, file);
  assert.equal(Buffer.from(input.bytes).toString('utf8'), 'Talks in Karsk\n\nMay 2, 2024\n\nBody.');
  await assert.rejects(readSource(file, { maxBytes: 10 }), inputError(/readout\.txt: 34 bytes, over the 10 bytes limit/));
  await assert.rejects(readSource(dir), inputError(/is a folder/));
  await assert.rejects(readSource(join(dir, 'nope.txt')), inputError(/nope\.txt: no such file/));
});

test('limits come from the environment, and bad values are named', () => {
  assert.deepEqual(sourceLimits({}, {}), { maxBytes: 20 * 1024 * 1024, timeoutMs: 15000, maxRedirects: 5, maxParagraphChars: 250000 });
  assert.deepEqual(sourceLimits({ maxRedirects: 1 }, { READOUT_MAX_BYTES: '1MB', READOUT_FETCH_TIMEOUT_MS: '2500', READOUT_MAX_PARAGRAPH_CHARS: '9000' }), { maxBytes: 1048576, timeoutMs: 2500, maxRedirects: 1, maxParagraphChars: 9000 });
  assert.equal(sourceLimits({}, { READOUT_MAX_BYTES: '4096' }).maxBytes, 4096);
  assert.throws(() => sourceLimits({}, { READOUT_MAX_BYTES: 'lots' }), inputError(/^READOUT_MAX_BYTES: expected a byte count/));
});
