// Store benchmark: ingest throughput (documents/s, whole pipeline and store writes alone) and
// query latency of the commands' store methods, on the seeds, the dev corpus and the examples.
// Run: node --import tsx bench/store.bench.ts [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import type { ReadoutRecord } from '../src/record.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { expandInputs, ingestSources } from '../src/pipeline/index.ts';
import { SHARED, EXAMPLES } from '../src/testing/shared.ts';

const asJson = process.argv.includes('--json');
const folders = [join(SHARED, 'seeds'), join(SHARED, 'corpus/dev'), EXAMPLES].filter((f) => existsSync(f));
const skipped = [join(SHARED, 'seeds'), join(SHARED, 'corpus/dev'), EXAMPLES].filter((f) => !existsSync(f));
const work = mkdtempSync(join(tmpdir(), 'readout-bench-'));

async function freshStore(n: number): Promise<Store> {
  return openStore({ db: join(work, `bench-${n}.db`) });
}

async function timeFor<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median and 95th percentile in ms over repeated calls, for about `budgetMs`. */
async function latency(fn: () => Promise<unknown>, budgetMs = 400): Promise<{ medianMs: number; p95Ms: number; runs: number }> {
  await fn(); // warm caches (persons, prepared pages)
  const times: number[] = [];
  const end = Date.now() + budgetMs;
  while (Date.now() < end || times.length < 5) times.push(await timeFor(fn));
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: round(times[Math.floor(times.length / 2)]), p95Ms: round(times[Math.floor(times.length * 0.95)]), runs: times.length };
}

const files = await expandInputs(folders);
let round = 0;

// Whole pipeline: read, ingest, extract, store, recompute people; a fresh store each round.
let pipelineDocs = 0, pipelineMs = 0;
while (pipelineMs < 3000 || round < 2) {
  const store = await freshStore(round++);
  pipelineMs += await timeFor(() => ingestSources(store, folders));
  pipelineDocs += files.length;
  await store.close();
}

// Store writes alone: the same records into fresh stores.
const source = await freshStore(round++);
await ingestSources(source, folders);
const records: ReadoutRecord[] = [];
for await (const r of source.exportRecords()) records.push(r);
let writeDocs = 0, writeMs = 0;
while (records.length && (writeMs < 2000 || writeDocs < records.length * 2)) {
  const store = await freshStore(round++);
  writeMs += await timeFor(async () => { for (const r of records) await store.ingestDocument(r); });
  writeDocs += records.length;
  await store.close();
}

const people = await source.listPeople({ limit: 1 });
const issues = await source.listIssues();
const word = records[0]?.document.title.match(/[A-Za-z]{6,}/)?.[0] ?? 'minister';
const queries: Record<string, () => Promise<unknown>> = {
  'listDocuments': () => source.listDocuments(),
  'listPeople (readout people)': () => source.listPeople(),
  'getPerson (readout person)': () => (people.items[0] ? source.getPerson(people.items[0].id) : Promise.resolve(null)),
  'listIssues (readout issues)': () => source.listIssues(),
  'issueTimeline (readout issue)': () => source.issueTimeline(issues[0]?.id ?? 'energy'),
  'listCommitments (readout commitments)': () => source.listCommitments({ asOf: '2026-01-01' }),
  [`search "${word}" (readout search)`]: () => source.search(word),
  'exportRecords (readout export)': async () => { for await (const _ of source.exportRecords()) { /* drain */ } },
  'stats': () => source.stats(),
};
const latencies: Record<string, Awaited<ReturnType<typeof latency>>> = {};
for (const [name, fn] of Object.entries(queries)) latencies[name] = await latency(fn);
await source.close();
rmSync(work, { recursive: true, force: true });

const result = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  corpus: { documents: files.length, folders, skipped },
  ingest: {
    pipelineDocsPerSecond: Math.round((pipelineDocs / pipelineMs) * 1000 * 10) / 10,
    storeWritesDocsPerSecond: writeMs ? Math.round((writeDocs / writeMs) * 1000 * 10) / 10 : 0,
  },
  queryLatency: latencies,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
};

if (asJson) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const out = [
    `store bench — ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}`,
    `corpus: ${files.length} documents${skipped.length ? ` (skipped, absent: ${skipped.join(', ')})` : ''}`,
    `ingest (read + extract + store + people): ${result.ingest.pipelineDocsPerSecond} documents/s`,
    `store writes alone (one transaction each):  ${result.ingest.storeWritesDocsPerSecond} documents/s`,
    'query latency (median / p95, ms):',
    ...Object.entries(latencies).map(([k, v]) => `  ${k.padEnd(40)} ${String(v.medianMs).padStart(8)} / ${String(v.p95Ms).padStart(8)}  (${v.runs} runs)`),
    `peak RSS: ${result.peakRssMB} MB`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}
