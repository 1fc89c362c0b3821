// The New Realm scaffold (client/realmScaffold.ts): its files, and the module paths it accepts.
// Whether the scaffold builds and its tests pass is checked against the CLI once `amigos test`
// exists (see the skip below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { modulePathError, realmScaffold } from './realmScaffold';

test('module paths', () => {
  const check = (path: string, ok: boolean): void => assert.equal(modulePathError(path) === undefined, ok, path);
  check('hub.amigos.dev/me/counter', true);
  check('hub.amigos.dev/counter', true);
  check('counter', false);
  check('hub.amigos.dev/Me/counter', false);
  check('hub.amigos.dev/me/counter/', false);
});

test('the scaffold is a realm with a test and an example', () => {
  const files = realmScaffold('hub.amigos.dev/me/counter');
  assert.deepEqual(files.map((file) => file.path), ['amigos.toml', 'counter.amigo', 'counter_test.amigo']);
  assert.match(files[0].content, /^module = "hub\.amigos\.dev\/me\/counter"\nkind = "realm"\n/);
  assert.match(files[1].content, /^package counter$/m);
  assert.match(files[2].content, /^func TestIncrement\(t \*testing\.T\)/m);
  assert.match(files[2].content, /^\t\/\/ Output:$/m);
});

test('the scaffold passes `amigos test`', (t) => {
  const cli = resolve(__dirname, '..', 'dist', 'cli.js');
  const directory = mkdtempSync(join(tmpdir(), 'amigos-scaffold-'));
  try {
    for (const file of realmScaffold('hub.amigos.dev/me/counter')) {
      const path = join(directory, 'counter', file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    const run = spawnSync(process.execPath, [cli, 'test', join(directory, 'counter')], { cwd: directory, encoding: 'utf8' });
    if (run.status === 2 && /unknown command/.test(run.stderr)) {
      t.skip('`amigos test` is not built yet');
      return;
    }
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
