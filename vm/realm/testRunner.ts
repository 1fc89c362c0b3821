// `amigos test`: the Test and Example functions of a package's *_test.amigo files, and filetest
// folders. A package's tests run in file order on one fresh in-memory node, each as its own tx
// (a passing test commits, so later tests see what earlier ones left, like package state in a Go
// test binary; a failing one is rolled back). A Test fails through t.Error/Fatal or a panic; an
// Example with an `// Output:` comment fails when its printed output differs (one without is
// compiled but not run). Filetest folders run through vm/run/filetest.ts (package main cases) or
// the realm filetests (realm cases). It deliberately prints nothing: the CLI formats results.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from '../syntax/index';
import type { HubPackage, HubResolver } from '../hub/index';
import { checkFiletest, parseFiletest, runFiletest } from '../run/filetest';
import { runRealmFiletest } from './filetest';
import { buildCall, CallError } from './realmProgram';
import { RealmNode } from './node';
import { STOP_TEST, type TestRecord } from './testingNatives';
import './testingNatives';

export interface TestResult {
  name: string;
  kind: 'test' | 'example' | 'filetest';
  /** The package identity, or the filetest folder. */
  package: string;
  file: string;
  line: number;
  ok: boolean;
  skipped: boolean;
  message?: string;
  expected?: string;
  actual?: string;
  logs?: string[];
  /** How long the test took, when the runner was given a clock. */
  durationMs?: number;
}

interface TestFunc {
  name: string;
  kind: 'test' | 'example';
  file: string;
  line: number;
  output?: string;
}

/** The Test and Example functions of a package's test files, in file and source order. */
export function findTests(pkg: HubPackage): TestFunc[] {
  const out: TestFunc[] = [];
  for (const file of pkg.testFiles) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseFile(file, text);
    for (const decl of parsed.file.decls) {
      if (decl.kind !== 'FuncDecl' || decl.recv !== undefined || decl.body === undefined) continue;
      const name = decl.name.name;
      const line = parsed.lines.goPosition(decl.pos).line;
      const params = decl.type.params.list.length;
      if (/^Test($|[^a-z])/.test(name) && params === 1) out.push({ name, kind: 'test', file, line });
      else if (/^Example($|[^a-z])/.test(name) && params === 0) {
        const body = text.slice(decl.body.pos, decl.body.end);
        const output = /\/\/ Output:[ \t]*(.*)\n((?:[ \t]*\/\/.*\n?)*)/.exec(body);
        const lines = output === null ? undefined : [output[1], ...output[2].split('\n').map((l) => l.trim().replace(/^\/\/ ?/, ''))].filter((l, i) => i > 0 || l !== '');
        out.push({ name, kind: 'example', file, line, output: lines?.join('\n').trim() });
      }
    }
  }
  return out;
}

/** Runs one package's tests. */
export function runPackageTests(hub: HubPackageHub, pkg: HubPackage, options: { filter?: RegExp; clock?: () => number } = {}): TestResult[] {
  const results: TestResult[] = [];
  const node = new RealmNode({ hub: hub.resolver });
  try {
    for (const test of findTests(pkg)) {
      if (options.filter !== undefined && !options.filter.test(test.name)) continue;
      if (test.kind === 'example' && test.output === undefined) continue;
      const started = options.clock?.();
      const result = runOne(node, hub.resolver, pkg, test);
      if (started !== undefined) result.durationMs = Math.round((options.clock!() - started) * 10) / 10;
      results.push(result);
    }
  } finally {
    node.close();
  }
  return results;
}

/** The hub a test run reads packages from. */
export interface HubPackageHub {
  resolver: HubResolver;
}

function runOne(node: RealmNode, hub: HubResolver, pkg: HubPackage, test: TestFunc): TestResult {
  const base: TestResult = { name: test.name, kind: test.kind, package: pkg.identity, file: test.file, line: test.line, ok: false, skipped: false };
  const body = test.kind === 'test' ? [`r_.${test.name}(&testing_.T{})`, 'return nil'] : [`r_.${test.name}()`, 'return nil'];
  const imports = new Map(test.kind === 'test' ? [['testing_', 'testing']] : []);
  let program;
  try {
    program = buildCall({ hub, target: pkg, func: test.name, args: [], withTests: true, custom: { imports, body } });
  } catch (error) {
    if (error instanceof CallError) return { ...base, message: error.message };
    throw error;
  }
  const record: TestRecord = { name: test.name, failed: false, skipped: false, errors: [], logs: [] };
  const run = node.runBuilt(program, { caller: 'tester', services: { testing: record }, commit: true });
  const stopped = run.error === STOP_TEST;
  const logs = record.logs.length > 0 ? { logs: record.logs } : {};
  if (test.kind === 'example') {
    const actual = run.output.replace(/\s+$/, '');
    const expected = test.output ?? '';
    if (!run.ok) return { ...base, message: run.error ?? 'failed', expected, actual, ...logs };
    return actual === expected ? { ...base, ok: true } : { ...base, message: 'output differs', expected, actual };
  }
  if (record.skipped) return { ...base, ok: true, skipped: true, ...logs };
  const messages = [...record.errors];
  if (!run.ok && !stopped) messages.push(run.error ?? 'failed');
  const ok = messages.length === 0 && !record.failed;
  return { ...base, ok, ...(ok ? {} : { message: messages.join('\n') || 'failed' }), ...logs };
}

/** Whether a folder holds filetests (`.amigo` files with trailing directive blocks) rather than a package. */
export function isFiletestFolder(dir: string): boolean {
  return readdirSync(dir).some((name) => name.endsWith('.amigo') && /^\/\/ [A-Z][A-Za-z]*:\s*$/m.test(readFileSync(join(dir, name), 'utf8')));
}

/** Runs every filetest of a folder: package main cases through the VM's runner, realms through the realm runner. */
export function runFiletestFolder(dir: string, options: { codeDir: string; cwd: string; filter?: RegExp }): TestResult[] {
  const results: TestResult[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.amigo')).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || (options.filter !== undefined && !options.filter.test(name))) continue;
    const text = readFileSync(path, 'utf8');
    const isMain = /^package main\s*$/m.test(text);
    const parsed = parseFiletest(text);
    const run = isMain ? runFiletest(name, parsed) : runRealmFiletest(name, parsed, { codeDir: options.codeDir });
    const problems = checkFiletest(parsed, run);
    results.push({
      name,
      kind: 'filetest',
      package: relative(options.cwd, dir) || '.',
      file: path,
      line: 1,
      ok: problems.length === 0,
      skipped: false,
      ...(problems.length > 0 ? { message: problems.join('\n') } : {}),
    });
  }
  return results;
}
