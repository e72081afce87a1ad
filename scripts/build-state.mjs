// Whether dist/ holds a build of the current sources: shared by the build (which records it)
// and bin/readout (which checks it on every start, so it must be cheap: one walk of src/ reading
// names and modification times, no file contents).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const STAMP = join(DIST, 'build-stamp.json');
/** What bin/readout runs when the build is current. */
export const BUILT_CLI = join(DIST, 'src', 'cli', 'main.js');

/** The files the CLI is built from: everything under src/ but the tests. */
export function sourceFiles(dir = join(ROOT, 'src'), out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (!entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The stamp a build writes: when it started, and which files it was built from. */
export function stampFor(startedAt, files = sourceFiles()) {
  return { startedAt, files: files.map((f) => f.slice(ROOT.length)).sort().join('\n') };
}

/**
 * True when dist/ was built from the sources as they are: the same files, none changed since the
 * build started. A missing or unreadable stamp (never built, or a build under way) is not current.
 */
export function buildIsCurrent() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  const files = sourceFiles();
  if (stampFor(0, files).files !== stamp.files) return false;
  return files.every((f) => statSync(f).mtimeMs <= stamp.startedAt);
}
