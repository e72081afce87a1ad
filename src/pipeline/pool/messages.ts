// What the main thread (the single writer) and the extraction workers say to each other. Per
// input: read it and report its content hash; then, unless that hash is already stored, extract.
import type { ReadoutRecord } from '../../record.ts';
import type { SourceLimits } from '../../ingest/index.ts';
import type { ExtractOptions } from '../../extract/index.ts';
import type { IngestMeta } from '../read.ts';

export type ToWorker =
  | { kind: 'read'; id: number; input: string; limits?: Partial<SourceLimits> }
  | { kind: 'extract'; id: number; extract: ExtractOptions }
  | { kind: 'drop'; id: number };

export type FromWorker =
  | { kind: 'hashed'; id: number; sha256: string }
  | { kind: 'extracted'; id: number; record: ReadoutRecord; key: string; meta: IngestMeta }
  | { kind: 'failed'; id: number; message: string };
