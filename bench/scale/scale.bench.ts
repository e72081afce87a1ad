// `npm run bench:scale [-- --sizes 1000,10000 --backends sqlite,postgres --clients 16 --seconds 10 --json]`
// For each size: generate a synthetic corpus (bench/scale/generate.ts) into a temp dir; for each
// backend: ingest it with the real parallel ingest (workers on every core, one writer), measure
// documents/s (wall and CPU), store size, and the time to recompute people and commitment
// evidence (ingest's last step); then start the
// server `readout serve` runs (./serve-child.ts) on the store and run a bounded load (N concurrent clients on loopback) of
// search, person page, issue timeline and commitments queries; p50/p95 each. Everything generated
// is removed at the end. PostgreSQL runs on a throwaway cluster (src/testing/postgres.ts) unless
// --pg-url names a server (a fresh database is created on it per run).
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateCorpus } from './generate.ts';
import { loadRun, queryKinds, startServe, type Latency } from './load.ts';
import { openStore } from '../../src/store/open.ts';
import { ingestSources } from '../../src/pipeline/index.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/testing/postgres.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    backends: { type: 'string', default: 'sqlite,postgres' },
    clients: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
    'max-requests': { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20260101' },
    jobs: { type: 'string' },
    'pg-url': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`bench:scale: ${message}\n`);
  process.exit(1);
}
const sizes = flags.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes: expected whole numbers, got ${flags.sizes}`);
const backends = flags.backends!.split(',').map((s) => s.trim());
for (const b of backends) if (b !== 'sqlite' && b !== 'postgres') fail(`--backends: sqlite or postgres, got ${b}`);
const timeoutMs = 30_000;
const clients = Number(flags.clients), seconds = Number(flags.seconds), maxRequests = Number(flags['max-requests']), seed = Number(flags.seed);
const jobs = flags.jobs ? Number(flags.jobs) : availableParallelism();
const log = (s: string) => process.stderr.write(`bench:scale: ${s}\n`);

// Words a reader searches for: topics, places, phrases (present in the generated readouts).
const SEARCH_WORDS = ['fisheries', 'undersea power cable', 'free trade agreement', '"joint economic commission"', 'coast guard', 'visa', 'offshore wind', 'cultural centre', 'marine environment', 'energy forum', 'rules of origin', 'catch data'];

interface Row {
  documents: number; backend: string; corpusMB: number;
  ingest: { wallS: number; cpuS: number; docsPerS: number; docsPerCpuS: number; storePhaseS: number; derivedS: number; failed: number; loadAvg: number[] };
  storeMB: number;
  queries: Record<string, Latency>;
  loadAvgDuringQueries: number[];
  error?: string;
}

const work = mkdtempSync(join(tmpdir(), 'readout-scale-'));
// Interrupted: remove what was generated (the throwaway cluster stops itself on exit).
process.once('SIGINT', () => { rmSync(work, { recursive: true, force: true }); process.exit(130); });
let cluster: ThrowawayPostgres | null = null;
const rows: Row[] = [];
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version,
  loadAvgAtStart: loadavg().map((x) => Math.round(x * 100) / 100), postgres: '' as string,
};

async function postgresUrl(name: string): Promise<{ url: string; size(): Promise<number>; drop(): Promise<void> }> {
  const admin = flags['pg-url'];
  if (admin) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
    await client.end();
    const url = admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
    return { url, size: () => databaseSize(url), drop: async () => { const c = new pg.Client({ connectionString: admin }); await c.connect(); await c.query(`drop database if exists "${name}" with (force)`); await c.end(); } };
  }
  cluster ??= await startThrowawayPostgres({ settings: { shared_buffers: '256MB' } });
  const url = await cluster.createDatabase(name);
  return { url, size: () => databaseSize(url), drop: () => cluster!.dropDatabase(name) };
}

async function databaseSize(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query('select pg_database_size(current_database()) as n, version() as v');
    machine.postgres = String(r.rows[0].v).split(' on ')[0];
    return Number(r.rows[0].n);
  } finally {
    await client.end();
  }
}

const sqliteSize = (file: string) => ['', '-wal', '-shm'].reduce((n, s) => n + (existsSync(file + s) ? statSync(file + s).size : 0), 0);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const secs = (ms: number) => Math.round(ms / 100) / 10;

try {
  for (const size of sizes) {
    const dir = join(work, `corpus-${size}`);
    log(`generating ${size} readouts (seed ${seed})…`);
    const corpus = generateCorpus({ seed, count: size, dir });
    for (const backend of backends) {
      const name = `readout_scale_${size}`;
      const pgdb = backend === 'postgres' ? await postgresUrl(name) : null;
      const file = join(work, `${name}.db`);
      const location = pgdb ? pgdb.url : file;
      log(`${backend}: ingesting ${size} documents with ${jobs} workers…`);
      const store = await openStore({ db: location });
      const load0 = loadavg();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      let lastStored = t0;
      const summary = await ingestSources(store, [dir], {
        jobs,
        onProgress: (done, total) => {
          lastStored = performance.now();
          if (done % 1000 === 0 || done === total) log(`  ${done}/${total} stored, ${secs(lastStored - t0)} s`);
        },
      });
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      await store.close();
      const cpuS = (cpu.user + cpu.system) / 1e6;
      const storeBytes = pgdb ? await pgdb.size() : sqliteSize(file);
      const row: Row = {
        documents: size, backend, corpusMB: mb(corpus.bytes),
        ingest: {
          wallS: secs(wall), cpuS: Math.round(cpuS * 10) / 10, docsPerS: Math.round(size / (wall / 1000)), docsPerCpuS: Math.round(size / cpuS),
          storePhaseS: secs(lastStored - t0), derivedS: secs(t0 + wall - lastStored),
          failed: summary.failed.length, loadAvg: load0.map((x) => Math.round(x * 100) / 100),
        },
        storeMB: mb(storeBytes), queries: {}, loadAvgDuringQueries: [],
      };
      log(`${backend}: ${size} documents in ${row.ingest.wallS} s (${row.ingest.docsPerS}/s, CPU ${row.ingest.cpuS} s), store ${row.storeMB} MB; load run with ${clients} clients…`);
      const server = await startServe(location).catch((e: Error) => { row.error = e.message; return null; });
      if (server) try {
        const kinds = await queryKinds(server.url, SEARCH_WORDS);
        for (const kind of kinds) {
          row.queries[kind.name] = await loadRun(server.url, kind, { clients, seconds, maxRequests, seed, timeoutMs });
          const q = row.queries[kind.name];
          log(`  ${kind.name}: ${q.requests} requests, p50 ${q.p50Ms} ms, p95 ${q.p95Ms} ms${q.errors ? `, ${q.errors} errors (${q.firstError})` : ''}`);
        }
        row.loadAvgDuringQueries = loadavg().map((x) => Math.round(x * 100) / 100);
      } catch (e) {
        row.error = (e as Error).message;
      } finally {
        await server?.stop();
      }
      rows.push(row);
      if (pgdb) await pgdb.drop(); else for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await (cluster as ThrowawayPostgres | null)?.stop();
  rmSync(work, { recursive: true, force: true });
}

if (flags.json) {
  process.stdout.write(JSON.stringify({ machine, clients, seconds, maxRequests, seed, jobs, rows }, null, 2) + '\n');
} else {
  const kinds = ['search', 'search, varied', 'person page', 'issue timeline', 'commitments'];
  const lines = [
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}${machine.postgres ? `, ${machine.postgres}` : ''}; load average at start ${machine.loadAvgAtStart.join(' ')}`,
    `ingest: ${jobs} extraction workers, one writer; queries: ${clients} concurrent clients on loopback against the server of readout serve (serve-child.ts), ${seconds} s or ${maxRequests} requests per query`,
    '',
    `| documents | backend | docs/s (wall) | docs per CPU-s | ingest s (people + evidence s) | store MB | ${kinds.map((k) => `${k} p50/p95 ms`).join(' | ')} |`,
    `| ---: | --- | ---: | ---: | ---: | ---: | ${kinds.map(() => '---:').join(' | ')} |`,
    ...rows.map((r) => `| ${r.documents} | ${r.backend} | ${r.ingest.docsPerS} | ${r.ingest.docsPerCpuS} | ${r.ingest.wallS} (${r.ingest.derivedS}) | ${r.storeMB} | ${kinds.map((k) => {
      const q = r.queries[k];
      return q ? `${q.p50Ms} / ${q.p95Ms}${q.errors ? ` (${q.errors} err)` : ''} [n=${q.requests}]` : '–';
    }).join(' | ')} |`),
    ...rows.filter((r) => r.error).map((r) => `${r.documents} ${r.backend}: ${r.error}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
