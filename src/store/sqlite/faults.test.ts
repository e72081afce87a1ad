// Store faults: an ingest killed with SIGKILL midway leaves the store consistent and a re-run
// completes it; two ingest processes on one store at once both succeed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BIN, runCli, tempFolder } from '../test-cli.ts';

const COUNTRIES = ['Corvania', 'Osterland', 'Varenia', 'Lauria', 'Meridia'];

/** `n` distinct short readouts about fictional states. */
function writeReadouts(dir: string, n: number, from = 0): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + n; i++) {
    const a = COUNTRIES[i % 5], b = COUNTRIES[(i + 2) % 5];
    writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.txt`), `Meeting between the Foreign Ministers of ${a} and ${b} (round ${i})

March ${(i % 28) + 1}, 20${10 + (i % 15)}

Foreign Minister Edda Holm${i} of ${a} held talks with Foreign Minister Rurik Salo${i} of ${b} on fisheries and energy.

Foreign Minister Holm${i} stated that ${a} would send a trade mission to ${b} in the first half of 20${11 + (i % 15)}.
`);
  }
}

function documentCount(db: string): number {
  try {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try { return (conn.prepare('select count(*) as n from documents').get() as { n: number }).n; } finally { conn.close(); }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

/** Integrity ok, and every stored document complete: its rows match its record, and it is in the search index once. */
function assertConsistent(db: string): number {
  const conn = new BetterSqlite3(db);
  try {
    assert.equal((conn.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    const docs = conn.prepare('select doc_id, seq, record_json from documents').all() as { doc_id: string; seq: number; record_json: string }[];
    for (const d of docs) {
      const r = JSON.parse(d.record_json);
      const count = (table: string) => (conn.prepare(`select count(*) as n from ${table} where doc_id = ?`).get(d.doc_id) as { n: number }).n;
      // The search index is keyed by the document's seq.
      const indexed = (conn.prepare('select count(*) as n from documents_fts where rowid = ?').get(d.seq) as { n: number }).n;
      assert.deepEqual(
        [count('actors'), count('meetings'), count('statements'), count('outcomes'), count('commitments'), indexed],
        [r.actors.length, r.meetings.length, r.statements.length, r.documents.length, r.commitments.length, 1],
        `document ${d.doc_id.slice(0, 12)} is complete`,
      );
    }
    const orphans = conn.prepare('select count(*) as n from statements where doc_id not in (select doc_id from documents)').get() as { n: number };
    assert.equal(orphans.n, 0);
    return docs.length;
  } finally {
    conn.close();
  }
}

test('an ingest killed with SIGKILL midway leaves the store consistent, and a re-run completes it', async (t) => {
  const dir = tempFolder(t);
  const inbox = join(dir, 'inbox');
  const db = join(dir, 'store.db');
  const total = 400;
  writeReadouts(inbox, total);
  const child = spawn(process.execPath, [BIN, 'ingest', inbox, '--db', db], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Kill it once it has stored a few documents (and well before it could finish).
  while (documentCount(db) < 3 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
  child.kill('SIGKILL');
  const signal = await exited;
  assert.equal(signal, 'SIGKILL', 'the ingest was killed, not finished');
  const stored = assertConsistent(db);
  assert.ok(stored >= 3 && stored < total, `part of the batch stored (${stored} of ${total})`);

  const rerun = runCli(['ingest', inbox, '--db', db, '--format', 'json']);
  assert.equal(rerun.status, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.deepEqual([summary.added, summary.unchanged, summary.failed.length], [total - stored, stored, 0]);
  assert.equal(assertConsistent(db), total);
});

test('two ingest processes on one store at once both succeed', async (t) => {
  const dir = tempFolder(t);
  const db = join(dir, 'store.db');
  writeReadouts(join(dir, 'a'), 60, 0);
  writeReadouts(join(dir, 'b'), 60, 40); // 20 files' content in both folders
  const run = (folder: string) => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', folder, '--db', db, '--format', 'json']);
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
  const [a, b] = await Promise.all([run(join(dir, 'a')), run(join(dir, 'b'))]);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  const sa = JSON.parse(a.out), sb = JSON.parse(b.out);
  assert.equal(sa.added + sb.added, 100, 'every distinct readout stored once');
  assert.equal(sa.unchanged + sb.unchanged, 20, 'the shared ones once each as unchanged');
  assert.equal(assertConsistent(db), 100);
});
