// The batch runner: command-line arguments (files, folders, URLs, "-") to stored documents: read,
// ingest, extract, store; each document on its own, so one bad input never stops the batch. Extraction
// (CPU-bound) runs on worker threads, one per core; this thread is the single writer and stores
// documents in input order, one transaction each. An input whose content hash is already stored
// is not extracted at all.
import type { SourceLimits } from '../ingest/index.ts';
import type { ExtractOptions } from '../extract/index.ts';
import type { IngestResult, Store } from '../store/index.ts';
import { failureOf, type Failure } from './failure.ts';
import { expandInputs } from './inputs.ts';
import { extractText, readText, type ReadText } from './read.ts';
import { ExtractPool, defaultJobs, type Prepared } from './pool/extract-pool.ts';

interface IngestOne { input: string; result?: IngestResult; error?: string }

type Found = { sourceKey: string; version: number };

function unchanged(docId: string, found: Found): IngestResult {
  return { status: 'unchanged', docId, sourceKey: found.sourceKey, version: found.version, supersedes: null };
}

/** Stores what was prepared for one input (an extracted record, an already stored hash, or a failure). */
async function storePrepared(store: Store, input: string, prepared: Prepared<IngestResult>, extract: ExtractOptions): Promise<IngestOne> {
  if (prepared.kind === 'failed') return { input, error: prepared.message };
  if (prepared.kind === 'stored') return { input, result: prepared.found };
  try {
    return { input, result: await store.ingestDocument(prepared.record, { sourceKey: prepared.key, ingest: prepared.meta, extract }) };
  } catch (e) {
    return { input, error: failureOf(input, e, 'storing').message };
  }
}

/** Reads one input and, unless its content is already stored, extracts it, in this thread. */
async function prepareHere(store: Store, input: string, extract: ExtractOptions, limits?: Partial<SourceLimits>): Promise<Prepared<IngestResult>> {
  let read: ReadText;
  try {
    read = await readText(input, { limits, absolutePaths: true });
  } catch (e) {
    return { kind: 'failed', message: failureOf(input, e, 'reading').message };
  }
  try {
    const found = await store.storedVersion(read.text.sha256);
    if (found) return { kind: 'stored', found: unchanged(read.text.sha256, found) };
  } catch (e) {
    return { kind: 'failed', message: failureOf(input, e, 'storing').message };
  }
  const done = extractText(input, read, extract);
  return done.ok ? { kind: 'record', record: done.record, key: done.key, meta: done.meta } : { kind: 'failed', message: done.failure.message };
}

export interface IngestSummary {
  added: number; updated: number; unchanged: number;
  /** One line each: "input: reason". */
  failed: Failure[];
  /** In input order. */
  results: IngestOne[];
}

export interface IngestSourcesOptions {
  extract?: ExtractOptions;
  /** Extraction workers; default one per core. 1 extracts in this thread. */
  jobs?: number;
  onProgress?: (done: number, total: number, input: string) => void;
}

/** Below this many inputs, starting workers costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 4;

/** Most records written in one transaction: bounds the memory held for a commit and the work a failure repeats. */
const MAX_BATCH = 64;

export async function ingestSources(store: Store, args: string[], options: IngestSourcesOptions = {}): Promise<IngestSummary> {
  const inputs = await expandInputs(args);
  const extract: ExtractOptions = { ...options.extract };
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), inputs.length));
  const pool = jobs > 1 && inputs.length >= MIN_INPUTS_FOR_WORKERS ? new ExtractPool(jobs) : null;
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: [], results: [] };
  // Workers run ahead of the writer by a bounded window, so memory stays flat on large batches.
  const window = pool ? Math.max(pool.size * 4, MAX_BATCH) : 1;
  const prepared: Promise<Prepared<IngestResult>>[] = [];
  const settled = new Set<number>();
  const prepare = (input: string): Promise<Prepared<IngestResult>> =>
    // Standard input belongs to this thread; everything else goes to a worker.
    pool && input !== '-'
      ? pool.prepare({ input, extract, lookup: async (sha) => { const f = await store.storedVersion(sha); return f ? unchanged(sha, f) : null; } })
      : prepareHere(store, input, extract);
  const fill = (upTo: number) => {
    while (prepared.length < inputs.length && prepared.length < upTo) {
      const i = prepared.length;
      prepared.push(prepare(inputs[i]).then((p) => { settled.add(i); return p; }));
    }
  };
  const record = (i: number, one: IngestOne) => {
    summary.results.push(one);
    if (one.result) summary[one.result.status]++;
    else summary.failed.push({ input: inputs[i], message: one.error! });
    options.onProgress?.(i + 1, inputs.length, inputs[i]);
  };
  try {
    let i = 0;
    while (i < inputs.length) {
      fill(i + window);
      // The writer takes the next input and every later one already extracted, and commits them
      // together: when writing is the bottleneck, batches grow and commits (fsyncs) get rarer.
      const batch: { i: number; ready: Prepared<IngestResult> }[] = [{ i, ready: await prepared[i] }];
      while (batch.length < MAX_BATCH && i + batch.length < inputs.length && settled.has(i + batch.length)) {
        const j = i + batch.length;
        batch.push({ i: j, ready: await prepared[j] });
      }
      for (const b of batch) { delete prepared[b.i]; settled.delete(b.i); } // stored records are not kept
      await storeBatch(store, batch.map((b) => ({ input: inputs[b.i], ready: b.ready })), extract)
        .then((ones) => ones.forEach((one, k) => record(batch[k].i, one)));
      i += batch.length;
    }
  } finally {
    await pool?.close();
  }
  // People and commitment evidence, recomputed once for the batch, so that queries never wait for
  // them; also catches up after an earlier run that was interrupted before this step.
  await store.refreshDerived();
  return summary;
}

/** Stores the extracted records of a batch in one transaction; inputs already stored or failed pass through. */
async function storeBatch(store: Store, batch: { input: string; ready: Prepared<IngestResult> }[], extract: ExtractOptions): Promise<IngestOne[]> {
  const records = batch.flatMap((b, k) => (b.ready.kind === 'record' ? [{ k, ready: b.ready }] : []));
  if (records.length <= 1) return Promise.all(batch.map((b) => storePrepared(store, b.input, b.ready, extract)));
  const out: IngestOne[] = await Promise.all(batch.map((b) => (b.ready.kind === 'record' ? { input: b.input } : storePrepared(store, b.input, b.ready, extract))));
  const results = await store.ingestBatch(records.map(({ ready }) => ({ record: ready.record, options: { sourceKey: ready.key, ingest: ready.meta, extract } })));
  records.forEach(({ k }, n) => {
    const r = results[n];
    out[k] = r instanceof Error ? { input: batch[k].input, error: failureOf(batch[k].input, r, 'storing').message } : { input: batch[k].input, result: r };
  });
  return out;
}
