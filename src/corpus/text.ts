// Small text helpers shared by person matching, issue tagging and commitment evidence.

/** Lower case, accents removed, so "Kasjyánov" and "KASJYANOV" compare equal. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** A light plural/inflection stemmer: enough for "fisheries"/"fishery", "talks"/"talk", "seas"/"sea". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const STOP_WORDS = new Set((
  'a an the and or but of in on at to for from by with without into onto upon about as than that this these those ' +
  'it its it\'s their them they he she his her him we our us you your i me my be is are was were been being am ' +
  'will would shall should can could may might must do does did done have has had having not no nor so such ' +
  'also very more most other others any all both each either neither own same which who whom whose what when ' +
  'where why how there here then thus further furthermore well including include includes between among through ' +
  'during before after until till since while within over under up down out off again once only just even ' +
  'early late mid first second third fourth half quarter year years month months day days next last end ' +
  'january february march april may june july august september october november december spring summer autumn ' +
  'winter week weeks time soon possible near future'
).split(/\s+/));

/**
 * Verbs and nouns that say how something is done, not what: "continue", "deepen", "cooperation".
 * They are left out of the key words that evidence must share with a commitment.
 */
const GENERIC_WORDS = new Set((
  'continue continued continuing deepen deepened strengthen strengthened enhance enhanced promote promoted advance ' +
  'advanced work worked working make made take taken give given hold held holding host hosted convene convened ' +
  'complete completed completion carry carried ensure ensured further closely close cooperation cooperate ' +
  'cooperative relation relations relationship effort efforts basis way manner area areas field fields ' +
  'issue issues matter matters side sides two country countries government governments leader leaders ' +
  'minister ministers prime president together mutual mutually important importance new visit visited ' +
  'visiting sign signed send sent discuss discussed discussion talk talks meeting meetings summit round ' +
  'forum session conference dialogue consultation consultations next toward towards aim view views ' +
  'wish hope intend intended plan planned ready prepared agree agreed decide decided commit committed ' +
  'support supported supporting build building initiative initiatives region regional opportunity opportunities ' +
  'framework partner partners partnership ally allies like-minded beyond'
).split(/\s+/));

/** Words of a phrase that carry its content: folded, stemmed, without stop words, generic words and numbers. */
export function keyWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || /^\d/.test(raw)) continue;
    if (STOP_WORDS.has(raw) || GENERIC_WORDS.has(raw)) continue;
    const w = stem(raw);
    if (STOP_WORDS.has(w) || GENERIC_WORDS.has(w)) continue;
    out.add(w);
  }
  return out;
}

/** The folded, stemmed words of a text, for repeated key-word lookups. */
export function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of fold(text).split(/[^\p{L}\p{N}]+/u)) if (raw) out.add(stem(raw));
  return out;
}

/** Which of `keys` occur in `text` (after the same folding and stemming); `text` may be a prepared stemSet. */
export function sharedKeyWords(keys: Set<string>, text: string | Set<string>): string[] {
  const inText = typeof text === 'string' ? stemSet(text) : text;
  return [...keys].filter((k) => inText.has(k));
}

/** Slug for ids: "Junichiro Koizumi" → "junichiro-koizumi". */
export function slug(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'person';
}
