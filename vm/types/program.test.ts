// Program-level behaviour that the corpora cannot show: a package is checked once and shared by
// its importers, `invalidate` drops a package and its importers so that changed sources are
// re-read, and unused declarations are marked for editors.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Program, type ImportResolver, type PackageSource } from './program';

function workspace(files: Record<string, string>): { resolver: ImportResolver; reads: string[] } {
  const reads: string[] = [];
  const resolver: ImportResolver = {
    resolve(path: string): PackageSource | Error {
      reads.push(path);
      const text = files[path];
      return text === undefined ? new Error(`cannot find package ${path}`) : { path, dir: path, files: [{ fileName: `${path}/lib.amigo`, text }] };
    },
  };
  return { resolver, reads };
}

const main = (text: string): PackageSource => ({ path: 'main', dir: '', files: [{ fileName: 'main.amigo', text }] });

test('a package is checked once and re-read after invalidate', () => {
  const files: Record<string, string> = { 'hub.amigos.dev/lib': 'package lib\n\nfunc Answer() int { return 42 }\n' };
  const { resolver, reads } = workspace(files);
  const program = new Program(resolver);
  const source = 'package main\n\nimport "hub.amigos.dev/lib"\n\nfunc main() {\n\tvar n int = lib.Answer()\n\t_ = n\n}\n';
  assert.deepEqual(program.check(main(source)).diagnostics, []);
  program.check(main(source));
  assert.deepEqual(reads, ['hub.amigos.dev/lib']);

  files['hub.amigos.dev/lib'] = 'package lib\n\nfunc Answer() string { return "42" }\n';
  program.invalidate('hub.amigos.dev/lib');
  assert.equal(program.packages.has('main'), false, 'the importer is dropped too');
  const again = program.check(main(source));
  assert.deepEqual(reads, ['hub.amigos.dev/lib', 'hub.amigos.dev/lib']);
  assert.deepEqual(again.diagnostics.map((d) => d.message), ['cannot use lib.Answer() (value of type string) as int value in variable declaration']);
});

test('unused variables, imports and labels are marked unused', () => {
  const program = new Program();
  const checked = program.check(main('package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\nL:\n\tfor {\n\t}\n}\n'));
  assert.deepEqual(
    checked.diagnostics.map((d) => [d.message, d.unused ?? false]),
    [
      ['"fmt" imported and not used', true],
      ['declared and not used: x', true],
      ['label L defined and not used', true],
    ],
  );
});
