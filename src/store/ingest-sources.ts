// From command-line arguments (files, folders, URLs, "-") to stored documents: read, ingest,
// extract, store; each document on its own, so one bad input never stops the batch.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ingest, readSource, InputError, type SourceLimits } from '../ingest/index.ts';
import { listReadouts } from '../ingest/folders.ts';
import { extractRecord, type ExtractOptions } from '../extract/index.ts';
import type { IngestResult, Store } from './types.ts';

const isAddress = (arg: string) => /^https?:\/\//i.test(arg);

/** One input to read: a file path (absolute), a URL, or "-". */
export interface SourceArg { arg: string; key: string | null }

/** Expands folders (recursively, readable extensions only, sorted) and keeps files, URLs and "-" as given. Missing paths stay, to fail with their reason. */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-' || isAddress(arg)) { out.push(arg); continue; }
    let info;
    try { info = await stat(arg); } catch { out.push(arg); continue; }
    if (info.isDirectory()) out.push(...(await listReadouts(arg)));
    else out.push(arg);
  }
  return out;
}

export interface IngestOne { input: string; result?: IngestResult; error?: string }

/** Reads, extracts and stores one input. Errors come back as one line "input: reason". */
export async function ingestSource(store: Store, input: string, options: { extract?: ExtractOptions; limits?: Partial<SourceLimits> } = {}): Promise<IngestOne> {
  try {
    const source = await readSource(input, options.limits);
    const path = source.path && input !== '-' ? resolve(source.path) : source.path;
    const text = await ingest({ ...source, path });
    const { text: _text, ...meta } = text;
    const extract: ExtractOptions = { ...options.extract };
    const record = await extractRecord(text, extract);
    const key = input === '-' ? `stdin:${text.sha256}` : isAddress(input) ? (source.url ?? input) : (path ?? resolve(input));
    const result = await store.ingestDocument(record, { sourceKey: key, ingest: meta, extract });
    return { input, result };
  } catch (e) {
    const message = e instanceof InputError ? e.message : `${input}: ${(e as Error).message.split('\n')[0]}`;
    return { input, error: message };
  }
}

export interface IngestSummary {
  added: number; updated: number; unchanged: number;
  /** One line each: "input: reason". */
  failed: { input: string; message: string }[];
  results: IngestOne[];
}

export async function ingestSources(
  store: Store, args: string[], options: { extract?: ExtractOptions; onProgress?: (done: number, total: number, input: string) => void } = {},
): Promise<IngestSummary> {
  const inputs = await expandInputs(args);
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: [], results: [] };
  for (const [i, input] of inputs.entries()) {
    const one = await ingestSource(store, input, { extract: options.extract });
    summary.results.push(one);
    if (one.result) summary[one.result.status]++;
    else summary.failed.push({ input, message: one.error! });
    options.onProgress?.(i + 1, inputs.length, input);
  }
  // Also catches up after an earlier run that was interrupted before this step.
  await store.refreshPersons();
  return summary;
}
