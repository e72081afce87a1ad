// Extraction as a list of named components, composed as spaCy composes a pipeline: each
// component declares the values it requires from the document and earlier components, and
// the values it provides; composing checks the order once, so a component can never read a
// value before it exists. Components run one after another over one document (./doc.ts).
import { GIVEN, type Doc, type Given } from './doc.ts';

type Key = keyof Doc;

export interface Component<R extends Key = Key, P extends Key = Key> {
  /** Kebab-case name, unique in the pipeline ("person-mentions"). */
  name: string;
  requires: readonly R[];
  provides: readonly P[];
  /**
   * Values of earlier components this one adds to, in place (the statement grammar adds the
   * groups it reads to `actors`). Components listed after it see the additions.
   */
  updates?: readonly Key[];
  run(doc: Pick<Doc, R>): Pick<Doc, P>;
}

/** A component of any signature, as the pipeline holds it. */
export interface AnyComponent {
  name: string;
  requires: readonly Key[];
  provides: readonly Key[];
  updates?: readonly Key[];
  run(doc: Doc): Partial<Doc>;
}

/** Declares a component; the types check that `run` reads only what it requires and returns what it provides. */
export function component<R extends Key, P extends Key>(c: Component<R, P>): Component<R, P> {
  return c;
}

export interface Pipeline {
  components: readonly AnyComponent[];
  /** Runs every component over one document and returns what they provided. */
  run(given: Given): Doc;
}

/** Checks the order (every requirement provided before it is read, every value provided once) and composes. */
export function composePipeline(components: readonly AnyComponent[]): Pipeline {
  const known = new Map<Key, string>(GIVEN.map((k) => [k, 'the input']));
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new Error(`extract component "${c.name}" is listed twice`);
    names.add(c.name);
    for (const r of [...c.requires, ...(c.updates ?? [])]) {
      if (!known.has(r)) {
        const later = components.find((x) => x.provides.includes(r));
        throw new Error(`extract component "${c.name}" requires "${r}", which ${later ? `"${later.name}" provides only after it` : 'no component provides'}`);
      }
    }
    for (const p of c.provides) {
      const by = known.get(p);
      if (by) throw new Error(`extract component "${c.name}" provides "${p}", already provided by ${by === 'the input' ? by : `"${by}"`}`);
      known.set(p, c.name);
    }
  }
  // Every value the document will hold, in the order they come: a document made with all of
  // them at once keeps one shape, which is many times faster than growing it value by value.
  const keys = [...known.keys()];
  return {
    components,
    run(given) {
      const doc: Partial<Doc> = {};
      for (const k of keys) doc[k] = undefined;
      for (const k of GIVEN) copy(doc, given, k);
      for (const c of components) {
        // A component sees only what it requires or updates (present: the order check above guarantees it).
        const view: Partial<Doc> = {};
        for (const r of c.requires) copy(view, doc, r);
        for (const u of c.updates ?? []) copy(view, doc, u);
        const out: Partial<Doc> = c.run(view as Doc);
        for (const p of c.provides) {
          if (out[p] === undefined) throw new Error(`extract component "${c.name}" did not provide "${p}"`);
          copy(doc, out, p);
        }
      }
      return doc as Doc;
    },
  };
}

function copy<K extends Key>(to: Partial<Doc>, from: Partial<Doc>, key: K): void {
  to[key] = from[key];
}
