// Which format a readout is in: content first, then the file name, then the Content-Type.
import { hasFrontMatter } from './markdown.ts';
import type { InputFormat } from './types.ts';

/** True when the bytes begin (after at most 1 KB of junk, as readers allow) with "%PDF-". */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<(?:html|head|body|article|main|meta|title)\b)/i;

/** True when decoded text is an HTML page (a doctype, or a page-level element first). */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/** The format of a decoded text, from content, then file extension, then Content-Type. */
export function detectTextFormat(text: string, path?: string, contentType?: string): InputFormat {
  if (looksLikeHtml(text)) return 'html';
  if (hasFrontMatter(text)) return 'md';
  const ext = path ? /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() : undefined;
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'txt';
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'md';
  return 'txt';
}
