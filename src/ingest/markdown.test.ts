import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown, markdownParagraphs, inlineToText } from './markdown.ts';
import { ingest } from './index.ts';

test('front matter gives title, date and source address', () => {
  const md = '---\ntitle: "Talks in Karsk"\ndate: 2024-03-14T09:00:00+09:00\nsource_url: https://mfa.valdoria.example/a.html\n---\nBody text.\n';
  const r = readMarkdown(md);
  assert.equal(r.title, 'Talks in Karsk');
  assert.equal(r.date, '2024-03-14');
  assert.equal(r.url, 'https://mfa.valdoria.example/a.html');
  assert.deepEqual(r.paragraphs, ['Body text.']);
});

test('broken front matter is ignored, not fatal', () => {
  const r = readMarkdown('---\ntitle: [unclosed\n---\nBody.');
  assert.equal(r.title, null);
  assert.deepEqual(r.paragraphs, ['Body.']);
});

test('headings, wrapped paragraphs and lists become readout paragraphs', () => {
  const md = [
    '# Talks in Karsk', '', 'Heading two', '-----------', '',
    'The Minister stated that trade grew', 'in 2023 and would grow', '2024. The end.', '',
    '1. First item', '   continued', '2. Second item', '', '* bullet one', '+ bullet two', '',
    '• Glyph item one', '• Glyph item two', '', '***', '', '> Quoted text', '',
  ].join('\n');
  assert.deepEqual(markdownParagraphs(md), [
    'Talks in Karsk', 'Heading two', 'The Minister stated that trade grew in 2023 and would grow 2024. The end.',
    '1. First item continued', '2. Second item', '• bullet one', '• bullet two', '• Glyph item one', '• Glyph item two', 'Quoted text',
  ]);
});

test('inline markup goes, words and legend marks stay', () => {
  assert.equal(inlineToText('**Bold** and *em* and _under_ and `code`'), 'Bold and em and under and code');
  assert.equal(inlineToText('See [the statement](https://x.example/a_(b)) ![photo](p.jpg)'), 'See the statement ');
  assert.equal(inlineToText('◎ Treaty on Mutual Legal Assistance *'), '◎ Treaty on Mutual Legal Assistance *');
  assert.equal(inlineToText('1\\. Overview &amp; scope'), '1. Overview & scope');
  assert.equal(inlineToText('snake_case_name stays'), 'snake_case_name stays');
});

test('a hard line break is kept as a line break', () => {
  assert.deepEqual(markdownParagraphs('MINISTRY OF FOREIGN AFFAIRS  \nVALDORIA\\\n9 NOVEMBER 2023'), ['MINISTRY OF FOREIGN AFFAIRS\nVALDORIA\n9 NOVEMBER 2023']);
});

test('front matter past the limit is refused in one line naming the input and the limit', async () => {
  const keys = Array.from({ length: 8000 }, (_, i) => `key${i}: value ${i}`).join('\n');
  const bytes = new TextEncoder().encode(`---\n${keys}\n---\n\nA title\n\nMarch 1, 2024\n\nMinister Arvo Lind met Minister Kesti Rahn.\n`);
  await assert.rejects(ingest({ bytes, path: 'many-keys.md' }), (e: Error) => /^many-keys\.md: front matter of \d+ characters, over the 65536 limit/.test(e.message) && !e.message.includes('\n'));
});

test('front matter with thousands of keys under the limit, and a list indented thousands of levels deep, still read', async () => {
  const keys = Array.from({ length: 3000 }, (_, i) => `k${i}: v`).join('\n');
  const page = await ingest({ bytes: new TextEncoder().encode(`---\ntitle: Talks in Halvmark\n${keys}\n---\n\nMinister Arvo Lind met Minister Kesti Rahn.\n`), path: 'keys.md' });
  assert.equal(page.title, 'Talks in Halvmark');
  const deep = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- point ${i}`).join('\n');
  const listed = await ingest({ bytes: new TextEncoder().encode(`# Talks\n\n${deep}\n`), path: 'deep.md' });
  assert.match(listed.text, /• point 1999/);
});
