// Helpers for tests that run `bin/readout` in a child process against a temporary store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './test-paths.ts';
import { openStore } from './open.ts';
import { corvaniaVisit, lindVisit } from './test-fixtures.ts';

export const BIN = join(REPO, 'bin', 'readout');

interface CliRun { status: number | null; stdout: string; stderr: string }

export function runCli(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, READOUT_DB: undefined, NO_COLOR: '1', ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, input: options.input ?? '', cwd: options.cwd ?? REPO, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder removed when the test ends. */
export function tempFolder(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A store file holding the two hand-built fixture readouts (Corvania 2021, Lind's visit 2022). */
export async function fixtureStore(dir: string): Promise<string> {
  const db = join(dir, 'fixture.db');
  const store = await openStore({ db });
  await store.ingestDocument(corvaniaVisit());
  await store.ingestDocument(lindVisit());
  await store.refreshPersons();
  await store.close();
  return db;
}

/** Asserts-friendly: a one-line error on stderr, no stack trace. */
export function isOneLineError(run: CliRun): boolean {
  const lines = run.stderr.trim().split('\n');
  return run.status === 1 && lines.length === 1 && lines[0].startsWith('readout: ') && !/\n\s+at /.test(run.stderr);
}
