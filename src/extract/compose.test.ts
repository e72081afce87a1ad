// Composing the extract pipeline as a developer adding a component meets it: a component
// that reads a value before it exists, provides one twice, or forgets what it promised is
// refused with a sentence naming it; the shipped list composes and runs in its order.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { component, composePipeline, type AnyComponent } from './compose.ts';
import { COMPONENTS } from './components.ts';
import type { Given } from './doc.ts';
import { extractText } from './test-helpers.test-util.ts';

const tokens = component({ name: 'tokens', requires: ['text'], provides: ['tokens'], run: ({ text }) => ({ tokens: text.split(' ').map((w) => ({ text: w, start: 0, end: 0, cap: false, word: true })) }) });
const home = component({ name: 'home', requires: ['tokens'], provides: ['home'], run: ({ tokens: t }) => ({ home: t.length > 1 ? 'X-VARENIA' : null }) });
const given: Given = { input: { text: 'Varenia and Kestria', format: 'txt', encoding: 'utf-8', sha256: 'test' }, options: {}, text: 'Varenia and Kestria' };

describe('composing extract components', () => {
  test('components run in order, each reading what the ones before provided', () => {
    const doc = composePipeline([tokens, home]).run(given);
    assert.equal(doc.tokens.length, 3);
    assert.equal(doc.home, 'X-VARENIA');
  });

  test('a component listed before the one providing what it requires is refused, naming both', () => {
    assert.throws(() => composePipeline([home, tokens]), { message: 'extract component "home" requires "tokens", which "tokens" provides only after it' });
  });

  test('a requirement nobody provides is refused', () => {
    assert.throws(() => composePipeline([home]), { message: 'extract component "home" requires "tokens", which no component provides' });
  });

  test('a value provided twice, or a name listed twice, is refused', () => {
    const again = component({ name: 'tokens-again', requires: ['text'], provides: ['tokens'], run: () => ({ tokens: [] }) });
    assert.throws(() => composePipeline([tokens, again]), { message: 'extract component "tokens-again" provides "tokens", already provided by "tokens"' });
    assert.throws(() => composePipeline([tokens, tokens]), { message: 'extract component "tokens" is listed twice' });
    const text = component({ name: 'retext', requires: [], provides: ['text'], run: () => ({ text: '' }) });
    assert.throws(() => composePipeline([text]), { message: 'extract component "retext" provides "text", already provided by the input' });
  });

  test('updating a value needs it to exist already', () => {
    const early: AnyComponent = { name: 'groups', requires: ['text'], provides: [], updates: ['actors'], run: () => ({}) };
    assert.throws(() => composePipeline([early]), /"groups" requires "actors", which no component provides/);
  });

  test('a component sees only the values it requires', () => {
    const seen: string[] = [];
    const peek: AnyComponent = { name: 'peek', requires: ['tokens'], provides: ['home'], run: (doc) => { seen.push(...Object.keys(doc)); return { home: null }; } };
    composePipeline([tokens, peek]).run(given);
    assert.deepEqual(seen, ['tokens']);
  });

  test('a component that does not provide what it declared fails the document, naming it', () => {
    const broken: AnyComponent = { name: 'broken', requires: ['text'], provides: ['home'], run: () => ({}) };
    assert.throws(() => composePipeline([broken]).run(given), { message: 'extract component "broken" did not provide "home"' });
  });
});

describe('the shipped pipeline', () => {
  test('composes, with unique kebab-case names', () => {
    assert.doesNotThrow(() => composePipeline(COMPONENTS));
    for (const c of COMPONENTS) assert.match(c.name, /^[a-z]+(?:-[a-z]+)*$/);
  });

  test('provides every part of the record', () => {
    const provided = new Set(COMPONENTS.flatMap((c) => c.provides));
    for (const key of ['seg', 'head', 'kind', 'actors', 'meetings', 'statements', 'documents', 'commitments'] as const) assert.ok(provided.has(key), key);
  });

  test('runs on a readout end to end', () => {
    const r = extractText('Talks between Varenia and Kestria\n\nMarch 4, 2021\n\nPresident Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria. President Moravik stated that the border would stay open.\n');
    assert.equal(r.meetings.length, 1);
    assert.equal(r.statements[0]?.content, 'the border would stay open');
  });
});
