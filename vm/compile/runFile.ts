// One Go/Amigos source file run as `package main`, end to end: parse and check (vm/types), compile
// (program.ts), run with a Host that collects output, and the report Go's toolchain would print:
// `file:line:col: message` per compile error (exit 1), the panic lines and goroutine trace (exit 2),
// `out of gas` (exit 1). The CLI's `run`, the filetests and the benchmark share it. It does no I/O:
// the caller passes the text and receives the output.

import { Program, noImports, type CheckedPackage, type ImportResolver } from '../types/program';
import { stdlibPackage } from '../types/program';
import './stdlibNatives';
import { compileProgram, programPackages, type CompiledProgram, type RunResult } from './program';
import { panicLines, stackText } from '../run/panicReport';
import type { Host, StackFrame } from '../run/runtime';

export interface RunFileOptions {
  fileName: string;
  text: string;
  /** Gas limit; none when undefined. */
  gasLimit?: number;
  /** Receives the program's standard output bytes (a Go string: one byte per code unit). */
  stdout: (bytes: string) => void;
  /** Receives print/println output and the panic report (bytes). */
  stderr: (bytes: string) => void;
  /** Receives the error report (compile errors, panic, out of gas) instead of `stderr`, when given. */
  report?: (bytes: string) => void;
  resolver?: ImportResolver;
  /** Block time for time.Now(), nanoseconds since the epoch. */
  blockTimeNanos?: bigint;
}

export interface RunFileResult {
  exitCode: number;
  /** Set when the program compiled. */
  result?: RunResult;
  gasUsed?: number;
}

/** Parses, checks and compiles `text`; returns the compiled program or the error lines. */
export function compileFile(fileName: string, text: string, options: { debug?: boolean; resolver?: ImportResolver } = {}): { program: CompiledProgram; packages: CheckedPackage[] } | { errors: string[] } {
  const checker = new Program(options.resolver ?? noImports);
  const checked = checker.check({ path: 'main', dir: '.', files: [{ fileName, text }] });
  const errors = checker.allDiagnostics().filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const lines = checked.lines.get(fileName);
    return {
      errors: errors.map((d) => {
        const pos = (checked.lines.get(d.fileName) ?? lines)?.goPosition(d.pos);
        return `${d.fileName}:${pos?.line ?? 0}:${pos?.column ?? 0}: ${d.message}`;
      }),
    };
  }
  if (checked.pkg.name !== 'main') return { errors: [`${fileName}:1:1: package ${checked.pkg.name} is not a main package`] };
  const packages = programPackages(checked, (path) => checker.packages.get(path) ?? stdlibPackage(path));
  const program = compileProgram(packages, { debug: options.debug });
  if (program.errors.length > 0) return { errors: program.errors.map((e) => `${e.fileName}:${e.line}:${e.col}: ${e.message}`) };
  return { program, packages };
}

export function runFile(runOptions: RunFileOptions): RunFileResult {
  const options = { ...runOptions, report: runOptions.report ?? runOptions.stderr };
  const compiled = compileFile(options.fileName, options.text, { resolver: options.resolver });
  if ('errors' in compiled) {
    // Like the go command: at most ten errors, then `too many errors`.
    for (const line of compiled.errors.slice(0, 10)) options.report(`${line}\n`);
    if (compiled.errors.length > 10) options.report('too many errors\n');
    return { exitCode: 1 };
  }
  const host: Host = { stdout: options.stdout, stderr: options.stderr, blockTimeNanos: options.blockTimeNanos };
  const result = compiled.program.run({ host, gasLimit: options.gasLimit });
  switch (result.outcome) {
    case 'ok':
      return { exitCode: 0, result, gasUsed: result.gasUsed };
    case 'panic': {
      let frames = result.panic.stack;
      if (frames.length === 0) frames = replayStack(options, result.panic.value === null ? null : result);
      options.report(`${panicLines(result.panic).join('\n')}\n\n${stackText(frames)}\n`);
      return { exitCode: 2, result, gasUsed: result.gasUsed };
    }
    case 'outOfGas':
      options.report(`out of gas: used ${result.gasUsed} of ${options.gasLimit ?? 0}\n`);
      return { exitCode: 1, result, gasUsed: result.gasUsed };
    case 'abort':
      options.report(`aborted: ${result.message}\n`);
      return { exitCode: 1, result, gasUsed: result.gasUsed };
    case 'fatal':
      options.report(`${result.message}\n`);
      return { exitCode: 2, result, gasUsed: result.gasUsed };
    default:
      return { exitCode: 1, result };
  }
}

/**
 * The Go stack of a panic, found by running the program again in its instrumented variant (runs
 * are deterministic, so the replay panics at the same place). Costs nothing unless a panic escapes.
 */
function replayStack(options: RunFileOptions, _result: RunResult | null): StackFrame[] {
  const compiled = compileFile(options.fileName, options.text, { debug: true, resolver: options.resolver });
  if ('errors' in compiled) return [];
  const discard = (): void => undefined;
  const replay = compiled.program.run({ host: { stdout: discard, stderr: discard, blockTimeNanos: options.blockTimeNanos }, gasLimit: options.gasLimit });
  return replay.outcome === 'panic' ? replay.panic.stack : [];
}
