// Checks the commitment gold against the corpus it points at: the JSON parses, every file named exists,
// and every anchor (commitment, evidence, negative) occurs in its file, once, after whitespace is collapsed.
// Usage: node test/gold/commitments/check.mjs [corpusFolder]   (default: ../shared/corpus/real)
// Reads only the gold and the corpus; it does not use Readout.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/corpus/real/', import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'real-commitments.json'), 'utf8'));
if (!existsSync(corpus)) {
  console.error(`check: ${corpus} is absent, cannot check anchors`);
  process.exit(2);
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const texts = new Map();
function text(file) {
  if (!texts.has(file)) {
    const path = join(corpus, file);
    texts.set(file, existsSync(path) ? collapse(readFileSync(path, 'utf8')) : null);
  }
  return texts.get(file);
}

const problems = [];
function checkAnchor(where, file, anchor) {
  const t = text(file);
  if (t === null) return problems.push(`${where}: file ${file} not found`);
  if (typeof anchor !== 'string' || !anchor.trim()) return problems.push(`${where}: empty anchor`);
  const a = collapse(anchor);
  const first = t.indexOf(a);
  if (first < 0) return problems.push(`${where}: anchor not found in ${file}: "${anchor}"`);
  if (t.indexOf(a, first + 1) >= 0) problems.push(`${where}: anchor occurs more than once in ${file}: "${anchor}"`);
}

for (const d of gold.documents) if (text(d.file) === null) problems.push(`document ${d.file} not found`);
for (const c of gold.commitments) {
  checkAnchor(c.id, c.file, c.anchor);
  if (c.evidence) checkAnchor(`${c.id} evidence`, c.evidence.file, c.evidence.anchor);
  if (c.coveredBy && text(c.coveredBy) === null) problems.push(`${c.id}: coveredBy ${c.coveredBy} not found`);
}
gold.negatives.forEach((n, i) => checkAnchor(`negative ${i + 1}`, n.file, n.anchor));

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check: ok — ${gold.documents.length} documents, ${gold.commitments.length} commitments, ${gold.negatives.length} negatives`);
