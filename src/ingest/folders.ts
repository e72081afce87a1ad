// Which files in a folder are readouts: the readable formats, recursively, in name order;
// hidden files and README files describe a folder and are not readouts.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { READABLE_EXTENSIONS } from './readers.ts';

const isReadable = (name: string): boolean => READABLE_EXTENSIONS.includes(extname(name).toLowerCase());

export async function listReadouts(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || /^readme\./i.test(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isReadable(e.name)) out.push(p);
    }
  }
  await walk(dir);
  return out;
}
