// The command line of the project's commands (import, report, neo4j, bench, resilience), read with node:util
// parseArgs: --help lists every option with its default, and an unknown option, a missing value or a bad value is
// refused with one line naming the option and what is allowed. parseArgs runs with strict off and hands back its
// tokens, so that those lines are ours: its own errors name neither the allowed options nor the values.
import { parseArgs } from 'node:util';
import { BadValue } from './values.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** What its value is called in the help, e.g. `R` or `FILE`. */
  value?: string;
  description: string;
  /** The value when the option is not given. */
  default?: string | boolean | string[];
  /** The default as the help tells it, when no plain value says it (e.g. "every list"). */
  defaultText?: string;
  /**
   * Reads a string value (each one, for a multiple option), default included: returns what the command gets, or
   * throws BadValue saying what is allowed (src/cli/values.ts).
   */
  parse?: (raw: string) => unknown;
}

export interface CommandSpec<T extends Record<string, OptionSpec>> {
  /** The usage lines, each a way to call the command. */
  usage: string[];
  options: T;
  /** Whether the command takes arguments besides its options (a report, a source, files). */
  positionals: boolean;
  /** Text printed before the options: what the arguments are. */
  about?: string[];
  /** Text printed after the options: examples. */
  notes?: string[];
}

type OneValue<O extends OptionSpec> = O extends { parse: (raw: string) => infer R } ? R : string;

type ValueOf<O extends OptionSpec> =
  | (O['type'] extends 'boolean' ? boolean : O['multiple'] extends true ? OneValue<O>[] : OneValue<O>)
  | (O extends { default: unknown } ? never : undefined);

export interface ParsedCommandLine<T extends Record<string, OptionSpec>> {
  values: { [K in keyof T]: ValueOf<T[K]> };
  positionals: string[];
}

/** A command line that cannot be read; the command exits with 2. */
export class UsageError extends Error {}

/** --help was asked for; the message is the help, printed on stdout, and the command exits with 0. */
export class HelpRequested extends Error {}

/** Declares a command's line, keeping each option's type for the parsed values. */
export function defineCommand<const T extends Record<string, OptionSpec>>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'print this help and exit', default: false };

function flag(name: string, option: OptionSpec): string {
  const long = `--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

function defaultOf(option: OptionSpec): string {
  if (option.defaultText !== undefined) return option.defaultText;
  if (option.default === undefined) return 'none';
  if (Array.isArray(option.default)) return option.default.join(',');
  return String(option.default);
}

/** The help: usage, what the arguments are, every option with its default, then examples. */
export function helpText<T extends Record<string, OptionSpec>>(spec: CommandSpec<T>): string {
  const options = Object.entries({ ...spec.options, help: HELP_OPTION });
  const width = Math.max(...options.map(([name, option]) => flag(name, option).length));
  const lines = spec.usage.map((line, i) => `${i === 0 ? 'usage: ' : '       '}${line}`);
  if (spec.about !== undefined) lines.push('', ...spec.about);
  lines.push('', 'options:');
  for (const [name, option] of options) {
    const shown = name === 'help' ? option.description : `${option.description} (default: ${defaultOf(option)})`;
    lines.push(`  ${flag(name, option).padEnd(width)}  ${shown}`);
  }
  if (spec.notes !== undefined) lines.push('', ...spec.notes);
  return lines.join('\n');
}

/** Reads argv against the command's options; throws HelpRequested for --help and UsageError for anything it cannot read. */
export function parseCommandLine<T extends Record<string, OptionSpec>>(spec: CommandSpec<T>, argv: string[]): ParsedCommandLine<T> {
  const options: Record<string, OptionSpec> = { ...spec.options, help: HELP_OPTION };
  const known = Object.keys(options).map((name) => `--${name}`);
  const config = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      {
        type: option.type,
        ...(option.short !== undefined ? { short: option.short } : {}),
        ...(option.multiple !== undefined ? { multiple: option.multiple } : {}),
        ...(option.default !== undefined ? { default: option.default } : {}),
      },
    ]),
  );
  // Not strict: the checks below name the option and the allowed ones, which parseArgs' own errors do not.
  const parsed = parseArgs({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  if (parsed.tokens.some((token) => token.kind === 'option' && token.name === 'help')) throw new HelpRequested(helpText(spec));
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) throw new UsageError(`unknown option ${token.rawName}; the options are ${known.join(', ')}`);
    if (option.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value (got '${token.value ?? ''}')`);
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value.length > 1 && !/^-\d/.test(token.value)))) {
      throw new UsageError(`${token.rawName}${option.value ? ` ${option.value}` : ''} needs a value`);
    }
    if (option.type === 'string' && !option.multiple && parsed.tokens.filter((t) => t.kind === 'option' && t.name === token.name).length > 1) {
      throw new UsageError(`give ${token.rawName} once`);
    }
  }
  if (!spec.positionals && parsed.positionals.length > 0) {
    throw new UsageError(`unexpected argument '${parsed.positionals[0]}'; the options are ${known.join(', ')}`);
  }
  const { help: _help, ...raw } = parsed.values;
  const values = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, readValue(name, options[name], value)]));
  return { values: values as ParsedCommandLine<T>['values'], positionals: parsed.positionals };
}

/** The option's value as the command gets it: read by its `parse`, a refusal named with the option and the value. */
function readValue(name: string, option: OptionSpec | undefined, value: string | boolean | (string | boolean)[] | undefined): unknown {
  const parse = option?.parse;
  if (parse === undefined || value === undefined || typeof value === 'boolean') return value;
  const one = (raw: string | boolean) => {
    if (typeof raw === 'boolean') return raw;
    try {
      return parse(raw);
    } catch (error) {
      if (error instanceof BadValue) throw new UsageError(`--${name} ${error.message} (got '${raw}')`);
      throw error;
    }
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** For a command's top-level catch: prints the help (exit 0) or the usage problem (exit 2); false for any other error. */
export function exitForCommandLine(command: string, error: unknown): boolean {
  if (error instanceof HelpRequested) {
    console.log(error.message);
    process.exit(0);
  }
  if (error instanceof UsageError) {
    console.error(`${command}: ${error.message} (see --help)`);
    process.exit(2);
  }
  return false;
}
