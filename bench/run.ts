// `npm run bench`: runs the start-up, extraction and store benches (each in its own process, as
// JSON), prints their figures, and compares them with the committed baseline `bench/baseline.json`.
// A figure more than 30 % behind its baseline fails the run (exit 1), so a regression is seen the
// day it lands. `--update-baseline` writes this run as the new baseline and regenerates the
// README's bench tables from it (`bench/tables.ts`). `--seconds N` is passed to the extraction bench.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { compareToBaseline, trackedFigures, type BenchRun } from './baseline.ts';
import { writeReadmeTables } from './tables.ts';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const BASELINE = `${HERE}baseline.json`;

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const update = args.includes('--update-baseline');
const seconds = args.includes('--seconds') ? args[args.indexOf('--seconds') + 1] : undefined;
for (const [i, a] of args.entries()) {
  if (a === '--update-baseline' || a === '--seconds' || args[i - 1] === '--seconds') continue;
  fail(`unknown option ${a} (options: --update-baseline, --seconds N)`);
}

function runJson(script: string, extra: string[] = []): unknown {
  process.stderr.write(`bench: ${script}…\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${HERE}${script}`, '--json', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) fail(`${script} exited with ${r.status ?? r.signal}`);
  try { return JSON.parse(r.stdout); } catch { fail(`${script} printed no JSON`); }
}

const loadAtStart = Math.round(loadavg()[0] * 100) / 100;
const run: BenchRun = {
  date: new Date().toISOString().slice(0, 10),
  loadAverage: loadAtStart,
  startup: runJson('startup.bench.ts') as BenchRun['startup'],
  extract: runJson('extract.bench.ts', seconds ? ['--seconds', seconds] : []) as BenchRun['extract'],
  store: runJson('store.bench.ts') as BenchRun['store'],
};

const figures = trackedFigures(run);
process.stdout.write(`Readout bench — ${run.extract.machine.cpu}, ${run.extract.machine.cores} cores, Node ${run.extract.machine.node}, load average ${loadAtStart} at start\n\n`);
if (update || !existsSync(BASELINE)) {
  writeFileSync(BASELINE, JSON.stringify(run, null, 2) + '\n');
  writeReadmeTables(run);
  for (const f of figures) process.stdout.write(`  ${f.name.padEnd(56)} ${String(f.value).padStart(10)} ${f.unit}\n`);
  process.stdout.write(`\nwrote bench/baseline.json and the README's bench tables from this run\n`);
  process.exit(0);
}
const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as BenchRun;
const report = compareToBaseline(baseline, run);
for (const row of report.rows) {
  const mark = row.regressed ? 'REGRESSED' : '';
  process.stdout.write(`  ${row.name.padEnd(56)} ${String(row.value).padStart(10)} ${row.unit.padEnd(14)} baseline ${String(row.baseline ?? '—').padStart(10)}  ${row.change}  ${mark}\n`);
}
if (report.regressions.length > 0) {
  process.stdout.write(`\nbench: ${report.regressions.length} figure(s) more than 30 % behind bench/baseline.json (${baseline.date}, load ${baseline.loadAverage}):\n`);
  for (const r of report.regressions) process.stdout.write(`  ${r}\n`);
  if (loadAtStart > 1) process.stdout.write(`note: the load average was ${loadAtStart} at the start: other work may have shared the cores; run again on an idle machine before believing it\n`);
  process.exit(1);
}
process.stdout.write(`\nno figure more than 30 % behind bench/baseline.json (${baseline.date}); \`npm run bench -- --update-baseline\` makes this run the baseline\n`);
