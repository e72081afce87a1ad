// Parsing libraries load on their first use, not when the ingest stage is imported: a command
// that only starts (its --help, which lists the formats) never pays for the HTML, YAML or
// encoding-detection parsers.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package, loaded (synchronously, once) the first time it is asked for. */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
