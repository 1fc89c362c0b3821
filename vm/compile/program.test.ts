// Compiling and running programs of several packages: gas attributed to the package whose code
// runs (the seed of the import economy), calling an exported function as an entry point with
// arguments and results, package initialization order, and independent repeated runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Program, stdlibPackage, type PackageSource } from '../types/program';
import { compileProgram, programPackages } from './program';
import './stdlibNatives';

const lib = `package lib

var calls int

func init() { calls = 100 }

// Work burns gas in this package.
func Work(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += i
	}
	calls++
	return total
}

func Calls() int { return calls }
`;

const main = `package main

import "hub.amigos.dev/lib"

func Sum(a, b int) (int, string) {
	return a + b + lib.Work(10), "ok"
}

func main() {
	x := 0
	for i := 0; i < 50; i++ {
		x += i
	}
	println(lib.Work(100), x, lib.Calls())
}
`;

function compile() {
  const resolver = {
    resolve: (path: string): PackageSource | Error =>
      path === 'hub.amigos.dev/lib' ? { path, dir: 'lib', files: [{ fileName: 'lib/lib.amigo', text: lib }] } : new Error(`no ${path}`),
  };
  const checker = new Program(resolver);
  const checked = checker.check({ path: 'hub.amigos.dev/app', dir: 'app', files: [{ fileName: 'app/main.amigo', text: main }] });
  assert.deepEqual(checker.allDiagnostics(), []);
  const packages = programPackages(checked, (path) => checker.packages.get(path) ?? stdlibPackage(path));
  const program = compileProgram(packages);
  assert.deepEqual(program.errors, []);
  return program;
}

test('gas is attributed to the package whose code runs, and adds up', () => {
  let err = '';
  const result = compile().run({ host: { stdout: () => undefined, stderr: (s) => (err += s) }, gasLimit: 1_000_000 });
  assert.equal(result.outcome, 'ok');
  assert.equal(err, '4950 1225 101\n');
  const byPackage = result.gasByPackage;
  assert.ok(byPackage['hub.amigos.dev/lib'] > byPackage['hub.amigos.dev/app'], JSON.stringify(byPackage));
  assert.ok(byPackage['hub.amigos.dev/app'] > 0);
  assert.equal(Object.values(byPackage).reduce((a, b) => a + b, 0), result.gasUsed);
});

test('an exported function is an entry point with arguments and results', () => {
  const program = compile();
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const first = program.run({ host: quiet }, { func: 'hub.amigos.dev/app.Sum', args: [2, 3] });
  assert.equal(first.outcome, 'ok');
  assert.deepEqual(first.results, [50, 'ok']);
  const again = program.run({ host: quiet }, { func: 'hub.amigos.dev/app.Sum', args: [2, 3] });
  assert.deepEqual(again.results, [50, 'ok']);
  assert.equal(again.gasUsed, first.gasUsed);
});
