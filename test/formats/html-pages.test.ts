// Pages shaped like those ministries publish (fictional states): only the readout survives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ingest } from '../../src/ingest/index.ts';

const page = (name: string) => readFileSync(fileURLToPath(new URL(`pages/${name}`, import.meta.url)));

test('a ministry page: breadcrumb, menus, print, caption, "Back to Index" and footer dropped', async () => {
  const r = await ingest({ bytes: page('valdoria-mofa.html'), path: 'valdoria-mofa.html' });
  for (const furniture of ['Home', 'Foreign Policy', 'print', 'PRINT', 'Photo', 'Back to Index', 'Page top', 'Copyright', 'Script text', 'Terms of Use']) {
    assert.ok(!r.text.includes(furniture), `"${furniture}" should be dropped`);
  }
  assert.match(r.text, /^Meeting between Prime Minister Aldo Merren of Valdoria and President Tomas Vell of Norvania\n\nMarch 14, 2024\n\nOn March 14,/);
  assert.match(r.text, /\n\n\(1\) Maritime security\n\n/);
  assert.match(r.text, /\n\n• Memorandum of Cooperation on Coastal Fisheries Management\n\n/);
});

test('a press-office article page: the article only, title and date from the page', async () => {
  const r = await ingest({ bytes: page('norvania-press-office.html'), path: 'norvania.html' });
  assert.equal(r.title, 'Readout of President Vell’s Call with Chancellor Ostrin of Kelmark');
  assert.equal(r.date, '2024-05-02');
  const paragraphs = r.text.split('\n\n');
  assert.deepEqual(paragraphs.slice(0, 3), [
    'Readout of President Vell’s Call with Chancellor Ostrin of Kelmark',
    'May 2, 2024',
    'President Tomas Vell spoke today with Chancellor Mira Ostrin of Kelmark. The two leaders discussed the upcoming Northern Straits Summit and reaffirmed their shared commitment to open sea lanes.',
  ]);
  for (const furniture of ['Skip to content', 'Briefing Room', 'Statements and Releases', 'Share', 'Related', 'Tracking pixel', 'Palace Square', 'Should not appear', 'dataLayer']) {
    assert.ok(!r.text.includes(furniture), `"${furniture}" should be dropped`);
  }
});

test('a page with photo captions: captions dropped, title and date put on top', async () => {
  const r = await ingest({ bytes: page('tervalia-photo-caption.html'), path: 'tervalia.html' });
  assert.equal(r.title, 'Minister Caradine’s Official Visit to Tervalia');
  assert.equal(r.date, '2023-11-09');
  assert.match(r.text, /^Minister Caradine’s Official Visit to Tervalia\n\nNovember 9, 2023\n\nMinister for Foreign Affairs Ilse Caradine made/);
  assert.ok(!/Photo credit|Lantern Hall|Signing ceremony|Facebook|Sitemap|Media Centre/.test(r.text));
  assert.match(r.text, /\n\nMINISTRY OF FOREIGN AFFAIRS\nVALDORIA\n9 NOVEMBER 2023$/);
});

test('a legacy table page in Windows-1252: declared charset, lettered list kept', async () => {
  const bytes = iconv.encode(page('esmark-legacy-table.html').toString('utf8'), 'windows-1252');
  const r = await ingest({ bytes, path: 'esmark.html' });
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.date, '2005-02-03');
  assert.equal(r.title, 'Esmark - Valdoria Summit Meeting (Summary)');
  assert.ok(r.text.includes('\n\na. Prime Minister Halvik said that Esmark would provide “technical cooperation” for the Valdorian railway renewal plan.\n\n'));
  assert.ok(r.text.includes('\n\n3. Both Prime Ministers agreed to meet again at the Café Nordlys forum in June.'));
  assert.ok(!/Top \||Policy|Back to Index|©/.test(r.text));
});
