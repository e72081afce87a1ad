// Issue tags on the real corpus (../shared/corpus/real), against gold written by reading it
// (test/gold/issues/real-issue-sample.json): ≥ 95 % of readouts tagged, precision ≥ 90 % on the
// judged sample, and recall on the 40 documents whose issues were listed by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../ingest/index.ts';
import { extractRecord } from '../../extract/index.ts';
import { REPO, sharedFolder } from '../../testing/shared.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { readoutIssues } from './tag.ts';

interface Gold {
  precision: { document: string; issue: string; right: boolean; note?: string }[];
  recall: { document: string; issues: string[] }[];
}
const gold = JSON.parse(readFileSync(join(REPO, 'test/gold/issues/real-issue-sample.json'), 'utf8')) as Gold;

async function issuesOf(root: string, name: string, taxonomy: ReturnType<typeof loadTaxonomy>): Promise<string[]> {
  const path = join(root, name);
  const record = extractRecord(await ingest({ bytes: readFileSync(path), path }));
  return readoutIssues(record, taxonomy).map((t) => t.issue);
}

test('real corpus: ≥ 95 % of readouts carry an issue; the judged sample is ≥ 90 % right; recall on documents read', async (t) => {
  const root = sharedFolder('corpus/real', t);
  if (!root) return;
  const saved = process.env.READOUT_TAXONOMY;
  delete process.env.READOUT_TAXONOMY;
  try {
    const taxonomy = loadTaxonomy();
    const known = new Set(taxonomy.map((i) => i.id));
    for (const g of [...gold.precision.map((p) => p.issue), ...gold.recall.flatMap((r) => r.issues)]) assert.ok(known.has(g), `gold names issue ${g}`);

    const tags = new Map<string, string[]>();
    const perPublisher: Record<string, { tagged: number; all: number }> = {};
    for (const publisher of ['wh', 'sg', 'lk']) {
      for (const file of readdirSync(join(root, publisher)).filter((f) => f.endsWith('.txt')).sort()) {
        const name = `${publisher}/${file}`;
        const issues = await issuesOf(root, name, taxonomy);
        tags.set(name, issues);
        const p = (perPublisher[publisher] ??= { tagged: 0, all: 0 });
        p.all++;
        if (issues.length) p.tagged++;
      }
    }
    const all = Object.values(perPublisher).reduce((n, p) => n + p.all, 0);
    const tagged = Object.values(perPublisher).reduce((n, p) => n + p.tagged, 0);
    const coverage = tagged / all;

    // Precision over the judged decisions the tagger still makes (a decision it no longer makes is not a tag).
    for (const p of gold.precision) assert.ok(tags.has(p.document), `gold document ${p.document} is in the corpus`);
    const made = gold.precision.filter((p) => tags.get(p.document)!.includes(p.issue));
    const precision = made.filter((p) => p.right).length / made.length;

    let listed = 0;
    let found = 0;
    for (const r of gold.recall) {
      const have = new Set(tags.get(r.document) ?? assert.fail(`gold document ${r.document} is in the corpus`));
      listed += r.issues.length;
      found += r.issues.filter((i) => have.has(i)).length;
    }
    const recall = found / listed;
    const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
    t.diagnostic(`readouts tagged: ${tagged} of ${all} (${pct(coverage)}; ${Object.entries(perPublisher).map(([k, p]) => `${k} ${p.tagged}/${p.all}`).join(', ')})`);
    t.diagnostic(`precision: ${made.filter((p) => p.right).length} of ${made.length} judged tags right (${pct(precision)}; ${gold.precision.length - made.length} judged tags no longer made)`);
    t.diagnostic(`recall: ${found} of ${listed} issues listed by reading 40 readouts (${pct(recall)})`);
    assert.ok(coverage >= 0.95, `readouts tagged ${pct(coverage)} < 95 %`);
    assert.ok(made.length >= 120, `only ${made.length} judged decisions still made: judge a new sample`);
    assert.ok(precision >= 0.9, `precision ${pct(precision)} < 90 %`);
    assert.ok(recall >= 0.85, `recall ${pct(recall)} < 85 %`);
  } finally {
    if (saved !== undefined) process.env.READOUT_TAXONOMY = saved;
  }
});
