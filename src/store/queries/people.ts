// People across documents: the list, lookup by id or any spelling, and one person's page.
// Lookups by id read one row; name lookups use the per-generation name index (./person-index.ts);
// a person's page reads that person's stored page row and only the rows it shows (./person-page.ts).
import type { PersonCorrection, PersonEntity } from '../../corpus/types.ts';
import type { ListPeopleOptions, Page, PersonDetail, PersonPageOptions, PersonSummary, PersonSummaryEntity, StoredCorrection } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { fold, pageBounds, type QueryContext } from './context.ts';
import { exactCandidates, nameWords, personIndex, substringCandidates } from './person-index.ts';
import { personMeetings, personStatements } from './person-page.ts';
import { readGeneration } from '../write.ts';
import type { IssueGroupSize } from '../person-rows.ts';

function latestTitle(p: PersonEntity): string | null {
  const roles = [...p.roles].filter((r) => r.title).sort((a, b) => ((a.lastSeen ?? '') < (b.lastSeen ?? '') ? -1 : 1));
  return roles.at(-1)?.title ?? null;
}

const documentCount = (p: PersonEntity): number => new Set(p.appearances.map((a) => a.docId)).size;

function summarize(p: PersonEntity, statements: number): PersonSummary {
  const seen = p.roles.flatMap((r) => [r.firstSeen, r.lastSeen]).filter((d): d is string => !!d).sort();
  return {
    id: p.id, name: p.name, surname: p.surname, names: p.names, country: p.country, title: latestTitle(p),
    firstSeen: seen[0] ?? null, lastSeen: seen.at(-1) ?? null,
    documents: documentCount(p), statements, possibleMatches: p.possibleMatches,
  };
}

/** How well `query` names a person: 0 = not at all. Word order and case do not matter. */
function nameScore(p: PersonEntity, query: string): number {
  const q = fold(query);
  if (p.id === query || fold(p.id) === q) return 100;
  if (nameWords(p.name) === nameWords(query)) return 90;
  if (p.names.some((n) => nameWords(n) === nameWords(query))) return 80;
  if (p.surname && fold(p.surname) === q) return 50;
  if (fold(p.name).includes(q) || p.names.some((n) => fold(n).includes(q))) return 10;
  return 0;
}

/**
 * Everyone with a positive nameScore, scored. The index narrows the people to score: those an exact
 * key finds (scores 50–100) and, unless `exactOnly` and some were found, those a substring finds (10).
 */
function scoredMatches(persons: PersonEntity[], query: string, exactOnly: boolean): { p: PersonEntity; score: number }[] {
  const index = personIndex(persons);
  const positions = exactCandidates(index, query);
  if (!exactOnly || !positions.size) for (const i of substringCandidates(index, query)) positions.add(i);
  return [...positions].map((i) => ({ p: persons[i], score: nameScore(persons[i], query) })).filter((x) => x.score > 0);
}

interface Ranking { statements: Map<string, number>; position: Map<string, number>; ranked: PersonEntity[] }

// Statement counts and the list order change only with the persons generation: computed once per
// persons array (whose identity changes with every recomputation), never per request.
const rankings = new WeakMap<PersonEntity[], Promise<Ranking>>();

function ranking(ctx: QueryContext, persons: PersonEntity[]): Promise<Ranking> {
  let r = rankings.get(persons);
  if (!r) {
    r = computeRanking(ctx, persons);
    rankings.set(persons, r);
    r.catch(() => rankings.delete(persons));
  }
  return r;
}

