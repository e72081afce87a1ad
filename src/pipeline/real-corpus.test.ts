// Every readout of the real corpus (../shared/corpus/real: three publishers, about 2,600 files)
// ingests into a fresh store without a failure, and the store then holds each of them once with
// its facts: what a new user does first with a folder of real readouts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.ts';
import { sharedFolder } from '../testing/shared.ts';
import { ingestSources } from './index.ts';

test('real corpus: every document ingests without error and is stored once', { timeout: 15 * 60_000 }, async (t) => {
  const root = sharedFolder('corpus/real', t);
  if (!root) return;
  const folders = ['wh', 'sg', 'lk'].map((p) => join(root, p));
  const paths = folders.flatMap((f) => readdirSync(f).filter((x) => x.endsWith('.txt')).map((x) => join(f, x)));
  // A file whose bytes repeat another's (the corpus has one such pair) is that readout again: stored once.
  const files = new Set(paths.map((p) => createHash('sha256').update(readFileSync(p)).digest('hex'))).size;
  const dir = mkdtempSync(join(tmpdir(), 'readout-real-'));
  const store = await openStore({ db: join(dir, 'real.db') });
  try {
    const summary = await ingestSources(store, folders);
    assert.deepEqual(summary.failed.map((f) => String(f)), [], 'no document fails');
    assert.equal(summary.added, files, 'each distinct readout added once');
    assert.equal(summary.results.length, paths.length, 'every file answered');
    const stats = await store.stats();
    assert.equal(stats.documents, files);
    // Most are readouts of meetings and calls: the store must have found facts in them, not only text.
    assert.ok(stats.statements > files, `statements: ${stats.statements} for ${files} readouts`);
    const meetings = stats.meetingsByYear.reduce((n, y) => n + y.meetings, 0);
    // A floor against collapse, not a score (the extraction gold scores meetings): many lk and sg
    // releases are appointments and announcements, which hold no meeting.
    assert.ok(meetings > files / 3, `meetings: ${meetings} for ${files} readouts`);
    // Ingesting the same folders again changes nothing.
    const again = await ingestSources(store, folders);
    assert.equal(again.unchanged, paths.length);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
