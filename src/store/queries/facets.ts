// Facets, as Datasette shows them beside a table: for each field a list has, the values its rows
// take and how many rows take each, with the rows narrowed to the values chosen. One definition
// per list (field name → the values a row takes); the same code filters, counts and sorts every list
// on every backend, so SQLite and PostgreSQL give one answer.
import type { FacetCounts } from '../types.ts';

/** A field a list can be narrowed by: the values one row takes (none, one, or several: issues, countries). */
export type FacetFields<T> = Record<string, (row: T) => readonly (string | null | undefined)[]>;

/** Values shown per facet, the most frequent first. */
const SHOWN = 30;

const valuesOf = <T>(field: (row: T) => readonly (string | null | undefined)[], row: T): string[] =>
  field(row).filter((v): v is string => typeof v === 'string' && v !== '');

/**
 * Keeps the rows that take every chosen value (case-insensitive) and counts each facet's values.
 * A facet's counts are over the rows the other choices keep, so a chosen facet still lists the
 * values one could switch to, and every other facet counts exactly the rows shown.
 */
export function applyFacets<T>(rows: readonly T[], fields: FacetFields<T>, chosen: Record<string, string | undefined>): { rows: T[]; facets: FacetCounts } {
  const active = Object.entries(chosen).filter((e): e is [string, string] => fields[e[0]] !== undefined && !!e[1]);
  const matches = (row: T, name: string, value: string) => valuesOf(fields[name]!, row).some((v) => v.toLowerCase() === value.toLowerCase());
  const kept = rows.filter((row) => active.every(([name, value]) => matches(row, name, value)));
  const facets: FacetCounts = {};
  for (const [name, field] of Object.entries(fields)) {
    const others = active.filter(([n]) => n !== name);
    const base = others.length === active.length ? kept : rows.filter((row) => others.every(([n, v]) => matches(row, n, v)));
    const counts = new Map<string, number>();
    for (const row of base) for (const v of new Set(valuesOf(field, row))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const selected = chosen[name]?.toLowerCase();
    facets[name] = [...counts].map(([value, count]) => ({ value, count, ...(value.toLowerCase() === selected ? { selected: true } : {}) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .filter((v, i) => i < SHOWN || v.selected);
  }
  return { rows: kept, facets };
}

/** The columns a list sorts by: each gives the key of a row (null sorts last either way). */
export type SortKeys<T> = Record<string, (row: T) => string | number | null | undefined>;

/** Sorts by one column, ascending or descending, keeping the list's own order among equals. */
export function sortRows<T>(rows: readonly T[], keys: SortKeys<T>, sort: string | undefined, dir: 'asc' | 'desc' = 'asc'): T[] {
  const keyOf = sort ? keys[sort] : undefined;
  if (!keyOf) return [...rows];
  const sign = dir === 'desc' ? -1 : 1;
  return rows.map((row, i) => ({ row, i, k: keyOf(row) })).sort((a, b) => {
    const an = a.k === null || a.k === undefined || a.k === '', bn = b.k === null || b.k === undefined || b.k === '';
    if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'en', { sensitivity: 'base' });
    return sign * c || a.i - b.i;
  }).map((x) => x.row);
}
