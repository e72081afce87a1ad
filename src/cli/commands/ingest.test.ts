// `readout ingest` and `readout reindex`, run as a user runs them (a child process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFolder, isOneLineError } from '../../store/test-cli.ts';
import { EXAMPLES } from '../../store/test-paths.ts';

const exampleCount = readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).length;

const READOUT = (extra = '') => `Meeting between Foreign Minister Anna Roth of Corvania and Prime Minister Ivo Brand of Osterland

June 2, 2022

Foreign Minister Anna Roth held talks with Prime Minister Ivo Brand in Halvmark on June 1.

Foreign Minister Roth stated that Corvania would expand its fisheries cooperation with Osterland.
${extra}`;

test('ingest: examples are added, a second run is unchanged, summaries in json and table', (t) => {
  const db = join(tempFolder(t), 'store.db');
  const first = runCli(['ingest', 'examples', '--db', db, '--format', 'json']);
  assert.equal(first.status, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.equal(summary.added, exampleCount, 'every example readout, and not the README');
  assert.deepEqual(summary.failed, []);
  assert.ok(summary.documents.every((d: { status: string; docId: string }) => d.status === 'added' && /^[0-9a-f]{64}$/.test(d.docId)));
  const second = runCli(['ingest', 'examples', '--db', db]);
  assert.equal(second.status, 0);
  assert.equal(second.stdout.trim(), `added 0, updated 0, unchanged ${exampleCount}, failed 0`);

  const reindex = runCli(['reindex', '--db', db, '--format', 'json']);
  assert.equal(reindex.status, 0, reindex.stderr);
  assert.equal(JSON.parse(reindex.stdout).reindexed, exampleCount);
  assert.deepEqual(JSON.parse(reindex.stdout).failed, []);
  const table = runCli(['reindex', '--db', db]);
  assert.match(table.stdout, new RegExp(`^reindexed ${exampleCount} \\(\\d+ changed\\), failed 0\n$`));
});

test('ingest: bad inputs are one line each in the summary, the batch goes on, exit status 1', (t) => {
  const dir = tempFolder(t);
  const folder = join(dir, 'inbox');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'good.txt'), READOUT());
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'sub', 'binary.txt'), Buffer.from([0x50, 0, 0, 1, 2, 0, 0xff, 0]));
  writeFileSync(join(folder, 'notes.csv'), 'not,a,readout');
  const run = runCli(['ingest', folder, join(dir, 'missing.txt'), '--db', join(dir, 's.db')]);
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines[0], 'added 1, updated 0, unchanged 0, failed 3');
  const failures = lines.slice(1).map((l) => l.replace(/^ {2}failed: /, ''));
  assert.equal(failures.length, 3);
  assert.ok(failures.some((l) => l.startsWith(join(folder, 'empty.txt') + ': ')));
  assert.ok(failures.some((l) => l.startsWith(join(folder, 'sub', 'binary.txt') + ': ')), 'folders are read recursively');
  assert.ok(failures.some((l) => l.startsWith(join(dir, 'missing.txt') + ': ')));
  assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');

  const json = runCli(['ingest', folder, '--db', join(dir, 's.db'), '--format', 'json']);
  assert.equal(json.status, 1);
  const summary = JSON.parse(json.stdout);
  assert.equal(summary.unchanged, 1);
  assert.equal(summary.failed.length, 2);
  assert.ok(summary.failed.every((f: { input: string; message: string }) => f.message.startsWith(f.input + ': ')));
});

test('ingest: a changed file keeps its earlier version', (t) => {
  const dir = tempFolder(t);
  const file = join(dir, 'readout.txt');
  const db = join(dir, 's.db');
  writeFileSync(file, READOUT());
  assert.equal(runCli(['ingest', file, '--db', db]).stdout.trim(), 'added 1, updated 0, unchanged 0, failed 0');
  writeFileSync(file, READOUT('\nPrime Minister Brand said that he would visit Corvania next year.\n'));
  const run = runCli(['ingest', file, '--db', db, '--format', 'json']);
  const summary = JSON.parse(run.stdout);
  assert.equal(summary.updated, 1);
  assert.equal(summary.documents[0].version, 2);
  assert.match(summary.documents[0].supersedes, /^[0-9a-f]{64}$/);
  const current = runCli(['export', '--db', db]).stdout.trim().split('\n');
  assert.equal(current.length, 1);
  assert.match(JSON.parse(current[0]).document.text, /visit Corvania next year/);
  const all = runCli(['export', '--db', db, '--all-versions']).stdout.trim().split('\n');
  assert.equal(all.length, 2);
});

test('ingest: the store is --db, else $READOUT_DB, else ./readout.db; standard input as -', (t) => {
  const dir = tempFolder(t);
  const viaEnv = runCli(['ingest', '-', '--format', 'json'], { input: READOUT(), env: { READOUT_DB: join(dir, 'env.db') } });
  assert.equal(JSON.parse(viaEnv.stdout).added, 1, viaEnv.stderr);
  assert.ok(existsSync(join(dir, 'env.db')));
  const viaCwd = runCli(['ingest', '-'], { input: READOUT(), cwd: dir });
  assert.equal(viaCwd.status, 0, viaCwd.stderr);
  assert.ok(existsSync(join(dir, 'readout.db')));
});

test('ingest: a store path that is not a store, and an unknown format, are one-line errors', (t) => {
  const dir = tempFolder(t);
  const notStore = join(dir, 'text.db');
  writeFileSync(notStore, 'plain text, not a database '.repeat(100));
  const run = runCli(['ingest', 'examples', '--db', notStore]);
  assert.ok(isOneLineError(run), run.stderr);
  assert.match(run.stderr, new RegExp(notStore.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.ok(isOneLineError(runCli(['ingest', 'examples', '--db', join(dir, 'x.db'), '--format', 'xml'])));
});
