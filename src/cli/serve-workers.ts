// `readout serve --workers N`: N server processes over the same store and one port (node:cluster
// hands each new connection to one of them), so reads are answered on more than one core. The
// primary process ingests, then forks the workers and prints the address once they all listen;
// a worker that cannot listen sends its one-line reason, and the primary exits with it. Every
// cache a server keeps is keyed by the store's generation, which a worker reads from the store
// on each request, so a write through one worker is seen by the others.
import cluster, { type Worker } from 'node:cluster';

export interface WorkerReady { kind: 'ready'; url: string }
export interface WorkerFailed { kind: 'failed'; message: string }
export type WorkerMessage = WorkerReady | WorkerFailed;

export const isServeWorker = (): boolean => cluster.isWorker;

/** In a worker: tells the primary how starting went. */
export function reportToPrimary(message: WorkerMessage): void {
  process.send?.(message);
}

export interface ServerProcesses { url: string; stop(): Promise<void> }

/** Forks `count` workers (they re-run this command) and resolves when all listen; rejects with the first failure. */
export function forkServers(count: number): Promise<ServerProcesses> {
  const workers: Worker[] = [];
  let stopping = false;
  return new Promise((resolve, reject) => {
    let ready = 0;
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      stopAll().then(() => reject(new Error(message)));
    };
    const stopAll = async () => {
      stopping = true;
      await Promise.all(workers.map((w) => (w.isDead() ? Promise.resolve() : new Promise<void>((done) => { w.once('exit', () => done()); w.kill('SIGTERM'); }))));
    };
    for (let i = 0; i < count; i++) {
      const w = cluster.fork();
      workers.push(w);
      w.on('message', (m: WorkerMessage) => {
        if (m.kind === 'failed') fail(m.message);
        else if (m.kind === 'ready' && ++ready === count && !settled) {
          settled = true;
          resolve({ url: m.url, stop: stopAll });
        }
      });
      w.on('exit', (code, signal) => {
        if (stopping) return;
        if (!settled) fail(`a server process exited before listening (${signal ?? `code ${code}`})`);
        else process.stderr.write(`readout: a server process exited (${signal ?? `code ${code}`}); the others go on serving\n`);
      });
    }
  });
}
