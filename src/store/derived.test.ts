import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceMemoryShortfall } from './derived.ts';

test('commitment evidence is computed when it fits in the heap, and otherwise skipped with the reason and the fix', () => {
  const heap = 4 * 2 ** 30;
  assert.equal(evidenceMemoryShortfall(50_000, heap), null, '50k commitments (a 10k-readout corpus) fit in 4 GB');
  const why = evidenceMemoryShortfall(500_000, heap);
  assert.match(why ?? '', /^500000 commitments need about 11\.2 GB to assess, more than this process's 4\.0 GB heap \(run with NODE_OPTIONS=--max-old-space-size=\d+\)$/);
  const needed = Number(/max-old-space-size=(\d+)/.exec(why!)![1]) * 2 ** 20;
  assert.equal(evidenceMemoryShortfall(500_000, needed), null, 'the heap the message names is enough');
});
