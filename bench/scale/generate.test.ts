// The scale generator: deterministic (same seed → same files), readouts of realistic sizes about
// fictional states, people who recur while their offices change, commitments with due dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, documentDate } from './generate.ts';

function corpusIn(t: { after(fn: () => void): void }, seed: number, count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'readout-gen-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = generateCorpus({ seed, count, dir });
  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  const digest = createHash('sha256');
  corpus.files.forEach((f, i) => digest.update(f.slice(dir.length)).update('\0').update(texts[i]));
  return { corpus, texts, digest: digest.digest('hex') };
}

test('the same seed writes the same files; another seed writes others', (t) => {
  const a = corpusIn(t, 42, 300), b = corpusIn(t, 42, 300), c = corpusIn(t, 43, 300);
  assert.equal(a.corpus.files.length, 300);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
});

test('readouts are dated in order, sized like real ones, in the examples\' shapes', (t) => {
  const { corpus, texts } = corpusIn(t, 7, 3000);
  const dates = corpus.files.map((f) => f.match(/(\d{4}-\d{2}-\d{2})/)![1]);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], '2000-01-01');
  assert.equal(documentDate(2999, 3000, 2000, 2025).slice(0, 4), '2025');
  const sizes = texts.map((x) => Buffer.byteLength(x)).sort((x, y) => x - y);
  assert.ok(sizes[0] >= 400 && sizes.at(-1)! <= 16_000, `sizes ${sizes[0]}…${sizes.at(-1)}`);
  assert.ok(sizes.at(-1)! >= 8_000, 'some long readouts');
  const mean = corpus.bytes / texts.length;
  assert.ok(mean > 1500 && mean < 6000, `mean size ${mean}`);
  const shape = (re: RegExp) => texts.filter((x) => re.test(x)).length;
  assert.ok(shape(/^Readout of .+'s Meeting with /) > 600, 'one-paragraph readouts');
  assert.ok(shape(/\nSummary of Results\n/) > 600, 'visit summaries');
  assert.ok(shape(/\nList of the Outcome Documents\n[\s\S]*\(Signatories: /) > 300, 'signed-document appendices');
  assert.ok(texts.every((x) => /^\w.+\n/.test(x) && /\n(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\n/.test(x)), 'a title and a date line');
});

test('people recur over the years and change offices; commitments have due dates and some are kept later', (t) => {
  const { texts } = corpusIn(t, 7, 3000);
  const heads = new Set<string>(), foreign = new Set<string>();
  const mentions = new Map<string, number>();
  for (const x of texts) {
    for (const m of x.matchAll(/(?:President|Prime Minister) of the [A-Z]\w+ of \w+ ([A-Z]\w+ [A-Z]\w+)/g)) heads.add(m[1]);
    for (const m of x.matchAll(/Minister for Foreign Affairs (?:of \w+ )?([A-Z]\w+ [A-Z]\w+)/g)) foreign.add(m[1]);
    for (const m of x.matchAll(/(?:President|Prime Minister|Minister[\w ]*?) ([A-Z]\w+ [A-Z][\wö]+)/g)) mentions.set(m[1], (mentions.get(m[1]) ?? 0) + 1);
  }
  const promoted = [...foreign].filter((p) => heads.has(p));
  assert.ok(promoted.length >= 1, 'a foreign minister later heads the government');
  assert.ok([...mentions.values()].filter((n) => n >= 20).length >= 10, 'people recur across many readouts');
  const promises = texts.flatMap((x) => [...x.matchAll(/stated that \w+ would (.+?) (in the (?:first|second) half of|by the end of) (\d{4})\./g)]);
  assert.ok(promises.length > 1000, 'commitments with due dates');
  assert.ok(texts.filter((x) => /welcomed that \w+ had .+ as (?:promised|\w+ had announced)\./.test(x)).length > 50, 'later readouts report kept commitments');
});
