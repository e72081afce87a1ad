// The server under attack: writes from another site's pages, requests for another host (DNS
// rebinding), a server bound beyond loopback without its token, and a client naming the source
// key of a readout it did not send. Each is refused before anything is read or stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, startServer } from './server.ts';
import { exampleStore, type TestStore } from './testing.ts';

let ts: TestStore;
before(async () => { ts = await exampleStore(); });
after(async () => { await ts.cleanup(); });

const READOUT = `Readout of the talks between Corvania and Tessaly

March 3, 2025

Foreign Minister Ilse Varga of Corvania met Foreign Minister Bruno Kalt of Tessaly in Halvmark. Minister Varga said that Corvania will open a trade office in Tessaly in 2026.
`;

async function documentCount(): Promise<number> {
  return (await ts.store.stats()).documents;
}

test('a write from another site is refused, whatever the body type; the store is unchanged', async () => {
  const app = createApp(ts.store);
  const before = await documentCount();
  const attempts: RequestInit[] = [
    // An HTML form with enctype="text/plain", or fetch(…, {mode: 'no-cors'}), from another site.
    { headers: { host: 'localhost:4173', origin: 'http://evil.example', 'content-type': 'text/plain' }, body: READOUT },
    { headers: { host: 'localhost:4173', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' }, body: READOUT },
    { headers: { host: 'localhost:4173', origin: 'null', 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' },
    { headers: { host: 'localhost:4173', origin: 'http://localhost:9999', 'content-type': 'application/json' }, body: JSON.stringify({ text: READOUT }) },
  ];
  for (const init of attempts) {
    const res = await app.request('http://localhost:4173/api/documents', { method: 'POST', ...init });
    assert.equal(res.status, 403, JSON.stringify(init.headers));
    assert.match((await res.json()).error.message, /own pages only/);
  }
  assert.equal(await documentCount(), before, 'nothing was stored');
  // The server's own page, and a program that names no origin, may write.
  const own = await app.request('http://localhost:4173/api/documents', { method: 'POST', headers: { host: 'localhost:4173', origin: 'http://localhost:4173', 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain' }, body: READOUT });
  assert.equal(own.status, 201, await own.clone().text());
});

test('a request naming a host other than loopback is not served by a loopback server (DNS rebinding)', async () => {
  const app = createApp(ts.store);
  const res = await app.request('http://evil.example:4173/api/stats', { headers: { host: 'evil.example:4173' } });
  assert.equal(res.status, 421);
  assert.match((await res.json()).error.message, /Host: evil\.example/);
  for (const host of ['127.0.0.1:4173', 'localhost:4173', '[::1]:4173']) {
    assert.equal((await app.request(`http://${host}/api/stats`, { headers: { host } })).status, 200, host);
  }
});

test('a server bound beyond loopback takes writes with its token only, and will not start without one', async () => {
  const app = createApp(ts.store, { token: 'secret-token-1', hosts: null });
  const post = (headers: Record<string, string>) => app.request('http://readout.lan/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: READOUT.replace('2026', '2028') });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ authorization: 'Bearer wrong-token-12' })).status, 401);
  assert.equal((await post({ authorization: 'Bearer secret-token-1' })).status, 201);
  assert.equal((await app.request('http://readout.lan/api/stats')).status, 200, 'reads need no token');
  await assert.rejects(startServer(ts.store, { host: '0.0.0.0', port: 0 }), /needs a token/);
});

test('an upload never takes the source key of a file or URL ingest', async () => {
  const app = createApp(ts.store);
  const existing = (await ts.store.listDocuments({ limit: 50 })).items.find((d) => !d.sourceKey.startsWith('upload:'));
  assert.ok(existing, 'an example ingested from a file');
  const res = await app.request(`/api/documents?sourceKey=${encodeURIComponent(existing.sourceKey)}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: READOUT.replace('2026', '2029') });
  const body = await res.json();
  assert.equal(res.status, 201, JSON.stringify(body));
  assert.equal(body.sourceKey, `upload:${existing.sourceKey}`);
  assert.equal(body.version, 1, 'a new readout, not a version of the existing one');
  const still = await ts.store.getDocument(existing.docId);
  assert.ok(still && still.current !== false, 'the file ingest is still current');
});
