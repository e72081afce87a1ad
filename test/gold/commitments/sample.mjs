// Lists the documents of the real corpus that the commitment gold was sampled from, in sampling order.
// Usage: node test/gold/commitments/sample.mjs [corpusFolder] [publisher] [count]
// Method: files of one publisher sorted by name, kept when their text has a future marker, shuffled with a
// Fisher-Yates shuffle driven by mulberry32(SEED + publisher code); the gold takes documents from the head of
// that order, skipping those dated after AS_OF (their promises do not exist yet on the status date).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SEED = 20250630;
const AS_OF = '2025-06-30';
const FUTURE_MARKER =
  /\b(will|would|intends?|intended|intending|plan(?:s|ned|ning)? to|agreed to|decided to|ready to|prepared to|look(?:s|ed|ing)? forward to (?:hosting|welcoming|visiting|receiving)|pledged|committed to)\b/i;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function samplingOrder(corpus, publisher) {
  const folder = join(corpus, publisher);
  const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort();
  const eligible = files.filter((f) => FUTURE_MARKER.test(readFileSync(join(folder, f), "utf8")));
  const random = mulberry32(SEED + publisher.charCodeAt(0) * 256 + publisher.charCodeAt(1));
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
  }
  return { total: files.length, eligible: eligible.length, order: eligible.map((f) => `${publisher}/${f}`) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = process.argv[2] ?? "../shared/corpus/real";
  const publishers = process.argv[3] ? [process.argv[3]] : ["wh", "sg", "lk"];
  const count = Number(process.argv[4] ?? 40);
  for (const p of publishers) {
    const { total, eligible, order } = samplingOrder(corpus, p);
    console.log(`# ${p}: ${eligible} of ${total} documents have a future marker`);
    order.slice(0, count).forEach((f, i) => {
      const date = f.match(/\d{4}-\d\d-\d\d/)?.[0] ?? '';
      console.log(`${String(i + 1).padStart(3)} ${f}${date > AS_OF ? '   (skipped: dated after ' + AS_OF + ')' : ''}`);
    });
  }
}
