// `npm run bench`, first part: how long `bin/readout --help` takes, from spawn to exit, run as a
// user runs it: the built CLI (dist/, which `npm run bench` builds first), and the fallback from
// the sources through tsx (what runs when src/ changed since the build), with `node -e 0` for
// the cost of starting Node at all. `--json` prints the same figures as JSON.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../scripts/build-state.mjs';

const BIN = fileURLToPath(new URL('../bin/readout', import.meta.url));
const MAIN_TS = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const asJson = process.argv.includes('--json');

interface Timing { runs: number; minMs: number; medianMs: number; p95Ms: number }

function timeRuns(args: string[], runs: number): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x);
  return { runs, minMs: round(times[0]), medianMs: round(times[Math.floor(times.length / 2)]), p95Ms: round(times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]) };
}

if (!buildIsCurrent()) {
  process.stderr.write('bench: dist/ is not a build of the current sources; run `npm run build` (npm run bench does) to time the built CLI\n');
  process.exit(2);
}
const loadAtStart = loadavg()[0];
const result = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: Math.round(loadAtStart * 100) / 100 },
  node: timeRuns(['-e', '0'], 20),
  built: timeRuns([BIN, '--help'], 20),
  fromSources: timeRuns(['--import', 'tsx', MAIN_TS, '--help'], 5),
};

if (asJson) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const row = (name: string, t: Timing) => `| ${name} | ${t.runs} | ${t.minMs} | ${t.medianMs} | ${t.p95Ms} |`;
  process.stdout.write([
    `start-up bench — ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, load average ${result.machine.loadAverage}`,
    '',
    '| `readout --help`, spawn to exit | runs | min ms | median ms | p95 ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('built (dist/): what bin/readout runs', result.built),
    row('from the sources through tsx (src/ changed since the build)', result.fromSources),
    row('`node -e 0` (starting Node alone)', result.node),
    '',
  ].join('\n') + '\n');
}
