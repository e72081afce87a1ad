// Command-line arguments → the inputs of a batch: folders expand to their readouts (recursively,
// readable formats only, in name order); files, URLs and "-" stay as given. A missing path stays
// too, to fail with its reason.
import { stat } from 'node:fs/promises';
import { listReadouts } from '../ingest/index.ts';
import { isAddress } from './read.ts';

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
