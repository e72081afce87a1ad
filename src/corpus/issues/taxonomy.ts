// The issue taxonomy: a shipped data file that users extend with their own (same id overrides, new id adds).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Issue } from '../types.ts';

export const SHIPPED_TAXONOMY = fileURLToPath(new URL('./taxonomy.yaml', import.meta.url));

/** A taxonomy file that cannot be used. `message` is one line naming the file and the reason. */
export class TaxonomyError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'TaxonomyError';
  }
}

/** Reads and checks one taxonomy file: a YAML list of { id, name, terms, parent?, cap?, not? }. */
export function readTaxonomyFile(file: string): Issue[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TaxonomyError(file, code === 'ENOENT' ? 'taxonomy file not found' : `cannot read taxonomy file (${code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new TaxonomyError(file, `not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) return [];
  const list = Array.isArray(data) ? data : (data as { issues?: unknown }).issues;
  if (!Array.isArray(list)) throw new TaxonomyError(file, 'expected a list of issues (id, name, terms)');
  return list.map((entry, i) => checkIssue(file, entry, i));
}

function checkIssue(file: string, entry: unknown, i: number): Issue {
  const where = `issue ${i + 1}`;
  if (typeof entry !== 'object' || entry === null) throw new TaxonomyError(file, `${where} is not a mapping with id, name and terms`);
  const e = entry as Record<string, unknown>;
  const id = typeof e.id === 'string' ? e.id.trim() : '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new TaxonomyError(file, `${where} needs an id made of lower-case letters, digits and dashes`);
  const name = typeof e.name === 'string' && e.name.trim() ? e.name.trim() : null;
  if (!name) throw new TaxonomyError(file, `issue "${id}" needs a name`);
  if (!Array.isArray(e.terms) || e.terms.length === 0 || !e.terms.every((t) => typeof t === 'string' || typeof t === 'number'))
    throw new TaxonomyError(file, `issue "${id}" needs a non-empty list of terms`);
  // The name is not a term: "housing" would find every "House" (stems): terms say what matches.
  const terms = [...new Set(e.terms.map((t) => String(t).trim()).filter(Boolean))];
  const parent = typeof e.parent === 'string' && e.parent.trim() ? e.parent.trim() : null;
  if (e.not !== undefined && (!Array.isArray(e.not) || !e.not.every((t) => typeof t === 'string')))
    throw new TaxonomyError(file, `issue "${id}": not must be a list of phrases`);
  if (e.cap !== undefined && !(Number.isInteger(e.cap) && (e.cap as number) > 0))
    throw new TaxonomyError(file, `issue "${id}": cap must be a Comparative Agendas Project major topic number`);
  const issue: Issue = { id, name, terms, parent };
  if (Array.isArray(e.not) && e.not.length) issue.not = (e.not as string[]).map((t) => t.trim()).filter(Boolean);
  if (typeof e.cap === 'number') issue.cap = e.cap;
  return issue;
}

/** Every parent must be an issue of the taxonomy, and no issue its own ancestor. */
function checkParents(issues: Map<string, Issue>, fileOf: Map<string, string>): void {
  for (const issue of issues.values()) {
    const seen = new Set([issue.id]);
    for (let p = issue.parent; p; p = issues.get(p)?.parent) {
      if (!issues.has(p)) throw new TaxonomyError(fileOf.get(issue.id)!, `issue "${issue.id}" has parent "${p}", which is not an issue`);
      if (seen.has(p)) throw new TaxonomyError(fileOf.get(issue.id)!, `issue "${issue.id}" is its own ancestor (through "${p}")`);
      seen.add(p);
    }
  }
}

/**
 * The shipped taxonomy, extended by a user file: `path`, else $READOUT_TAXONOMY when set.
 * A user issue with an existing id replaces it; a new id is added. Throws TaxonomyError on a bad file.
 */
export function loadTaxonomy(path?: string): Issue[] {
  const issues = new Map<string, Issue>();
  const fileOf = new Map<string, string>();
  for (const issue of readTaxonomyFile(SHIPPED_TAXONOMY)) { issues.set(issue.id, issue); fileOf.set(issue.id, SHIPPED_TAXONOMY); }
  const user = path ?? (process.env.READOUT_TAXONOMY || undefined);
  if (user) for (const issue of readTaxonomyFile(user)) { issues.set(issue.id, issue); fileOf.set(issue.id, user); }
  checkParents(issues, fileOf);
  return [...issues.values()];
}

/** The issue a user names: its id, or its name (case-insensitive), or else a unique issue whose name contains the words. */
export function findIssue(taxonomy: Issue[], idOrName: string): Issue | null {
  const want = idOrName.trim().toLowerCase();
  const exact = taxonomy.find((i) => i.id === want || i.name.toLowerCase() === want);
  if (exact) return exact;
  const partial = taxonomy.filter((i) => i.name.toLowerCase().includes(want) || i.terms.some((t) => t.toLowerCase() === want));
  return partial.length === 1 ? partial[0] : null;
}
