// The readout sets the benchmark runs over, read once into memory so the timing sees no disk.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchDocument { path: string; bytes: Uint8Array }
export interface BenchSet { name: string; dir: string; documents: BenchDocument[] }

/** A folder's *.txt files (`dir` as reported, `path` where it is), or the reason it cannot be read. */
export function loadSet(name: string, dir: string, path: string): BenchSet | { name: string; dir: string; missing: string } {
  let names: string[];
  try {
    names = readdirSync(path).filter((n) => n.endsWith('.txt')).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { name, dir, missing: code === 'ENOENT' ? 'no such folder' : `cannot read (${code ?? 'error'})` };
  }
  if (names.length === 0) return { name, dir, missing: 'no .txt files' };
  return { name, dir, documents: names.map((n) => ({ path: join(path, n), bytes: readFileSync(join(path, n)) })) };
}

/** Several folders as one set (the real corpus's publishers); a missing folder makes the set missing. */
export function loadSets(name: string, dir: string, paths: string[]): BenchSet | { name: string; dir: string; missing: string } {
  const documents: BenchDocument[] = [];
  for (const path of paths) {
    const one = loadSet(name, dir, path);
    if ('missing' in one) return { name, dir, missing: `${path}: ${one.missing}` };
    documents.push(...one.documents);
  }
  return { name, dir, documents };
}
