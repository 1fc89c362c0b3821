// Tests of the package loader's own duties (identities, sharing, test files, warnings, cycles)
// over test-fixtures/hub/load/. The check function given to the loader does what the checker
// does with imports, and nothing more: it asks for every import of every file, in order, and
// reports a refused import as a diagnostic at its spec. Type checking of real packages is
// bundledHub.test.ts's job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Package, newInfo, universe } from '../types/index';
import type { CheckResult, Diagnostic } from '../types/check';
import { PackageLoader, type CheckPackage } from './loader';
import { HubResolver } from './resolver';

const corpus = join(__dirname, '../../test-fixtures/hub/load');

function setup(): { loader: PackageLoader; resolver: HubResolver; checked: string[]; builtins: string[] } {
  const checked: string[] = [];
  const builtins: string[] = [];
  const check: CheckPackage = (path, files, importPackage): CheckResult => {
    checked.push(path);
    const pkg = new Package(path, files[0]?.name.name ?? '', universe);
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      for (const spec of file.imports) {
        const imported = importPackage(JSON.parse(spec.path.value) as string, pkg);
        if (typeof imported === 'string') diagnostics.push({ fileName: file.fileName, pos: spec.pos, end: spec.end, message: imported, severity: 'error' });
        else if (!pkg.imports.includes(imported)) pkg.imports.push(imported);
      }
    }
    return { pkg, info: newInfo(), diagnostics };
  };
  const resolver = new HubResolver({ workspace: join(corpus, 'workspace'), bundledHub: join(corpus, 'bundled') });
  const builtin = (path: string): Package => {
    builtins.push(path);
    return new Package(path, path.slice(path.lastIndexOf('/') + 1), universe);
  };
  return { loader: new PackageLoader(resolver, { check, builtin }), resolver, checked, builtins };
}

function hubPackage(resolver: HubResolver, path: string) {
  const resolution = resolver.resolve(path);
  assert.equal(resolution.kind, 'package', `${path} does not resolve`);
  return resolution.kind === 'package' ? resolution.package : assert.fail();
}

test('two majors load as two packages with two identities, each checked once', () => {
  const { loader, resolver, checked, builtins } = setup();
  const wallet = loader.load(hubPackage(resolver, 'hub.amigos.dev/wallet'));
  assert.deepEqual(wallet.diagnostics, []);
  assert.deepEqual(wallet.pkg.imports.map((pkg) => pkg.path), ['fmt', 'hub.amigos.dev/token', 'hub.amigos.dev/token@v2']);
  assert.deepEqual(builtins, ['fmt']);
  assert.deepEqual(wallet.files.map((file) => file.fileName.slice(corpus.length + 1)), ['workspace/wallet/wallet.amigo']);
  assert.deepEqual(wallet.importWarnings.get('hub.amigos.dev/token'), [
    'a newer major version of hub.amigos.dev/token exists: hub.amigos.dev/token@v2 (2.0.0); this import uses 1.2.0',
  ]);
  const again = loader.load(hubPackage(resolver, 'hub.amigos.dev/token'));
  assert.equal(again.pkg, wallet.pkg.imports[1]);
  assert.deepEqual(checked, ['hub.amigos.dev/wallet', 'hub.amigos.dev/token', 'hub.amigos.dev/token@v2']);
});

test('tests are loaded only when asked, and only they may import testing', () => {
  const { loader, resolver } = setup();
  const wallet = hubPackage(resolver, 'hub.amigos.dev/wallet');
  const withTests = loader.load(wallet, { withTests: true });
  assert.deepEqual(withTests.diagnostics, []);
  assert.equal(withTests.files.length, 2);
  assert.notEqual(withTests, loader.load(wallet));
  const refused = loader.importFunc()('testing', withTests.pkg);
  assert.equal(refused, 'package testing can only be imported in _test.amigo files');
});

test('an import cycle is refused, naming the cycle', () => {
  const { loader, resolver } = setup();
  const a = loader.load(hubPackage(resolver, 'hub.amigos.dev/cycle/a'));
  assert.deepEqual(a.diagnostics, []);
  const b = a.pkg.imports[0];
  assert.equal(b.path, 'hub.amigos.dev/cycle/b');
  const loadedB = loader.loadedPackage('hub.amigos.dev/cycle/b');
  assert.deepEqual(
    loadedB?.diagnostics.map((diagnostic) => diagnostic.message),
    ['import cycle not allowed: hub.amigos.dev/cycle/a → hub.amigos.dev/cycle/b → hub.amigos.dev/cycle/a'],
  );
});
