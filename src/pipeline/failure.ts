// How the pipeline words a failure, in one place: one line, "input: reason", whatever the stage
// that failed (reading, extracting, storing) and wherever it ran (this thread or a worker).
import { InputError } from '../ingest/index.ts';

/** An input that gave no stored record, and why: `message` is one line naming the input. */
export interface Failure { input: string; message: string }

type Stage = 'reading' | 'extracting' | 'storing';

/** A failure with a reason the pipeline words itself. */
export function failure(input: string, reason: string): Failure {
  return { input, message: `${input}: ${reason}` };
}

const firstLine = (e: unknown): string => ((e as Error)?.message ?? String(e)).split('\n')[0];

/**
 * A failure from what a stage threw. Input errors already name the input and the reason; an
 * extractor that throws has a bug, and says so; anything else keeps its first line.
 */
export function failureOf(input: string, e: unknown, stage: Stage): Failure {
  if (e instanceof InputError) return { input, message: e.message };
  return failure(input, stage === 'extracting' ? `extraction failed (${firstLine(e)})` : firstLine(e));
}
