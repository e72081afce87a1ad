import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml, cleanPageTitle } from './html.ts';

test('ordered lists keep their numbering scheme, unordered lists get bullets', () => {
  const r = readHtml('<ol type="i" start="2"><li>second</li><li>third</li></ol><ol><li value="5">five</li><li>six</li></ol><ul><li>dot</li><li>(a) marked</li></ul>');
  assert.deepEqual(r.paragraphs, ['ii. second', 'iii. third', '5. five', '6. six', '• dot', '(a) marked']);
});

test('nested lists give one paragraph per item', () => {
  const r = readHtml('<ul><li>Parent<ul><li>Child one</li><li>Child two</li></ul></li><li>Next</li></ul>');
  assert.deepEqual(r.paragraphs, ['• Parent', '• Child one', '• Child two', '• Next']);
});

test('scripts, styles, navigation and hidden elements are dropped; entities decoded', () => {
  const r = readHtml('<body><nav>Menu</nav><p>A &amp; B&nbsp;met &#8220;today&#8221;.</p><script>alert(1)</script><style>p{}</style><p hidden>secret</p><div aria-hidden="true">x</div><p style="display:none">y</p></body>');
  assert.deepEqual(r.paragraphs, ['A & B met “today”.']);
});

test('the main content is chosen over the page around it', () => {
  const r = readHtml('<div class="promo"><p>Subscribe to our newsletter for more news.</p></div><main><article><h1>Talks</h1><p>The readout text is here and it is long enough.</p></article></main>');
  assert.deepEqual(r.paragraphs, ['Talks', 'The readout text is here and it is long enough.']);
  assert.equal(r.title, 'Talks');
});

test('line breaks inside a paragraph are kept; whitespace collapses', () => {
  const r = readHtml('<p>MINISTRY OF FOREIGN AFFAIRS<br>\n  VALDORIA<br/>9 NOVEMBER 2023</p><p>  two\n\n   words </p>');
  assert.deepEqual(r.paragraphs, ['MINISTRY OF FOREIGN AFFAIRS\nVALDORIA\n9 NOVEMBER 2023', 'two words']);
});

test('title from og:title or <title>; date from <time> or meta', () => {
  const r = readHtml('<head><title>Call with Kelmark | Presidential Office</title><meta name="dcterms.date" content="2021-07-04"></head><p>Body.</p>');
  assert.equal(r.title, 'Call with Kelmark');
  assert.equal(r.date, '2021-07-04');
  const t = readHtml('<head><meta property="og:title" content="OG title"></head><article><time datetime="2022-01-21T10:00:00-05:00">Jan 21</time><p>Body.</p></article>');
  assert.equal(t.title, 'OG title');
  assert.equal(t.date, '2022-01-21');
});

test('site names come off page titles, readout words stay', () => {
  assert.equal(cleanPageTitle('Esmark - Valdoria Summit Meeting'), 'Esmark - Valdoria Summit Meeting');
  assert.equal(cleanPageTitle('Visit to Tervalia - Ministry of Foreign Affairs of Valdoria'), 'Visit to Tervalia');
  assert.equal(cleanPageTitle('Readout | The White Palace'), 'Readout');
});

test('truncated markup still yields the text it has', () => {
  const r = readHtml('<html><body><main><h1>Talks in Karsk</h1><p>The two leaders agreed to meet ag');
  assert.deepEqual(r.paragraphs, ['Talks in Karsk', 'The two leaders agreed to meet ag']);
});
