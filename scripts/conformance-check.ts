// One case of the conformance corpus (test-fixtures/conformance/): run a Go program with
// `node dist/cli.js run FILE` as a separate process and compare it with the goldens that the Go
// toolchain wrote (NAME.out, byte for byte; NAME.err, the first stderr line and the exit code).
// Shared by the test runner (vm/run/conformance.test.ts) and scripts/conformance-status.mjs so
// both judge a case the same way; scripts/goldens.mjs shares its process capture and worker pool.
// It never needs Go and never writes a golden.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The expectation of one program, as read from its fixture files. */
export interface ConformanceCase {
  name: string;
  file: string;
  /** The reason of a `// skip: <reason>` line in the program, if it has one. */
  skip: string | undefined;
  stdout: Buffer;
  /** From NAME.err: the first stderr line and the exit code; absent means exit 0. */
  failure: { firstLine: string; exitCode: number } | undefined;
}

/** What the run printed and how it ended. */
export interface ConformanceRun {
  stdout: Buffer;
  stderr: string;
  exitCode: number | null;
  timedOut: boolean;
}

/** A mismatch: a one-line summary (for KNOWN_FAILURES) and the expected/actual texts. */
export interface Mismatch {
  summary: string;
  expected: string;
  actual: string;
}

export const knownFailuresFile = 'KNOWN_FAILURES';
const skipDirective = /^\s*\/\/\s*skip:\s*(.*\S)\s*$/m;
const defaultTimeoutMs = 30_000;

export function listCases(corpus: string): ConformanceCase[] {
  return readdirSync(corpus)
    .filter((file) => file.endsWith('.go'))
    .sort()
    .map((file) => readCase(corpus, file.slice(0, -'.go'.length)));
}

export function readCase(corpus: string, name: string): ConformanceCase {
  const file = join(corpus, `${name}.go`);
  const source = readFileSync(file, 'utf8');
  const outPath = join(corpus, `${name}.out`);
  const errPath = join(corpus, `${name}.err`);
  return {
    name,
    file,
    skip: skipDirective.exec(source)?.[1],
    stdout: existsSync(outPath) ? readFileSync(outPath) : Buffer.alloc(0),
    failure: existsSync(errPath) ? parseErr(readFileSync(errPath, 'utf8')) : undefined,
  };
}

/** KNOWN_FAILURES: one `NAME reason...` per line; blank lines and `#` comments are ignored. */
export function readKnownFailures(corpus: string): Map<string, string> {
  const known = new Map<string, string>();
  const path = join(corpus, knownFailuresFile);
  if (!existsSync(path)) return known;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const space = trimmed.search(/\s/);
    if (space < 0) known.set(trimmed, '');
    else known.set(trimmed.slice(0, space), trimmed.slice(space).trim());
  }
  return known;
}

export function formatKnownFailures(failures: Map<string, string>): string {
  const header = [
    '# Conformance programs that `amigos run` does not yet run as Go does, each with why.',
    '# Written by `node scripts/conformance-status.mjs`; the runner skips these and fails when one',
    '# of them passes, so this list only shrinks. Do not add to it by hand.',
  ];
  const lines = [...failures.keys()].sort().map((name) => `${name} ${failures.get(name)}`);
  return [...header, ...lines].join('\n') + '\n';
}

/**
 * A private copy of the CLI bundle, next to it (so paths relative to dist/ still resolve), for
 * one whole run: a build by someone else in the middle of the run then cannot mix two VMs.
 */
export function snapshotCli(cliPath: string): { path: string; remove: () => void } {
  const path = join(dirname(cliPath), `.${basename(cliPath, '.js')}-conformance-${process.pid}.js`);
  copyFileSync(cliPath, path);
  return { path, remove: () => rmSync(path, { force: true }) };
}

export async function runCase(cliPath: string, testCase: ConformanceCase, timeoutMs = defaultTimeoutMs): Promise<ConformanceRun> {
  const { stdout, stderr, exitCode, timedOut } = await capture(process.execPath, [cliPath, 'run', testCase.file], { timeoutMs });
  return { stdout, stderr, exitCode, timedOut };
}

/** What a finished child process printed (stdout as bytes, stderr as UTF-8) and how it ended. */
export interface Captured {
  stdout: Buffer;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Killed with SIGKILL after `timeoutMs`. */
  timedOut: boolean;
}

/** Runs `command` with no stdin and collects its output; with `timeoutMs`, kills it when that passes. */
export function capture(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8'), exitCode, signal, timedOut });
    });
  });
}

/** Calls `work` on every item, at most `concurrency` at a time, in list order of starting. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Undefined when the run matches the goldens exactly. */
export function compareRun(testCase: ConformanceCase, run: ConformanceRun): Mismatch | undefined {
  const expectedExit = testCase.failure?.exitCode ?? 0;
  if (run.timedOut) return { summary: 'timed out', expected: `exit ${expectedExit}`, actual: 'timed out' };
  const firstLine = run.stderr.split('\n')[0];
  if (run.exitCode !== expectedExit) {
    const said = firstLine === '' ? '' : `: ${truncate(firstLine)}`;
    return {
      summary: `exit ${run.exitCode} instead of ${expectedExit}${said}`,
      expected: `exit ${expectedExit}\n${testCase.failure?.firstLine ?? ''}`,
      actual: `exit ${run.exitCode}\n${run.stderr}`,
    };
  }
  if (testCase.failure && firstLine !== testCase.failure.firstLine) {
    return { summary: `stderr: ${truncate(firstLine)}`, expected: testCase.failure.firstLine, actual: firstLine };
  }
  if (!run.stdout.equals(testCase.stdout)) {
    const expected = testCase.stdout.toString('utf8');
    const actual = run.stdout.toString('utf8');
    return { summary: `stdout differs from line ${firstDifferentLine(expected, actual)}`, expected, actual };
  }
  return undefined;
}

function parseErr(text: string): { firstLine: string; exitCode: number } {
  const lines = text.split('\n');
  const exit = /^exit (\d+)$/.exec(lines[1] ?? '');
  if (!exit) throw new Error(`malformed .err golden (want a stderr line, then "exit N"): ${JSON.stringify(text)}`);
  return { firstLine: lines[0], exitCode: Number(exit[1]) };
}

function firstDifferentLine(expected: string, actual: string): number {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return line + 1;
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 100 ? `${oneLine.slice(0, 97)}...` : oneLine;
}
