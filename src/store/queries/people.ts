// People across documents: the list, lookup by id or any spelling, and one person's page.
import type { MeetingFormat, Span } from '../../record.ts';
import type { PersonEntity } from '../../corpus/types.ts';
import type { ListPeopleOptions, MeetingRow, Page, PersonDetail, PersonSummary, StoredCorrection } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { actorResolver, currentDocuments, fold, key, pageBounds, parseJson, type QueryContext } from './context.ts';
import { statementsBy } from './statements.ts';
import { loadCorrections } from '../write.ts';

function latestTitle(p: PersonEntity): string | null {
  const roles = [...p.roles].filter((r) => r.title).sort((a, b) => ((a.lastSeen ?? '') < (b.lastSeen ?? '') ? -1 : 1));
  return roles.at(-1)?.title ?? null;
}

async function statementCounts(ctx: QueryContext): Promise<Map<string, number>> {
  const rows = await ctx.db.selectFrom('statements')
    .innerJoin('person_appearances as pa', (j) => j.onRef('pa.doc_id', '=', 'statements.doc_id').onRef('pa.actor_id', '=', 'statements.speaker'))
    .select(['pa.person_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('pa.person_id').execute();
  return new Map(rows.map((r) => [r.person_id, Number(r.n)]));
}

function summarize(p: PersonEntity, statements: number): PersonSummary {
  const seen = p.roles.flatMap((r) => [r.firstSeen, r.lastSeen]).filter((d): d is string => !!d).sort();
  return {
    id: p.id, name: p.name, surname: p.surname, names: p.names, country: p.country, title: latestTitle(p),
    firstSeen: seen[0] ?? null, lastSeen: seen.at(-1) ?? null,
    documents: new Set(p.appearances.map((a) => a.docId)).size, statements, possibleMatches: p.possibleMatches,
  };
}

/** How well `query` names a person: 0 = not at all. Word order and case do not matter. */
function nameScore(p: PersonEntity, query: string): number {
  const q = fold(query);
  const words = (s: string) => fold(s).split(/[\s,.]+/).filter(Boolean).sort().join(' ');
  if (p.id === query || fold(p.id) === q) return 100;
  if (words(p.name) === words(query)) return 90;
  if (p.names.some((n) => words(n) === words(query))) return 80;
  if (p.surname && fold(p.surname) === q) return 50;
  if (fold(p.name).includes(q) || p.names.some((n) => fold(n).includes(q))) return 10;
  return 0;
}

export async function findPeople(ctx: QueryContext, idOrName: string): Promise<PersonSummary[]> {
  const persons = await ctx.persons();
  const counts = await statementCounts(ctx);
  return persons.map((p) => ({ p, score: nameScore(p, idOrName) })).filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.p.appearances.length - a.p.appearances.length || a.p.id.localeCompare(b.p.id))
    .map((x) => summarize(x.p, counts.get(x.p.id) ?? 0));
}

export async function listPeople(ctx: QueryContext, options: ListPeopleOptions = {}): Promise<Page<PersonSummary>> {
  const { limit, offset } = pageBounds(options.limit, options.offset);
  const persons = await ctx.persons();
  const counts = await statementCounts(ctx);
  const matching = options.q ? persons.filter((p) => nameScore(p, options.q!) > 0) : persons;
  const all = matching.map((p) => summarize(p, counts.get(p.id) ?? 0))
    .sort((a, b) => b.documents - a.documents || b.statements - a.statements || a.name.localeCompare(b.name));
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** The one person `idOrName` means; null when none; an error naming the candidates when several fit equally. */
export async function resolvePerson(ctx: QueryContext, idOrName: string): Promise<PersonEntity | null> {
  const persons = await ctx.persons();
  const scored = persons.map((p) => ({ p, score: nameScore(p, idOrName) })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score);
  if (!scored.length) return null;
  const best = scored.filter((x) => x.score === scored[0].score);
  if (best.length > 1) {
    throw new StoreInputError(`"${idOrName}" could be ${best.length} people: ${best.map((x) => `${x.p.id} (${x.p.name})`).join(', ')}; give the id`);
  }
  return best[0].p;
}

export async function getPerson(ctx: QueryContext, idOrName: string): Promise<PersonDetail | null> {
  const person = await resolvePerson(ctx, idOrName);
  if (!person) return null;
  const db = ctx.db;
  const appearances = person.appearances;
  const own = new Set(appearances.map((a) => key(a.docId, a.actorId)));

  const docIds = [...new Set(appearances.map((a) => a.docId))];
  const [docs, resolve] = await Promise.all([currentDocuments(db), actorResolver(db)]);
  const meetingRows = docIds.length
    ? await db.selectFrom('meetings').selectAll().where('doc_id', 'in', docIds).execute()
    : [];
  const meetings: MeetingRow[] = meetingRows
    .filter((m) => docs.has(m.doc_id) && parseJson<string[]>(m.participants_json, []).some((a) => own.has(key(m.doc_id, a))))
    .map((m) => ({
      docId: m.doc_id, docTitle: docs.get(m.doc_id)!.title, meetingId: m.meeting_id, date: m.date, endDate: m.end_date,
      place: m.place, format: m.format as MeetingFormat,
      participants: parseJson<string[]>(m.participants_json, []).map((a) => resolve(m.doc_id, a)),
      span: [m.span_start, m.span_end] as Span,
    }))
    .sort((a, b) => ((a.date ?? docs.get(a.docId)!.date ?? '') < (b.date ?? docs.get(b.docId)!.date ?? '') ? -1 : 1));

  const statements = await statementsBy(db, appearances);
  const issueNames = new Map(ctx.corpus.taxonomy.map((i) => [i.id, i.name]));
  const groups = new Map<string | null, typeof statements>();
  for (const s of statements) {
    for (const issue of s.issues.length ? s.issues : [null]) {
      const list = groups.get(issue);
      if (list) list.push(s); else groups.set(issue, [s]);
    }
  }
  const statementsByIssue = [...groups.entries()]
    .sort(([a, la], [b, lb]) => (a === null ? 1 : b === null ? -1 : lb.length - la.length || a.localeCompare(b)))
    .map(([issue, list]) => ({ issue: issue === null ? null : { id: issue, name: issueNames.get(issue) ?? issue }, statements: list }));

  const appearanceKeys = new Set(appearances.map((a) => key(a.docId, a.name)));
  const corrections: StoredCorrection[] = (await loadCorrections(db))
    .filter((c) => appearanceKeys.has(key(c.a.docId, c.a.name)) || appearanceKeys.has(key(c.b.docId, c.b.name)));
  return { person, meetings, statementsByIssue, corrections };
}
