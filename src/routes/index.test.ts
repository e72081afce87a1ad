// The table of routes, as a user of the server meets it: every parameter checked the same way on
// the API, the pages and their twins; every page has a .json twin; the OpenAPI document states each
// parameter's definition; every answer carries the security headers; writes are checked first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../web/server.ts';
import { jsonPath } from '../web/app.tsx';
import { exampleStore, type TestStore } from '../web/testing.ts';
import { API_ROUTES, PAGE_ROUTES } from './index.ts';

let ts: TestStore;
let app: Hono;
/** A real id for each kind of path parameter, by the path's first segment. */
const ids: Record<string, string> = {};

before(async () => {
  ts = await exampleStore();
  app = createApp(ts.store, { maxUploadBytes: 1024 });
  ids.documents = (await ts.store.listDocuments({ limit: 1 })).items[0].docId;
  ids.people = 'tomas-hallvik';
  ids.issues = (await ts.store.listIssues()).find((i) => i.readouts > 0)!.id;
});
after(async () => { await ts.cleanup(); });

/** A route's path with its parameters filled with ids that exist. */
const filled = (path: string) => path.replace(/:id/, () => ids[path.split('/').find((s) => s && s !== 'api')!]);

/** Every GET URL the table makes (API paths, pages, twins), with the route's integer parameters. */
function integerUrls(): { url: string; integers: string[] }[] {
  const urls: { url: string; integers: string[] }[] = [];
  for (const route of [...API_ROUTES, ...PAGE_ROUTES]) {
    if (route.method !== 'GET') continue;
    const integers = Object.entries({ ...route.params, ...route.view }).filter(([, p]) => p.kind === 'integer').map(([name]) => name);
    // Required parameters (the search words) are given, so only the integer is wrong.
    const required = Object.entries(route.params).filter(([, p]) => p.required).map(([name]) => `${name}=fisheries`).join('&');
    const at = (path: string) => filled(path) + (required ? `?${required}` : '');
    if (route.api) urls.push({ url: at(route.api.path), integers });
    if (route.page) urls.push({ url: at(route.page), integers }, { url: at(jsonPath(route.page)), integers });
  }
  return urls;
}

async function errorOf(url: string): Promise<{ status: number; message: string }> {
  const res = await app.request(url);
  const body = await res.text();
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    const { error } = JSON.parse(body);
    assert.equal(error.status, res.status, url);
    return { status: res.status, message: error.message };
  }
  return { status: res.status, message: /<p role="alert">([^<]*)<\/p>/.exec(body)?.[1] ?? body.slice(0, 200) };
}

test('a huge or malformed integer is a 400 naming the parameter, on every API route, page and twin', async () => {
  const urls = integerUrls();
  const names = [...new Set(urls.flatMap((u) => u.integers))].sort();
  assert.deepEqual(names, ['limit', 'meetingsLimit', 'meetingsOffset', 'offset', 'soonDays', 'statementsLimit', 'statementsOffset', 'year']);
  for (const { url, integers } of urls) {
    for (const name of integers) {
      const q = (v: string) => `${url}${url.includes('?') ? '&' : '?'}${name}=${v}`;
      for (const value of ['99999999999999999999999', '-1', 'abc']) {
        const { status, message } = await errorOf(q(value));
        assert.equal(status, 400, `${q(value)}: ${message}`);
        assert.match(message, new RegExp(`^${name}: `), q(value));
        assert.doesNotMatch(message, /\n|at .*\.ts:\d+/, 'one line, no stack');
      }
    }
  }
});

test('every page has a .json twin with its data, and its HTML links to it', async () => {
  for (const route of PAGE_ROUTES) {
    const res = await app.request(filled(jsonPath(route.page)));
    assert.equal(res.status, 200, route.page);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(typeof (await res.json()), 'object');
    const html = await (await app.request(filled(route.page))).text();
    assert.ok(html.includes(`<link rel="alternate" type="application/json" href="${filled(jsonPath(route.page))}"/>`), route.page);
  }
});

test('the OpenAPI document states every parameter of every API route as the table defines it', async () => {
  const doc = await (await app.request('/api/openapi.json')).json();
  for (const route of API_ROUTES) {
    const op = doc.paths[route.api.path.replace(/:(\w+)/g, '{$1}')][route.method.toLowerCase()];
    assert.equal(op.summary, route.api.summary);
    for (const [name, param] of Object.entries(route.params)) {
      const described = op.parameters.find((p: { name: string; in: string }) => p.name === name && p.in === 'query');
      assert.ok(described, `${route.api.path} describes ${name}`);
      assert.deepEqual([described.schema, described.description, described.required], [param.schema, param.description, param.required]);
    }
    for (const name of Object.keys(route.pathParams ?? {})) {
      assert.ok(op.parameters.some((p: { name: string; in: string }) => p.name === name && p.in === 'path'));
      assert.ok(op.responses[404], `${route.api.path} can answer 404`);
    }
  }
});

test('every answer carries the security headers; pages also their content security policy', async () => {
  for (const url of ['/', '/index.json', '/api/stats', '/api/nowhere', '/treaties', '/static/style.css']) {
    const res = await app.request(url);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', url);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', url);
    assert.equal(res.headers.get('referrer-policy'), 'same-origin', url);
    const html = (res.headers.get('content-type') ?? '').startsWith('text/html');
    assert.equal(res.headers.get('content-security-policy') !== null, html, `${url}: a policy on pages only`);
  }
});

test('a state-changing route runs its write checks before it reads anything: too large is a 413, whatever else is wrong', async () => {
  assert.ok(API_ROUTES.some((r) => r.write && r.method === 'POST'));
  const res = await app.request('/api/documents?date=not-a-date', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2048) });
  assert.equal(res.status, 413);
  const small = await app.request('/api/documents?date=not-a-date', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
  assert.equal(small.status, 400, 'then its parameters');
  assert.match((await small.json()).error.message, /^date: /);
});
