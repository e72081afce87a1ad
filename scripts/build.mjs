#!/usr/bin/env node
// Builds dist/: type-checks the whole program once (src, bench, scripts, test: tsconfig.build.json)
// and emits it as JavaScript, copies the data files src/ reads at run time (the taxonomy), and
// stamps the build so bin/readout runs it only while the sources are unchanged. Runs as npm's
// `prepare` (so `npm ci` builds) and at the start of `npm test`. A type error fails the build
// and leaves no stamp: bin/readout then runs the sources through tsx.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DIST, ROOT, STAMP, sourceFiles, stampFor } from './build-state.mjs';

const TS = /\.tsx?$/;
const startedAt = Date.now();
rmSync(STAMP, { force: true });

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without dev dependencies has no compiler: bin/readout runs the sources (tsx).
  process.stderr.write('build: typescript is not installed; bin/readout will run the sources through tsx\n');
  process.exit(0);
}

const compile = () => spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit', cwd: ROOT }).status;
const outputOf = (source) => join(DIST, relative(ROOT, source)).replace(TS, '.js');

let status = compile();
const sources = sourceFiles();
// The incremental build trusts its record of what it emitted; an output removed by hand is re-emitted.
if (status === 0 && sources.some((f) => TS.test(f) && !existsSync(outputOf(f)))) {
  rmSync(join(DIST, '.tsbuildinfo'), { force: true });
  status = compile();
}
if (status !== 0) process.exit(status ?? 1);

// Data files the sources read beside themselves (the issue taxonomy); notes stay in src/.
for (const file of sources) {
  if (TS.test(file) || extname(file) === '.md') continue;
  mkdirSync(dirname(outputOf(file)), { recursive: true });
  copyFileSync(file, outputOf(file));
}

// Outputs whose source is gone (renamed, deleted) must not linger where an import could find them.
const wanted = new Set(sources.map(outputOf));
function prune(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) prune(path);
    else if (!wanted.has(path) && !path.endsWith('.test.js')) rmSync(path);
  }
}
if (existsSync(join(DIST, 'src'))) prune(join(DIST, 'src'));

writeFileSync(STAMP, JSON.stringify(stampFor(startedAt, sources)) + '\n');
