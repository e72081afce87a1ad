// Route tests for the JSON API: every endpoint, its filters and paging, uploads, and bad input.
// The store holds the examples (fictional readouts in examples/), ingested through the real pipeline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../web/server.ts';
import { AS_OF, exampleStore, type TestStore } from '../web/testing.ts';

let ts: TestStore;
let app: Hono;

before(async () => {
  ts = await exampleStore();
  app = createApp(ts.store, { maxUploadBytes: 64 * 1024 });
});
after(async () => { await ts.cleanup(); });

async function getJson(path: string, status = 200): Promise<any> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status} ${status !== res.status ? await res.clone().text() : ''}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

async function assertBadRequest(path: string, mentions: RegExp, status = 400): Promise<void> {
  const body = await getJson(path, status);
  assert.equal(body.error.status, status);
  assert.match(body.error.message, mentions, path);
  assert.doesNotMatch(body.error.message, /\n|at .*\.ts:\d+/, 'one line, no stack');
}

const docIdOf = async (titlePart: string): Promise<string> => {
  const page = await getJson(`/api/documents?q=${encodeURIComponent(titlePart)}`);
  assert.equal(page.items.length, 1, `one document titled like ${titlePart}`);
  return page.items[0].docId;
};

test('the OpenAPI document is 3.1 and describes exactly the routes the API serves', async () => {
  const doc = await getJson('/api/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  const described = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(ops)) described.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
  }
  const served = new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*'))
    .map((r) => `${r.method} ${r.path}`));
  assert.deepEqual([...served].sort(), [...described].sort());
  // Every $ref points at a defined component.
  const refs = JSON.stringify(doc).match(/#\/components\/(schemas|responses)\/\w+/g) ?? [];
  for (const ref of refs) {
    const [, , kind, name] = ref.split('/');
    assert.ok(doc.components[kind][name], `${ref} is defined`);
  }
});

test('GET /api/stats: the corpus at a glance, as of a date', async () => {
  const stats = await getJson(`/api/stats?asOf=${AS_OF}`);
  assert.equal(stats.documents, 8);
  assert.equal(stats.asOf, AS_OF);
  assert.ok(stats.people >= 10);
  assert.ok(stats.meetingsByYear.some((y: { year: number }) => y.year === 2019));
  assert.ok(stats.commitmentsOverdue >= 3, 'rows 3, 7, 12, 14 of the examples are overdue');
  await assertBadRequest('/api/stats?asOf=2026-02-30', /asOf/);
  await assertBadRequest('/api/stats?soonDays=-3', /soonDays/);
});

test('GET /api/documents: list, filters and paging', async () => {
  const all = await getJson('/api/documents');
  assert.equal(all.total, 8);
  assert.deepEqual(all.items.map((d: { date: string }) => d.date), [...all.items.map((d: { date: string }) => d.date)].sort().reverse(), 'newest first');
  const y2021 = await getJson('/api/documents?year=2021');
  assert.equal(y2021.total, 2);
  assert.ok(y2021.items.every((d: { date: string }) => d.date.startsWith('2021')));
  const summaries = await getJson('/api/documents?kind=summary-of-results');
  assert.ok(summaries.total >= 2 && summaries.items.every((d: { kind: string }) => d.kind === 'summary-of-results'));
  const p1 = await getJson('/api/documents?limit=3');
  const p2 = await getJson('/api/documents?limit=3&offset=3');
  assert.equal(p1.items.length, 3);
  assert.equal(p2.offset, 3);
  assert.equal(new Set([...p1.items, ...p2.items].map((d: { docId: string }) => d.docId)).size, 6, 'pages do not overlap');
  await assertBadRequest('/api/documents?limit=0', /limit/);
  await assertBadRequest('/api/documents?limit=abc', /limit/);
  await assertBadRequest('/api/documents?limit=100000', /limit/);
  await assertBadRequest('/api/documents?offset=-1', /offset/);
  await assertBadRequest('/api/documents?year=20x1', /year/);
  await assertBadRequest('/api/documents?includeSuperseded=maybe', /includeSuperseded/);
});

