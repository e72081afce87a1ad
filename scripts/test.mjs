#!/usr/bin/env node
// Runs every *.test.ts under src/, test/ and bench/ with node's test runner (Node 20 has no --test globs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir, out = []) {
  let entries;
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// Files that start a server (PostgreSQL, Chromium) wait on it most of their time: they go first,
// so that the short files run beside them instead of after them.
const startsServer = (file) => /(^|\/)(postgres|browser)\//.test(file);

const only = process.argv.slice(2);
const all = [...find('src'), ...find('test'), ...find('bench')].sort();
const files = only.length ? only : [...all.filter(startsServer), ...all.filter((f) => !startsServer(f))];
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
