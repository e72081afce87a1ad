// Parameters, as data: each says what it means, what values it takes (kind, limits, default) and
// reads its raw text (a URL query value or a command-line flag) into a typed value, or fails with
// one line naming the parameter. Routes, their OpenAPI description and the CLI's flags all read
// their parameters through these definitions, so a value is checked the same way everywhere.

type Json = Record<string, unknown>;

/** A malformed parameter: one line naming it and saying what was expected (a 400 over HTTP). */
export class ParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParamError';
  }
}

export interface Param<T> {
  readonly kind: 'integer' | 'date' | 'boolean' | 'enum' | 'text';
  /** One line: what the parameter does (OpenAPI description, CLI help). */
  readonly description: string;
  readonly required: boolean;
  /** The JSON Schema of its value, for the OpenAPI document. */
  readonly schema: Json;
  /** The value's name in CLI help (--limit <n>), or null for a switch (--all). */
  readonly placeholder: string | null;
  /** The value of `raw` (undefined or blank: the default); a ParamError naming `label` when malformed. */
  read(raw: string | undefined, label: string): T;
}

export type Params = Record<string, Param<unknown>>;

/** The typed values a set of parameters reads to. */
export type Input<P extends Params> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

const absent = (raw: string | undefined): raw is undefined => raw === undefined || raw === '';

/** The largest whole number a JavaScript number holds exactly: the bound of every integer without its own. */
const SAFE_MAX = Number.MAX_SAFE_INTEGER;

interface IntegerSpec {
  description: string;
  min: number;
  /** Largest value (default: the largest exact integer, so a huge number is a clear error, never a database fault). */
  max?: number;
  default?: number;
  /** What to say is expected when the value is not one, instead of "a whole number ≥ min" (e.g. "a four-digit year"). */
  expected?: string;
  placeholder?: string;
}

export interface IntegerParam<T> extends Param<T> {
  readonly min: number;
  readonly max: number;
  /** The same parameter with another upper bound (undefined: only the largest exact integer). */
  withMax(max: number | undefined): IntegerParam<T>;
}

type Defaulted<S, T> = S extends { default: T } ? T : T | undefined;

export function integer<const S extends IntegerSpec>(spec: S): IntegerParam<Defaulted<S, number>> {
  const max = spec.max ?? SAFE_MAX;
  const { min } = spec;
  return {
    kind: 'integer', description: spec.description, required: false, placeholder: spec.placeholder ?? 'n', min, max,
    schema: { type: 'integer', minimum: min, ...(spec.max === undefined ? {} : { maximum: max }), ...(spec.default === undefined ? {} : { default: spec.default }) },
    read(raw, label) {
      if (absent(raw)) return spec.default as Defaulted<S, number>;
      const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (spec.expected && !(n >= min && n <= max)) throw new ParamError(`${label}: expected ${spec.expected}, got "${raw}"`);
      if (!(n >= min)) throw new ParamError(`${label}: expected a whole number ≥ ${min}, got "${raw}"`);
      if (n > max) throw new ParamError(`${label}: at most ${max}, got "${raw}"`);
      return n as Defaulted<S, number>;
    },
    withMax: (bound) => integer({ ...spec, max: bound }) as IntegerParam<Defaulted<S, number>>,
  };
}

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not). */
export function date(spec: { description: string }): Param<string | undefined> {
  return {
    kind: 'date', description: spec.description, required: false, placeholder: 'date', schema: { type: 'string', format: 'date' },
    read(raw, label) {
      if (absent(raw)) return undefined;
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw + 'T00:00:00Z'))
        && new Date(raw + 'T00:00:00Z').toISOString().slice(0, 10) === raw;
      if (!ok) throw new ParamError(`${label}: expected a date YYYY-MM-DD, got "${raw}"`);
      return raw;
    },
  };
}

/** true/false (also 1/0, yes/no); on the command line, a switch. */
export function boolean(spec: { description: string }): Param<boolean | undefined> {
  return {
    kind: 'boolean', description: spec.description, required: false, placeholder: null, schema: { type: 'boolean' },
    read(raw, label) {
      if (absent(raw)) return undefined;
      if (/^(1|true|yes)$/i.test(raw)) return true;
      if (/^(0|false|no)$/i.test(raw)) return false;
      throw new ParamError(`${label}: expected true or false, got "${raw}"`);
    },
  };
}

/** One of a fixed list of words. */
export function oneOf<const V extends string, const S extends { description: string; default?: V; placeholder?: string }>(
  values: readonly V[], spec: S,
): Param<Defaulted<S, V>> {
  return {
    kind: 'enum', description: spec.description, required: false, placeholder: spec.placeholder ?? 'word',
    schema: { enum: [...values], ...(spec.default === undefined ? {} : { default: spec.default }) },
    read(raw, label) {
      if (absent(raw)) return spec.default as Defaulted<S, V>;
      if (!values.includes(raw as V)) throw new ParamError(`${label}: expected one of ${values.join(', ')}, got "${raw}"`);
      return raw as Defaulted<S, V>;
    },
  };
}

interface TextSpec {
  description: string;
  maxLength?: number;
  /** When given, the parameter is required and this says what to give ("give the words to search for"). */
  required?: string;
  /** A shape the value must have, and how to say it ("an http(s) address"). */
  pattern?: { regex: RegExp; expected: string };
  placeholder?: string;
}

/** Free text, trimmed; blank is absent. */
export function text<const S extends TextSpec>(spec: S): Param<S extends { required: string } ? string : string | undefined> {
  type T = S extends { required: string } ? string : string | undefined;
  return {
    kind: 'text', description: spec.description, required: spec.required !== undefined, placeholder: spec.placeholder ?? 'text',
    schema: { type: 'string', ...(spec.maxLength === undefined ? {} : { maxLength: spec.maxLength }) },
    read(raw, label) {
      const value = raw?.trim() || undefined;
      if (value === undefined && spec.required !== undefined) throw new ParamError(`${label}: ${spec.required}`);
      if (value !== undefined && spec.maxLength !== undefined && value.length > spec.maxLength) {
        throw new ParamError(`${label}: at most ${spec.maxLength} characters, got ${value.length}`);
      }
      if (value !== undefined && spec.pattern && !spec.pattern.regex.test(value)) throw new ParamError(`${label}: expected ${spec.pattern.expected}, got "${value}"`);
      return value as T;
    },
  };
}

/** Reads every parameter of `params` from `raw` (URL query or flags); `label` names one in errors. */
export function readParams<P extends Params>(params: P, raw: Record<string, string | undefined>, label: (name: string) => string = (n) => n): Input<P> {
  const input: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(params)) input[name] = param.read(raw[name], label(name));
  return input as Input<P>;
}

// Parameters many routes share.

/** The most items one page of the HTTP API gives: answers stay small for the web. */
export const MAX_PAGE = 500;

export const limit = (defaultLimit: number) => integer({ description: 'items per page', min: 1, max: MAX_PAGE, default: defaultLimit });
export const offset = integer({ description: 'items to skip', min: 0, default: 0 });

export const year = (description: string) => integer({ description, min: 1000, max: 9999, expected: 'a four-digit year' });

export const asOf = date({ description: 'the date commitments are assessed at (default today)' });

export const includeSuperseded = boolean({ description: 'also earlier versions of changed documents' });
