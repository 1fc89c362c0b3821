// Checks the bundled hub (the repository's hub/ folder) against the rules every hub package
// follows: clean manifests; files that parse; the package clause named after the path's last
// segment; a doc comment on every exported declaration; a Render(path string) string in every
// realm; tests (Test or Example functions) in every package; every import resolvable; zero
// diagnostics from vm/types for every package with its tests; and documentation packages
// (`amigos`, `amigos/oracle`) declaring exactly the API of vm/types' built-ins. Each problem found
// is listed, so a failure names every broken package at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseFile, type Expr, type File, type FuncDecl } from '../syntax/index';
import { locateBundledHub } from './hubLocations';
import { nodeFileSystem } from './hubFileSystem';
import { HubResolver } from './resolver';
import { HubImportResolver } from './hubImportResolver';
import { Program, stdlibPackage } from '../types/program';
import { apiOfPackage } from './apiModel';
import { diffApis, formatApiDiff } from './apiDiff';
import { diffPackages, formatApiDiffReport } from './packageApiDiff';
import { upgradeProblem, type PublishedApi } from './apiDiff';

const hubRoot = locateBundledHub(__dirname, nodeFileSystem);

test('the bundled hub is found from the running code', () => {
  assert.ok(hubRoot, 'no hub/ folder with amigos/amigos.toml above vm/hub');
});

const resolver = new HubResolver({ bundledHub: hubRoot });

test('the bundled hub has clean manifests and the documented packages', () => {
  assert.deepEqual(resolver.diagnostics, []);
  const resolved = (path: string): string => {
    const resolution = resolver.resolve(path);
    return resolution.kind === 'package' ? `${resolution.package.identity} ${resolution.package.version}` : resolution.kind;
  };
  assert.equal(resolved('amigos'), 'builtin');
  assert.equal(resolved('amigos/oracle'), 'builtin');
  for (const path of ['hub.amigos.dev/social/forum', 'hub.amigos.dev/identity/ens', 'hub.amigos.dev/storage/ipfs']) {
    assert.match(resolved(path), /^hub\.amigos\.dev\/\S+ 1\.\d+\.\d+$/);
  }
  assert.match(resolved('hub.amigos.dev/token'), /^hub\.amigos\.dev\/token 1\.\d+\.\d+$/);
  assert.match(resolved('hub.amigos.dev/token@v2'), /^hub\.amigos\.dev\/token@v2 2\.\d+\.\d+$/);
  const amigos = resolver.resolve('amigos');
  assert.ok(amigos.kind === 'builtin' && amigos.docs?.mainFile?.endsWith('amigos.amigo'), 'amigos has no doc sources');
});

test('every bundled package follows the hub rules', () => {
  const problems: string[] = [];
  for (const { package: pkg } of resolver.packages()) {
    const where = relative(hubRoot ?? '', pkg.dir) || '.';
    const expectedName = pkg.path.slice(pkg.path.lastIndexOf('/') + 1);
    let hasTest = false;
    let hasRender = false;
    for (const fileName of [...pkg.files, ...pkg.testFiles]) {
      const isTest = fileName.endsWith('_test.amigo');
      const { file, errors } = parseFile(fileName, readFileSync(fileName, 'utf8'));
      const shortName = relative(hubRoot ?? '', fileName);
      for (const error of errors) problems.push(`${shortName}: syntax error: ${error.message}`);
      if (file.name.name !== expectedName) problems.push(`${shortName}: package ${file.name.name}, want ${expectedName}`);
      for (const spec of file.imports) {
        const path = JSON.parse(spec.path.value) as string;
        const resolution = resolver.resolve(path, { inTestFile: isTest });
        if (resolution.kind === 'error') problems.push(`${shortName}: import ${path}: ${resolution.message}`);
      }
      if (isTest) {
        if (testFunctions(file).length > 0) hasTest = true;
        continue;
      }
      problems.push(...undocumented(file).map((name) => `${shortName}: exported ${name} has no doc comment`));
      if (file.decls.some(isRender)) hasRender = true;
    }
    if (!hasTest) problems.push(`${where}: no Test or Example function in a _test.amigo file`);
    if (pkg.kind === 'realm' && !hasRender) problems.push(`${where}: realm without func Render(path string) string`);
  }
  assert.deepEqual(problems, []);
});

