#!/usr/bin/env node
// Re-derives the document lists and office dates of real-people.json from the real corpus with the
// grep patterns of people.patterns.mjs and the per-file decisions recorded there after reading.
// It never imports Readout code: the gold is written from the documents alone.
//
//   node test/gold/people/collect.mjs review [id…]   surname-only hits still undecided, with context
//   node test/gold/people/collect.mjs show id         every hit of one person, with context
//   node test/gold/people/collect.mjs offices [id…]   each office's first and last document, with context
//   node test/gold/people/collect.mjs write           fill documents / office dates into real-people.json
//   node test/gold/people/collect.mjs check           real-people.json equals what the patterns give
//
// Corpus folder: $READOUT_REAL_CORPUS, else ../shared/corpus/real beside the repository.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEOPLE } from './people.patterns.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const corpus = process.env.READOUT_REAL_CORPUS ?? resolve(repo, '../shared/corpus/real');
const goldPath = join(here, 'real-people.json');
const PUBLISHERS = ['wh', 'sg', 'lk'];

if (!existsSync(corpus)) {
  console.error(`collect: corpus folder ${corpus} not found (set READOUT_REAL_CORPUS)`);
  process.exit(2);
}

const docs = [];
for (const p of PUBLISHERS) {
  for (const f of readdirSync(join(corpus, p)).sort()) {
    if (!f.endsWith('.txt')) continue;
    docs.push({ file: `${p}/${f}`, pub: p, date: f.slice(p.length + 1, p.length + 11), text: readFileSync(join(corpus, p, f), 'utf8') });
  }
}

