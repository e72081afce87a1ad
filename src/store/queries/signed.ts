// Signed and issued documents (treaties, MoUs, joint statements) across readouts.
import type { OutcomeKind, Span } from '../../record.ts';
import type { ListSignedDocumentsOptions, Page, SignedDocumentRow } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { currentDocuments, issueTags, key, pageBounds, parseJson, type QueryContext } from './context.ts';

export async function listSignedDocuments(ctx: QueryContext, options: ListSignedDocumentsOptions = {}): Promise<Page<SignedDocumentRow>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  if (options.entryIntoForce && !['on-signature', 'after-approval'].includes(options.entryIntoForce)) {
    throw new StoreInputError(`entryIntoForce must be on-signature or after-approval, got ${options.entryIntoForce}`);
  }
  let q = ctx.db.selectFrom('outcomes').innerJoin('documents', 'documents.doc_id', 'outcomes.doc_id').where('documents.is_current', '=', 1);
  if (options.kind) q = q.where('outcomes.kind', '=', options.kind);
  if (options.year !== undefined) q = q.where('outcomes.year', '=', options.year);
  if (options.entryIntoForce) q = q.where('outcomes.entry_into_force', '=', options.entryIntoForce);
  if (options.party) {
    const party = options.party;
    q = q.where((eb) => eb.exists(eb.selectFrom('outcome_parties as p').select('p.party')
      .whereRef('p.doc_id', '=', 'outcomes.doc_id').whereRef('p.outcome_id', '=', 'outcomes.outcome_id')
      .where((ib) => ib(ib.fn('lower', ['p.party']), '=', party.toLowerCase()))));
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q.selectAll('outcomes').orderBy('outcomes.date').orderBy('documents.seq').orderBy('outcomes.ord')
    .limit(limit).offset(offset).execute();
  const [docs, tags] = await Promise.all([currentDocuments(ctx.db), issueTags(ctx.db, 'document')]);
  const items = rows.map((o): SignedDocumentRow => ({
    docId: o.doc_id, docTitle: docs.get(o.doc_id)?.title ?? '', outcomeId: o.outcome_id, title: o.title, kind: o.kind as OutcomeKind,
    category: o.category, parties: parseJson(o.parties_json, []), signatories: parseJson(o.signatories_json, []), date: o.date,
    signedAtCeremony: o.signed_at_ceremony === null ? null : o.signed_at_ceremony === 1,
    entryIntoForce: o.entry_into_force as SignedDocumentRow['entryIntoForce'], summary: o.summary,
    span: [o.span_start, o.span_end] as Span, issues: tags.get(key(o.doc_id, o.outcome_id)) ?? [],
  }));
  return { items, total: Number(total?.n ?? 0), limit, offset };
}
