// Route tests for the web pages: each page renders accessible HTML from the store and has a .json
// twin with the same data; bad input gives an error page (or a JSON error for the twin).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './server.ts';
import { AS_OF, exampleStore, type TestStore } from './testing.ts';

let ts: TestStore;
let app: Hono;
before(async () => { ts = await exampleStore(); app = createApp(ts.store); });
after(async () => { await ts.cleanup(); });

async function page(path: string, status = 200): Promise<string> {
  const res = await app.request(path);
  const html = await res.text();
  assert.equal(res.status, status, `${path}: ${html.slice(0, 300)}`);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  assert.match(html, /^<!doctype html>/);
  // Landmarks and a way past the navigation, on every page.
  for (const landmark of [/<header class="site">/, /<nav aria-label="Main">/, /<main id="main"/, /<footer/, /href="#main"/]) assert.match(html, landmark, path);
  return html;
}

async function twin(path: string, status = 200): Promise<any> {
  const res = await app.request(path);
  assert.equal(res.status, status, path);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

/** Text content of the HTML, tags removed and entities decoded (enough for assertions). */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const docId = async (titlePart: string) => (await twin(`/documents.json?q=${encodeURIComponent(titlePart)}`)).items[0].docId as string;

test('home: counts, meetings by year, due soon and overdue; its twin is /index.json', async () => {
  const html = await page(`/?asOf=${AS_OF}`);
  const data = await twin(`/index.json?asOf=${AS_OF}`);
  assert.equal(data.stats.documents, 8);
  assert.match(textOf(html), new RegExp(`${data.stats.documents}\\s*documents`));
  assert.match(html, /Meetings by year/);
  for (const y of data.stats.meetingsByYear) if (y.year) assert.ok(html.includes(`<span>${y.year}</span>`));
  assert.ok(data.overdue.length >= 3);
  assert.ok(data.overdue.every((c: { status: string }) => c.status === 'overdue'));
  assert.ok(textOf(html).includes(data.overdue[0].action));
  // As of a week before the summit promised for 2026 ends, it is due soon.
  const soon = await twin('/index.json?asOf=2026-12-20');
  assert.ok(soon.dueSoon.some((c: { action: string }) => /summit/i.test(c.action)));
  assert.equal(soon.dueSoon.length, soon.stats.commitmentsDueSoon, 'the list is what the count counts');
  await page('/?asOf=notadate', 400);
  assert.equal((await twin('/index.json?asOf=notadate', 400)).error.status, 400);
});

test('documents list: filters and links to each reader', async () => {
  const html = await page('/documents?year=2021');
  const data = await twin('/documents.json?year=2021');
  assert.equal(data.total, 2);
  for (const d of data.items) assert.ok(html.includes(`href="/documents/${d.docId}"`));
  await page('/documents?year=soon', 400);
});

test('document reader: every kind of fact is highlighted from its span and has a card', async () => {
  const id = await docId('Visit to the Kingdom of Osterland');
  const html = await page(`/documents/${id}`);
  const data = await twin(`/documents/${id}.json`);
  const record = data.document.record;
  // Persons, statements (coloured by act), commitments, dates: links to cards that exist.
  for (const kind of ['person', 'statement', 'commitment', 'date']) assert.match(html, new RegExp(`class="hl[^"]*\\b${kind}\\b`), kind);
  assert.match(html, /class="hl statement act-(assert|agree|hope|ask|commit|condemn)/);
  for (const s of record.statements) assert.ok(html.includes(`id="fact-${s.id}"`), `card for ${s.id}`);
  for (const c of record.commitments) assert.ok(html.includes(`id="fact-${c.id}"`), `card for ${c.id}`);
  // The highlighted text, stripped of tags, is the document's text exactly.
  const pre = /<pre class="readout-text"[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1];
  assert.equal(textOf(pre), record.document.text);
  // A statement's card names its speaker and links to the speaker's person page.
  const s = record.statements.find((x: { speaker: string }) => data.people[x.speaker]);
  const card = new RegExp(`id="fact-${s.id}"[\\s\\S]*?</article>`).exec(html)![0];
  assert.ok(card.includes(`href="/people/${data.people[s.speaker]}"`));
  // …and leads back to where the statement begins in the text.
  assert.ok(card.includes(`href="#at-fact-${s.id}"`));
  const marker = html.indexOf(`<span id="at-fact-${s.id}"></span>`);
  assert.ok(marker > html.indexOf('<pre class="readout-text"') && marker < html.indexOf('</pre>'));
  assert.equal(textOf(html.slice(marker, html.indexOf('</pre>'))).slice(0, 40), record.document.text.slice(s.span[0], s.span[0] + 40));
  assert.match(html, /<script src="\/static\/reader.js" defer(="")?><\/script>/);
  // The side list of statements by speaker reaches every statement.
  for (const st of record.statements) assert.ok(html.includes(`<a href="#fact-${st.id}">`));
  // Commitments show their status; kept ones their evidence.
  const kept = data.commitments.find((c: { status: string; evidence: unknown }) => c.status === 'kept' && c.evidence);
  assert.ok(kept, 'a kept commitment in the 2019 readout');
  const keptCard = new RegExp(`id="fact-${kept.commitmentId}"[\\s\\S]*?</article>`).exec(html)![0];
  assert.match(keptCard, /Evidence/);
  assert.ok(keptCard.includes(`/documents/${kept.evidence.docId}?cite=${kept.evidence.span[0]}-${kept.evidence.span[1]}#cited`));
});

test('document reader: a ?cite= span is marked and can be jumped to; signed documents get cards', async () => {
  const id = await docId('Four Memoranda');
  const data = await twin(`/documents/${id}.json`);
  const d1 = data.document.record.documents[0];
  const html = await page(`/documents/${id}?cite=${d1.span[0]}-${d1.span[1]}`);
  assert.match(html, /id="cited"/);
  assert.match(html, /class="hl[^"]*\bcite\b/);
  assert.match(html, /class="hl[^"]*\bdocument\b/);
  assert.ok(html.includes(`id="fact-${d1.id}"`));
  await page(`/documents/${id}?cite=99999999-99999999999`); // out of range: ignored
  await page('/documents/ffffffffffff', 404);
  assert.match((await twin('/documents/ffffffffffff.json', 404)).error.message, /no document/);
});

