// Readable text for query results: aligned tables, wrapped to the terminal, and CSV. Shared by
// the CLI commands that print what the store returns.

/** Width to fit tables to: the terminal's; in a pipe, no limit (nothing is cut). */
const tableWidth = (): number => (process.stdout.isTTY ? Math.max(60, process.stdout.columns || 120) : Number.MAX_SAFE_INTEGER);
/** Width to wrap prose at: the terminal's, else 100. */
const textWidth = (): number => (process.stdout.isTTY ? Math.max(60, Math.min(process.stdout.columns || 100, 160)) : 100);

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, Math.max(1, max - 1)) + '…';
}

/**
 * An aligned table. The last column takes what width is left and is clipped to it; other
 * columns are clipped at `maxColumn`.
 */
export function renderTable(headers: string[], rows: (string | number | null | undefined)[][], maxColumn = 40): string {
  if (!rows.length) return '';
  const cells = rows.map((r) => r.map((c) => clip(c == null ? '' : String(c), maxColumn * 4)));
  const widths = headers.map((h, i) => Math.min(maxColumn, Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(headers.at(-1)!.length, Math.min(Math.max(...cells.map((r) => r.at(-1)?.length ?? 0)), tableWidth() - fixed));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? clip(c, widths[i]) : clip(c, widths[i]).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Wraps text to the terminal width with a hanging indent. */
export function wrap(text: string, indent = 2): string {
  const max = textWidth() - indent;
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > max) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

/** Marks highlight ranges in a snippet: bold on a terminal, **word** in a pipe. */
export function markHighlights(snippet: string, highlights: [number, number][], terminal: boolean): string {
  const [open, close] = terminal ? ['\u001b[1m', '\u001b[22m'] : ['**', '**'];
  let out = '';
  let at = 0;
  for (const [s, e] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (s < at) continue;
    out += snippet.slice(at, s) + open + snippet.slice(s, e) + close;
    at = e;
  }
  return out + snippet.slice(at);
}

/** RFC 4180 CSV: every field quoted when needed, CRLF line ends. */
export function toCsv(headers: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const field = (v: string | number | boolean | null | undefined) => {
    const s = v == null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
