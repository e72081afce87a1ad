// The real UI in headless Chromium: open home, read a seed readout, select a statement and follow
// its speaker, filter the signed documents, find an overdue commitment and a kept one's evidence,
// search. Everything here works without JavaScript; the browser proves it renders and navigates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserMissing, launchBrowser, seedsPresent, startTestServer, SEEDS, type TestServer } from './harness.ts';
import { AS_OF } from '../../src/web/testing.ts';

const missing = browserMissing();
const withSeeds = seedsPresent();
let server: TestServer;
let browser: Browser;

before(async () => {
  if (missing) return;
  server = await startTestServer(withSeeds);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const res = await page.goto(server.url + path);
  assert.equal(res?.status(), 200, path);
  return page;
}

test('home: the corpus at a glance, and the skip link comes first by keyboard', { skip: missing ?? false }, async () => {
  const page = await open('/');
  assert.equal(await page.locator('h1').textContent(), 'The corpus at a glance');
  assert.match((await page.locator('.cards').textContent()) ?? '', /\d+ documents/);
  assert.ok(await page.locator('.bars li').count() > 0, 'meetings by year');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  await page.close();
});

test('a seed readout: select a statement, see its fields, follow its speaker to their page', { skip: missing ?? (withSeeds ? false : `${SEEDS} is absent: seed readouts skipped`) }, async () => {
  const page = await open('/documents?q=Kasjyanov');
  await page.getByRole('link', { name: /Visit to Japan by Chairman/ }).first().click();
  await page.waitForURL(/\/documents\/[0-9a-f]{64}$/);
  assert.match((await page.locator('h1').textContent()) ?? '', /Kasjyanov/);
  const card = page.locator('.fact-card:target');
  assert.equal(await card.count(), 0, 'nothing selected yet');
  assert.ok(await page.locator('.selected .hint').isVisible());
  // Select the first statement highlight spoken by a person with a page.
  const statements = page.locator('pre.readout-text a.hl.statement:not(.person)');
  assert.ok(await statements.count() > 10);
  let speakerLink = null;
  for (let i = 0; i < 30 && !speakerLink; i++) {
    await statements.nth(i).scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await statements.nth(i).click();
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the text stays where it was; the card shows beside it');
    assert.ok(await card.isVisible(), 'the selected statement\'s card shows');
    assert.equal(await card.locator('h3').textContent(), 'Statement');
    assert.ok(!(await page.locator('.selected .hint').isVisible()), 'the hint gives way to the card');
    const link = card.locator('a.speaker-link');
    if (await link.count()) speakerLink = link.first();
  }
  assert.ok(speakerLink, 'a statement whose speaker has a person page');
  const name = (await speakerLink.textContent())!;
  await speakerLink.click();
  await page.waitForURL(/\/people\//);
  assert.equal(await page.locator('h1').textContent(), name);
  assert.ok(await page.getByRole('heading', { name: 'Roles over time' }).isVisible());
  await page.close();
});

test('on a phone, a statement\'s card leads back to its passage', { skip: missing ?? false }, async () => {
  const page = await open('/documents?q=Osterland', 390);
  await page.locator('table a').first().click();
  await page.waitForURL(/\/documents\/[0-9a-f]{64}$/);
  const statement = page.locator('pre.readout-text a.hl.statement:not(.person)').first();
  await statement.click();
  const card = page.locator('.fact-card:target');
  assert.ok(await card.isVisible());
  assert.ok(await card.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight), 'the card is on screen');
  await card.getByRole('link', { name: /Back to this passage/ }).click();
  assert.ok(await statement.evaluate((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; }), 'the passage is on screen again');
  await page.close();
});

test('signed documents: filter by kind with the form, then sort by title', { skip: missing ?? false }, async () => {
  const page = await open('/signed-documents');
  const before = await page.locator('table.registry tbody tr').count();
  await page.getByLabel('Kind').selectOption('mou');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/kind=mou/);
  const rows = page.locator('table.registry tbody tr');
  const n = await rows.count();
  assert.ok(n > 0 && n < before, `${n} of ${before}`);
  for (let i = 0; i < n; i++) assert.equal(await rows.nth(i).locator('td').nth(1).textContent(), 'mou');
  await page.getByRole('link', { name: 'Title' }).click();
  await page.waitForURL(/sort=title/);
  assert.match(page.url(), /kind=mou/, 'sorting keeps the filter');
  const titles = await page.locator('table.registry tbody tr td:first-child').allTextContents();
  assert.deepEqual(titles, [...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  assert.equal(await page.locator('th[aria-sort="ascending"]').textContent(), 'Title ▲');
  await page.close();
});

test('commitments: an overdue one, cited in its readout; a kept one\'s evidence', { skip: missing ?? false }, async () => {
  const page = await open(`/commitments?asOf=${AS_OF}`);
  const overdue = page.locator('section:has(#h-overdue) tbody tr').filter({ hasText: 'Joint Economic Commission' });
  assert.equal(await overdue.count(), 1);
  assert.match((await overdue.locator('.badge').textContent()) ?? '', /Overdue/);
  await overdue.locator('td').nth(1).getByRole('link').click();
  await page.waitForURL(/cite=\d+-\d+#cited$/);
  const cited = page.locator('#cited');
  assert.ok(await cited.isVisible());
  assert.match((await page.locator('.hl.cite').allTextContents()).join(''), /Joint Economic Commission/);
  // Selecting the cited commitment shows its status.
  await cited.click();
  const card = page.locator('.fact-card:target');
  assert.match((await card.locator('h3').textContent()) ?? '', /Commitment\s*Overdue/);

  await page.goto(`${server.url}/commitments?status=kept&asOf=${AS_OF}`);
  const kept = page.locator('tbody tr').filter({ has: page.locator('.evidence') }).first();
  const excerpt = ((await kept.locator('.evidence blockquote').textContent()) ?? '').trim();
  assert.ok(excerpt.length > 10);
  await kept.locator('.evidence a').click();
  await page.waitForURL(/#cited$/);
  const shown = (await page.locator('.hl.cite').allTextContents()).join('').replace(/\s+/g, ' ');
  assert.equal(shown.trim(), excerpt.replace(/\s+/g, ' '), 'the evidence passage is highlighted in its readout');
  await page.close();
});

test('search from the header: ranked results with marked words, on a phone', { skip: missing ?? false }, async () => {
  const page = await open('/', 390);
  await page.getByRole('searchbox', { name: 'Search the readouts' }).fill('fisheries agreement');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=fisheries\+agreement/);
  const results = page.locator('ol.results > li');
  assert.ok(await results.count() >= 1);
  const marks = await results.first().locator('mark').allTextContents();
  assert.ok(marks.some((m) => /fisheries|agreement/i.test(m)));
  // No sideways scrolling on a phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await results.first().getByRole('link').first().click();
  await page.waitForURL(/\/documents\//);
  assert.ok(await page.locator('pre.readout-text').isVisible());
  await page.close();
});
