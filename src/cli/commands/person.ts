// `readout person NAME` (one person's page), `readout person merge A B` and
// `readout person split A B` (analysts' corrections, kept across re-ingest and reindex).
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, StoreInputError, type PersonDetail, type Store } from '../../store/index.ts';
import { printJson, renderTable, wrap } from '../text-output.ts';
import { outputFormat } from '../flags.ts';

interface PersonFlags { db?: string; format?: string }

/**
 * An appearance of a person in one document, as a user names it: "NAME@DOC" (DOC a document id,
 * id prefix, source path or file name), or a person id or name (its first appearance, for merge).
 */
async function resolveAppearance(store: Store, ref: string, allowPerson: boolean): Promise<{ docId: string; name: string }> {
  const at = ref.lastIndexOf('@');
  if (at > 0) {
    const name = ref.slice(0, at).trim();
    const docRef = ref.slice(at + 1).trim();
    const doc = await store.getDocument(docRef);
    if (!doc) throw new StoreInputError(`${ref}: no stored document "${docRef}"`);
    const want = name.toLowerCase();
    const actor = doc.record.actors.find((a) => a.kind === 'person' && (a.name.toLowerCase() === want || (a.aliases ?? []).some((x) => x.toLowerCase() === want)))
      ?? doc.record.actors.find((a) => a.kind === 'person' && a.surname?.toLowerCase() === want);
    if (!actor) {
      const persons = doc.record.actors.filter((a) => a.kind === 'person').map((a) => a.name);
      throw new StoreInputError(`${ref}: no person "${name}" in ${doc.sourceKey} (people there: ${persons.join(', ') || 'none'})`);
    }
    return { docId: doc.docId, name: actor.name };
  }
  if (!allowPerson) throw new StoreInputError(`${ref}: name an appearance as NAME@DOCUMENT (a document id, path or file name)`);
  const person = await store.getPerson(ref);
  if (!person) throw new StoreInputError(`${ref}: no such person`);
  const first = person.person.firstAppearance;
  if (!first) throw new StoreInputError(`${ref}: the person appears in no current document`);
  return { docId: first.docId, name: first.name };
}

function printPerson(d: PersonDetail): void {
  const p = d.person;
  const out: string[] = [];
  out.push(`${p.name}  (${p.id})${p.country ? `  ${p.country}` : ''}`);
  if (p.names.length > 1) out.push(`also spelled: ${p.names.filter((n) => n !== p.name).join('; ')}`);
  if (p.possibleMatches.length) out.push(`possibly the same as: ${p.possibleMatches.join(', ')}`);
  out.push('', 'Roles');
  out.push(renderTable(['title', 'organization', 'country', 'first seen', 'last seen', 'docs'],
    p.roles.map((r) => [r.title, r.organization, r.country, r.firstSeen, r.lastSeen, r.documentsCount])).trimEnd() || '  (none)');
  out.push('', 'Meetings');
  out.push(renderTable(['date', 'format', 'place', 'with', 'document'],
    d.meetings.map((m) => [m.date, m.format, m.place, m.participants.filter((a) => a.personId !== p.id).map((a) => a.name).join(', '), m.docTitle])).trimEnd() || '  (none)');
  out.push('', 'Statements by issue');
  if (!d.statementsByIssue.length) out.push('  (none)');
  for (const group of d.statementsByIssue) {
    out.push(`  ${group.issue ? group.issue.name : '(no issue)'}`);
    for (const s of group.statements) {
      out.push(wrap(`${s.date ?? '????-??-??'}  ${s.viaGroup ? `[${s.speaker.name}] ` : ''}${s.verb}: ${s.content}`, 4));
    }
  }
  if (d.corrections.length) {
    out.push('', 'Corrections');
    for (const c of d.corrections) out.push(`  #${c.id} ${c.kind}: ${c.a.name}@${c.a.docId.slice(0, 12)} / ${c.b.name}@${c.b.docId.slice(0, 12)}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

export function registerPerson(program: Command): void {
  program
    .command('person')
    .description('show one person (names, roles over time, meetings, statements by issue), or correct the matching:\n'
      + '  readout person NAME            a person id, name or spelling\n'
      + '  readout person merge A B       A and B are one person\n'
      + '  readout person split A B       A and B are different people\n'
      + 'A and B: NAME@DOC (DOC a document id, id prefix, path or file name); merge also takes a person id or name')
    .argument('<name-or-action>', 'a person, or merge / split')
    .argument('[a]', 'first appearance (merge, split)')
    .argument('[b]', 'second appearance (merge, split)')
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (first: string, a: string | undefined, b: string | undefined, flags: PersonFlags) => {
      const format = outputFormat(flags.format);
      const action = first === 'merge' || first === 'split' ? first : null;
      if (action && (!a || !b)) throw new StoreInputError(`person ${action}: give two appearances, e.g. readout person ${action} "Kono@2009.txt" "Yohei Kono@2003.txt"`);
      if (!action && a) throw new StoreInputError(`person: one name at a time (quote names with spaces: readout person "${[first, a, b].filter(Boolean).join(' ')}")`);
      const store = await openStore({ db: flags.db });
      try {
        if (action) {
          const correction = { kind: action, a: await resolveAppearance(store, a!, action === 'merge'), b: await resolveAppearance(store, b!, action === 'merge') } as const;
          const stored = await store.addCorrection(correction);
          await store.refreshDerived();
          const after = await store.findPeople(correction.a.name);
          if (format === 'json') return printJson({ correction: stored, people: after });
          process.stdout.write(`correction #${stored.id} stored: ${action} ${correction.a.name}@${correction.a.docId.slice(0, 12)} and ${correction.b.name}@${correction.b.docId.slice(0, 12)}\n`);
          return;
        }
        let detail: PersonDetail | null;
        try {
          detail = await store.getPerson(first);
        } catch (e) {
          if (!(e instanceof StoreInputError) || format !== 'table') throw e;
          // Several people answer to the name: list them so the user can pick an id.
          const candidates = await store.findPeople(first);
          process.stderr.write(`readout: ${e.message}\n`);
          process.stdout.write(renderTable(['id', 'name', 'country', 'latest title', 'first seen', 'last seen'],
            candidates.map((p) => [p.id, p.name, p.country, p.title, p.firstSeen, p.lastSeen])));
          process.exitCode = 1;
          return;
        }
        if (!detail) throw new StoreInputError(`${first}: no such person (readout people lists them)`);
        if (format === 'json') return printJson(detail);
        printPerson(detail);
      } finally {
        await store.close();
      }
    });
}
