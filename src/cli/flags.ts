// Command-line flags made from the same parameter definitions the routes read (routes/params.ts):
// --limit, --offset, --status, --as-of… take the values ?limit=, ?offset=, ?status=, ?asOf= take,
// are described the same way, and fail with the same one line, naming the flag.
import type { Command } from 'commander';
import { oneOf, type Input, type Param, type Params } from '../routes/index.ts';

/** The flag of a parameter: asOf → --as-of. */
export const flagOf = (name: string): string => '--' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Where commander keeps a flag's value: --as-of → asOf. */
const attributeOf = (flag: string): string => flag.replace(/^.*--/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

export interface FlagSpec {
  /** The flag, when it is not the parameter's name as a flag: "-q, --q", "--all-versions". */
  flag?: string;
  /** The definition to read it with, when the command's differs from the route's (a wider bound). */
  param?: Param<unknown>;
}

export interface ParamFlags<P extends Params, K extends keyof P> {
  /** Adds the flags to a command, each with its definition's description and default. */
  addTo(command: Command): Command;
  /** The flags' values read with the definitions (absent: the default); a ParamError naming the flag. */
  read(values: Record<string, unknown>): Pick<Input<P>, K>;
}

/** Flags for these parameters of a route (or a page's view). */
export function paramFlags<P extends Params, K extends keyof P & string>(params: P, names: readonly K[], specs: Partial<Record<K, FlagSpec>> = {}): ParamFlags<P, K> {
  const flags = names.map((name) => {
    const spec: FlagSpec = specs[name] ?? {};
    const param = spec.param ?? params[name];
    const flag = spec.flag ?? flagOf(name);
    return { name, param, flag, attribute: attributeOf(flag) };
  });
  return {
    addTo(command) {
      for (const { param, flag } of flags) {
        const { default: fallback, enum: values } = param.schema as { default?: unknown; enum?: string[] };
        const help = param.description + (values ? `: ${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : '')
          + (fallback === undefined ? '' : ` (default ${String(fallback)})`);
        command.option(param.placeholder === null ? flag : `${flag} <${param.placeholder}>`, help);
      }
      return command;
    },
    read(values) {
      const input: Record<string, unknown> = {};
      for (const { name, param, flag, attribute } of flags) {
        const raw = values[attribute];
        input[name] = param.read(raw === undefined ? undefined : String(raw), flag.replace(/^.*(--\S+)$/, '$1'));
      }
      return input as Pick<Input<P>, K>;
    },
  };
}

/**
 * The server pages at most MAX_PAGE items, to keep its answers small; a command on this machine
 * may ask for as many as the store gives in one call (the store's bound applies).
 */
export const localLimit = <T>(limit: { withMax(max: number | undefined): Param<T> }): FlagSpec => ({ param: limit.withMax(undefined) });

/** --format: how a command prints (the first of `allowed` unless told). */
export function outputFormat<T extends string = 'table' | 'json'>(value: string | undefined, allowed: readonly T[] = ['table', 'json'] as unknown as T[]): T {
  return oneOf(allowed, { description: 'output format', default: allowed[0] }).read(value, '--format');
}
