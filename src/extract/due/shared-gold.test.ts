// The due dates of the gold commitments in ../shared (real readouts, read in place, never copied).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { collectNamedEvents, findDue } from './index.ts';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const present = existsSync(join(SHARED, 'eval', 'gold'));
const required = process.env.READOUT_REQUIRE_SHARED === '1';
const skip = !present && !required ? `../shared is absent (${SHARED}): set READOUT_REQUIRE_SHARED=1 to fail instead` : false;

interface GoldCommitment { action: string; due: { start: string; end: string } | null }
interface Gold { document: { date: string }; commitments?: GoldCommitment[] }

/** The commitment's sentence up to the end of its action: the clause an extractor hands findDue. */
function clauseOf(text: string, action: string): string | null {
  // Gold actions leave out words of the text (often the time itself): find the longest opening the text has.
  const words = action.split(/\s+/);
  let at = -1;
  for (let n = Math.min(4, words.length); n >= 2 && at < 0; n--) at = text.indexOf(words.slice(0, n).join(' '));
  if (at < 0) return null;
  const sentenceStart = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  return text.slice(sentenceStart, at + action.length);
}

test('gold due dates of the seed and dev readouts', { skip }, () => {
  assert.ok(present, `../shared is required (READOUT_REQUIRE_SHARED=1) but absent at ${SHARED}`);
  let checked = 0, withDue = 0;
  for (const [goldDir, textDir] of [['seeds', 'seeds'], ['dev', 'corpus/dev']]) {
    for (const file of readdirSync(join(SHARED, 'eval', 'gold', goldDir)).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(SHARED, 'eval', 'gold', goldDir, file), 'utf8')) as Gold;
      const text = readFileSync(join(SHARED, textDir, file.replace(/\.json$/, '.txt')), 'utf8');
      const events = collectNamedEvents(text, gold.document.date);
      for (const c of gold.commitments ?? []) {
        const clause = clauseOf(text, c.action);
        if (clause === null) continue;
        const got = findDue(clause, gold.document.date, events);
        assert.deepEqual(got && { start: got.start, end: got.end }, c.due && { start: c.due.start, end: c.due.end }, `${file}: ${clause}`);
        checked++;
        if (c.due) withDue++;
      }
    }
  }
  assert.ok(checked >= 30 && withDue >= 5, `too few gold commitments located (${checked}, ${withDue} with due dates)`);
});
