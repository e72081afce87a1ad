// `readout extract` over every kind of source: file, folder, URL, standard input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { runCli } from './run-cli.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)));

let server: Server;
let base = '';
let dir = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/press/valdoria.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('pages/valdoria-mofa.html'));
    else if (req.url === '/old') res.writeHead(301, { location: '/press/valdoria.html' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
});

after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a URL is fetched and extracted, with the address recorded', async () => {
  const r = await runCli(['extract', `${base}/old`]);
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.equal(record.document.source.url, `${base}/press/valdoria.html`);
  assert.equal(record.document.source.format, 'html');
  assert.equal(record.document.text, fixture('valdoria.txt').toString('utf8').trimEnd());
});

test('standard input is read with -', async () => {
  const r = await runCli(['extract', '-', '--format', 'jsonl'], { input: fixture('valdoria.md') });
  assert.equal(r.code, 0, r.stderr);
  const record = JSON.parse(r.stdout);
  assert.equal(record.document.source.format, 'md');
  assert.equal(record.document.text, fixture('valdoria.txt').toString('utf8').trimEnd());
});

test('a folder run extracts the good files and counts the bad ones', async () => {
  const folder = join(dir, 'mixed');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), fixture('valdoria.txt'));
  writeFileSync(join(folder, 'b.html'), fixture('pages/norvania-press-office.html'));
  writeFileSync(join(folder, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  writeFileSync(join(folder, 'd.md'), '');
  writeFileSync(join(folder, 'notes.json'), '{}');
  const r = await runCli(['extract', folder, '--format', 'jsonl']);
  assert.equal(r.code, 1);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((x) => x.document.source.format), ['txt', 'html']);
  const errors = r.stderr.trim().split('\n');
  assert.deepEqual(errors, [
    `readout: ${join(folder, 'c.txt')}: binary file (a PNG image), not a text readout`,
    `readout: ${join(folder, 'd.md')}: empty file`,
    'readout: 2 of 4 files failed',
  ]);
});

test('a bad single source is one line on stderr and a non-zero exit', async () => {
  const missing = await runCli(['extract', join(dir, 'nope.txt')]);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, `readout: ${join(dir, 'nope.txt')}: no such file\n`);
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'Talks. '.repeat(2000));
  const limited = await runCli(['extract', big], { env: { READOUT_MAX_BYTES: '1000' } });
  assert.equal(limited.code, 1);
  assert.equal(limited.stderr, `readout: ${big}: 14000 bytes, over the 1000 bytes limit (set READOUT_MAX_BYTES to raise it)\n`);
  const notFound = await runCli(['extract', `${base}/gone`]);
  assert.equal(notFound.code, 1);
  assert.equal(notFound.stderr, `readout: ${base}/gone: HTTP 404 Not Found\n`);
});
