// Where tests find the shared readouts (../shared, read, never copied into the repo) and the
// repo's own examples. Tests that need ../shared skip with a message when it is absent, and
// fail instead when READOUT_REQUIRE_SHARED=1 (as CI sets it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/readout', import.meta.url));

/** A folder under ../shared, or null after marking the test skipped (a failure when READOUT_REQUIRE_SHARED=1). */
export function sharedFolder(sub: string, t: { skip(message?: string): void }): string | null {
  const path = SHARED + sub;
  if (existsSync(path)) return path;
  if (process.env.READOUT_REQUIRE_SHARED === '1') throw new Error(`${path} is missing and READOUT_REQUIRE_SHARED=1`);
  t.skip(`${path} is absent: shared readouts not available`);
  return null;
}