test('document text is escaped: markup in a readout never becomes markup on the page', async () => {
  const text = 'Talks <script>alert("x")</script> in Castellan & beyond\n\nMarch 3, 2025\n\nForeign Minister of the Republic of Corvania Ilse <b>Varga</b> held talks with Foreign Minister of Tessaly Bruno Kalt on March 2. Foreign Minister Varga stated that "<img src=x onerror=alert(1)>" was not welcome.\n';
  const res = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, filename: 'xss.txt' }) });
  assert.equal(res.status, 201, await res.clone().text());
  const { docId: id } = await res.json();
  const html = await page(`/documents/${id}`);
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;script&gt;alert/);
  const pre = /<pre class="readout-text"[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1];
  assert.equal(textOf(pre), (await twin(`/documents/${id}.json`)).document.record.document.text);
  const res2 = await app.request(`/search?q=${encodeURIComponent('<script>')}`);
  assert.doesNotMatch(await res2.text(), /<script>/);
});

test('person page: names, roles as a timeline, meetings, statements grouped by issue', async () => {
  const html = await page('/people/tomas-hallvik');
  const data = await twin('/people/tomas-hallvik.json');
  assert.equal(data.person.id, 'tomas-hallvik');
  assert.match(html, /<h1>Tomas Hallvik<\/h1>/);
  assert.match(html, /Roles over time/);
  assert.equal((html.match(/class="track"/g) ?? []).length, data.person.roles.length);
  for (const r of data.person.roles) if (r.title) assert.ok(textOf(html).includes(r.title));
  assert.ok(textOf(html).includes(`${data.person.documentsTotal} documents · ${data.statementsTotal} statements`));
  for (const r of data.person.roles) assert.ok(textOf(html).includes(`${r.documentsCount} document${r.documentsCount === 1 ? '' : 's'}`));
  assert.match(html, /Statements by issue/);
  for (const g of data.statementsByIssue) if (g.issue) assert.ok(html.includes(`href="/issues/${g.issue.id}"`));
  assert.ok(data.meetings.length > 0);
  assert.equal(data.meetings.length, data.meetingsTotal, 'a small corpus shows every meeting');
  for (const g of data.statementsByIssue) assert.ok(textOf(html).includes(`(${g.total}`), 'each issue group says how many statements it has');
  assert.doesNotMatch(html, /Older meetings|Older statements/, 'no "more" links when everything is shown');
  await page('/people/tomas-hallvik?meetingsLimit=x', 400);
  assert.ok(html.includes(`href="/documents/${data.meetings[0].docId}?cite=`));
  await page('/people/nobody-like-this', 404);
  assert.equal((await twin('/people/nobody-like-this.json', 404)).error.status, 404);
});

