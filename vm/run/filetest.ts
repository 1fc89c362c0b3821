// Filetests (test-fixtures/filetests/, DESIGN.md section 8): one `.amigo` program per case whose
// expectations trail the source as directive comment blocks (`// Output:`, `// Error:`,
// `// Stderr:` for print/println, `// Gas:`).
// This module parses a case, runs it, computes each directive's actual text and writes goldens
// back. Directives are pluggable: `registerDirective` adds one (the realm layer adds `// Events:`
// and `// State:`); each says how to compute its text from a run and whether a run that produced
// something requires it (exact and one-to-one: an undeclared output or error fails the case).
// It does not know node:test; filetest.test.ts drives it.

import { runFile } from '../compile/runFile';
import { jsString } from './values';

/** What a directive can look at after a case ran. */
export interface FiletestRun {
  /** Program stdout, as text. */
  stdout: string;
  /** What print and println wrote (standard error), as text; absent for runs that have none. */
  stderr?: string;
  /** The error report: compile errors, the panic lines (no goroutine trace), or `out of gas`. */
  error: string;
  exitCode: number;
  gasUsed: number | undefined;
  /** Extra facts other layers attach (events, state), by name. */
  facts: Record<string, string>;
}

export interface Directive {
  /** The directive's name as written: `Output` for `// Output:`. */
  name: string;
  /** Its actual text for a run ('' for nothing). */
  actual(run: FiletestRun): string;
  /** Whether the case must declare it for this run (the run produced something of this kind). */
  required(run: FiletestRun): boolean;
}

const directives: Directive[] = [
  { name: 'Output', actual: (run) => run.stdout, required: (run) => run.stdout !== '' },
  { name: 'Error', actual: (run) => run.error, required: (run) => run.error !== '' },
  { name: 'Stderr', actual: (run) => run.stderr ?? '', required: (run) => (run.stderr ?? '') !== '' },
  { name: 'Gas', actual: (run) => (run.gasUsed === undefined ? '' : String(run.gasUsed)), required: () => false },
];

/** Adds (or replaces) a directive. */
export function registerDirective(directive: Directive): void {
  const at = directives.findIndex((d) => d.name === directive.name);
  if (at >= 0) directives[at] = directive;
  else directives.push(directive);
}

export function knownDirectives(): readonly Directive[] {
  return directives;
}

export interface ParsedFiletest {
  /** The program: the text before the first directive block. */
  source: string;
  /** Directive name → expected text (lines without their `// ` prefix, joined with newlines). */
  expected: Map<string, string>;
  /** `//amigos:gas N` in the source: the gas limit of the run. */
  gasLimit: number | undefined;
}

const directiveLine = /^\/\/ ([A-Z][A-Za-z]*):\s*$/;

/** Splits a case into its program and its trailing directive blocks. */
export function parseFiletest(text: string): ParsedFiletest {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const names = new Set(directives.map((d) => d.name));
  let first = lines.findIndex((line) => {
    const m = directiveLine.exec(line);
    return m !== null && names.has(m[1]);
  });
  if (first < 0) first = lines.length;
  const expected = new Map<string, string>();
  let current: string | null = null;
  let body: string[] = [];
  const close = (): void => {
    if (current !== null) {
      while (body.length > 0 && body[body.length - 1] === '') body.pop();
      expected.set(current, body.join('\n'));
    }
  };
  for (const line of lines.slice(first)) {
    const m = directiveLine.exec(line);
    if (m !== null && names.has(m[1])) {
      close();
      current = m[1];
      body = [];
    } else if (line.startsWith('// ')) body.push(line.slice(3));
    else if (line === '//') body.push('');
    else if (line.trim() === '') body.push('');
  }
  close();
  const gas = /^\/\/amigos:gas (\d+)\s*$/m.exec(text);
  return { source: lines.slice(0, first).join('\n'), expected, gasLimit: gas ? Number(gas[1]) : undefined };
}

/** Runs a case's program (as `package main`, file name `fileName`). */
export function runFiletest(fileName: string, parsed: ParsedFiletest): FiletestRun {
  let stdout = '';
  let stderr = '';
  let report = '';
  const result = runFile({
    fileName,
    text: parsed.source,
    gasLimit: parsed.gasLimit,
    stdout: (bytes) => (stdout += bytes),
    stderr: (bytes) => (stderr += bytes),
    report: (bytes) => (report += bytes),
  });
  let error = '';
  if (result.exitCode !== 0) {
    const text = jsString(report);
    const trace = text.indexOf('\n\ngoroutine ');
    error = (trace >= 0 ? text.slice(0, trace) : text).replace(/\n+$/, '');
    if (result.result?.outcome === 'outOfGas') error = 'out of gas';
  }
  const trim = (text: string): string => jsString(text).replace(/\n+$/, '');
  return { stdout: trim(stdout), stderr: trim(stderr), error, exitCode: result.exitCode, gasUsed: result.gasUsed, facts: {} };
}

/** The mismatches of a run against the case's expectations (empty when the case passes). */
export function checkFiletest(parsed: ParsedFiletest, run: FiletestRun): string[] {
  const problems: string[] = [];
  for (const d of directives) {
    const want = parsed.expected.get(d.name);
    const got = d.actual(run);
    if (want === undefined) {
      if (d.required(run)) problems.push(`undeclared ${d.name}:\n${got}`);
      continue;
    }
    if (want !== got) problems.push(`${d.name} differs:\n--- want\n${want}\n--- got\n${got}`);
  }
  return problems;
}

/** The case's text with its directive blocks rewritten from `run` (UPDATE_GOLDEN=1). */
export function rewriteFiletest(parsed: ParsedFiletest, run: FiletestRun): string {
  const blocks: string[] = [];
  for (const d of directives) {
    const declared = parsed.expected.has(d.name);
    if (!declared && !d.required(run)) continue;
    const text = d.actual(run);
    blocks.push([`// ${d.name}:`, ...text.split('\n').map((line) => (line === '' ? '//' : `// ${line}`))].join('\n'));
  }
  return `${parsed.source.replace(/\n+$/, '')}\n\n${blocks.join('\n\n')}\n`;
}
