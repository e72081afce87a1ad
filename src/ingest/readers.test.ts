// The registry of formats is the one place a format is declared: ingest picks readers, folders
// list files and fetches accept media types from it alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingest, listReadouts, READERS, readerNamed } from './index.ts';

// Text no reader claims by its content: only its file name or media type can tell the format.
const NEUTRAL = 'Talks in Karsk\n\nMarch 14, 2024\n\nForeign Minister Edda Holm of Corvania met her Osterland counterpart.\n';

test('formats, extensions and media types each belong to one reader', () => {
  for (const key of ['format', 'extensions', 'mediaTypes'] as const) {
    const all = READERS.flatMap((r) => r[key]);
    assert.equal(new Set(all).size, all.length, `no ${key} claimed twice`);
  }
  for (const r of READERS) assert.equal(readerNamed(r.format), r);
  assert.equal(readerNamed('docx'), undefined);
});

test('a text format is read by its reader when its extension or media type says so', async () => {
  for (const reader of READERS.filter((r) => r.reads === 'text')) {
    for (const ext of reader.extensions) {
      const text = await ingest({ bytes: Buffer.from(NEUTRAL), path: `talks${ext}` });
      assert.equal(text.format, reader.format, `talks${ext}`);
    }
    for (const type of reader.mediaTypes) {
      const text = await ingest({ bytes: Buffer.from(NEUTRAL), url: 'https://example.test/talks', contentType: `${type}; charset=utf-8` });
      assert.equal(text.format, reader.format, type);
    }
  }
});

test('a folder lists the files of every extension a reader claims, and nothing else', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-readers-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const readable = READERS.flatMap((r) => r.extensions.map((ext) => `talks-${r.format}${ext.toUpperCase()}`));
  for (const name of [...readable, 'talks.docx', 'notes.json']) await writeFile(join(dir, name), NEUTRAL);
  assert.deepEqual((await listReadouts(dir)).map((p) => basename(p)).sort(), [...readable].sort());
});
