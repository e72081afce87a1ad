// The README's bench tables, made from a bench run (the committed `bench/baseline.json`), between
// the markers `<!-- bench:begin -->` and `<!-- bench:end -->`. `node --import tsx bench/tables.ts`
// rewrites them from the baseline; `npm run bench -- --update-baseline` does it after a run.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRun } from './baseline.ts';

const README = fileURLToPath(new URL('../README.md', import.meta.url));
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

const n = (x: number) => x.toLocaleString('en-US');

export function benchTables(run: BenchRun): string {
  const m = run.extract.machine;
  const lines = [
    `Figures from ${run.date} (\`bench/baseline.json\`), on ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${run.loadAverage} at the start.`,
    '',
    '| `readout --help`, spawn to exit | median ms | p95 ms |',
    '| --- | ---: | ---: |',
    `| built (\`dist/\`) | ${run.startup.built.medianMs} | ${run.startup.built.p95Ms} |`,
    `| from the sources through tsx | ${run.startup.fromSources.medianMs} | ${run.startup.fromSources.p95Ms} |`,
    `| \`node -e 0\` | ${run.startup.node.medianMs} | ${run.startup.node.p95Ms} |`,
    '',
    '| extraction (ingest + extract, one core) | docs | sentences | sentences/s | sentences per CPU-s | segment + tokenize alone, per CPU-s | extraction costs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...run.extract.sets.map((s) => `| ${s.name} | ${n(s.documents)} | ${n(s.sentences)} | ${n(s.sentencesPerSecond)} | ${n(s.sentencesPerCpuSecond)} | ${n(s.segmentTokenizeSentencesPerCpuSecond)} | ${s.costOverSegmentTokenize}× |`),
    `| overall | ${n(run.extract.overall.documents)} | ${n(run.extract.overall.sentences)} | ${n(run.extract.overall.sentencesPerSecond)} | ${n(run.extract.overall.sentencesPerCpuSecond)} | | |`,
    '',
    `Peak RSS of the extraction bench ${run.extract.peakRssMB} MB.`,
    '',
    `| store (SQLite, embedded; ${n(run.store.corpus.documents)} documents) | median ms | p95 ms |`,
    '| --- | ---: | ---: |',
    ...Object.entries(run.store.queryLatency).map(([q, t]) => `| ${q} | ${t.medianMs} | ${t.p95Ms} |`),
    '',
    `Ingest: ${run.store.ingest.pipelineDocsPerSecond} documents/s through the whole pipeline on this small corpus (worker threads start, people are recomputed at the end of the batch); store writes alone ${run.store.ingest.storeWritesDocsPerSecond} documents/s (one transaction each).`,
  ];
  return lines.join('\n');
}

export function writeReadmeTables(run: BenchRun, path = README): void {
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(BEGIN), b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path}: no ${BEGIN} … ${END} block to regenerate`);
  writeFileSync(path, text.slice(0, a + BEGIN.length) + '\n' + benchTables(run) + '\n' + text.slice(b));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as BenchRun;
  writeReadmeTables(baseline);
}