test('GET /api/documents/{id} and /text: one record and its text', async () => {
  const id = await docIdOf('Four Memoranda');
  const doc = await getJson(`/api/documents/${id}`);
  assert.equal(doc.record.schema, 'readout.record/v1');
  assert.ok(doc.record.documents.length >= 4, 'the four MoUs');
  assert.equal(doc.versions.length, 1);
  const short = await getJson(`/api/documents/${id.slice(0, 12)}`);
  assert.equal(short.docId, id, 'a unique prefix finds it');
  const res = await app.request(`/api/documents/${id}/text`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
  const text = await res.text();
  assert.equal(text, doc.record.document.text);
  const [s, e] = doc.record.statements[0].span;
  assert.ok(text.slice(s, e).length > 0, 'spans index this text');
  await assertBadRequest('/api/documents/0000000000000000dead', /no document/, 404);
  await assertBadRequest('/api/documents/nothing-here/text', /no document/, 404);
});

test('GET /api/people and /api/people/{id}: roles over time, meetings, statements by issue', async () => {
  const people = await getJson('/api/people?q=hallvik');
  assert.equal(people.items[0].id, 'tomas-hallvik');
  const hallvik = await getJson('/api/people/tomas-hallvik');
  const titles = hallvik.person.roles.map((r: { title: string }) => r.title).join(' | ');
  assert.match(titles, /Foreign/);
  assert.match(titles, /Prime Minister/);
  // The person comes compact: counts instead of every appearance and every role's documents.
  assert.equal(hallvik.person.appearances, undefined);
  assert.ok(hallvik.person.appearancesTotal >= hallvik.person.documentsTotal && hallvik.person.documentsTotal >= 3);
  assert.ok(hallvik.person.roles.every((r: { documentsCount: number; documents?: unknown }) => r.documentsCount >= 1 && r.documents === undefined));
  assert.ok(hallvik.meetings.length >= 3);
  assert.ok(hallvik.statementsByIssue.some((g: { issue: unknown; statements: unknown[] }) => g.statements.length > 0));
  // The examples' person pages are shown whole by default; the totals say how much there is.
  assert.equal(hallvik.meetings.length, hallvik.meetingsTotal);
  for (const g of hallvik.statementsByIssue) assert.equal(g.statements.length, g.total);
  assert.ok(hallvik.statementsTotal >= Math.max(...hallvik.statementsByIssue.map((g: { total: number }) => g.total)));
  const meetingDates = hallvik.meetings.map((m: { date: string | null }) => m.date).filter(Boolean);
  assert.deepEqual(meetingDates, [...meetingDates].sort().reverse(), 'the most recent meetings first');
  await assertBadRequest('/api/people/tomas-hallvik?meetingsLimit=0', /meetingsLimit/);
  await assertBadRequest('/api/people/tomas-hallvik?statementsOffset=-1', /statementsOffset/);
  await assertBadRequest('/api/people/tomas-hallvik?statementsLimit=100000', /statementsLimit: at most/);
  const byName = await getJson('/api/people/Tomas%20Hallvik');
  assert.equal(byName.person.id, 'tomas-hallvik', 'a name finds the person too');
  await assertBadRequest('/api/people/nobody-at-all', /no person/, 404);
  await assertBadRequest('/api/people?limit=nope', /limit/);
});

test('GET /api/issues and /api/issues/{id}/timeline, filtered by actor', async () => {
  const { items } = await getJson('/api/issues');
  const raised = items.filter((i: { readouts: number }) => i.readouts > 0);
  assert.ok(raised.length > 0);
  const issue = raised[0];
  const timeline = await getJson(`/api/issues/${issue.id}/timeline`);
  assert.equal(timeline.issue.id, issue.id);
  assert.ok(timeline.entries.length > 0);
  const dates = timeline.entries.map((e: { date: string | null }) => e.date).filter(Boolean);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.deepEqual([timeline.total, timeline.offset], [timeline.entries.length, 0], 'the examples fit on the first page');
  await assertBadRequest(`/api/issues/${issue.id}/timeline?limit=0`, /limit/);
  await assertBadRequest(`/api/issues/${issue.id}/timeline?offset=x`, /offset/);
  const someone = timeline.entries.flatMap((e: { actors: { personId: string | null }[] }) => e.actors).find((a: { personId: string | null }) => a.personId);
  if (someone) {
    const filtered = await getJson(`/api/issues/${issue.id}/timeline?actor=${encodeURIComponent(someone.personId)}`);
    assert.ok(filtered.entries.length > 0 && filtered.entries.length <= timeline.entries.length);
    assert.ok(filtered.entries.every((e: { actors: { personId: string | null }[] }) => e.actors.some((a) => a.personId === someone.personId)));
  }
  await assertBadRequest('/api/issues/no-such-issue-here/timeline', /no issue/, 404);
});

test('GET /api/signed-documents: filters by kind, party, year, entry into force', async () => {
  const all = await getJson('/api/signed-documents');
  assert.ok(all.total >= 6);
  const mous = await getJson('/api/signed-documents?kind=mou');
  assert.ok(mous.total >= 1 && mous.items.every((d: { kind: string }) => d.kind === 'mou'));
  const party = all.items[0].parties[0];
  const byParty = await getJson(`/api/signed-documents?party=${encodeURIComponent(party)}`);
  assert.ok(byParty.items.every((d: { parties: string[] }) => d.parties.includes(party)));
  const y2020 = await getJson('/api/signed-documents?year=2020');
  assert.ok(y2020.items.every((d: { date: string }) => d.date.startsWith('2020')));
  const approval = await getJson('/api/signed-documents?entryIntoForce=after-approval');
  assert.ok(approval.total >= 1 && approval.items.every((d: { entryIntoForce: string }) => d.entryIntoForce === 'after-approval'));
  await assertBadRequest('/api/signed-documents?entryIntoForce=someday', /entryIntoForce/);
  await assertBadRequest('/api/signed-documents?year=abc', /year/);
});

test('GET /api/commitments: status, actor, due window and as-of date', async () => {
  const overdue = await getJson(`/api/commitments?status=overdue&asOf=${AS_OF}`);
  assert.ok(overdue.items.some((c: { action: string }) => /Joint Economic Commission/i.test(c.action)));
  assert.ok(overdue.items.every((c: { status: string }) => c.status === 'overdue'));
  const kept = await getJson(`/api/commitments?status=kept&asOf=${AS_OF}`);
  assert.ok(kept.items.length >= 5 && kept.items.every((c: { evidence: unknown }) => c.evidence), 'kept commitments carry their evidence');
  // As of mid-2020, the maritime talks promised for early 2020 were not yet held: overdue then, kept later.
  const early = await getJson('/api/commitments?asOf=2020-06-01&limit=500');
  const talks = early.items.find((c: { action: string }) => /maritime boundary/.test(c.action));
  assert.equal(talks?.status, 'overdue');
  const window = await getJson(`/api/commitments?dueFrom=2022-01-01&dueTo=2022-12-31&asOf=${AS_OF}`);
  assert.ok(window.items.length > 0);
  assert.ok(window.items.every((c: { due: { start: string; end: string } }) => c.due.end >= '2022-01-01' && c.due.start <= '2022-12-31'));
  const hallvik = await getJson(`/api/commitments?actor=tomas-hallvik&asOf=${AS_OF}`);
  assert.ok(hallvik.items.length > 0 && hallvik.items.every((c: { actors: { personId: string }[] }) => c.actors.some((a) => a.personId === 'tomas-hallvik')));
  await assertBadRequest('/api/commitments?status=done', /status/);
  await assertBadRequest('/api/commitments?asOf=yesterday', /asOf/);
  await assertBadRequest('/api/commitments?dueFrom=2023-01-01&dueTo=2022-01-01', /dueFrom/);
});

test('GET /api/search: ranked hits with highlight ranges', async () => {
  const page = await getJson('/api/search?q=fisheries');
  assert.ok(page.total >= 2);
  for (const hit of page.items) {
    assert.ok(hit.highlights.length > 0);
    for (const [s, e] of hit.highlights) assert.match(hit.snippet.slice(s, e), /fisheries/i);
  }
  assert.ok(page.items[0].score >= page.items.at(-1).score, 'best first');
  await assertBadRequest('/api/search', /q/);
  await assertBadRequest('/api/search?q=%20%20', /q/);
  await assertBadRequest('/api/search?q=%22%22', /no words/);
});

const READOUT = `Talks between the Foreign Ministers of Corvania and Tessaly

March 3, 2025

Foreign Minister of the Republic of Corvania Ilse Varga held talks with Foreign Minister of the Kingdom of Tessaly Bruno Kalt in Halvmark on March 2.

Foreign Minister Varga stated that Corvania would open a consulate in Tessaly in 2026.
`;

test('POST /api/documents: text, JSON and file uploads are ingested once; then readable everywhere', async () => {
  const first = await app.request('/api/documents?date=2025-03-03', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: READOUT });
  assert.equal(first.status, 201, await first.clone().text());
  const added = await first.json();
  assert.equal(added.status, 'added');
  assert.equal(first.headers.get('location'), `/api/documents/${added.docId}`);
  assert.match(added.title, /Corvania and Tessaly/);
  const again = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: READOUT }) });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).status, 'unchanged');
  const form = new FormData();
  form.set('file', new File([READOUT.replace('2026', '2027')], 'corvania.txt', { type: 'text/plain' }));
  form.set('url', 'https://mfa.corvania.example/readouts/42');
  const upload = await app.request('/api/documents', { method: 'POST', body: form });
  assert.equal(upload.status, 201, await upload.clone().text());
  const uploaded = await upload.json();
  assert.equal(uploaded.sourceKey, 'upload:https://mfa.corvania.example/readouts/42', 'an upload names keys only inside upload:');
  const doc = await getJson(`/api/documents/${uploaded.docId}`);
  assert.equal(doc.record.document.source.url, 'https://mfa.corvania.example/readouts/42');
  assert.ok(doc.record.commitments.some((c: { action: string }) => /consulate/.test(c.action)));
  const people = await getJson('/api/people?q=varga');
  assert.ok(people.items.some((p: { name: string }) => p.name === 'Ilse Varga'));
});

