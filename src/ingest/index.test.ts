import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, InputError } from './index.ts';

const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));

test('content decides the format before the file name does', async () => {
  const html = await ingest({ bytes: Buffer.from('<!DOCTYPE html><html><body><h1>Talks</h1><p>Body text.</p></body></html>'), path: 'saved.txt' });
  assert.equal(html.format, 'html');
  assert.equal(html.text, 'Talks\n\nBody text.');
  const md = await ingest({ bytes: Buffer.from('---\ntitle: Talks\ndate: 2024-03-14\n---\nBody text.\n'), path: 'dump.txt' });
  assert.equal(md.format, 'md');
  assert.equal(md.text, 'Talks\n\nMarch 14, 2024\n\nBody text.');
  const plain = await ingest({ bytes: Buffer.from('Talks\r\n\r\n\r\nMarch 14, 2024\r\n\r\nBody\u00A0text.  \r\n\r\n'), path: 'page.html.txt' });
  assert.equal(plain.format, 'txt');
  assert.equal(plain.text, 'Talks\n\nMarch 14, 2024\n\nBody text.');
  assert.equal(plain.title, 'Talks');
  assert.equal(plain.date, '2024-03-14');
  const byType = await ingest({ bytes: Buffer.from('# Talks\n\nBody *text*.'), url: 'https://x.example/a', contentType: 'text/markdown; charset=utf-8' });
  assert.equal(byType.format, 'md');
  assert.equal(byType.text, 'Talks\n\nBody text.');
});

test('inputs with no readout text are clear errors', async () => {
  await assert.rejects(ingest({ bytes: Buffer.from(' \n\t\n'), path: 'blank.txt' }), (e: unknown) => e instanceof InputError && e.message === 'blank.txt: no text (only white space)');
  await assert.rejects(ingest({ bytes: Buffer.from('<html><body><nav>Menu</nav><script>x()</script></body></html>'), path: 'menu.html' }), /menu\.html: no readout text found in this HTML file/);
  await assert.rejects(ingest({ bytes: new Uint8Array(0), name: 'standard input' }), /^InputError: standard input: empty file|standard input: empty file/);
});

test('a paragraph longer than the limit is refused: megabytes without a break are not a readout', async () => {
  const line = 'Talks continued in Karsk. '.repeat(400).trimEnd();
  const ok = await ingest({ bytes: Buffer.from(`Title\n\n${line}\n\nEnd.`), path: 'ok.txt', maxParagraphChars: line.length });
  assert.equal(ok.text.length, line.length + 13);
  await assert.rejects(
    ingest({ bytes: Buffer.from(`Title\n\n${line}x\n\nEnd.`), path: 'long.txt', maxParagraphChars: line.length }),
    (e: unknown) => e instanceof InputError && e.message === `long.txt: a paragraph of ${line.length + 1} characters without a blank line, over the ${line.length} limit: not a readout (READOUT_MAX_PARAGRAPH_CHARS)`,
  );
  await assert.rejects(ingest({ bytes: Buffer.from(`<p>${line}</p>`), path: 'long.html', maxParagraphChars: 100 }), /long\.html: a paragraph of/);
});

function sharedTexts(): string[] {
  if (!existsSync(SHARED)) {
    if (process.env.READOUT_REQUIRE_SHARED === '1') throw new Error(`${SHARED} is missing and READOUT_REQUIRE_SHARED=1`);
    return [];
  }
  return ['seeds', 'corpus/dev'].flatMap((d) => readdirSync(join(SHARED, d)).filter((n) => n.endsWith('.txt')).map((n) => join(SHARED, d, n)));
}

const sharedMissing = !existsSync(SHARED) && process.env.READOUT_REQUIRE_SHARED !== '1' ? `../shared not found at ${SHARED}` : false;

test('the shared readouts keep their text, and their head gives the gold title and date', { skip: sharedMissing }, async () => {
  const files = sharedTexts();
  assert.ok(files.length > 0);
  for (const file of files) {
    const raw = readFileSync(file, 'utf8');
    const r = await ingest({ bytes: Buffer.from(raw), path: file });
    assert.equal(r.format, 'txt');
    assert.equal(r.text, raw.replace(/\n{3,}/g, '\n\n').trimEnd(), file);
    const goldPath = file.replace(/\/(seeds|corpus\/dev)\/([^/]+)\.txt$/, (_, d: string, n: string) => `/eval/gold/${d === 'seeds' ? 'seeds' : 'dev'}/${n}.json`);
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    assert.equal(r.date, gold.document.date, `${file} date`);
    assert.equal(r.title, gold.document.title, `${file} title`);
  }
});

test('the shared readouts, rewrapped as HTML and Markdown at test time, read back the same', { skip: sharedMissing }, async () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Markup drops the indentation of lines, and Markdown makes each bulleted line its own item.
  const comparable = (s: string) => s.split('\n').map((l) => l.trim()).join('\n').replace(/\n+(?=[•◎●] )/g, '\n\n');
  for (const file of sharedTexts()) {
    const reference = await ingest({ bytes: readFileSync(file), path: file });
    const paragraphs = reference.text.split('\n\n');
    const html = `<!doctype html><html><head><title>${escape(reference.title ?? '')} | Ministry</title></head><body>
      <nav><ul><li>Home</li><li>Press</li></ul></nav><div id="breadcrumb">Home &gt; Press</div>
      <main>${paragraphs.map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`).join('\n')}</main>
      <footer>Copyright Ministry</footer></body></html>`;
    const md = `---\ntitle: ${JSON.stringify(reference.title ?? '')}\n---\n\n${paragraphs.map((p) => p.split('\n').map((l) => l.replace(/([*_`[\]\\])/g, '\\$1').replace(/^(\s*)(\d+)\. /, '$1$2\\. ').replace(/^(\s*)([-+#>]|\\\*) /, '$1\\$2 ')).join('  \n')).join('\n\n')}\n`;
    for (const [format, bytes] of [['html', html], ['md', md]] as const) {
      const r = await ingest({ bytes: Buffer.from(bytes), path: `x.${format}` });
      assert.equal(comparable(r.text), comparable(reference.text.replace(/\n*Back to Index$/, '').replace(/^Back to Index\n+/, '')), `${file} as ${format}`);
    }
  }
});