test('every bundled package type-checks with its tests', () => {
  const imports = new HubImportResolver(resolver);
  const problems: string[] = [];
  for (const { package: pkg } of resolver.packages()) {
    if (pkg.path === 'amigos' || pkg.path === 'amigos/oracle') continue;
    const source = imports.sources(pkg, { withTests: true });
    if (source instanceof Error) {
      problems.push(source.message);
      continue;
    }
    const program = new Program(imports);
    program.check(source);
    for (const checked of program.packages.values()) {
      for (const diagnostic of checked.diagnostics) {
        const line = (checked.lines.get(diagnostic.fileName)?.lineOf(diagnostic.pos) ?? 0) + 1;
        problems.push(`${pkg.identity}: ${relative(hubRoot ?? '', diagnostic.fileName)}:${line}: ${diagnostic.message}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the documentation of amigos and amigos/oracle declares exactly the built-in API', () => {
  const imports = new HubImportResolver(resolver);
  for (const path of ['amigos', 'amigos/oracle']) {
    const docs = resolver.candidates(path)[0];
    assert.ok(docs, `no documentation package for ${path}`);
    const source = imports.sources(docs);
    assert.ok(!(source instanceof Error), String(source));
    // The documentation has the built-in's import path, so that types print alike on both sides.
    const documented = new Program(imports).check({ ...source, path: `${path}` });
    const builtin = stdlibPackage(path);
    assert.ok(builtin, `vm/types has no built-in ${path}`);
    const diff = diffApis(apiOfPackage(builtin.pkg), apiOfPackage(documented.pkg));
    assert.equal(diff.changes.length, 0, formatApiDiff(diff));
  }
});

test('token v2 breaks token v1 in a new major, so its release is allowed', () => {
  const report = diffPackages('hub.amigos.dev/token', 'hub.amigos.dev/token@v2', { resolver, cwd: hubRoot ?? '.' });
  assert.ok(!(report instanceof Error), String(report));
  const text = formatApiDiffReport(report);
  assert.match(text, /breaking {4}func BalanceOf: removed/);
  assert.match(text, /breaking {4}func Transfer: signature changed from \(address, int64\) to \(address, int64\) error/);
  assert.match(text, /compatible {2}func Balance: added/);
  assert.equal(report.refused, null, text);
});

test('a node refuses token v2 deployed over token v1 as a minor version, from stored APIs', () => {
  const report = diffPackages('hub.amigos.dev/token', 'hub.amigos.dev/token@v2', { resolver, cwd: hubRoot ?? '.' });
  assert.ok(!(report instanceof Error), String(report));
  // What a node stores at deploy is plain JSON; the rule works on what it reads back.
  const stored = JSON.parse(JSON.stringify({ version: report.old.version, kind: report.old.kind, api: report.old.api })) as PublishedApi;
  const asMinor: PublishedApi = { version: '1.3.0', kind: report.new.kind, api: report.new.api };
  assert.match(upgradeProblem(stored, asMinor) ?? '', /^1\.2\.0 → 1\.3\.0 is not a major version bump but has \d+ breaking changes .*publish it as 2\.0\.0$/);
  assert.equal(upgradeProblem(stored, { ...asMinor, version: '2.0.0' }), undefined);
  assert.equal(upgradeProblem(stored, { ...stored, version: '1.2.1' }), undefined);
});

function testFunctions(file: File): string[] {
  return file.decls
    .filter((decl): decl is FuncDecl => decl.kind === 'FuncDecl' && decl.recv === undefined)
    .map((decl) => decl.name.name)
    .filter((name) => /^(Test|Example)/.test(name));
}

function isRender(decl: File['decls'][number]): boolean {
  if (decl.kind !== 'FuncDecl' || decl.recv !== undefined || decl.name.name !== 'Render') return false;
  const params = decl.type.params.list;
  const results = decl.type.results?.list ?? [];
  const typeName = (expr: Expr): string => (expr.kind === 'Ident' ? expr.name : '?');
  return params.length === 1 && params[0].names.length === 1 && typeName(params[0].type) === 'string' && results.length === 1 && typeName(results[0].type) === 'string';
}

/** The exported top-level names (and methods) declared without a doc comment. */
function undocumented(file: File): string[] {
  const missing: string[] = [];
  const exported = (name: string): boolean => /^\p{Lu}/u.test(name);
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl') {
      if (exported(decl.name.name) && decl.doc === undefined) missing.push(`func ${decl.name.name}`);
    } else if (decl.kind === 'GenDecl') {
      for (const spec of decl.specs) {
        if (spec.kind === 'ImportSpec') continue;
        const names = spec.kind === 'TypeSpec' ? [spec.name.name] : spec.names.map((name) => name.name);
        const documented = spec.doc !== undefined || decl.doc !== undefined;
        for (const name of names) if (exported(name) && !documented) missing.push(`${decl.tok} ${name}`);
      }
    }
  }
  return missing;
}