test('POST /api/documents: bad input gets a clear 4xx', async () => {
  const post = (init: RequestInit, query = '') => app.request(`/api/documents${query}`, { method: 'POST', ...init });
  const expect = async (res: Response, status: number, mentions: RegExp) => {
    assert.equal(res.status, status, await res.clone().text());
    const body = await res.json();
    assert.match(body.error.message, mentions);
  };
  await expect(await post({ headers: { 'content-type': 'text/plain' }, body: '' }), 422, /empty/);
  await expect(await post({ headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0, 0, 3]) }), 422, /binary|not text|readout/i);
  await expect(await post({ headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(70 * 1024) }), 413, /larger than/);
  await expect(await post({ headers: { 'content-type': 'image/png' }, body: 'abc' }), 415, /content type/);
  await expect(await post({ body: 'no type' , headers: { 'content-type': '' } }), 415, /content type/);
  await expect(await post({ headers: { 'content-type': 'application/json' }, body: '{"text": ' }), 400, /JSON/);
  await expect(await post({ headers: { 'content-type': 'application/json' }, body: '{"body": "x"}' }), 400, /text/);
  await expect(await post({ headers: { 'content-type': 'application/json' }, body: '[1]' }), 400, /object/);
  await expect(await post({ headers: { 'content-type': 'text/plain' }, body: READOUT }, '?date=2025-13-01'), 400, /date/);
  await expect(await post({ headers: { 'content-type': 'text/plain' }, body: READOUT }, '?url=javascript:alert(1)'), 400, /url/);
  const form = new FormData();
  form.set('other', 'x');
  await expect(await post({ body: form }), 400, /file/);
});

