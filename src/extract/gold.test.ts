// Gold tests: `bin/readout extract` on the shared seeds and dev corpus, scored by the shared
// scorer (../shared/eval/score.mjs) against the shared gold. The bars are the issues' own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, SHARED, sharedFolder } from '../testing/shared.ts';

interface Score {
  categories: Record<string, { f1: number; precision: number; recall: number }>;
  attributes: Record<string, { accuracy: number | null; n: number }>;
  document: { title: number; date: number };
}

function score(folder: string, gold: string): Score {
  const records = execFileSync(process.execPath, [BIN, 'extract', folder, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const dir = mkdtempSync(join(tmpdir(), 'readout-gold-'));
  try {
    const file = join(dir, 'records.jsonl');
    writeFileSync(file, records);
    const out = execFileSync(process.execPath, [SHARED + 'eval/score.mjs', '--gold', SHARED + 'eval/gold/' + gold, '--pred', file, '--json'], { encoding: 'utf8' });
    return JSON.parse(out) as Score;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function atLeast(what: string, got: number | null | undefined, bar: number) {
  assert.ok(got != null && got >= bar, `${what}: ${got == null ? 'n/a' : got.toFixed(3)} is below ${bar}`);
}

test('seeds: extraction meets the issues\' bars on the gold', (t) => {
  const folder = sharedFolder('seeds', t);
  if (!folder) return;
  const s = score(folder, 'seeds');
  for (const c of ['persons', 'meetings', 'documents']) atLeast(`seeds ${c} F1`, s.categories[c].f1, 0.95);
  atLeast('seeds statements F1', s.categories.statements.f1, 0.95);
  atLeast('seeds commitments F1', s.categories.commitments.f1, 0.9);
  for (const a of ['documents.kind', 'documents.signatories', 'documents.entryIntoForce', 'documents.signedAtCeremony']) atLeast(`seeds ${a}`, s.attributes[a].accuracy, 0.95);
  atLeast('seeds persons.title', s.attributes['persons.title'].accuracy, 0.9);
  atLeast('seeds statements.act', s.attributes['statements.act'].accuracy, 0.9);
  atLeast('seeds statements.date', s.attributes['statements.date'].accuracy, 0.9);
  atLeast('seeds commitments.due', s.attributes['commitments.due'].accuracy, 0.9);
  assert.equal(s.document.title, 1, 'every seed title is read');
  assert.equal(s.document.date, 1, 'every seed date is read');
});

test('dev corpus: extraction meets the issues\' bars on the gold', (t) => {
  const folder = sharedFolder('corpus/dev', t);
  if (!folder) return;
  const s = score(folder, 'dev');
  for (const c of ['persons', 'meetings', 'documents', 'statements']) atLeast(`dev ${c} F1`, s.categories[c].f1, 0.85);
  atLeast('dev commitments F1', s.categories.commitments.f1, 0.75);
  atLeast('dev persons.title', s.attributes['persons.title'].accuracy, 0.9);
  atLeast('dev statements.act', s.attributes['statements.act'].accuracy, 0.9);
  atLeast('dev commitments.due', s.attributes['commitments.due'].accuracy, 0.9);
  assert.equal(s.document.title, 1, 'every dev title is read');
  assert.equal(s.document.date, 1, 'every dev date is read');
});
