// For route and browser tests: a throwaway store holding the examples (and, when asked, the
// shared seed readouts), and the app over it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.ts';
import { ingestSources } from '../pipeline/index.ts';
import { EXAMPLES } from '../store/test-paths.ts';

/** The date the tests assess commitments at, so statuses do not drift with the calendar. */
export const AS_OF = '2026-01-01';

export interface TestStore { store: Store; dir: string; cleanup(): Promise<void> }

/** A new store in a temporary folder with the examples (and `extra` inputs) ingested. */
export async function exampleStore(extra: string[] = []): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-web-'));
  const store = await openStore({ db: join(dir, 'test.db') });
  const summary = await ingestSources(store, [EXAMPLES, ...extra]);
  if (summary.failed.length) throw new Error(`test store: ${summary.failed.map((f) => f.message).join('; ')}`);
  return {
    store, dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