test('unknown API paths are JSON 404s; known paths with another method are 405s', async () => {
  await assertBadRequest('/api/treaties', /no API endpoint/, 404);
  const res = await app.request('/api/documents', { method: 'DELETE' });
  assert.equal(res.status, 405);
  assert.match((await res.json()).error.message, /DELETE/);
});

test('GET /api/commitments: facets with counts, each count what choosing it shows; ?sort= and ?dir= order the rows', async () => {
  const all = await getJson(`/api/commitments?asOf=${AS_OF}&limit=500`);
  assert.ok(all.facets.country.length > 0 && all.facets.status.length > 0, JSON.stringify(all.facets));
  for (const facet of ['country', 'status', 'year'] as const) {
    for (const v of all.facets[facet]) {
      const chosen = await getJson(`/api/commitments?asOf=${AS_OF}&${facet}=${encodeURIComponent(v.value)}&limit=500`);
      assert.equal(chosen.total, v.count, `${facet}=${v.value}`);
    }
  }
  const sorted = await getJson(`/api/commitments?asOf=${AS_OF}&sort=action&dir=desc&limit=500`);
  const actions = sorted.items.map((c: { action: string }) => c.action.toLowerCase());
  assert.deepEqual(actions, [...actions].sort().reverse());
  await assertBadRequest('/api/commitments?sort=colour', /sort/);
  await assertBadRequest('/api/commitments?year=20x5', /year/);
});
