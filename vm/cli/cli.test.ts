// The built CLI as a process: help, unknown commands and usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const cli = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

test('help lists every command and exits 0', () => {
  const result = cli('help');
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage:$/m);
  assert.match(result.stdout, /amigos lsp --stdio/);
  assert.match(result.stdout, /amigos dap/);
});

test('an unknown command is a usage error with exit code 2', () => {
  const result = cli('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "frobnicate"/);
  assert.equal(result.stdout, '');
});
