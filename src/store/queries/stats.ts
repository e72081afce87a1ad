// The corpus at a glance: counts, meetings by year, commitments due soon and overdue.
import type { StoreStats } from '../types.ts';
import { checkIsoDate, today, type QueryContext } from './context.ts';
import { assessedCommitments } from './commitments.ts';

function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function stats(ctx: QueryContext, options: { asOf?: string; soonDays?: number } = {}): Promise<StoreStats> {
  checkIsoDate('asOf', options.asOf);
  const asOf = options.asOf ?? today();
  const db = ctx.db;
  const count = async (table: 'statements' | 'commitments' | 'outcomes') => Number((await db.selectFrom(table)
    .innerJoin('documents', 'documents.doc_id', `${table}.doc_id`).where('documents.is_current', '=', 1)
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const docs = await db.selectFrom('documents').select(['is_current', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('is_current').execute();
  const byYear = await db.selectFrom('meetings').innerJoin('documents', 'documents.doc_id', 'meetings.doc_id')
    .where('documents.is_current', '=', 1).select(['meetings.year', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('meetings.year').orderBy('meetings.year').execute();
  const commitments = await assessedCommitments(ctx, asOf);
  const soonEnd = addDays(asOf, options.soonDays ?? 30);
  return {
    documents: Number(docs.find((d) => d.is_current === 1)?.n ?? 0),
    superseded: Number(docs.find((d) => d.is_current === 0)?.n ?? 0),
    people: Number((await db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0),
    statements: await count('statements'),
    commitments: await count('commitments'),
    signedDocuments: await count('outcomes'),
    meetingsByYear: byYear.map((r) => ({ year: r.year, meetings: Number(r.n) })),
    asOf,
    commitmentsDueSoon: commitments.filter((c) => c.status === 'open' && c.base.due && c.base.due.end >= asOf && c.base.due.end <= soonEnd).length,
    commitmentsOverdue: commitments.filter((c) => c.status === 'overdue').length,
  };
}
