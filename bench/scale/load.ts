// A bounded load run: N concurrent clients on loopback against `readout serve`'s JSON API, one
// query kind at a time, each for a fixed time or request budget; latency percentiles per kind.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './generate.ts';

const SERVE_CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url));

export interface Server { url: string; child: ChildProcess; stop(): Promise<void> }

/** Starts the server of `readout serve` on a free loopback port in a child process (./serve-child.ts) and waits for its address. */
export async function startServe(db: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE_CHILD, db], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let out = '', err = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not start in 120 s: ${err.trim().split('\n')[0]}`)); }, 120_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening (http:\/\/\S+?)\/?\s/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`readout serve exited (${code}): ${err.trim().split('\n')[0]}`)); });
  });
  // A server busy in a long CPU-bound request cannot act on SIGTERM until it finishes: kill it after a grace period.
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
  return { url, child, stop };
}

export interface QueryKind { name: string; path(pick: () => number): string }

export interface Latency { requests: number; errors: number; p50Ms: number; p95Ms: number; maxMs: number; perSecond: number; firstError?: string }

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const round = (x: number) => Math.round(x * 10) / 10;

/** `clients` loops, each issuing requests back to back, until `seconds` pass or `maxRequests` are sent. */
export async function loadRun(base: string, kind: QueryKind, options: { clients: number; seconds: number; maxRequests: number; seed: number; timeoutMs?: number }): Promise<Latency> {
  const pick = seededRandom(options.seed);
  const times: number[] = [];
  let sent = 0, errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline && sent < options.maxRequests) {
      sent++;
      const path = kind.path(pick);
      const t0 = performance.now();
      try {
        const res = await fetch(base + path, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${res.status} on ${path}`);
        times.push(performance.now() - t0);
      } catch (e) {
        errors++;
        const err = e as Error & { cause?: { code?: string; message?: string } };
        firstError ??= err.cause ? `${err.message}: ${err.cause.code ?? err.cause.message}` : err.message;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length, errors, p50Ms: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)),
    maxMs: round(times.at(-1) ?? NaN), perSecond: round(times.length / elapsed), ...(firstError ? { firstError } : {}),
  };
}

/** The four queries of the issue, with parameters drawn from what the store holds. */
export async function queryKinds(base: string, words: string[]): Promise<QueryKind[]> {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    return res.json() as Promise<T>;
  };
  // People an analyst would open: the most documented ones (the list is sorted that way).
  const listed = (await get<{ items: { id: string; surname: string }[] }>('/api/people?limit=200')).items;
  const people = listed.map((p) => p.id);
  const surnames = [...new Set(listed.map((p) => p.surname).filter(Boolean))];
  const topicWords = [...new Set(words.flatMap((w) => w.replace(/"/g, '').split(/\s+/)).filter((w) => w.length > 3))];
  const issues = (await get<{ items: { id: string }[] }>('/api/issues')).items.map((i) => i.id);
  const years = ['2005', '2010', '2015', '2020', '2024'];
  const at = <T>(xs: T[], pick: () => number) => xs[Math.floor(pick() * xs.length)];
  const kinds: QueryKind[] = [
    { name: 'search', path: (p) => `/api/search?q=${encodeURIComponent(at(words, p))}` },
    // A topic word and a person's surname: thousands of distinct queries, so a result cache rarely answers.
    { name: 'search, varied', path: (p) => `/api/search?q=${encodeURIComponent(`${at(topicWords, p)} ${surnames.length ? at(surnames, p) : at(topicWords, p)}`)}` },
    { name: 'person page', path: (p) => `/api/people/${encodeURIComponent(at(people, p))}` },
    { name: 'issue timeline', path: (p) => `/api/issues/${encodeURIComponent(at(issues, p))}/timeline` },
    { name: 'commitments', path: (p) => `/api/commitments?asOf=${at(years, p)}-06-30&limit=50${p() < 0.5 ? '&status=overdue' : ''}` },
  ];
  return kinds.filter((k) => (k.name === 'person page' ? people.length : k.name === 'issue timeline' ? issues.length : true));
}
