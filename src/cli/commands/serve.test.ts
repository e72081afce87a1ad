// `readout serve` as `npm start` runs it: ingests the examples (idempotently), serves the UI and
// the API on a loopback port, stops cleanly on SIGTERM; bad options are one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BIN, isOneLineError, runCli, tempFolder } from '../../store/test-cli.ts';
import { REPO } from '../../store/test-paths.ts';

interface Running { url: string; output: string; pid: number; stop(): Promise<number | null> }

/** Runs `fn` with a loopback port another server holds. */
async function withTakenPort(fn: (port: number) => void): Promise<void> {
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
  try {
    fn((taken.address() as { port: number }).port);
  } finally {
    taken.close();
  }
}

/** Starts `readout serve ARGS` and waits for the address it prints. */
function serve(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: REPO, env: { ...process.env, READOUT_DB: '' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve did not start: ${output}`)); }, 60_000);
    child.stderr.on('data', (d) => { output += d; });
    child.stdout.on('data', (d) => {
      output += d;
      const m = /web UI\s+(http:\/\/\S+?)\/\s/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1], output, pid: child.pid!,
          stop: () => new Promise((done) => { child.once('exit', (code) => done(code)); child.kill('SIGTERM'); }),
        });
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${output}`)); });
  });
}

test('serve --ingest examples: the store is filled once and served as pages and JSON', async (t) => {
  const db = join(tempFolder(t), 'serve.db');
  const first = await serve(['--db', db, '--port', '0', '--ingest', 'examples']);
  try {
    assert.match(first.output, /added 8, updated 0, unchanged 0, failed 0/);
    assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/, 'loopback by default');
    const stats = await (await fetch(`${first.url}/api/stats`)).json();
    assert.equal(stats.documents, 8);
    const home = await fetch(`${first.url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /The corpus at a glance/);
  } finally {
    assert.equal(await first.stop(), 0, 'SIGTERM stops it cleanly');
  }
  const again = await serve(['--db', db, '--port', '0', '--ingest', 'examples']);
  try {
    assert.match(again.output, /added 0, updated 0, unchanged 8, failed 0/, 'a second start ingests nothing new');
    assert.equal((await (await fetch(`${again.url}/api/documents`)).json()).total, 8);
  } finally {
    await again.stop();
  }
});

test('serve: a bad port or a port in use is reported in one line', async (t) => {
  const dir = tempFolder(t);
  const bad = runCli(['serve', '--db', join(dir, 'a.db'), '--port', 'eighty']);
  assert.ok(isOneLineError(bad), bad.stderr);
  assert.match(bad.stderr, /--port/);
  await withTakenPort((port) => {
    const busy = runCli(['serve', '--db', join(dir, 'b.db'), '--port', String(port)]);
    assert.ok(isOneLineError(busy), busy.stderr);
    assert.match(busy.stderr, /already in use/);
  });
  const outOfRange = runCli(['serve', '--db', join(dir, 'c.db'), '--port', '65536']);
  assert.ok(isOneLineError(outOfRange), outOfRange.stderr);
});

test('serve --workers 2: two server processes answer on one port, and each sees what was ingested after they started', async (t) => {
  const dir = tempFolder(t);
  const db = join(dir, 'workers.db');
  const running = await serve(['--db', db, '--port', '0', '--ingest', 'examples', '--workers', '2']);
  try {
    assert.match(running.output, /with 2 server processes/);
    const children = execFileSync('pgrep', ['-P', String(running.pid)], { encoding: 'utf8' }).trim().split('\n');
    assert.equal(children.length, 2, 'two worker processes');
    for (let i = 0; i < 4; i++) assert.equal((await (await fetch(`${running.url}/api/stats`)).json()).documents, 8);
    // Another process writes to the store while both workers serve it.
    const extra = join(dir, 'extra.txt');
    writeFileSync(extra, 'Readout of the call between Ministers Arvo Lind and Kesti Rahn\n\nMarch 3, 2025\n\nForeign Minister Arvo Lind of Velmaria spoke with Foreign Minister Kesti Rahn of Ostrava. Minister Lind said that both countries will open a consulate by June.\n');
    const ingested = runCli(['ingest', '--db', db, extra]);
    assert.equal(ingested.status, 0, ingested.stderr);
    // Connections go to the workers in turn: every answer counts the new readout.
    for (let i = 0; i < 6; i++) assert.equal((await (await fetch(`${running.url}/api/stats`, { headers: { connection: 'close' } })).json()).documents, 9);
  } finally {
    assert.equal(await running.stop(), 0, 'SIGTERM stops the primary and its workers cleanly');
  }
  assert.throws(() => execFileSync('pgrep', ['-P', String(running.pid)]), 'no worker left behind');
});

test('serve --workers 2 on a port in use: one line, and no process left behind', async (t) => {
  const dir = tempFolder(t);
  await withTakenPort((port) => {
    const busy = runCli(['serve', '--db', join(dir, 'b.db'), '--port', String(port), '--workers', '2']);
    assert.ok(isOneLineError(busy), busy.stderr);
    assert.match(busy.stderr, /already in use/);
  });
  const bad = runCli(['serve', '--db', join(dir, 'c.db'), '--workers', '0']);
  assert.ok(isOneLineError(bad), bad.stderr);
  assert.match(bad.stderr, /--workers/);
});

test('serve --host 0.0.0.0: a token is made and printed, and writes without it are refused', async (t) => {
  const db = join(tempFolder(t), 'public.db');
  const running = await serve(['--db', db, '--host', '0.0.0.0', '--port', '0', '--workers', '1']);
  try {
    const token = /writes need the token (\S+)/.exec(running.output)?.[1];
    assert.ok(token, running.output);
    const url = running.url.replace('0.0.0.0', '127.0.0.1');
    const body = 'Readout\n\nMay 1, 2025\n\nMinister Arvo Lind of Velmaria met Minister Kesti Rahn of Ostrava.\n';
    assert.equal((await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body })).status, 401);
    assert.equal((await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body })).status, 201);
  } finally {
    await running.stop();
  }
});
