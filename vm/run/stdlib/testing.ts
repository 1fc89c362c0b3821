// Test support for the native packages before (and besides) the compiler: a NativeContext over a
// real Runtime whose output is collected, with no Go declarations (every native then uses its
// fallback type descriptors), and a reader of the Go-recorded golden files whose lines are
// `name<TAB>arg...<TAB>"quoted result"`. Used only by *.test.ts files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unquote } from './quote';
import { AddressBook } from './printer';
import { formatters } from './fmt';
import type { NativeContext, NativeExports, NativePackage } from '../natives';
import { nativePackage } from '../natives';
import { Runtime } from '../runtime';
import { Iface, Slice, type Type } from '../values';

export interface TestRun {
  ctx: NativeContext;
  output: () => string;
}

export function testContext(): TestRun {
  let out = '';
  const rt = new Runtime({ host: { stdout: (bytes) => (out += bytes), stderr: () => undefined } });
  const ctx = {
    rt,
    type(name: string): Type {
      throw new Error(`no Go declaration of ${name} in tests`);
    },
    typeIn: () => undefined,
    global: () => undefined,
  };
  return { ctx: ctx as NativeContext, output: () => out };
}

/** Loads a registered native package in a fresh test context. */
export function loadNatives(path: string): NativeExports {
  const pkg: NativePackage | undefined = nativePackage(path);
  if (pkg === undefined) throw new Error(`no natives registered for ${path}`);
  return pkg.load(testContext().ctx);
}

export interface GoldenLine {
  name: string;
  args: string[];
  expected: string;
  text: string;
}

/** The lines of testdata/<file>: name, raw arguments, and the unquoted expected result. */
export function readGolden(file: string): GoldenLine[] {
  const text = readFileSync(join(__dirname, 'testdata', file), 'latin1');
  return text.split('\n').filter((l) => l !== '').map((line) => {
    const fields = line.split('\t');
    const expected = unquote(fields[fields.length - 1]);
    if (expected === null) throw new Error(`bad golden line: ${line}`);
    return { name: fields[0], args: fields.slice(1, -1), expected, text: line };
  });
}

/** A Go-quoted argument as a Go string. */
export function stringArg(text: string): string {
  const value = unquote(text);
  if (value === null) throw new Error(`bad string argument ${text}`);
  return value;
}

/** Renders results as the generators do: fmt.Sprintf("%v|%v|...", results...). */
export function render(results: (Iface | null)[]): string {
  const f = formatters(new AddressBook());
  const format = results.map(() => '%v').join('|');
  return f.sprintf(format, new Slice(results, 0, results.length, results.length));
}

/** Runs every golden line through `check` and returns the failures, described. */
export function failuresOf(lines: GoldenLine[], check: (line: GoldenLine) => string): string[] {
  const failures: string[] = [];
  for (const line of lines) {
    let actual: string;
    try {
      actual = check(line);
    } catch (error) {
      actual = `threw ${error instanceof Error ? error.message : JSON.stringify(error)}`;
    }
    if (actual !== line.expected) failures.push(`${line.name}(${line.args.join(', ')}): got ${JSON.stringify(actual)}, Go ${JSON.stringify(line.expected)}`);
  }
  return failures;
}
