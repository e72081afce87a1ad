// The expected commitment statuses of examples/README.md, read from its table (one source of truth).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export interface ExpectedCommitment { row: string; file: string; actors: string[]; phrase: string; due: string; status: string }

export function expectedCommitments(): ExpectedCommitment[] {
  const readme = readFileSync(new URL('README.md', `file://${EXAMPLES_DIR}`), 'utf8');
  const rows: ExpectedCommitment[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 9 || !/^\d+$/.test(cells[1])) continue;
    rows.push({ row: cells[1], file: cells[2], actors: cells[3].split('/').map((a) => a.trim()), phrase: cells[4], due: cells[5], status: cells[6] });
  }
  return rows;
}
