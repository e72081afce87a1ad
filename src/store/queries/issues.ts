// Issues over time: the taxonomy with how often each is raised, and one issue's timeline of who
// said, promised or signed what, across documents, oldest first.
import type { Span } from '../../record.ts';
import type { Issue } from '../../corpus/types.ts';
import type { ActorRef, IssueSummary, IssueTimeline, TimelineEntry } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { actorResolver, byDate, currentDocuments, fold, key, parseJson, type QueryContext } from './context.ts';
import { resolvePerson } from './people.ts';

export async function listIssues(ctx: QueryContext): Promise<IssueSummary[]> {
  const docs = await currentDocuments(ctx.db);
  const rows = await ctx.db.selectFrom('issue_tags').select(['doc_id', 'item_kind', 'issue_id']).execute();
  const stats = new Map<string, { statement: number; commitment: number; document: number; docs: Set<string> }>();
  for (const r of rows) {
    if (!docs.has(r.doc_id)) continue;
    let s = stats.get(r.issue_id);
    if (!s) stats.set(r.issue_id, (s = { statement: 0, commitment: 0, document: 0, docs: new Set() }));
    s[r.item_kind as 'statement' | 'commitment' | 'document']++;
    s.docs.add(r.doc_id);
  }
  const known = new Map(ctx.corpus.taxonomy.map((i) => [i.id, i]));
  // Tags from an earlier taxonomy (before a user file changed it) still show, under their id.
  for (const id of stats.keys()) if (!known.has(id)) known.set(id, { id, name: id, terms: [] });
  return [...known.values()].map((issue) => {
    const s = stats.get(issue.id);
    const dates = s ? [...s.docs].map((d) => docs.get(d)!.date).filter((d): d is string => !!d).sort() : [];
    return {
      id: issue.id, name: issue.name, parent: issue.parent ?? null, terms: issue.terms,
      statements: s?.statement ?? 0, commitments: s?.commitment ?? 0, signedDocuments: s?.document ?? 0, readouts: s?.docs.size ?? 0,
      firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null,
    };
  }).sort((a, b) => b.readouts - a.readouts || (b.statements + b.commitments) - (a.statements + a.commitments) || a.name.localeCompare(b.name));
}

/** The issue a user means: its id, its name, one of its terms, or a unique part of a name. */
export function findIssue(taxonomy: Issue[], idOrName: string): Issue | null {
  const q = fold(idOrName);
  const exact = taxonomy.find((i) => i.id === idOrName || fold(i.id) === q || fold(i.name) === q)
    ?? taxonomy.find((i) => i.terms.some((t) => fold(t) === q));
  if (exact) return exact;
  const partial = taxonomy.filter((i) => fold(i.name).includes(q) || fold(i.id).includes(q));
  if (partial.length > 1) throw new StoreInputError(`"${idOrName}" could be ${partial.length} issues: ${partial.map((i) => i.id).join(', ')}; give the id`);
  return partial[0] ?? null;
}

export async function issueTimeline(ctx: QueryContext, idOrName: string, options: { actor?: string } = {}): Promise<IssueTimeline | null> {
  const issue = findIssue(ctx.corpus.taxonomy, idOrName);
  if (!issue) return null;
  const db = ctx.db;
  await ctx.persons();
  const [docs, resolve] = await Promise.all([currentDocuments(db), actorResolver(db)]);
  const tags = (await db.selectFrom('issue_tags').select(['doc_id', 'item_kind', 'item_id']).where('issue_id', '=', issue.id).execute())
    .filter((t) => docs.has(t.doc_id));
  const wanted = (kind: string) => new Set(tags.filter((t) => t.item_kind === kind).map((t) => key(t.doc_id, t.item_id)));
  const docIds = [...new Set(tags.map((t) => t.doc_id))];
  const entries: TimelineEntry[] = [];
  if (docIds.length) {
    const ws = wanted('statement'), wc = wanted('commitment'), wd = wanted('document');
    for (const s of await db.selectFrom('statements').selectAll().where('doc_id', 'in', docIds).execute()) {
      if (!ws.has(key(s.doc_id, s.statement_id))) continue;
      entries.push({
        date: s.date ?? docs.get(s.doc_id)!.date, docId: s.doc_id, docTitle: docs.get(s.doc_id)!.title, itemKind: 'statement',
        itemId: s.statement_id, actors: [resolve(s.doc_id, s.speaker)], what: s.act, text: s.content, span: [s.span_start, s.span_end] as Span,
      });
    }
    for (const c of await db.selectFrom('commitments').selectAll().where('doc_id', 'in', docIds).execute()) {
      if (!wc.has(key(c.doc_id, c.commitment_id))) continue;
      entries.push({
        date: docs.get(c.doc_id)!.date, docId: c.doc_id, docTitle: docs.get(c.doc_id)!.title, itemKind: 'commitment',
        itemId: c.commitment_id, actors: parseJson<string[]>(c.actors_json, []).map((a) => resolve(c.doc_id, a)),
        what: c.modality, text: c.action, span: [c.span_start, c.span_end] as Span,
      });
    }
    for (const o of await db.selectFrom('outcomes').selectAll().where('doc_id', 'in', docIds).execute()) {
      if (!wd.has(key(o.doc_id, o.outcome_id))) continue;
      const parties: ActorRef[] = parseJson<string[]>(o.parties_json, [])
        .map((p) => ({ docId: o.doc_id, actorId: p, name: p, kind: 'party', personId: null }));
      entries.push({
        date: o.date ?? docs.get(o.doc_id)!.date, docId: o.doc_id, docTitle: docs.get(o.doc_id)!.title, itemKind: 'document',
        itemId: o.outcome_id, actors: parties, what: o.kind, text: o.title, span: [o.span_start, o.span_end] as Span,
      });
    }
  }
  let filtered = entries;
  if (options.actor) filtered = entries.filter(await actorFilter(ctx, options.actor));
  filtered.sort(byDate((e) => e.date, (e) => docs.get(e.docId)!.seq * 1e7 + e.span[0]));
  return { issue, entries: filtered };
}

/** Keeps entries by a person (id or name), or by an actor whose name or id contains the words given (a country, a group). */
async function actorFilter(ctx: QueryContext, actor: string): Promise<(e: TimelineEntry) => boolean> {
  const person = await resolvePerson(ctx, actor);
  if (person) return (e) => e.actors.some((a) => a.personId === person.id);
  const q = fold(actor);
  return (e) => e.actors.some((a) => fold(a.name).includes(q) || fold(a.actorId) === q);
}
