import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMarkdown, markdownParagraphs, inlineToText } from './markdown.ts';

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
