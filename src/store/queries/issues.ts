// Issues over time: the taxonomy with how often each is raised, and one issue's timeline of who
// said, promised or signed what, across documents, oldest first.
import type { Span } from '../../record.ts';
import type { Issue } from '../../corpus/types.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../backend.ts';
import type { ActorRef, IssueSummary, IssueTimeline, IssueTimelineOptions, TimelineEntry } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { actorResolverFor, currentDocuments, fold, inChunks, key, pageBounds, parseJson, type QueryContext } from './context.ts';
import { resolvePerson } from './people.ts';
import { readGeneration } from '../write.ts';
import { storedIssueCounts } from '../derived.ts';
import { UNDATED } from '../record-rows.ts';

export async function listIssues(ctx: QueryContext): Promise<IssueSummary[]> {
  const docs = await currentDocuments(ctx.db);
  const rows = await ctx.db.selectFrom('issue_tags').select(['doc_id', 'item_kind', 'issue_id']).execute();
  const stats = new Map<string, { statement: number; commitment: number; document: number; readout: number; docs: Set<string> }>();
  for (const r of rows) {
    if (!docs.has(r.doc_id)) continue;
    let s = stats.get(r.issue_id);
    if (!s) stats.set(r.issue_id, (s = { statement: 0, commitment: 0, document: 0, readout: 0, docs: new Set() }));
    s[r.item_kind as 'statement' | 'commitment' | 'document' | 'readout']++;
    s.docs.add(r.doc_id);
  }
  const known = new Map(ctx.corpus.taxonomy.map((i) => [i.id, i]));
  // Tags from an earlier taxonomy (before a user file changed it) still show, under their id.
  for (const id of stats.keys()) if (!known.has(id)) known.set(id, { id, name: id, terms: [] });
  return [...known.values()].map((issue) => {
    const s = stats.get(issue.id);
    const dates = s ? [...s.docs].map((d) => docs.get(d)!.date).filter((d): d is string => !!d).sort() : [];
    return {
      id: issue.id, name: issue.name, parent: issue.parent ?? null, cap: issue.cap ?? null, terms: issue.terms,
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

export const TIMELINE_LIMIT = 100;

/** One tagged item of the timeline, before its full row is read. */
interface EntryKey {
  doc_id: string; item_kind: 'statement' | 'commitment' | 'document' | 'readout'; item_id: string; title: string; seq: number;
  sort_date: string | null; span_start: number; span_end: number | null; speaker: string | null; actors_json: string | null; parties_json: string | null;
}

/**
 * The issue's timeline entries in current documents with what orders them (oldest first, undated
 * last, then ingest order, then place in the text): the order is stored on each tag (sort_key, seq,
 * span_start) under an index, so a page is read in order and the scan stops at its end. Tags that
 * are not entries (in_timeline 0: a commitment shown with its statement, a repeated statement, a
 * readout whose items carry the issue) are skipped.
 */
const entryKeys = (issueId: string, where: RawBuilder<unknown>) => sql`
  select it.doc_id, it.item_kind, it.item_id, d.title, it.seq,
    case when it.sort_key = ${UNDATED} then null else it.sort_key end as sort_date, it.sort_key,
    it.span_start, it.span_end, s.speaker, c.actors_json, o.parties_json
  from issue_tags it
  join documents d on d.doc_id = it.doc_id and d.is_current = 1
  left join statements s on it.item_kind = 'statement' and s.doc_id = it.doc_id and s.statement_id = it.item_id
  left join commitments c on it.item_kind = 'commitment' and c.doc_id = it.doc_id and c.commitment_id = it.item_id
  left join outcomes o on it.item_kind = 'document' and o.doc_id = it.doc_id and o.outcome_id = it.item_id
  where it.issue_id = ${issueId} and it.in_timeline = 1
    and (it.item_kind = 'readout' or coalesce(s.statement_id, c.commitment_id, o.outcome_id) is not null) ${where}`;

const ORDER = sql`order by it.sort_key, it.seq, it.span_start`;

/** How many items an issue has in current documents, counted once per corpus generation. */
const issueCounts = new WeakMap<Db, { generation: number; counts: Map<string, number>; complete: boolean }>();
async function issueItemCount(db: Db, issueId: string): Promise<number> {
  const generation = await readGeneration(db, 'generation');
  let cache = issueCounts.get(db);
  if (cache?.generation !== generation) {
    // Ingest stores every issue's count (derived.ts); counted here only when that is missing or stale.
    const stored = await storedIssueCounts(db, generation);
    issueCounts.set(db, (cache = { generation, counts: new Map(stored ? Object.entries(stored) : []), complete: stored !== null }));
  }
  let n = cache.counts.get(issueId);
  if (n === undefined && cache.complete) n = 0;
  if (n === undefined) {
    n = Number((await sql<{ n: number }>`select count(*) as n from (${entryKeys(issueId, sql``)}) y`.execute(db)).rows[0]?.n ?? 0);
    cache.counts.set(issueId, n);
  }
  return n;
}

export async function issueTimeline(ctx: QueryContext, idOrName: string, options: IssueTimelineOptions = {}): Promise<IssueTimeline | null> {
  const { limit, offset } = pageBounds(options.limit ?? TIMELINE_LIMIT, options.offset);
  const issue = findIssue(ctx.corpus.taxonomy, idOrName);
  if (!issue) return null;
  const db = ctx.db;
  let keys: EntryKey[];
  let total: number;
  const person = options.actor ? await resolvePerson(ctx, options.actor) : null;
  if (!options.actor || person) {
    // Unfiltered, or one person's items: filtered and paged in SQL. A signed document's parties are states, never a person.
    // "person_id || ''" keeps the planner on the (doc_id, actor_id) index for these per-row checks:
    // by the person_id index SQLite read all of the person's appearances for every tagged item.
    const where = person ? sql`and (
      (it.item_kind = 'statement' and exists (select 1 from person_appearances pa
        where pa.doc_id = s.doc_id and pa.actor_id = s.speaker and pa.person_id || '' = ${person.id}))
      or (it.item_kind = 'commitment' and exists (select 1 from person_appearances pa
        where pa.doc_id = c.doc_id and pa.person_id || '' = ${person.id} and replace(c.actors_json, '"' || pa.actor_id || '"', '') <> c.actors_json)))` : sql``;
    const [count, page] = await Promise.all([
      person ? sql<{ n: number }>`select count(*) as n from (${entryKeys(issue.id, where)}) y`.execute(db).then((r) => Number(r.rows[0]?.n ?? 0))
        : issueItemCount(db, issue.id),
      sql<EntryKey>`${entryKeys(issue.id, where)} ${ORDER} limit ${limit} offset ${offset}`.execute(db),
    ]);
    total = count;
    keys = page.rows;
  } else {
    // Words of an actor's name (a country, a group): names are compared folded (accents, case), so
    // this reads the issue's items and their actors' names, bounded by the issue, not the corpus.
    const q = fold(options.actor);
    const [all, names] = await Promise.all([
      sql<EntryKey>`${entryKeys(issue.id, sql``)} ${ORDER}`.execute(db),
      sql<{ doc_id: string; actor_id: string; name: string }>`select a.doc_id, a.actor_id, a.name from actors a
        where a.doc_id in (select it.doc_id from issue_tags it where it.issue_id = ${issue.id})`.execute(db),
    ]);
    const nameOf = new Map(names.rows.map((a) => [key(a.doc_id, a.actor_id), a.name]));
    const matches = (docId: string, actorId: string, name = nameOf.get(key(docId, actorId)) ?? actorId) =>
      fold(name).includes(q) || fold(actorId) === q;
    const kept = all.rows.filter((k) => k.item_kind === 'statement' ? matches(k.doc_id, k.speaker!)
      : k.item_kind === 'commitment' ? parseJson<string[]>(k.actors_json, []).some((a) => matches(k.doc_id, a))
        : parseJson<string[]>(k.parties_json, []).some((p) => matches(k.doc_id, p, p)));
    total = kept.length;
    keys = kept.slice(offset, offset + limit);
  }
  const entries = await timelineEntries(db, keys);
  const nameOf = new Map(ctx.corpus.taxonomy.map((i) => [i.id, i.name]));
  const issueNames = Object.fromEntries([...new Set(entries.flatMap((e) => e.issues))].map((id) => [id, nameOf.get(id) ?? id]));
  return { issue, entries, total, limit, offset, issueNames };
}

/** The full entries of one page of keys, in the keys' order; actors resolved for these documents only. */
async function timelineEntries(db: Db, keys: EntryKey[]): Promise<TimelineEntry[]> {
  const ids = (kind: EntryKey['item_kind']) => [...new Set(keys.filter((k) => k.item_kind === kind).map((k) => k.doc_id))];
  const docIds = [...new Set(keys.map((k) => k.doc_id))];
  const [statements, commitments, outcomes, tags, resolve] = await Promise.all([
    inChunks(ids('statement'), (chunk) => db.selectFrom('statements').selectAll().where('doc_id', 'in', chunk).execute()),
    // A statement's commitments come with it; a commitment entry needs its own row.
    inChunks([...new Set([...ids('commitment'), ...ids('statement')])], (chunk) => db.selectFrom('commitments').selectAll().where('doc_id', 'in', chunk).execute()),
    inChunks(ids('document'), (chunk) => db.selectFrom('outcomes').selectAll().where('doc_id', 'in', chunk).execute()),
    inChunks(docIds, (chunk) => db.selectFrom('issue_tags').select(['doc_id', 'item_kind', 'item_id', 'issue_id'])
      .where('doc_id', 'in', chunk).execute()),
    actorResolverFor(db, keys.map((k) => k.doc_id)),
  ]);
  const byKey = <R>(rows: R[], doc: (r: R) => string, id: (r: R) => string) => new Map(rows.map((r) => [key(doc(r), id(r)), r]));
  const s = byKey(statements, (r) => r.doc_id, (r) => r.statement_id);
  const c = byKey(commitments, (r) => r.doc_id, (r) => r.commitment_id);
  const o = byKey(outcomes, (r) => r.doc_id, (r) => r.outcome_id);
  const issuesOf = new Map<string, string[]>();
  for (const t of tags) {
    const at = `${t.item_kind}\u0000${key(t.doc_id, t.item_id)}`;
    const list = issuesOf.get(at);
    if (list) { if (!list.includes(t.issue_id)) list.push(t.issue_id); } else issuesOf.set(at, [t.issue_id]);
  }
  const commitmentsOf = new Map<string, NonNullable<TimelineEntry['commitments']>>();
  for (const r of [...commitments].sort((a, b) => a.span_start - b.span_start)) {
    if (!r.statement_id) continue;
    const at = key(r.doc_id, r.statement_id);
    const entry = { commitmentId: r.commitment_id, action: r.action, modality: r.modality, span: [r.span_start, r.span_end] as Span };
    const list = commitmentsOf.get(at);
    if (list) list.push(entry); else commitmentsOf.set(at, [entry]);
  }
  return keys.map((k): TimelineEntry => {
    const at = key(k.doc_id, k.item_id);
    const base = {
      date: k.sort_date, docId: k.doc_id, docTitle: k.title, itemKind: k.item_kind, itemId: k.item_id,
      issues: issuesOf.get(`${k.item_kind}\u0000${at}`) ?? [],
    };
    if (k.item_kind === 'statement') {
      const r = s.get(at)!;
      return {
        ...base, actors: [resolve(r.doc_id, r.speaker)], what: r.act, text: r.content, span: [r.span_start, r.span_end] as Span,
        commitments: commitmentsOf.get(at) ?? [],
      };
    }
    if (k.item_kind === 'commitment') {
      const r = c.get(at)!;
      return {
        ...base, actors: parseJson<string[]>(r.actors_json, []).map((a) => resolve(r.doc_id, a)),
        what: r.modality, text: r.action, span: [r.span_start, r.span_end] as Span,
      };
    }
    if (k.item_kind === 'readout') {
      // The readout as a whole: its title, linking to the passage that names the issue.
      return { ...base, actors: [], what: 'readout', text: k.title, span: [k.span_start, k.span_end ?? k.span_start] as Span };
    }
    const r = o.get(at)!;
    const parties: ActorRef[] = parseJson<string[]>(r.parties_json, [])
      .map((p) => ({ docId: r.doc_id, actorId: p, name: p, kind: 'party', personId: null }));
    return { ...base, actors: parties, what: r.kind, text: r.title, span: [r.span_start, r.span_end] as Span };
  });
}
