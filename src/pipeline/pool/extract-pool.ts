// A pool of extraction workers (worker_threads), one per core by default. The caller decides,
// from the content hash each worker reports first, whether the input needs extracting at all.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../../extract/index.ts';
import type { SourceLimits } from '../../ingest/index.ts';
import type { ReadoutRecord } from '../../record.ts';
import { failure, failureOf } from '../failure.ts';
import type { IngestMeta } from '../read.ts';
import type { FromWorker, ToWorker } from './messages.ts';

export type Prepared<T> =
  | { kind: 'record'; record: ReadoutRecord; key: string; meta: IngestMeta }
  | { kind: 'stored'; found: T }
  | { kind: 'failed'; message: string };

interface PrepareTask<T> {
  input: string;
  extract: ExtractOptions;
  limits?: Partial<SourceLimits>;
  /** Given the content hash: what is already stored under it (then extraction is skipped), or null. */
  lookup(sha256: string): Promise<T | null>;
}

export const defaultJobs = (): number => availableParallelism();

/**
 * How a worker starts. Built (dist/), this module is JavaScript and so is the worker's. From the
 * sources, workers load TypeScript through tsx whether the parent runs under `node --import tsx`
 * or bin/readout's in-process register(): a worker's entry cannot be a .ts file itself.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./extract-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); })`, { eval: true });
}

interface Running { task: PrepareTask<unknown>; id: number; settle(p: Prepared<unknown>): void }

class PoolWorker {
  readonly worker: Worker;
  running: Running | null = null;
  /** Has answered at least once (so it booted). */
  answered = false;
  constructor(onMessage: (w: PoolWorker, m: FromWorker) => void, onDeath: (w: PoolWorker, reason: string) => void) {
    this.worker = startWorker();
    this.worker.on('message', (m: FromWorker) => { this.answered = true; onMessage(this, m); });
    this.worker.on('error', (e) => onDeath(this, e.message.split('\n')[0]));
    this.worker.on('exit', (code) => onDeath(this, `exited with code ${code}`));
  }
  send(m: ToWorker): void { this.worker.postMessage(m); }
}

export class ExtractPool {
  readonly size: number;
  #workers: PoolWorker[] = [];
  #idle: PoolWorker[] = [];
  #queue: { task: PrepareTask<unknown>; settle(p: Prepared<unknown>): void }[] = [];
  #nextId = 0;
  #closed = false;
  /** Why workers cannot start (several died before answering): every input then fails with it. */
  #broken: string | null = null;
  #bootFailures = 0;

  constructor(size = defaultJobs()) {
    this.size = Math.max(1, Math.floor(size));
    for (let i = 0; i < this.size; i++) this.#spawn();
  }

  #spawn(): void {
    const w = new PoolWorker((pw, m) => this.#onMessage(pw, m), (pw, reason) => this.#onDeath(pw, reason));
    this.#workers.push(w);
    this.#release(w);
  }

  /** Reads, hashes and (unless `lookup` finds the hash stored) extracts one input on a worker. */
  prepare<T>(task: PrepareTask<T>): Promise<Prepared<T>> {
    if (this.#closed) return Promise.reject(new Error('extraction pool is closed'));
    if (this.#broken) return Promise.resolve({ kind: 'failed', message: failure(task.input, this.#broken).message });
    return new Promise((settle) => {
      this.#queue.push({ task: task as PrepareTask<unknown>, settle: settle as (p: Prepared<unknown>) => void });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#idle.length && this.#queue.length) {
      const w = this.#idle.pop()!;
      const { task, settle } = this.#queue.shift()!;
      const id = ++this.#nextId;
      w.running = { task, id, settle };
      w.send({ kind: 'read', id, input: task.input, limits: task.limits });
    }
  }

  #release(w: PoolWorker): void {
    w.running = null;
    this.#idle.push(w);
    this.#dispatch();
  }

  #finish(w: PoolWorker, result: Prepared<unknown>): void {
    const running = w.running!;
    this.#release(w);
    running.settle(result);
  }

  #onMessage(w: PoolWorker, m: FromWorker): void {
    const running = w.running;
    if (!running || running.id !== m.id) return;
    if (m.kind === 'failed') return this.#finish(w, { kind: 'failed', message: m.message });
    if (m.kind === 'extracted') return this.#finish(w, { kind: 'record', record: m.record, key: m.key, meta: m.meta });
    running.task.lookup(m.sha256).then(
      (found) => {
        if (w.running !== running) return;
        if (found !== null) {
          w.send({ kind: 'drop', id: m.id });
          this.#finish(w, { kind: 'stored', found });
        } else {
          w.send({ kind: 'extract', id: m.id, extract: running.task.extract });
        }
      },
      (e: Error) => {
        if (w.running !== running) return;
        w.send({ kind: 'drop', id: m.id });
        this.#finish(w, { kind: 'failed', message: failureOf(running.task.input, e, 'storing').message });
      },
    );
  }

  /** A worker that dies fails only its current input; a fresh worker takes its place. */
  #onDeath(w: PoolWorker, reason: string): void {
    if (!this.#workers.includes(w)) return;
    this.#workers = this.#workers.filter((x) => x !== w);
    this.#idle = this.#idle.filter((x) => x !== w);
    const running = w.running;
    w.running = null;
    if (running) running.settle({ kind: 'failed', message: failure(running.task.input, `extraction worker failed (${reason})`).message });
    if (!w.answered && ++this.#bootFailures > 3) {
      this.#broken = `extraction workers cannot start (${reason})`;
      for (const { settle, task } of this.#queue.splice(0)) settle({ kind: 'failed', message: failure(task.input, this.#broken!).message });
      return;
    }
    if (!this.#closed) this.#spawn();
  }

  async close(): Promise<void> {
    this.#closed = true;
    const workers = this.#workers;
    this.#workers = [];
    this.#idle = [];
    for (const { settle, task } of this.#queue.splice(0)) settle({ kind: 'failed', message: failure(task.input, 'extraction pool closed').message });
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
