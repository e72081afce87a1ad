// The layout shows the pipeline: each stage imports only the stages before it, and no module
// imports itself round a circle (type imports included: a circle of types is a circle of ideas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * What each stage may import besides record.ts and the test helpers (src/testing): the stages
 * before it. The store keeps what the pipeline made, so it knows the corpus logic it stores the
 * results of, never how records are read or extracted. The routes and the front ends (api, web, cli) may use anything.
 */
const MAY_IMPORT: Record<string, string[]> = {
  ingest: [],
  segment: ['ingest'],
  extract: ['ingest', 'segment'],
  corpus: ['ingest', 'segment', 'extract'],
  store: ['corpus'],
  pipeline: ['ingest', 'segment', 'extract', 'corpus', 'store'],
};
const STAGES = new Set([...Object.keys(MAY_IMPORT), 'routes', 'api', 'web', 'cli']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

const IMPORT = /^\s*(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/gm;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1] ?? m[2]));
    graph.set(relative(SRC, file), targets.map((t) => relative(SRC, t)).filter((t) => !t.startsWith('..')));
  }
  return graph;
}

const stageOf = (file: string): string | undefined => (file.includes('/') ? file.split('/')[0] : undefined);

test('each stage imports only the stages before it (the store: the corpus logic, nothing of ingest, extract or the pipeline)', () => {
  const wrong: string[] = [];
  for (const [file, targets] of importGraph()) {
    const from = stageOf(file);
    const allowed = from ? MAY_IMPORT[from] : undefined;
    if (!from || !allowed) continue;
    for (const target of targets) {
      const to = stageOf(target);
      if (to && to !== from && STAGES.has(to) && !allowed.includes(to)) wrong.push(`${file} → ${target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no import circles', () => {
  const graph = importGraph();
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  assert.deepEqual(circles, []);
});
