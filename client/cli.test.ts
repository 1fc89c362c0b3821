// Drives client/cli.ts against the real built CLI (dist/cli.js, built by `npm test`): a command the
// CLI has answers, a command it lacks is "not available yet" rather than an error, and a missing
// CLI is reported the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AmigosCli, CliError, CliUnavailableError, classifyFailure, gasTotal } from './cli';

const cliPath = resolve(__dirname, '..', 'dist', 'cli.js');

test('help runs and exits 0', async () => {
  const result = await new AmigosCli(cliPath).run(['help'], { cwd: tmpdir() });
  assert.equal(result.exitCode, 0);
  assert.match(result.stdout, /Usage:/);
});

test('an unknown command is "not available yet"', async () => {
  await assert.rejects(new AmigosCli(cliPath).json(['no-such-command'], { cwd: tmpdir() }), CliUnavailableError);
});

test('a missing CLI is "not available yet"', async () => {
  await assert.rejects(new AmigosCli('/nonexistent/cli.js').run(['log'], { cwd: tmpdir() }), CliUnavailableError);
});

test('JSON printed with a non-zero exit is still the answer (a failed call)', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'amigos-cli-'));
  try {
    const fake = join(directory, 'cli.js');
    writeFileSync(fake, 'process.stdout.write(JSON.stringify({ ok: false, error: "out of gas", args: process.argv.slice(2) })); process.exitCode = 1;\n');
    const answer = await new AmigosCli(fake).json<{ ok: boolean; error: string; args: string[] }>(['call', 'p', 'F'], { cwd: directory });
    assert.deepEqual(answer, { ok: false, error: 'out of gas', args: ['call', 'p', 'F', '--json'] });
    writeFileSync(fake, 'process.stderr.write("amigos render: no realm p\\n"); process.exitCode = 1;\n');
    await assert.rejects(new AmigosCli(fake).text(['render', 'p'], { cwd: directory }), (error: unknown) => error instanceof CliError && !(error instanceof CliUnavailableError) && error.message === 'amigos render: no realm p');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('failures are classified by exit code and message', () => {
  const check = (exitCode: number, stderr: string, unavailable: boolean): void => {
    assert.equal(classifyFailure(['log'], { stdout: '', stderr, exitCode }) instanceof CliUnavailableError, unavailable, stderr);
  };
  check(2, 'amigos: unknown command "log"', true);
  check(2, 'amigos log: unknown flag --json', true);
  check(1, 'amigos log: the store is corrupt', false);
  check(2, 'amigos call: missing FUNC', false);
});

test('gas is read from either shape of a log entry', () => {
  assert.equal(gasTotal({ gas: 12 }), 12);
  assert.equal(gasTotal({ gas: { total: 34 } }), 34);
});
