// The figures `npm run bench` tracks, and their comparison with the committed baseline: each
// figure says whether higher or lower is better; one more than 30 % behind is a regression.
// Latencies under a millisecond move by more than that from noise alone, so a latency must also
// be at least half a millisecond worse to count.

export interface Timing { runs: number; minMs: number; medianMs: number; p95Ms: number }
export interface BenchRun {
  date: string;
  loadAverage: number;
  startup: { machine: { cpu: string; cores: number; node: string; loadAverage: number }; node: Timing; built: Timing; fromSources: Timing };
  extract: {
    machine: { cpu: string; cores: number; node: string; platform: string; loadAverage: number };
    sets: { name: string; documents: number; sentences: number; sentencesPerSecond: number; sentencesPerCpuSecond: number; segmentTokenizeSentencesPerCpuSecond: number; costOverSegmentTokenize: number }[];
    overall: { documents: number; sentences: number; sentencesPerSecond: number; sentencesPerCpuSecond: number };
    peakRssMB: number;
  };
  store: {
    corpus: { documents: number };
    ingest: { pipelineDocsPerSecond: number; storeWritesDocsPerSecond: number };
    queryLatency: Record<string, { medianMs: number; p95Ms: number; runs: number }>;
    peakRssMB: number;
  };
}

export interface Figure { name: string; value: number; unit: string; better: 'higher' | 'lower' }

export const REGRESSION = 0.3;
const LATENCY_SLACK_MS = 0.5;

export function trackedFigures(run: BenchRun): Figure[] {
  const out: Figure[] = [{ name: 'readout --help, built (median)', value: run.startup.built.medianMs, unit: 'ms', better: 'lower' }];
  for (const s of run.extract.sets) out.push({ name: `extraction, ${s.name}`, value: s.sentencesPerCpuSecond, unit: 'sentences/cpu-s', better: 'higher' });
  out.push({ name: 'extraction, overall', value: run.extract.overall.sentencesPerCpuSecond, unit: 'sentences/cpu-s', better: 'higher' });
  out.push({ name: 'ingest, whole pipeline', value: run.store.ingest.pipelineDocsPerSecond, unit: 'documents/s', better: 'higher' });
  out.push({ name: 'ingest, store writes alone', value: run.store.ingest.storeWritesDocsPerSecond, unit: 'documents/s', better: 'higher' });
  for (const [q, t] of Object.entries(run.store.queryLatency)) out.push({ name: `query ${q} (median)`, value: t.medianMs, unit: 'ms', better: 'lower' });
  return out;
}

export interface ComparisonRow extends Figure { baseline: number | null; change: string; regressed: boolean }

/** Each tracked figure of `run` beside its baseline; `regressions` says which fell behind and by how much. */
export function compareToBaseline(baseline: BenchRun, run: BenchRun): { rows: ComparisonRow[]; regressions: string[] } {
  const before = new Map(trackedFigures(baseline).map((f) => [f.name, f.value]));
  const rows: ComparisonRow[] = [];
  const regressions: string[] = [];
  for (const f of trackedFigures(run)) {
    const b = before.get(f.name);
    if (b === undefined || b === 0) { rows.push({ ...f, baseline: b ?? null, change: 'new', regressed: false }); continue; }
    const ratio = f.value / b;
    const worse = f.better === 'higher' ? ratio < 1 - REGRESSION : ratio > 1 + REGRESSION && (f.unit !== 'ms' || f.value - b >= LATENCY_SLACK_MS);
    const change = `${ratio >= 1 ? '+' : ''}${Math.round((ratio - 1) * 100)} %`;
    rows.push({ ...f, baseline: b, change, regressed: worse });
    if (worse) regressions.push(`${f.name}: ${f.value} ${f.unit}, baseline ${b} (${change}; ${f.better} is better)`);
  }
  return { rows, regressions };
}
