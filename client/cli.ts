// Runs the bundled `amigos` CLI (`dist/cli.js`, DESIGN.md section 6) as a child process and
// parses its `--json` output: this is how the views get the node's data (log, call, render, diff,
// checkout, fork, test). It knows no VS Code API, so tests drive it against the real built CLI.
//
// It deliberately does not interpret the data beyond parsing JSON, and it tells "the CLI does not
// have this command yet" (CliUnavailableError) apart from a real failure (CliError), so that a
// view can say "not available yet" instead of showing an error.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface CliRunOptions {
  /** The workspace folder: relative paths and the default state directory resolve against it. */
  cwd: string;
  signal?: AbortSignal;
  /** Kills the process after this long; a VM call has its own gas limit, this is a backstop. */
  timeoutMs?: number;
}

/** The command failed: its exit code and what it printed on stderr. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The CLI is not built, or has no such command (yet): a view shows this as a hint. */
export class CliUnavailableError extends CliError {
  constructor(message: string, exitCode: number, stderr: string) {
    super(message, exitCode, stderr);
    this.name = 'CliUnavailableError';
  }
}

export class AmigosCli {
  constructor(
    readonly cliPath: string,
    /** The Node binary; inside VS Code it is the extension host's, run as plain Node. */
    private readonly nodePath: string = process.execPath,
  ) {}

  /** Runs `amigos ARGS`; resolves with any exit code, rejects only when the CLI is missing. */
  run(args: string[], options: CliRunOptions): Promise<CliResult> {
    if (!existsSync(this.cliPath)) {
      return Promise.reject(new CliUnavailableError(`the Amigos CLI is not built (${this.cliPath} is missing)`, -1, ''));
    }
    return new Promise((resolve, reject) => {
      execFile(
        this.nodePath,
        [this.cliPath, ...args],
        {
          cwd: options.cwd,
          signal: options.signal,
          timeout: options.timeoutMs ?? 120_000,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
          windowsHide: true,
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            reject(new CliError(`amigos ${args[0] ?? ''}: ${error.message}`, -1, String(stderr)));
            return;
          }
          resolve({ stdout: String(stdout), stderr: String(stderr), exitCode: error ? Number(error.code) : 0 });
        },
      );
    });
  }

  /**
   * Runs `amigos ARGS --json` and parses stdout. A command may exit non-zero and still print its
   * JSON answer (a failed `call` exits 1 with `"ok": false`): the JSON wins when there is one.
   */
  async json<T>(args: string[], options: CliRunOptions): Promise<T> {
    const result = await this.run([...args, '--json'], options);
    const parsed = parseJson(result.stdout);
    if (parsed.ok) return parsed.value as T;
    throw classifyFailure(args, result);
  }

  /** Runs a command that prints text (`render`); a non-zero exit is an error. */
  async text(args: string[], options: CliRunOptions): Promise<string> {
    const result = await this.run(args, options);
    if (result.exitCode === 0) return result.stdout;
    throw classifyFailure(args, result);
  }
}

/** Turns a failed run into the error a view shows: "not available yet" or the CLI's own message. */
export function classifyFailure(args: string[], result: CliResult): CliError {
  const command = args[0] ?? '';
  const firstLine = (result.stderr.trim() || result.stdout.trim()).split('\n')[0] ?? '';
  if (result.exitCode === 2 && /unknown command|unknown flag|not implemented/i.test(result.stderr)) {
    return new CliUnavailableError(`\`amigos ${command}\` is not available yet (${firstLine})`, result.exitCode, result.stderr);
  }
  const message = firstLine || `amigos ${command} exited with ${result.exitCode}`;
  return new CliError(message, result.exitCode, result.stderr);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return { ok: false };
  }
}

/** The `call --json` answer of DESIGN.md section 6. */
export interface CallResult {
  ok: boolean;
  result: string[];
  error: string | null;
  events: { type: string; realm: string; attrs: Record<string, string> }[];
  gas: { total: number; byPackage: Record<string, number> };
  snapshot: string;
  root: string;
}

/** One entry of `log --json`, newest first. Fields beyond the contract are optional. */
export interface SnapshotEntry {
  id: string;
  parent: string | null;
  caller: string;
  /** The account name when the caller is a named account (`alice`). */
  callerName?: string;
  package: string;
  function: string;
  ok: boolean;
  gas: number | { total: number };
  args?: string[];
  result?: string[];
  error?: string | null;
  height?: number;
  head?: boolean;
}

/** Gas of a log entry, whichever of the two shapes the CLI prints. */
export function gasTotal(entry: Pick<SnapshotEntry, 'gas'>): number {
  return typeof entry.gas === 'number' ? entry.gas : entry.gas.total;
}
