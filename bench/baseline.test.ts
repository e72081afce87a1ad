import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareToBaseline, type BenchRun } from './baseline.ts';

function run(sentencesPerCpuSecond: number, helpMs: number, queryMs: number): BenchRun {
  const t = { runs: 5, minMs: helpMs, medianMs: helpMs, p95Ms: helpMs };
  return {
    date: '2026-01-01', loadAverage: 0,
    startup: { machine: { cpu: 'x', cores: 2, node: 'v20', loadAverage: 0 }, node: t, built: t, fromSources: t },
    extract: {
      machine: { cpu: 'x', cores: 2, node: 'v20', platform: 'linux', loadAverage: 0 },
      sets: [{ name: 'real', documents: 1, sentences: 10, sentencesPerSecond: 1, sentencesPerCpuSecond, segmentTokenizeSentencesPerCpuSecond: 1, costOverSegmentTokenize: 1 }],
      overall: { documents: 1, sentences: 10, sentencesPerSecond: 1, sentencesPerCpuSecond },
      peakRssMB: 100,
    },
    store: { corpus: { documents: 1 }, ingest: { pipelineDocsPerSecond: 100, storeWritesDocsPerSecond: 100 }, queryLatency: { search: { medianMs: queryMs, p95Ms: queryMs, runs: 5 } }, peakRssMB: 100 },
  };
}

test('a throughput more than 30 % below the baseline is a regression, 20 % is not', () => {
  assert.deepEqual(compareToBaseline(run(10000, 200, 5), run(8000, 200, 5)).regressions, []);
  const { regressions } = compareToBaseline(run(10000, 200, 5), run(6000, 200, 5));
  assert.equal(regressions.length, 2); // the set and the overall figure
  assert.match(regressions[0], /extraction, real: 6000 sentences\/cpu-s, baseline 10000 \(-40 %/);
});

test('a latency more than 30 % above the baseline is a regression unless it moved by under half a millisecond', () => {
  assert.equal(compareToBaseline(run(10000, 200, 0.1), run(10000, 200, 0.3)).regressions.length, 0);
  assert.deepEqual(compareToBaseline(run(10000, 200, 5), run(10000, 300, 5)).regressions, ['readout --help, built (median): 300 ms, baseline 200 (+50 %; lower is better)']);
});

test('a figure the baseline does not have is new, never a regression', () => {
  const base = run(10000, 200, 5);
  base.store.queryLatency = {};
  const { rows, regressions } = compareToBaseline(base, run(10000, 200, 5));
  assert.equal(regressions.length, 0);
  assert.equal(rows.find((r) => r.name.startsWith('query search'))?.change, 'new');
});
