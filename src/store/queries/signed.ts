// Signed and issued documents (treaties, MoUs, joint statements) across readouts: narrowed by
// facet (kind, party, year, issue, entry into force), sorted by any column, then paged.
import type { OutcomeKind, Span } from '../../record.ts';
import type { FacetedPage, ListSignedDocumentsOptions, SignedDocumentRow } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { currentDocuments, issueTags, key, pageBounds, parseJson, type QueryContext } from './context.ts';
import { applyFacets, sortRows, type FacetFields, type SortKeys } from './facets.ts';

/** The facets of the registry; `yearOf` gives a row's stored year of signature (set where the date is only a year). */
const signedFacets = (yearOf: Map<SignedDocumentRow, number | null>): FacetFields<SignedDocumentRow> => ({
  kind: (r) => [r.kind],
  party: (r) => r.parties,
  year: (r) => [yearOf.get(r)?.toString() ?? r.date?.slice(0, 4)],
  issue: (r) => r.issues,
  entryIntoForce: (r) => [r.entryIntoForce],
});

const SIGNED_SORTS: SortKeys<SignedDocumentRow> = {
  date: (r) => r.date, title: (r) => r.title, kind: (r) => r.kind, parties: (r) => r.parties.join(', '),
  entryIntoForce: (r) => r.entryIntoForce, source: (r) => r.docTitle,
};
const SIGNED_SORT_COLUMNS = Object.keys(SIGNED_SORTS);

export async function listSignedDocuments(ctx: QueryContext, options: ListSignedDocumentsOptions = {}): Promise<FacetedPage<SignedDocumentRow>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  if (options.entryIntoForce && !['on-signature', 'after-approval'].includes(options.entryIntoForce)) {
    throw new StoreInputError(`entryIntoForce must be on-signature or after-approval, got ${options.entryIntoForce}`);
  }
  if (options.sort && !SIGNED_SORTS[options.sort]) throw new StoreInputError(`sort must be one of ${SIGNED_SORT_COLUMNS.join(', ')}, got ${options.sort}`);
  const rows = await ctx.db.selectFrom('outcomes').innerJoin('documents', 'documents.doc_id', 'outcomes.doc_id').where('documents.is_current', '=', 1)
    .selectAll('outcomes').orderBy('outcomes.date').orderBy('documents.seq').orderBy('outcomes.ord').execute();
  const [docs, tags] = await Promise.all([currentDocuments(ctx.db), issueTags(ctx.db, 'document')]);
  const yearOf = new Map<SignedDocumentRow, number | null>();
  const all = rows.map((o): SignedDocumentRow => {
    const row: SignedDocumentRow = {
      docId: o.doc_id, docTitle: docs.get(o.doc_id)?.title ?? '', outcomeId: o.outcome_id, title: o.title, kind: o.kind as OutcomeKind,
      category: o.category, parties: parseJson(o.parties_json, []), signatories: parseJson(o.signatories_json, []), date: o.date,
      signedAtCeremony: o.signed_at_ceremony === null ? null : o.signed_at_ceremony === 1,
      entryIntoForce: o.entry_into_force as SignedDocumentRow['entryIntoForce'], summary: o.summary,
      span: [o.span_start, o.span_end] as Span, issues: tags.get(key(o.doc_id, o.outcome_id)) ?? [],
    };
    yearOf.set(row, o.year);
    return row;
  });
  const { rows: kept, facets } = applyFacets(all, signedFacets(yearOf), {
    year: options.year?.toString(), kind: options.kind, party: options.party, issue: options.issue, entryIntoForce: options.entryIntoForce,
  });
  const sorted = sortRows(kept, SIGNED_SORTS, options.sort, options.dir);
  return {
    items: sorted.slice(offset, offset + limit), total: sorted.length, limit, offset, facets,
    ...(options.sort ? { sort: options.sort, dir: options.dir ?? 'asc' } : {}),
  };
}