async function computeRanking(ctx: QueryContext, persons: PersonEntity[]): Promise<Ranking> {
  const rows = await ctx.db.selectFrom('statements')
    .innerJoin('person_appearances as pa', (j) => j.onRef('pa.doc_id', '=', 'statements.doc_id').onRef('pa.actor_id', '=', 'statements.speaker'))
    .select(['pa.person_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('pa.person_id').execute();
  const statements = new Map(rows.map((r) => [r.person_id, Number(r.n)]));
  const docs = new Map(persons.map((p) => [p.id, documentCount(p)]));
  const ranked = [...persons].sort((a, b) => docs.get(b.id)! - docs.get(a.id)!
    || (statements.get(b.id) ?? 0) - (statements.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  return { statements, position: new Map(ranked.map((p, i) => [p.id, i])), ranked };
}

export async function findPeople(ctx: QueryContext, idOrName: string): Promise<PersonSummary[]> {
  const persons = await ctx.persons();
  const { statements } = await ranking(ctx, persons);
  return scoredMatches(persons, idOrName, false)
    .sort((a, b) => b.score - a.score || b.p.appearances.length - a.p.appearances.length || a.p.id.localeCompare(b.p.id))
    .map((x) => summarize(x.p, statements.get(x.p.id) ?? 0));
}

export async function listPeople(ctx: QueryContext, options: ListPeopleOptions = {}): Promise<Page<PersonSummary>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  const persons = await ctx.persons();
  const { statements, position, ranked } = await ranking(ctx, persons);
  const matching = options.q
    ? scoredMatches(persons, options.q, false).map((x) => x.p).sort((a, b) => position.get(a.id)! - position.get(b.id)!)
    : ranked;
  return {
    items: matching.slice(offset, offset + limit).map((p) => summarize(p, statements.get(p.id) ?? 0)),
    total: matching.length, limit, offset,
  };
}

/** The entity stored under exactly this id, once the stored persons reflect the current documents. */
async function personById(ctx: QueryContext, id: string): Promise<PersonEntity | null> {
  const [generation, personsGeneration] = await Promise.all([readGeneration(ctx.db, 'generation'), readGeneration(ctx.db, 'persons_generation')]);
  // Stale entities (a write since the last recomputation): ctx.persons() recomputes them first.
  if (generation !== personsGeneration) return (await ctx.persons()).find((p) => p.id === id) ?? null;
  const row = await ctx.db.selectFrom('persons').select('entity_json').where('person_id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.entity_json) as PersonEntity) : null;
}

/** The one person `idOrName` means; null when none; an error naming the candidates when several fit equally. */
export async function resolvePerson(ctx: QueryContext, idOrName: string): Promise<PersonEntity | null> {
  const byId = await personById(ctx, idOrName);
  if (byId) return byId;
  const scored = scoredMatches(await ctx.persons(), idOrName, true).sort((a, b) => b.score - a.score);
  if (!scored.length) return null;
  const best = scored.filter((x) => x.score === scored[0].score);
  if (best.length > 1) {
    throw new StoreInputError(`"${idOrName}" could be ${best.length} people: ${best.map((x) => `${x.p.id} (${x.p.name})`).join(', ')}; give the id`);
  }
  return best[0].p;
}

export const PERSON_MEETINGS_LIMIT = 20;
export const PERSON_STATEMENTS_LIMIT = 5;

/** After a write since the last recomputation, ctx.persons() recomputes the persons and the rows derived from them. */
async function freshPersonRows(ctx: QueryContext): Promise<void> {
  const [generation, personsGeneration] = await Promise.all([readGeneration(ctx.db, 'generation'), readGeneration(ctx.db, 'persons_generation')]);
  if (generation !== personsGeneration) await ctx.persons();
}

/** The stored page row of the person `idOrName` means (exact id first, then any name); null when none. */
async function personPageRow(ctx: QueryContext, idOrName: string) {
  await freshPersonRows(ctx);
  const byId = (id: string) => ctx.db.selectFrom('person_pages').selectAll().where('person_id', '=', id).executeTakeFirst();
  const exact = await byId(idOrName);
  if (exact) return exact;
  const person = await resolvePerson(ctx, idOrName);
  return person ? ((await byId(person.id)) ?? null) : null;
}

/** Corrections naming one of the person's appearances (by document and name), oldest first. */
async function correctionsOf(ctx: QueryContext, personId: string): Promise<StoredCorrection[]> {
  const rows = await ctx.db.selectFrom('corrections as c').selectAll('c')
    .where(({ exists, selectFrom }) => exists(selectFrom('person_appearances as pa').select('pa.person_id')
      .where('pa.person_id', '=', personId)
      .where(({ eb, or, and }) => or([
        and([eb('pa.doc_id', '=', eb.ref('c.a_doc')), eb('pa.name', '=', eb.ref('c.a_name'))]),
        and([eb('pa.doc_id', '=', eb.ref('c.b_doc')), eb('pa.name', '=', eb.ref('c.b_name'))]),
      ]))))
    .orderBy('c.id').execute();
  return rows.map((r) => ({
    id: r.id, kind: r.kind as PersonCorrection['kind'], a: { docId: r.a_doc, name: r.a_name }, b: { docId: r.b_doc, name: r.b_name }, createdAt: r.created_at,
  }));
}

/**
 * One person's page: the compact entity, a page of meetings and the same page of each issue group
 * of statements. Reads the person's stored page row and only the rows shown (./person-page.ts).
 */
export async function getPerson(ctx: QueryContext, idOrName: string, options: PersonPageOptions = {}): Promise<PersonDetail | null> {
  const meetingsPage = pageBounds(options.meetingsLimit ?? PERSON_MEETINGS_LIMIT, options.meetingsOffset);
  const statementsPage = pageBounds(options.statementsLimit ?? PERSON_STATEMENTS_LIMIT, options.statementsOffset);
  const row = await personPageRow(ctx, idOrName);
  if (!row) return null;
  const issueNames = new Map(ctx.corpus.taxonomy.map((i) => [i.id, i.name]));
  const [meetings, statementsByIssue, corrections] = await Promise.all([
    personMeetings(ctx.db, row.person_id, meetingsPage),
    personStatements(ctx.db, row.person_id, statementsPage, JSON.parse(row.groups_json) as IssueGroupSize[], options.issue, issueNames),
    correctionsOf(ctx, row.person_id),
  ]);
  return {
    person: JSON.parse(row.summary_json) as PersonSummaryEntity,
    meetings, meetingsTotal: Number(row.meetings_total), meetingsLimit: meetingsPage.limit, meetingsOffset: meetingsPage.offset,
    statementsByIssue, statementsTotal: Number(row.statements_total),
    statementsLimit: statementsPage.limit, statementsOffset: statementsPage.offset,
    corrections,
  };
}

/** Which person each person actor of a document is (actor id → person id), from the current persons. */
export async function personIdsInDocument(ctx: QueryContext, docId: string): Promise<Record<string, string>> {
  await freshPersonRows(ctx);
  const rows = await ctx.db.selectFrom('person_appearances').select(['actor_id', 'person_id']).where('doc_id', '=', docId).execute();
  return Object.fromEntries(rows.map((r) => [r.actor_id, r.person_id]));
}
