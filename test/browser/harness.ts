// What the browser tests share: headless Debian chromium through playwright-core (skipped with a
// reason when the binary is missing, unless READOUT_REQUIRE_BROWSER=1), and a server on a free
// loopback port over a temporary store holding the examples and, when present, ../shared/seeds.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { exampleStore, type TestStore } from '../../src/web/testing.ts';
import { startServer, type RunningServer } from '../../src/web/server.ts';
import { SHARED } from '../../src/store/test-paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SEEDS = SHARED + 'seeds';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or null when they can. Throws when READOUT_REQUIRE_BROWSER=1. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `${CHROMIUM} is missing: browser tests skipped (run scripts/install-chromium.sh, or set CHROMIUM_PATH)`;
  if (process.env.READOUT_REQUIRE_BROWSER === '1') throw new Error(`${reason.split(':')[0]}: required by READOUT_REQUIRE_BROWSER=1`);
  return reason;
}

/** Whether ../shared/seeds can be ingested; throws when it is absent and READOUT_REQUIRE_SHARED=1. */
export function seedsPresent(): boolean {
  if (existsSync(SEEDS)) return true;
  if (process.env.READOUT_REQUIRE_SHARED === '1') throw new Error(`${SEEDS} is missing and READOUT_REQUIRE_SHARED=1`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface TestServer { url: string; store: TestStore; server: RunningServer; close(): Promise<void> }

export async function startTestServer(withSeeds: boolean): Promise<TestServer> {
  const store = await exampleStore(withSeeds ? [SEEDS] : []);
  const server = await startServer(store.store, { host: '127.0.0.1', port: 0 });
  return { url: server.url, store, server, close: async () => { await server.close(); await store.cleanup(); } };
}