// A space in a pattern stands for any run of white space (the corpus has no-break spaces and line breaks);
// an optional space (" ?") for any run or none.
const rx = (s) => new RegExp(s.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+'), 'gu');

function spans(text, patterns) {
  const out = [];
  for (const s of patterns ?? []) for (const m of text.matchAll(rx(s))) out.push([m.index, m.index + m[0].length, m[0]]);
  return out;
}
const overlaps = (a, list) => list.some((b) => a[0] < b[1] && b[0] < a[1]);

/** One person's hits in one document: full-name hits, bare-surname hits, office hits (outside ignored spans). */
function hitsIn(person, doc) {
  const ignored = spans(doc.text, person.ignore);
  const full = spans(doc.text, person.full).filter((s) => !overlaps(s, ignored));
  const surname = spans(doc.text, person.surname ? [person.surname] : []).filter((s) => !overlaps(s, ignored) && !overlaps(s, full));
  // `during` splits one title into separate tenures (Netanyahu 2021, then again from 2022-12).
  const offices = (person.offices ?? []).map((o) => (!o.during || (doc.date >= o.during[0] && doc.date <= o.during[1])) && spans(doc.text, [o.re]).filter((s) => !overlaps(s, ignored)).length > 0);
  return { ignored, full, surname, offices };
}

function classify(person) {
  const documents = [];
  const undecided = [];
  const compoundOnly = [];
  const unusedDecisions = new Set(Object.keys(person.decisions ?? {}));
  const officeDocs = (person.offices ?? []).map(() => []);
  for (const doc of docs) {
    const h = hitsIn(person, doc);
    if (!h.full.length && !h.surname.length) {
      if (person.compoundOnly && h.ignored.some((s) => rx(person.compoundOnly).test(s[2]))) compoundOnly.push(doc.file);
      continue;
    }
    const decision = person.decisions?.[doc.file];
    if (decision) unusedDecisions.delete(doc.file);
    let inside;
    if (decision) inside = decision.startsWith('in');
    else if (h.full.length) inside = true;
    else { undecided.push({ doc, h }); continue; }
    if (!inside) continue;
    documents.push(doc.file);
    h.offices.forEach((hit, i) => { if (hit) officeDocs[i].push(doc); });
  }
  const offices = (person.offices ?? []).map((o, i) => {
    const ds = officeDocs[i].map((d) => d.date).sort();
    return { title: o.title, country: o.country, from: ds[0] ?? null, to: ds.at(-1) ?? null, ...(o.note ? { note: o.note } : {}), documents: officeDocs[i].length };
  });
  return { documents, undecided, compoundOnly, offices, unusedDecisions: [...unusedDecisions] };
}

function context(text, s, width = 110) {
  const a = Math.max(0, s[0] - width), b = Math.min(text.length, s[1] + width);
  return (a > 0 ? '…' : '') + text.slice(a, s[0]).replace(/\s+/g, ' ') + '[[' + s[2] + ']]' + text.slice(s[1], b).replace(/\s+/g, ' ') + (b < text.length ? '…' : '');
}

const [cmd = 'check', ...args] = process.argv.slice(2);
const chosen = args.length ? PEOPLE.filter((p) => args.includes(p.id)) : PEOPLE;

if (cmd === 'review' || cmd === 'show') {
  for (const person of chosen) {
    const r = classify(person);
    if (cmd === 'review') {
      for (const { doc, h } of r.undecided) {
        console.log(`\n## ${person.id}  ${doc.file}  (${doc.text.split('\n')[0].slice(0, 120)})`);
        for (const s of h.surname.slice(0, 4)) console.log('   ' + context(doc.text, s));
      }
      if (r.unusedDecisions.length) console.log(`${person.id}: decisions for files without hits: ${r.unusedDecisions.join(', ')}`);
    } else {
      for (const doc of docs) {
        const h = hitsIn(person, doc);
        for (const s of [...h.full, ...h.surname]) console.log(`${doc.file}\t${context(doc.text, s, 60)}`);
      }
    }
    const per = Object.fromEntries(PUBLISHERS.map((p) => [p, r.documents.filter((f) => f.startsWith(p + '/')).length]));
    console.error(`${person.id}: ${r.documents.length} documents ${JSON.stringify(per)}, ${r.undecided.length} undecided, offices ${JSON.stringify(r.offices)}`);
  }
} else if (cmd === 'offices') {
  for (const person of chosen) {
    const r = classify(person);
    const mine = docs.filter((d) => r.documents.includes(d.file)).sort((a, b) => a.date.localeCompare(b.date));
    (person.offices ?? []).forEach((o, i) => {
      const withOffice = mine.filter((d) => hitsIn(person, d).offices[i]);
      console.log(`\n## ${person.id} — ${o.title} (${o.country}): ${withOffice.length} documents, ${withOffice[0]?.date} … ${withOffice.at(-1)?.date}`);
      for (const d of [...new Set([withOffice[0], withOffice[1], withOffice.at(-2), withOffice.at(-1)])].filter(Boolean)) {
        const h = hitsIn(person, d);
        const s = spans(d.text, [o.re]).find((x) => !overlaps(x, h.ignored));
        console.log(`   ${d.file}\n      ${context(d.text, s, 80)}`);
      }
    });
  }
} else if (cmd === 'write' || cmd === 'check') {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const byId = new Map(gold.people.map((p) => [p.id, p]));
  let problems = 0;
  const problem = (m) => { problems++; console.error(m); };
  for (const person of PEOPLE) {
    const r = classify(person);
    const g = byId.get(person.id);
    if (!g) { problem(`${person.id}: in patterns but not in real-people.json`); continue; }
    if (r.undecided.length) problem(`${person.id}: ${r.undecided.length} surname-only documents not decided (run review ${person.id})`);
    if (r.unusedDecisions.length) problem(`${person.id}: decisions for files without hits: ${r.unusedDecisions.join(', ')}`);
    const offices = r.offices.map(({ documents, ...office }) => office);
    const documentCounts = { ...Object.fromEntries(PUBLISHERS.map((p) => [p, r.documents.filter((f) => f.startsWith(p + '/')).length])), total: r.documents.length };
    if (cmd === 'write') {
      g.documentCounts = documentCounts;
      g.documents = r.documents;
      g.offices = offices;
      if (person.compoundOnly) g.compoundOnlyDocuments = r.compoundOnly;
    } else {
      if (JSON.stringify(g.documents) !== JSON.stringify(r.documents)) problem(`${person.id}: documents differ from the patterns' result`);
      if (JSON.stringify(g.offices) !== JSON.stringify(offices)) problem(`${person.id}: offices differ from the patterns' result`);
      if (JSON.stringify(g.documentCounts) !== JSON.stringify(documentCounts)) problem(`${person.id}: documentCounts differ from the documents`);
      if (person.compoundOnly && JSON.stringify(g.compoundOnlyDocuments) !== JSON.stringify(r.compoundOnly)) problem(`${person.id}: compoundOnlyDocuments differ from the patterns' result`);
    }
    for (const o of r.offices) if (!o.documents) problem(`${person.id}: office ${o.title} matched no document`);
  }
  for (const g of gold.people) {
    if (!PEOPLE.some((p) => p.id === g.id)) problem(`${g.id}: in real-people.json but has no patterns`);
    const texts = g.documents.map((f) => docs.find((d) => d.file === f)?.text ?? (problem(`${g.id}: ${f} not in corpus`), ''));
    for (const s of g.spellings) if (!texts.some((t) => t.includes(s))) problem(`${g.id}: spelling "${s}" occurs in none of its documents`);
    for (const a of g.surnameOnlyAmbiguous ?? []) for (const f of a.documents) if (!docs.some((d) => d.file === f)) problem(`${g.id}: ambiguous-surname file ${f} not in corpus`);
  }
  for (const c of gold.confusables ?? []) for (const side of c.people) for (const f of side.documents) {
    if (!docs.some((d) => d.file === f)) problem(`confusables: ${f} not in corpus`);
    else if (side.id && !byId.get(side.id)?.documents.includes(f)) problem(`confusables: ${f} is not among ${side.id}'s documents`);
  }
  if (cmd === 'write') writeFileSync(goldPath, JSON.stringify(gold, null, 2) + '\n');
  console.error(problems ? `${problems} problem(s)` : `ok: ${gold.people.length} people, ${new Set(gold.people.flatMap((p) => p.documents)).size} documents`);
  process.exit(problems && cmd === 'check' ? 1 : 0);
} else {
  console.error(`collect: unknown command ${cmd} (review, show, write, check)`);
  process.exit(2);
}
