// A deterministic generator of synthetic readouts about fictional states, for scale benchmarks:
// the shapes of examples/*.txt (one-paragraph readouts, visit "Summary of Results", summit
// overviews with signed-document appendices), sizes of about 0.7–15 KB, people who recur over
// the years while their offices change, and commitments with due dates that later readouts keep
// (or never mention again). Same seed and count → byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** sfc32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed, b = 0x243f6a88 + seed, c = 0xb7e15162 ^ (seed * 31), d = seed | 1;
  const next = () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  /** k distinct items. */
  some<T>(xs: readonly T[], k: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < k && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

// Invented syllables: the names they make belong to no real state or person.
const STATE_ROOTS = ['Varen', 'Laur', 'Oster', 'Corv', 'Merid', 'Talm', 'Sever', 'Aldor', 'Brenn', 'Dorav', 'Kestr', 'Morv', 'Norv', 'Pelag', 'Quenn', 'Rosm', 'Sarv', 'Tovar', 'Ulmar', 'Velm', 'Westr', 'Zarov', 'Halm', 'Ismar'];
const STATE_ENDINGS = ['ia', 'ania', 'land', 'avia', 'onia', 'eria'];
const FORMS = ['Republic', 'Kingdom', 'Commonwealth', 'Federation', 'Principality', 'Union'];
const PLACE_A = ['Hal', 'Sel', 'Dor', 'Gull', 'Kar', 'Lin', 'Mar', 'Nes', 'Or', 'Ried', 'Sten', 'Tor', 'Ulv', 'Vik', 'Bro', 'Fen'];
const PLACE_B = ['mark', 'mar', 'avel', 'by', 'holm', 'stad', 'vik', 'gard', 'ness', 'port', 'ford', 'lund'];
const FIRST = ['Tomas', 'Lukas', 'Henrik', 'Greta', 'Jonas', 'Marek', 'Oleksa', 'Ivo', 'Edda', 'Rurik', 'Ilse', 'Tobias', 'Anneli', 'Sven', 'Mira', 'Aurel', 'Katrin', 'Dorian', 'Liesel', 'Pavo', 'Runa', 'Emil', 'Signe', 'Valter', 'Ottilie', 'Bruno', 'Nadia', 'Casimir', 'Ylva', 'Ferenc'];
const SUR_A = ['Hall', 'Bren', 'Alde', 'Reut', 'Ostro', 'Drav', 'Sark', 'Vels', 'Holt', 'Saar', 'Lind', 'Varg', 'Kast', 'Morr', 'Ten', 'Quist', 'Rask', 'Sten', 'Wend', 'Zel'];
const SUR_B = ['vik', 'ner', 'mar', 'er', 'win', 'chenko', 'any', 'de', 'inen', 'berg', 'ström', 'ova', 'ell', 'ard', 'ovic', 'holm'];

type Office = 'head' | 'foreign' | 'trade' | 'energy' | 'defence' | 'fisheries';
const OFFICE_TITLE: Record<Exclude<Office, 'head'>, string> = {
  foreign: 'Minister for Foreign Affairs', trade: 'Minister of Trade and Industry', energy: 'Minister of Energy',
  defence: 'Minister of Defence', fisheries: 'Minister of Fisheries',
};
const OFFICE_SHORT: Record<Exclude<Office, 'head'>, string> = {
  foreign: 'Foreign Minister', trade: 'Minister', energy: 'Minister', defence: 'Minister', fisheries: 'Minister',
};

interface Person { first: string; last: string; he: boolean }
interface State {
  name: string; form: string; headTitle: 'President' | 'Prime Minister'; capital: string; cities: string[];
  /** Who holds each office now. */
  cabinet: Record<Office, Person>;
  /** Former heads (appear as special envoys). */
  former: Person[];
}

interface Topic {
  name: string; issue: string;
  statements: string[];          // "{S} would …" / "the two sides …" fragments; {A} {B} states, {C} a city
  commitment: { action: string; kept: string }[];
  outcome: string[];             // signed document titles, "{A}" / "{B}" formal names
}

const TOPICS: Topic[] = [
  {
    name: 'Fisheries', issue: 'fisheries',
    statements: ['the joint survey of fish stocks in the {SEA} had given both sides a sound basis for the catch limits', 'the fishing communities of {A} looked forward to a stable quota for the coming season', 'the conservation of fish stocks in the {SEA} required closer cooperation among all coastal states'],
    commitment: [{ action: 'hold the next round of talks on fisheries in {C}', kept: 'held the next round of talks on fisheries in {C}' }, { action: 'exchange catch data for the {SEA}', kept: 'exchanged catch data for the {SEA}' }],
    outcome: ['Agreement between the Government of the {FA} and the Government of the {FB} on Cooperation in Fisheries', 'Memorandum of Understanding on the Conservation of Fish Stocks in the {SEA}'],
  },
  {
    name: 'Energy', issue: 'energy',
    statements: ['the undersea power cable between {A} and {B} would strengthen the security of supply of both countries', 'renewable energy, including offshore wind in the {SEA}, was a priority for {A}', 'the energy forum had brought together more than two hundred companies'],
    commitment: [{ action: 'host the {A}-{B} Energy Forum in {C}', kept: 'hosted the {A}-{B} Energy Forum in {C}' }, { action: 'complete the feasibility study on the undersea power cable', kept: 'completed the feasibility study on the undersea power cable' }],
    outcome: ['Memorandum of Cooperation on Renewable Energy between the Ministry of Energy of the {FA} and the Ministry of Energy of the {FB}'],
  },
  {
    name: 'Trade and Investment', issue: 'trade',
    statements: ['the negotiations on the free trade agreement had made substantial progress on tariffs and rules of origin', 'companies of {A} were ready to invest in the modernization of the Port of {C}', 'the trade promotion framework had opened new opportunities for small and medium-sized companies'],
    commitment: [{ action: 'convene the first meeting of the {A}-{B} Joint Economic Commission in {C}', kept: 'convened the first meeting of the {A}-{B} Joint Economic Commission in {C}' }, { action: 'send a trade mission to {B}', kept: 'sent a trade mission to {B}' }],
    outcome: ['Free Trade Agreement between the {FA} and the {FB}', 'Agreement between the {FA} and the {FB} for the Promotion and Protection of Investment'],
  },
  {
    name: 'Maritime Security', issue: 'security',
    statements: ['freedom of navigation in the {SEA} was essential to the prosperity of the region', 'the coast guards of the two countries should hold joint exercises every year', 'a joint action plan on the security of shipping would be a basis for closer cooperation among the coastal states'],
    commitment: [{ action: 'hold a joint exercise of the two coast guards in the {SEA}', kept: 'held a joint exercise of the two coast guards in the {SEA}' }],
    outcome: ['Memorandum on Cooperation between the Coast Guard of {A} and the Coast Guard of {B}'],
  },
  {
    name: 'People-to-People Exchanges', issue: 'culture',
    statements: ['the number of students from {B} studying in {A} had doubled in five years', 'the easing of visa rules had increased tourism between the two countries', 'the cultural year would bring the peoples of the two countries closer together'],
    commitment: [{ action: 'open a cultural centre in {C}', kept: 'opened a cultural centre in {C}' }, { action: 'ease visa requirements for students from {B}', kept: 'eased visa requirements for students from {B}' }],
    outcome: ['Memorandum of Understanding on Cooperation in Higher Education between the Ministry of Education of {A} and the Ministry of Education of {B}'],
  },
  {
    name: 'Climate and Environment', issue: 'climate',
    statements: ['the protection of the marine environment of the {SEA} was a shared responsibility', '{A} would reduce its emissions in line with its commitments', 'cooperation on early warning for storms and floods had saved lives on both sides'],
    commitment: [{ action: 'publish a joint report on the marine environment of the {SEA}', kept: 'published a joint report on the marine environment of the {SEA}' }],
    outcome: ['Memorandum of Cooperation on the Protection of the Marine Environment between the {FA} and the {FB}'],
  },
];
const SEAS = ['Northern Seas', 'Gullmar Sound', 'Selmar Strait', 'Ulvmar Gulf', 'Karvik Bight'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['stated that', 'said that', 'emphasized that', 'noted that', 'expressed the view that'];

interface Pending { by: State; to: State; person: Person; actionText: string; keptText: string; dueYear: number; dueHalf: 1 | 2 | null; city: string; willKeep: boolean }

export interface GenerateOptions { seed: number; count: number; dir: string; firstYear?: number; lastYear?: number }
export interface GeneratedCorpus { dir: string; files: string[]; bytes: number }

const personName = (p: Person) => `${p.first} ${p.last}`;

/** The whole world, then the documents in date order: deterministic for (seed, count). */
export class ReadoutGenerator {
  readonly #dice: Dice;
  readonly #states: State[];
  readonly #pending: Pending[] = [];
  #people = new Set<string>();

  constructor(seed: number) {
    this.#dice = new Dice(seededRandom(seed));
    const roots = this.#dice.some(STATE_ROOTS, 16);
    this.#states = roots.map((root) => {
      const cities = this.#dice.some(PLACE_A, 4).map((a) => a + this.#dice.pick(PLACE_B));
      const state: State = {
        name: root + this.#dice.pick(STATE_ENDINGS), form: this.#dice.pick(FORMS), headTitle: this.#dice.chance(0.5) ? 'President' : 'Prime Minister',
        capital: cities[0], cities, former: [],
        cabinet: {} as Record<Office, Person>,
      };
      for (const office of ['head', 'foreign', 'trade', 'energy', 'defence', 'fisheries'] as Office[]) state.cabinet[office] = this.#newPerson();
      return state;
    });
  }

  #newPerson(): Person {
    for (;;) {
      const p = { first: this.#dice.pick(FIRST), last: this.#dice.pick(SUR_A) + this.#dice.pick(SUR_B), he: this.#dice.chance(0.6) };
      if (!this.#people.has(personName(p))) { this.#people.add(personName(p)); return p; }
    }
  }

  /** A change of government in one state: the foreign minister often becomes head, ministers move. */
  #reshuffle(s: State): void {
    s.former.push(s.cabinet.head);
    if (s.former.length > 4) s.former.shift();
    s.cabinet.head = this.#dice.chance(0.5) ? s.cabinet.foreign : this.#newPerson();
    if (s.cabinet.head === s.cabinet.foreign) s.cabinet.foreign = this.#dice.chance(0.5) ? s.cabinet.trade : this.#newPerson();
    for (const o of ['trade', 'energy', 'defence', 'fisheries'] as Office[]) {
      if (this.#dice.chance(0.6) || Object.values(s.cabinet).filter((p) => p === s.cabinet[o]).length > 1) s.cabinet[o] = this.#newPerson();
    }
  }

  #title(s: State, office: Office): string { return office === 'head' ? s.headTitle : OFFICE_TITLE[office]; }
  #short(s: State, office: Office): string { return office === 'head' ? s.headTitle : OFFICE_SHORT[office]; }
  #formal(s: State): string { return `${s.form} of ${s.name}`; }

  #fill(text: string, a: State, b: State, city: string, sea: string): string {
    return text.replaceAll('{A}', a.name).replaceAll('{B}', b.name).replaceAll('{FA}', this.#formal(a)).replaceAll('{FB}', this.#formal(b))
      .replaceAll('{C}', city).replaceAll('{SEA}', sea);
  }

  /** One readout dated `date` (YYYY-MM-DD). */
  document(date: string): { slug: string; text: string } {
    const d = this.#dice;
    const year = Number(date.slice(0, 4));
    // Governments change now and then: over a long corpus, every state several times.
    if (d.chance(0.004)) this.#reshuffle(d.pick(this.#states));
    const [a, b] = d.some(this.#states, 2);
    const style = d.next();
    const sea = d.pick(SEAS);
    const kept = this.#keptBetween(a, b, year);
    if (style < 0.4) return this.#shortReadout(a, b, date, sea, kept);
    return this.#longReadout(a, b, date, sea, kept, style < 0.75 ? 'visit' : 'summit');
  }

  /** A commitment due by now between these two states, reported as done by this readout (if it is one that is kept). */
  #keptBetween(a: State, b: State, year: number): Pending | null {
    const i = this.#pending.findIndex((p) => ((p.by === a && p.to === b) || (p.by === b && p.to === a)) && p.dueYear <= year + 1);
    if (i < 0) return null;
    const [p] = this.#pending.splice(i, 1);
    return p.willKeep ? p : null;
  }

  #commit(by: State, to: State, person: Person, year: number, sea: string): string {
    const d = this.#dice;
    const topic = d.pick(TOPICS);
    const c = d.pick(topic.commitment);
    const city = d.pick(to.cities);
    const dueYear = year + d.int(0, 2);
    const dueHalf = d.pick([1, 2, null] as const);
    const p: Pending = {
      by, to, person, city, dueYear, dueHalf,
      actionText: this.#fill(c.action, by, to, city, sea), keptText: this.#fill(c.kept, by, to, city, sea), willKeep: d.chance(0.6),
    };
    this.#pending.push(p);
    if (this.#pending.length > 400) this.#pending.shift();
    const due = dueHalf ? `in the ${dueHalf === 1 ? 'first' : 'second'} half of ${dueYear}` : `by the end of ${dueYear}`;
    return `${by.name} would ${p.actionText} ${due}`;
  }

  #longDate(date: string): string {
    return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
  }

  #shortReadout(a: State, b: State, date: string, sea: string, kept: Pending | null): { slug: string; text: string } {
    const d = this.#dice;
    const office: Office = d.pick(['head', 'foreign', 'foreign', 'trade']);
    const pa = a.cabinet[office], pb = b.cabinet[office];
    const city = d.pick([a.capital, b.capital]);
    const topics = d.some(TOPICS, d.int(2, 3));
    const lines = [
      `Readout of ${this.#short(a, office)} ${pa.last}'s Meeting with ${this.#short(b, office)} ${pb.last} of ${b.name}`, '',
      this.#longDate(date), '',
    ];
    const body = [
      `${this.#title(a, office)} ${personName(pa)} met today in ${city} with ${this.#title(b, office)} ${personName(pb)} of the ${this.#formal(b)} to discuss ${topics.map((t) => t.name.toLowerCase()).join(', ').replace(/, ([^,]*)$/, ' and $1')}.`,
    ];
    for (const t of topics) body.push(`${this.#short(a, office)} ${pa.last} ${d.pick(VERBS)} ${this.#fill(d.pick(t.statements), a, b, city, sea)}.`);
    if (kept) body.push(`The two sides welcomed that ${kept.by.name} had ${kept.keptText} as promised.`);
    if (d.chance(0.6)) body.push(`${this.#short(b, office)} ${pb.last} stated that ${this.#commit(b, a, pb, Number(date.slice(0, 4)), sea)}.`);
    body.push(`${this.#short(b, office)} ${pb.last} expressed ${pb.he ? 'his' : 'her'} appreciation for the hospitality of the government of ${a.name}.`);
    lines.push(body.join(' '));
    return { slug: `${a.name}-${b.name}-${office}`.toLowerCase(), text: lines.join('\n') + '\n' };
  }

  #longReadout(a: State, b: State, date: string, sea: string, kept: Pending | null, kind: 'visit' | 'summit'): { slug: string; text: string } {
    const d = this.#dice;
    const year = Number(date.slice(0, 4));
    const ha = a.cabinet.head, hb = b.cabinet.head;
    const city = d.pick(b.cities);
    const lines: string[] = [];
    if (kind === 'visit') {
      lines.push(`Visit to the ${this.#formal(b)} by ${a.headTitle} of the ${this.#formal(a)} ${personName(ha)}`, 'Summary of Results', '', this.#longDate(date), '');
      lines.push(`${a.headTitle} of the ${this.#formal(a)} ${personName(ha)} paid an official visit to the ${this.#formal(b)}. In ${city}, ${a.headTitle} ${ha.last} held talks with ${b.headTitle} of the ${this.#formal(b)} ${personName(hb)} and ${OFFICE_TITLE.foreign} of ${b.name} ${personName(b.cabinet.foreign)}.`, '');
    } else {
      lines.push(`Meeting Between ${a.headTitle} ${personName(ha)} and ${b.headTitle} of the ${this.#formal(b)} ${personName(hb)}`, '(Overview)', '', this.#longDate(date), '');
      lines.push(`${a.headTitle} ${personName(ha)} held talks with ${b.headTitle} of the ${this.#formal(b)} ${personName(hb)} in ${city}. The overview of the meeting is as follows.`, '');
      const formerA = a.former.at(-1);
      if (formerA && d.chance(0.5)) lines.push(`Former ${a.headTitle} ${personName(formerA)} of ${a.name}, Special Envoy for the ${sea}, also attended the talks.`, '');
      lines.push('(Summary)', '');
    }
    const topics = d.some(TOPICS, d.int(2, TOPICS.length));
    // A few readouts are long (the largest real ones run to about 15 KB): more items per topic, with background.
    const long = d.chance(0.15);
    const minister = (t: Topic): [Office, Person] => {
      const o: Office = t.issue === 'energy' ? 'energy' : t.issue === 'trade' ? 'trade' : t.issue === 'fisheries' ? 'fisheries' : t.issue === 'security' ? 'defence' : 'foreign';
      return [o, b.cabinet[o]];
    };
    topics.forEach((t, i) => {
      lines.push(`${i + 1}. ${t.name}`, '');
      if (long) {
        lines.push(`Cooperation between ${a.name} and ${b.name} on ${t.name.toLowerCase()} has grown steadily since the two governments first met in ${a.capital}. ${this.#fill(d.pick(t.statements), a, b, city, sea).replace(/^./, (c) => c.toUpperCase())}, and the working groups of the two sides met in ${d.pick(a.cities)} and ${d.pick(b.cities)} during the year.`, '');
      }
      const items = long ? d.int(4, 10) : d.int(1, 4);
      for (let j = 0; j < items; j++) {
        const label = kind === 'visit' ? `(${j + 1})` : `(${String.fromCharCode(97 + j)})`;
        const speakerA = d.chance(0.5);
        const [office, other] = minister(t);
        const who = speakerA ? `${a.headTitle} ${ha.last}` : d.chance(0.7) ? `${b.headTitle} ${hb.last}` : `${this.#short(b, office)} ${other.last}`;
        const lead = j > 0 && d.chance(0.4) ? 'In response, ' : '';
        let sentence = `${label} ${lead}${who} ${d.pick(VERBS)} ${this.#fill(d.pick(t.statements), speakerA ? a : b, speakerA ? b : a, city, sea)}.`;
        if (d.chance(0.5)) sentence += ` ${d.pick(['Both leaders', 'The two sides', 'The two leaders'])} agreed to ${this.#fill(d.pick(t.commitment).action, a, b, city, sea)}.`;
        lines.push(sentence, '');
      }
      if (i === 0 && kept) lines.push(`The two leaders welcomed that ${kept.by.name} had ${kept.keptText} as ${kept.person.last} had announced.`, '');
    });
    lines.push(`${topics.length + 1}. Next Steps`, '');
    const promises = d.int(1, 3);
    for (let j = 0; j < promises; j++) {
      const [by, person] = d.chance(0.5) ? [a, ha] : [b, hb];
      lines.push(`${by.headTitle} ${person.last} stated that ${this.#commit(by, by === a ? b : a, person, year, sea)}.`, '');
    }
    if (kind === 'summit' || d.chance(0.3)) {
      lines.push('', 'Appendix', 'List of the Outcome Documents', '',
        '(Documents signed at the signing ceremony are marked ◎; documents signed but not at the ceremony are marked ●)',
        '(Documents to be enacted after legislative approval, etc., in both countries are marked *;', 'Others are enacted by signature)', '');
      for (const t of d.some(topics, d.int(1, Math.min(4, topics.length)))) {
        const [office, other] = minister(t);
        const mine = a.cabinet[office];
        lines.push(`${d.chance(0.7) ? '◎' : '●'} ${this.#fill(d.pick(t.outcome), a, b, city, sea)}${d.chance(0.3) ? ' *' : ''}`, '',
          `(Signatories: ${OFFICE_TITLE[office === 'head' ? 'foreign' : office]} ${mine.last} and ${OFFICE_TITLE[office === 'head' ? 'foreign' : office]} ${other.last})`, '',
          `[The two sides will ${this.#fill(d.pick(t.commitment).action, a, b, city, sea)} and review the cooperation every year.]`, '');
      }
    }
    return { slug: `${a.name}-${b.name}-${kind}`.toLowerCase(), text: lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n' };
  }
}

/** The date of document i of n, spread evenly (and so in order) over the years. */
export function documentDate(i: number, n: number, firstYear: number, lastYear: number): string {
  const start = Date.UTC(firstYear, 0, 1), end = Date.UTC(lastYear, 11, 31);
  return new Date(start + Math.floor(((end - start) * i) / Math.max(1, n))).toISOString().slice(0, 10);
}

/** Writes `count` readouts into `dir` (1000 per subfolder), in date order. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const { seed, count, dir, firstYear = 2000, lastYear = 2025 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number ≥ 1, got ${count}`);
  const gen = new ReadoutGenerator(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const date = documentDate(i, count, firstYear, lastYear);
    const { slug, text } = gen.document(date);
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const file = join(folder, `${String(i).padStart(6, '0')}-${date}-${slug}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}
