// The cheap half of commitment assessment: the status as of a date, from the evidence found once
// per corpus (find-evidence.ts). Linear in the commitments and the evidence they hold.
import type { CommitmentAssessment } from '../types.ts';
import type { CommitmentCandidates, CommitmentEvidenceIndex, EvidenceCandidate, WordCount } from './find-evidence.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkAsOf(asOf: string): void {
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new Error(`as-of date "${asOf}": expected YYYY-MM-DD`);
}

export function assessAsOf(index: CommitmentEvidenceIndex, asOf: string): CommitmentAssessment[] {
  checkAsOf(asOf);
  return index.commitments.map((c) => assessOne(c, index, asOf));
}

function assessOne(c: CommitmentCandidates, index: CommitmentEvidenceIndex, asOf: string): CommitmentAssessment {
  const { due } = c;
  const inTime = earliest(c, c.inTime, index, asOf);
  const base = { docId: c.docId, commitmentId: c.commitmentId, due };
  if (inTime) return { ...base, status: 'kept', evidence: inTime.evidence, evidenceDate: inTime.date, late: false, reason: `kept: ${inTime.evidence.reason}` };
  if (due && due.end < asOf) {
    const late = earliest(c, c.late, index, asOf);
    if (late) return { ...base, status: 'kept', evidence: late.evidence, evidenceDate: late.date, late: true, reason: `kept late (due by ${due.end}, done ${late.date}): ${late.evidence.reason}` };
    return { ...base, status: 'overdue', evidence: null, evidenceDate: null, reason: `overdue: due by ${due.end} ("${due.text}"); no document up to ${asOf} shows it done` };
  }
  return {
    ...base, status: 'open', evidence: null, evidenceDate: null,
    reason: due ? `open: due by ${due.end} ("${due.text}"), not yet due as of ${asOf}` : 'open: no due date, and no later document shows it done',
  };
}

/** The evidence published by `asOf` with the earliest (date, kind); among equals, the one found first. */
function earliest(c: CommitmentCandidates, sorted: EvidenceCandidate[], index: CommitmentEvidenceIndex, asOf: string): EvidenceCandidate | null {
  let best: EvidenceCandidate | null = null;
  let bestOrder: number[] = [];
  for (const x of sorted) {
    if (x.docDate > asOf) continue;
    if (best && (x.date !== best.date || x.kind !== best.kind)) break;
    if (!best) { best = x; continue; }
    // A tie: meetings are found by party key, then in corpus order; documents and statements by their
    // rarest key word as of the date, then in corpus order.
    if (!bestOrder.length) bestOrder = orderOf(best, c, index, asOf);
    const order = orderOf(x, c, index, asOf);
    if (order[0] < bestOrder[0] || (order[0] === bestOrder[0] && order[1] < bestOrder[1])) { best = x; bestOrder = order; }
  }
  return best;
}

function orderOf(x: EvidenceCandidate, c: CommitmentCandidates, index: CommitmentEvidenceIndex, asOf: string): [number, number] {
  if (x.kind === 0) return [x.keyAt ?? 0, x.seq];
  const words = c.words ?? [];
  const counts = x.kind === 1 ? index.wordCounts.documents : index.wordCounts.statements;
  const byRarity = words.map((w, i) => ({ i, n: countAsOf(counts[w], asOf) })).sort((a, b) => a.n - b.n);
  const at = byRarity.findIndex(({ i }) => x.holds?.includes(i));
  return [at < 0 ? words.length : at, x.seq];
}

/** How many entries holding the word were published by `asOf`. */
function countAsOf(count: WordCount | undefined, asOf: string): number {
  if (!count) return 0;
  let lo = 0, hi = count.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (count.dates[mid] <= asOf) lo = mid + 1; else hi = mid;
  }
  return lo ? count.counts[lo - 1] : 0;
}
