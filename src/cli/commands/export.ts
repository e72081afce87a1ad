// `readout export`: every stored record (JSON Lines or one JSON array), or one table as CSV.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, StoreInputError, type Store } from '../../store/index.ts';
import { includeSuperseded as includeSupersededParam } from '../../routes/index.ts';
import { toCsv } from '../text-output.ts';
import { outputFormat, paramFlags } from '../flags.ts';

const TABLES = ['statements', 'commitments', 'documents', 'meetings', 'readouts'] as const;
type Table = (typeof TABLES)[number];
type Cell = string | number | boolean | null | undefined;

/** One flat CSV table built from the current records (actor ids resolved to names). */
async function csvTable(store: Store, table: Table, includeSuperseded: boolean): Promise<string> {
  const rows: Cell[][] = [];
  const headers: Record<Table, string[]> = {
    statements: ['doc_id', 'doc_title', 'doc_date', 'statement_id', 'date', 'speaker', 'act', 'verb', 'content', 'topic', 'span_start', 'span_end'],
    commitments: ['doc_id', 'doc_title', 'doc_date', 'commitment_id', 'actors', 'action', 'modality', 'due_text', 'due_start', 'due_end', 'span_start', 'span_end'],
    documents: ['doc_id', 'doc_title', 'doc_date', 'document_id', 'title', 'kind', 'category', 'parties', 'signatories', 'date', 'signed_at_ceremony', 'entry_into_force', 'span_start', 'span_end'],
    meetings: ['doc_id', 'doc_title', 'doc_date', 'meeting_id', 'date', 'end_date', 'place', 'format', 'participants', 'span_start', 'span_end'],
    readouts: ['doc_id', 'title', 'date', 'kind', 'source', 'actors', 'meetings', 'statements', 'documents', 'commitments'],
  };
  for await (const r of store.exportRecords({ includeSuperseded })) {
    const d = r.document;
    const doc = [d.source.sha256, d.title, d.date];
    const name = new Map(r.actors.map((a) => [a.id, a.name]));
    const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id).join('; ');
    if (table === 'statements') for (const s of r.statements) rows.push([...doc, s.id, s.date, name.get(s.speaker) ?? s.speaker, s.act, s.verb, s.content, s.topic, ...s.span]);
    if (table === 'commitments') for (const c of r.commitments) rows.push([...doc, c.id, names(c.actors), c.action, c.modality, c.due?.text, c.due?.start, c.due?.end, ...c.span]);
    if (table === 'documents') {
      for (const o of r.documents) {
        rows.push([...doc, o.id, o.title, o.kind, o.category, o.parties.join('; '), o.signatories.map((s) => s.name).join('; '), o.date, o.signedAtCeremony, o.entryIntoForce, ...o.span]);
      }
    }
    if (table === 'meetings') for (const m of r.meetings) rows.push([...doc, m.id, m.date, m.endDate, m.place, m.format, names(m.participants), ...m.span]);
    if (table === 'readouts') rows.push([...doc, d.kind, d.source.url ?? d.source.path, r.actors.length, r.meetings.length, r.statements.length, r.documents.length, r.commitments.length]);
  }
  return toCsv(headers[table], rows);
}

// --all-versions is the routes' includeSuperseded.
const FLAGS = paramFlags({ includeSuperseded: includeSupersededParam }, ['includeSuperseded'], { includeSuperseded: { flag: '--all-versions' } });

export function registerExport(program: Command): void {
  FLAGS.addTo(program
    .command('export')
    .description('export the stored records: jsonl (one record a line, default), json (an array), or csv (one table)')
    .option('--format <format>', 'jsonl, json or csv')
    .option('--table <table>', `with csv: ${TABLES.join(', ')} (default statements)`))
    .option(...DB_OPTION)
    .action(async (flags: { db?: string; format?: string; table?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format, ['jsonl', 'json', 'csv'] as const);
      if (flags.table && !TABLES.includes(flags.table as Table)) throw new StoreInputError(`--table: expected ${TABLES.join(', ')}, got ${flags.table}`);
      if (flags.table && format !== 'csv') throw new StoreInputError('--table goes with --format csv');
      const store = await openStore({ db: flags.db });
      try {
        const includeSuperseded = FLAGS.read(flags).includeSuperseded ?? false;
        if (format === 'csv') {
          process.stdout.write(await csvTable(store, (flags.table as Table) ?? 'statements', includeSuperseded));
          return;
        }
        if (format === 'json') process.stdout.write('[');
        let first = true;
        for await (const record of store.exportRecords({ includeSuperseded })) {
          if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
          else { process.stdout.write((first ? '\n' : ',\n') + JSON.stringify(record)); first = false; }
        }
        if (format === 'json') process.stdout.write('\n]\n');
      } finally {
        await store.close();
      }
    });
}
