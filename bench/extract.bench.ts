// `npm run bench`: extraction throughput on the seeds, the dev corpus and the repo's examples.
// Each set is extracted over and over in this one process (single core, no workers) for a few
// seconds; prints documents/s, sentences/s and MB/s (10^6 bytes of input) per set and overall,
// the machine and the peak resident memory. `--json` prints the same figures as JSON.
import { cpus, platform, arch, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ingest, type IngestedText } from '../src/ingest/index.ts';
import { extractRecord } from '../src/extract/index.ts';
import { segment } from '../src/segment/index.ts';
import { tokenize } from '../src/extract/tokens.ts';
import { loadSet, loadSets, type BenchSet } from './corpus-sets.ts';

interface Flags { json: boolean; seconds: number }

const WARM_UP_MS = 500;

function readFlags(argv: string[]): Flags {
  const flags: Flags = { json: false, seconds: 4 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') flags.json = true;
    else if (a === '--seconds') {
      const n = Number(argv[++i]);
      if (!(n > 0 && n <= 15)) fail(`--seconds: expected a number of seconds per set from 0 to 15, got ${argv[i] ?? 'nothing'}`);
      flags.seconds = n;
    } else fail(`unknown option ${a} (options: --json, --seconds N)`);
  }
  return flags;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

export interface SetFigures {
  name: string;
  dir: string;
  documents: number;
  bytes: number;
  sentences: number;
  passes: number;
  seconds: number;
  /** CPU time the process used meanwhile: well below `seconds` when other work shared the cores. */
  cpuSeconds: number;
  documentsPerSecond: number;
  sentencesPerSecond: number;
  /** Sentences per second of this process's CPU time: what one core does, whatever else ran. */
  sentencesPerCpuSecond: number;
  megabytesPerSecond: number;
  /** Segmenting and tokenizing the same texts alone, sentences per CPU-second: the floor extraction is compared with. */
  segmentTokenizeSentencesPerCpuSecond: number;
  /** How many times longer extraction takes than segment + tokenize of the same text (target: ≤ 2). */
  costOverSegmentTokenize: number;
  failed: string[];
}

/** Ingests and extracts every document of the set, once. Returns what fails, one line each. */
async function extractAll(set: BenchSet): Promise<{ ok: BenchSet['documents']; failed: string[]; texts: IngestedText[] }> {
  const ok: BenchSet['documents'] = [], failed: string[] = [], texts: IngestedText[] = [];
  for (const doc of set.documents) {
    try {
      const text = await ingest({ bytes: doc.bytes, path: doc.path });
      extractRecord(text);
      ok.push(doc);
      texts.push(text);
    } catch (e) {
      failed.push(`${doc.path}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return { ok, failed, texts };
}

async function measure(set: BenchSet, seconds: number): Promise<SetFigures> {
  const { ok, failed, texts } = await extractAll(set); // also the warm-up
  const bytes = ok.reduce((n, d) => n + d.bytes.length, 0);
  const sentences = texts.reduce((n, t) => n + segment(t.text).sentences.length, 0);
  // Warm up the JIT and any lazily built tables so the figures show the steady state.
  const warmUntil = performance.now() + WARM_UP_MS;
  while (ok.length > 0 && performance.now() < warmUntil) for (const doc of ok) extractRecord(await ingest({ bytes: doc.bytes, path: doc.path }));
  let passes = 0;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const budget = seconds * 1000;
  // At least one whole pass, however large the set (the real corpus takes a few seconds a pass).
  while (ok.length > 0 && (performance.now() - started < budget || passes === 0)) {
    for (const doc of ok) extractRecord(await ingest({ bytes: doc.bytes, path: doc.path }));
    passes++;
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const floor = segmentTokenizeRate(texts, sentences, Math.min(seconds, 2));
  return figures(set.name, set.dir, ok.length, bytes, sentences, passes, elapsed, (cpu.user + cpu.system) / 1e6, floor, failed);
}

/** Sentences per CPU-second of segmenting and tokenizing the texts alone, measured in this same run. */
function segmentTokenizeRate(texts: IngestedText[], sentences: number, seconds: number): number {
  if (texts.length === 0) return 0;
  for (const t of texts) { segment(t.text); tokenize(t.text); } // warm-up
  let passes = 0;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000 || passes === 0) {
    for (const t of texts) { segment(t.text); tokenize(t.text); }
    passes++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return cpuSeconds > 0 ? (sentences * passes) / cpuSeconds : 0;
}

function figures(name: string, dir: string, documents: number, bytes: number, sentences: number, passes: number, seconds: number, cpuSeconds: number, floor: number, failed: string[]): SetFigures {
  const rate = (n: number) => (seconds > 0 ? (n * passes) / seconds : 0);
  const perCpuSecond = cpuSeconds > 0 ? (sentences * passes) / cpuSeconds : 0;
  return {
    name, dir, documents, bytes, sentences, passes, seconds: round(seconds, 2), cpuSeconds: round(cpuSeconds, 2),
    documentsPerSecond: round(rate(documents), 1),
    sentencesPerSecond: round(rate(sentences), 0),
    sentencesPerCpuSecond: round(perCpuSecond, 0),
    megabytesPerSecond: round(rate(bytes) / 1e6, 3),
    segmentTokenizeSentencesPerCpuSecond: round(floor, 0),
    costOverSegmentTokenize: perCpuSecond > 0 ? round(floor / perCpuSecond, 2) : 0,
    failed,
  };
}

/** All sets together: the work done over the time taken. */
function overall(sets: SetFigures[]): Omit<SetFigures, 'name' | 'dir' | 'passes' | 'failed' | 'segmentTokenizeSentencesPerCpuSecond' | 'costOverSegmentTokenize'> {
  const seconds = sets.reduce((n, s) => n + s.seconds, 0);
  const done = (pick: (s: SetFigures) => number) => sets.reduce((n, s) => n + pick(s) * s.passes, 0);
  const per = (n: number) => (seconds > 0 ? n / seconds : 0);
  return {
    documents: sets.reduce((n, s) => n + s.documents, 0),
    bytes: sets.reduce((n, s) => n + s.bytes, 0),
    sentences: sets.reduce((n, s) => n + s.sentences, 0),
    seconds: round(seconds, 2),
    cpuSeconds: round(sets.reduce((n, s) => n + s.cpuSeconds, 0), 2),
    documentsPerSecond: round(per(done((s) => s.documents)), 1),
    sentencesPerSecond: round(per(done((s) => s.sentences)), 0),
    sentencesPerCpuSecond: round(done((s) => s.sentences) / Math.max(1e-9, sets.reduce((n, s) => n + s.cpuSeconds, 0)), 0),
    megabytesPerSecond: round(per(done((s) => s.bytes)) / 1e6, 3),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function machine() {
  const cores = cpus();
  // The load average at the start tells whether other work on the machine shared the cores.
  return { cpu: cores[0]?.model.trim() ?? 'unknown', cores: cores.length, node: process.version, platform: `${platform()}-${arch()}`, loadAverage: round(loadavg()[0], 2) };
}

function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ')).join('\n');
}

const root = fileURLToPath(new URL('../', import.meta.url));
const flags = readFlags(process.argv.slice(2));
const info = machine();
// Folders relative to the project root, as the figures report them.
const candidates = [
  loadSet('seeds', '../shared/seeds', join(root, '../shared/seeds')),
  loadSet('dev', '../shared/corpus/dev', join(root, '../shared/corpus/dev')),
  loadSet('examples', 'examples', join(root, 'examples')),
  loadSets('real', '../shared/corpus/real', ['wh', 'sg', 'lk'].map((p) => join(root, '../shared/corpus/real', p))),
];
const notes: string[] = [];
const sets: SetFigures[] = [];
for (const c of candidates) {
  if ('missing' in c) { notes.push(`skipped ${c.name} (${c.dir}): ${c.missing}`); continue; }
  if (!flags.json) process.stderr.write(`bench: ${c.name}: ${c.documents.length} documents, ${flags.seconds} s…\n`);
  const f = await measure(c, flags.seconds);
  for (const line of f.failed) notes.push(`failed to extract ${line}`);
  sets.push(f);
}
const total = overall(sets);
const peakRssMB = round(process.resourceUsage().maxRSS / 1024, 1); // maxRSS is in kilobytes
const sentenceCounter = 'segment(text).sentences.length (src/segment)';

if (flags.json) {
  process.stdout.write(JSON.stringify({ machine: info, sentenceCounter, sets, overall: total, peakRssMB, notes }, null, 2) + '\n');
} else {
  const rows: (string | number)[][] = [['set', 'docs', 'sentences', 'KB', 'passes', 'wall s', 'cpu s', 'docs/s', 'sentences/s', 'sentences/cpu-s', 'MB/s', 'segment+tokenize/cpu-s', 'ratio']];
  for (const s of sets) rows.push([s.name, s.documents, s.sentences, round(s.bytes / 1000, 1), s.passes, s.seconds, s.cpuSeconds, s.documentsPerSecond, s.sentencesPerSecond, s.sentencesPerCpuSecond, s.megabytesPerSecond, s.segmentTokenizeSentencesPerCpuSecond, `${s.costOverSegmentTokenize}×`]);
  rows.push(['overall', total.documents, total.sentences, round(total.bytes / 1000, 1), '', total.seconds, total.cpuSeconds, total.documentsPerSecond, total.sentencesPerSecond, total.sentencesPerCpuSecond, total.megabytesPerSecond, '', '']);
  process.stdout.write(
    `Readout extraction benchmark (ingest + extractRecord, single core, in-process)\n` +
    `machine: ${info.cpu}, ${info.cores} cores, Node ${info.node}, ${info.platform}, load average ${info.loadAverage} at start\n\n` +
    table(rows) + '\n\n' +
    `peak RSS: ${peakRssMB} MB; sentences counted with ${sentenceCounter}; MB = 10^6 bytes of input; rates are per wall-clock second unless per cpu-s; ratio = how many times longer extraction takes than segment + tokenize of the same text\n` +
    (total.cpuSeconds < 0.8 * total.seconds ? `note: the process had the CPU ${Math.round((100 * total.cpuSeconds) / total.seconds)}% of the time: other work on the machine lowered these figures\n` : '') +
    notes.map((n) => `note: ${n}\n`).join(''),
  );
}
