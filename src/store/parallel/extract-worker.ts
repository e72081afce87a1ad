// One extraction worker: reads an input to text and hashes it, then (if the writer asks) runs
// the CPU-bound extraction on it. The text stays here between the two steps.
import { parentPort } from 'node:worker_threads';
import { extractRecord } from '../../extract/index.ts';
import { describeFailure, readInput, type ReadInput } from './read-input.ts';
import type { FromWorker, ToWorker } from './messages.ts';

if (!parentPort) throw new Error('extract-worker.ts runs as a worker thread');
const port = parentPort;
const read = new Map<number, { input: string; prepared: ReadInput }>();
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', async (m: ToWorker) => {
  if (m.kind === 'read') {
    try {
      const prepared = await readInput(m.input, m.limits);
      read.set(m.id, { input: m.input, prepared });
      post({ kind: 'hashed', id: m.id, sha256: prepared.text.sha256 });
    } catch (e) {
      post({ kind: 'failed', id: m.id, message: describeFailure(m.input, e) });
    }
  } else if (m.kind === 'extract') {
    const entry = read.get(m.id);
    read.delete(m.id);
    if (!entry) return post({ kind: 'failed', id: m.id, message: `task ${m.id}: nothing read to extract` });
    try {
      const record = extractRecord(entry.prepared.text, m.extract);
      post({ kind: 'extracted', id: m.id, record, key: entry.prepared.key, meta: entry.prepared.meta });
    } catch (e) {
      post({ kind: 'failed', id: m.id, message: describeFailure(entry.input, e) });
    }
  } else {
    read.delete(m.id);
  }
});
