// One extraction worker: reads an input to text and hashes it, then (if the writer asks) runs
// the CPU-bound extraction on it. The text stays here between the two steps.
import { parentPort } from 'node:worker_threads';
import { failure, failureOf } from '../failure.ts';
import { extractText, readText, type ReadText } from '../read.ts';
import type { FromWorker, ToWorker } from './messages.ts';

if (!parentPort) throw new Error('extract-worker.ts runs as a worker thread');
const port = parentPort;
const read = new Map<number, { input: string; prepared: ReadText }>();
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', async (m: ToWorker) => {
  if (m.kind === 'read') {
    try {
      const prepared = await readText(m.input, { limits: m.limits, absolutePaths: true });
      read.set(m.id, { input: m.input, prepared });
      post({ kind: 'hashed', id: m.id, sha256: prepared.text.sha256 });
    } catch (e) {
      post({ kind: 'failed', id: m.id, message: failureOf(m.input, e, 'reading').message });
    }
  } else if (m.kind === 'extract') {
    const entry = read.get(m.id);
    read.delete(m.id);
    if (!entry) return post({ kind: 'failed', id: m.id, message: failure(`task ${m.id}`, 'nothing read to extract').message });
    const done = extractText(entry.input, entry.prepared, m.extract);
    post(done.ok
      ? { kind: 'extracted', id: m.id, record: done.record, key: done.key, meta: done.meta }
      : { kind: 'failed', id: m.id, message: done.failure.message });
  } else {
    read.delete(m.id);
  }
});
