// Takes the README's screenshots: every page at laptop (1280 px) and phone (390 px) widths, from
// a temporary store with the examples and ../shared/seeds, into docs/screenshots/*.png.
// Run: node --import tsx test/browser/screenshots.ts
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserMissing, launchBrowser, seedsPresent, startTestServer } from './harness.ts';
import { AS_OF } from '../../src/web/testing.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const WIDTHS = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

const missing = browserMissing();
if (missing) {
  process.stderr.write(`screenshots: ${missing}\n`);
  process.exit(1);
}
const server = await startTestServer(seedsPresent());
const browser = await launchBrowser();
try {
  mkdirSync(OUT, { recursive: true });
  const docs = await server.store.store.listDocuments({ q: 'Visit to the Kingdom of Osterland' });
  const reader = docs.items[0];
  const record = (await server.store.store.getDocument(reader.docId))!.record;
  // A statement of a person, in the first screen of text.
  const statement = record.statements.find((s) => s.span[0] > 800 && record.actors.find((a) => a.id === s.speaker)?.kind === 'person') ?? record.statements[0];
  const issue = (await server.store.store.listIssues()).find((i) => i.readouts > 1) ?? (await server.store.store.listIssues())[0];
  const pages: [string, string][] = [
    ['home', `/?asOf=${AS_OF}`],
    ['document', `/documents/${reader.docId}`],
    ['person', '/people/tomas-hallvik'],
    ['issue', `/issues/${issue.id}`],
    ['signed-documents', '/signed-documents?sort=date&dir=asc'],
    ['commitments', `/commitments?asOf=${AS_OF}`],
    ['search', '/search?q=fisheries+agreement'],
  ];
  for (const [name, path] of pages) {
    for (const [device, viewport] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      await page.goto(server.url + path);
      // On a laptop the reader is shown with a statement selected: its card beside the text.
      if (name === 'document' && device === 'laptop') {
        const link = page.locator(`pre.readout-text a.hl[href="#fact-${statement.id}"]`).first();
        await link.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollTo(0, 0));
        await link.click();
      }
      const file = `${OUT}${name}-${device}.png`;
      // The reader is shown with a statement selected; the rest as a first screen and a bit more.
      await page.screenshot({ path: file, fullPage: false, clip: { x: 0, y: 0, width: viewport.width, height: device === 'phone' ? viewport.height : 1000 } });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
