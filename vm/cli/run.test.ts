// `amigos run` as a process (the built dist/cli.js): output and exit codes for a clean run, a
// compile error, an uncaught panic with its goroutine trace, and out of gas with --gas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'amigos-run-'));

function run(name: string, source: string, ...flags: string[]) {
  const file = join(dir, name);
  writeFileSync(file, source);
  return spawnSync('node', ['dist/cli.js', 'run', file, ...flags], { encoding: 'utf8' });
}

test('a program prints its output and exits 0', () => {
  const r = run('ok.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("héllo", 1<<40)\n}\n');
  assert.equal(r.stdout, 'héllo 1099511627776\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('a compile error is file:line:col: message and exit 1', () => {
  const r = run('bad.amigo', 'package main\n\nfunc main() {\n\tx := 1\n}\n');
  assert.equal(r.stderr, `${join(dir, 'bad.amigo')}:4:2: declared and not used: x\n`);
  assert.equal(r.status, 1);
});

test('an uncaught panic prints Go\'s panic line, the goroutine trace, and exits 2', () => {
  const r = run('panic.amigo', 'package main\n\nfunc div(a, b int) int {\n\treturn a / b\n}\n\nfunc main() {\n\tprintln(div(1, 0))\n}\n');
  const file = join(dir, 'panic.amigo');
  assert.equal(r.stderr, `panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.div()\n\t${file}:4\nmain.main()\n\t${file}:8\n`);
  assert.equal(r.status, 2);
});

test('--gas bounds an endless loop: out of gas, exit 1, well under a second', () => {
  const start = Date.now();
  const r = run('loop.amigo', 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', '--gas', '10000000');
  assert.match(r.stderr, /^out of gas/);
  assert.equal(r.status, 1);
  assert.ok(Date.now() - start < 3000);
});