test('people and issues lists; issue page filters its timeline by actor', async () => {
  const people = await twin('/people.json');
  const html = await page('/people');
  for (const p of people.items) assert.ok(html.includes(`href="/people/${p.id}"`));
  await page('/people?limit=x', 400);
  const issues = await twin('/issues.json');
  const issue = issues.items.find((i: { readouts: number; statements: number }) => i.readouts > 0 && i.statements > 1);
  assert.ok(issue, 'an issue raised in the examples');
  assert.ok((await page('/issues')).includes(`href="/issues/${issue.id}"`));
  const timeline = await twin(`/issues/${issue.id}.json`);
  const ihtml = await page(`/issues/${issue.id}`);
  assert.match(ihtml, /<ol class="timeline">/);
  assert.match(ihtml, /<label>Actor/);
  const actor = timeline.entries.flatMap((e: { actors: { personId: string | null; name: string }[] }) => e.actors).find((a: { personId: string | null }) => a.personId);
  const filtered = await twin(`/issues/${issue.id}.json?actor=${encodeURIComponent(actor.personId)}`);
  assert.ok(filtered.entries.length <= timeline.entries.length);
  assert.ok(filtered.entries.every((e: { actors: { personId: string | null }[] }) => e.actors.some((a) => a.personId === actor.personId)));
  assert.ok((await page(`/issues/${issue.id}?actor=${encodeURIComponent(actor.personId)}`)).includes(`${filtered.total} entr`));
  assert.equal(timeline.total, timeline.entries.length);
  assert.doesNotMatch(ihtml, /rel="next"/, 'the examples fit on one page');
  await page(`/issues/${issue.id}?limit=0`, 400);
  await page('/issues/not-an-issue-at-all', 404);
});

test('signed documents: filter by kind and entry into force, sort by any column', async () => {
  const all = await twin('/signed-documents.json');
  assert.ok(all.total >= 6);
  const html = await page('/signed-documents');
  assert.match(html, /aria-sort="ascending"/);
  const byTitle = await twin('/signed-documents.json?sort=title&dir=desc');
  const titles = byTitle.items.map((r: { title: string }) => r.title.toLowerCase());
  assert.deepEqual(titles, [...titles].sort((a, b) => b.localeCompare(a)));
  const mou = await twin('/signed-documents.json?kind=mou');
  assert.ok(mou.total >= 1 && mou.items.every((r: { kind: string }) => r.kind === 'mou'));
  const mouHtml = await page('/signed-documents?kind=mou');
  assert.equal((mouHtml.match(/<tr>/g) ?? []).length - 1, mou.items.length, 'one row per document, plus the heading');
  const approval = await twin('/signed-documents.json?entryIntoForce=after-approval');
  assert.ok(approval.items.every((r: { entryIntoForce: string }) => r.entryIntoForce === 'after-approval'));
  assert.match(html, /<option value="X-VARENIA">Varenia<\/option>/, 'parties by name');
  await page('/signed-documents?sort=colour', 400);
  await page('/signed-documents?entryIntoForce=tomorrow', 400);
});

test('commitments: a tracker by status, with due dates and evidence', async () => {
  const html = await page(`/commitments?asOf=${AS_OF}`);
  const data = await twin(`/commitments.json?asOf=${AS_OF}`);
  assert.equal(data.asOf, AS_OF);
  assert.match(html, /<h2 id="h-overdue">Overdue/);
  assert.match(html, /<h2 id="h-kept">Kept/);
  const overdue = await twin(`/commitments.json?status=overdue&asOf=${AS_OF}`);
  assert.ok(overdue.items.every((c: { status: string }) => c.status === 'overdue'));
  const kept = data.items.find((c: { status: string; evidence: unknown }) => c.status === 'kept' && c.evidence);
  assert.ok(textOf(html).includes(kept.evidence.excerpt.replace(/\s+/g, ' ').slice(0, 30)) || html.includes(kept.evidence.docTitle));
  await page('/commitments?status=finished', 400);
  await page('/commitments?dueFrom=2024-01-01&dueTo=2023-01-01', 400);
});

test('search: ranked results with the matched words marked', async () => {
  const html = await page('/search?q=fisheries');
  const data = await twin('/search.json?q=fisheries');
  assert.ok(data.total >= 2);
  assert.match(html, /<mark>[Ff]isheries<\/mark>/);
  assert.ok(html.includes(`href="/documents/${data.items[0].docId}"`));
  assert.match(await page('/search'), /<input type="search" name="q"/);
  await page('/search?q=%22%22', 400);
});

test('a path nothing serves is a 404 page (or JSON for .json); the stylesheet is served', async () => {
  await page('/treaties', 404);
  const res = await app.request('/treaties.json');
  assert.equal(res.status, 404);
  assert.equal((await res.json()).error.status, 404);
  const css = await app.request('/static/style.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /text\/css/);
  assert.match(await css.text(), /@media \(max-width/);
  const js = await app.request('/static/reader.js');
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  assert.match(await js.text(), /hashchange/);
});
