// Tests of the hub's ImportResolver over test-fixtures/hub/load/: the sources it hands the
// checker carry the identity of the selected major, never test files, and errors say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HubImportResolver, type PackageSourceFiles } from './hubImportResolver';
import { HubResolver } from './resolver';
import { Program } from '../types/program';

const corpus = join(__dirname, '../../test-fixtures/hub/load');
const resolver = new HubResolver({ workspace: join(corpus, 'workspace'), bundledHub: join(corpus, 'bundled') });
const imports = new HubImportResolver(resolver);

function summary(source: PackageSourceFiles | Error): string {
  if (source instanceof Error) return `error: ${source.message}`;
  const files = source.files.map((file) => `${file.fileName.slice(corpus.length + 1)} (${file.text.split('\n')[0]})`);
  return `${source.path} in ${source.dir.slice(corpus.length + 1)}: ${files.join(', ')}`;
}

test('each major is its own package, by identity', () => {
  assert.equal(summary(imports.resolve('hub.amigos.dev/token', corpus)), 'hub.amigos.dev/token in bundled/token: bundled/token/token.amigo (// Package token v1.)');
  assert.equal(
    summary(imports.resolve('hub.amigos.dev/token@v2', corpus)),
    'hub.amigos.dev/token@v2 in bundled/token_v2: bundled/token_v2/token.amigo (// Package token v2.)',
  );
});

test('imports never include test files; a package under test may ask for them', () => {
  assert.equal(summary(imports.resolve('hub.amigos.dev/wallet', corpus)), 'hub.amigos.dev/wallet in workspace/wallet: workspace/wallet/wallet.amigo (// Package wallet uses both majors of token side by side.)');
  const wallet = resolver.resolve('hub.amigos.dev/wallet');
  assert.ok(wallet.kind === 'package');
  const withTests = imports.sources(wallet.package, { withTests: true });
  assert.ok(!(withTests instanceof Error));
  assert.deepEqual(withTests.files.map((file) => file.fileName.slice(corpus.length + 1)), ['workspace/wallet/wallet.amigo', 'workspace/wallet/wallet_test.amigo']);
});

test('errors say why', () => {
  assert.equal(summary(imports.resolve('hub.amigos.dev/token@v3', corpus)), 'error: hub.amigos.dev/token has no major version 3; there are v1 (1.2.0), v2 (2.0.0)');
  assert.match(summary(imports.resolve('hub.amigos.dev/nothing', corpus)), /^error: cannot find package hub\.amigos\.dev\/nothing in the workspace/);
});

test('the checker sees two majors as two packages and names an import cycle', () => {
  const program = new Program(imports);
  const wallet = imports.resolve('hub.amigos.dev/wallet', corpus);
  assert.ok(!(wallet instanceof Error));
  const checked = program.check(wallet);
  assert.deepEqual(checked.diagnostics.map((diagnostic) => diagnostic.message), []);
  assert.deepEqual(checked.pkg.imports.map((pkg) => pkg.path), ['fmt', 'hub.amigos.dev/token', 'hub.amigos.dev/token@v2']);
  const cycle = imports.resolve('hub.amigos.dev/cycle/a', corpus);
  assert.ok(!(cycle instanceof Error));
  const cycleProgram = new Program(imports);
  cycleProgram.check(cycle);
  const messages = cycleProgram.allDiagnostics().map((diagnostic) => diagnostic.message);
  assert.ok(
    messages.some((message) => message.includes('import cycle not allowed') && message.includes('hub.amigos.dev/cycle/a') && message.includes('hub.amigos.dev/cycle/b')),
    messages.join('\n'),
  );
});
