// The shape of one `amigos` subcommand, and the small argument parser they share.
// Commands write through the given streams and return an exit code; none calls process.exit,
// so tests can run them in-process too.
import type { CliIO as NodeCliIO } from '../realm/cliSupport';

/** The node commands' streams and folder (vm/realm/cliSupport.ts), and a raw-bytes output. */
export interface CliIO extends NodeCliIO {
  /** Writes raw bytes to standard output (program output that may not be valid UTF-8); falls back to `stdout`. */
  stdoutBytes?: (data: Uint8Array) => void;
}

export interface Command {
  name: string;
  /** One line for `amigos help`. */
  summary: string;
  /** The usage line, without the leading `amigos`. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Splits `args` into positionals and `--flag value` / `--flag=value` / `--switch` flags.
 * `valued` names the flags that take a value; any other flag is a switch.
 * Throws a UsageError for an unknown flag or a missing value.
 */
export function parseArgs(args: string[], options: { valued: string[]; switches: string[] }): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    if (options.valued.includes(name)) {
      const value = equals < 0 ? args[++index] : arg.slice(equals + 1);
      if (value === undefined) throw new UsageError(`flag --${name} needs a value`);
      flags.set(name, value);
    } else if (options.switches.includes(name) && equals < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown flag --${name}`);
    }
  }
  return { positional, flags };
}

/** A valued flag that must be a positive integer: its value, or undefined when it was not given. */
export function positiveIntegerFlag(parsed: ParsedArgs, name: string): number | undefined {
  const flag = parsed.flags.get(name);
  if (typeof flag !== 'string') return undefined;
  const value = Number(flag);
  if (!Number.isSafeInteger(value) || value <= 0) throw new UsageError(`--${name} needs a positive integer, not ${flag}`);
  return value;
}

/** A mistake in how the command was called: printed with the usage line, exit code 2. */
export class UsageError extends Error {}
