// The formatter: every input in test-fixtures/format/ (`.go` or `.amigo`) must format to its
// `.golden` file (UPDATE_GOLDEN=1 rewrites them), formatting must be idempotent, and the printed
// tree must be the input's tree (round trip, over this corpus and the syntax corpus). Where a Go
// toolchain is installed, each golden must also equal what gofmt prints for the input.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type * as ast from './ast';
import { formatFile } from './format';
import { parseFile } from './index';
import { walk } from './walk';

const fixtures = join(__dirname, '..', '..', 'test-fixtures');
const formatDir = join(fixtures, 'format');
const syntaxDir = join(fixtures, 'syntax');
const update = process.env.UPDATE_GOLDEN === '1';
const gofmt = findGofmt();

const inputs = readdirSync(formatDir).filter((name) => name.endsWith('.go') || name.endsWith('.amigo')).sort();

function formatted(text: string): string {
  const result = formatFile(text);
  if ('errors' in result) assert.fail(`unexpected errors: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.text;
}

/**
 * The tree without positions, parentheses (gofmt drops some), number spellings (gofmt normalizes
 * them) or import order (gofmt sorts imports and drops repeated ones): imports become a set.
 */
function shape(file: ast.File): string {
  const imports = new Set(file.imports.map((spec) => `${spec.name?.name ?? ''} ${spec.path.value.slice(1, -1)}`));
  const parts: string[] = [`imports: ${[...imports].sort().join(', ')}`];
  walk(file, (node) => {
    if (node.kind === 'GenDecl' && node.tok === 'import') return false;
    switch (node.kind) {
      case 'ParenExpr': case 'Comment': case 'CommentGroup': case 'EmptyStmt':
        return;
      case 'Ident':
        parts.push(`Ident:${node.name}`);
        return;
      case 'BasicLit':
        parts.push(`Lit:${literalShape(node)}`);
        return;
      case 'BinaryExpr': case 'UnaryExpr':
        parts.push(`${node.kind}:${node.op}`);
        return;
      default:
        parts.push(node.kind);
    }
  });
  return parts.join(' ');
}

/** A literal as gofmt may respell it: lower-case number prefixes, no leading zeros on integer imaginaries. */
function literalShape(lit: ast.BasicLit): string {
  if (lit.litKind === 'STRING' || lit.litKind === 'CHAR') return lit.value.replace(/\r/g, '');
  const value = lit.value.toLowerCase();
  if (lit.litKind === 'IMAG' && /^[0-9_]+i$/.test(value)) return value.replace(/^[0_]+(?=.)/, '').replace(/^i$/, '0i');
  return value;
}

function check(name: string): void {
  const input = readFileSync(join(formatDir, name), 'utf8');
  const goldenPath = join(formatDir, `${name}.golden`);
  const output = formatted(input);
  if (update || !existsSync(goldenPath)) writeFileSync(goldenPath, output);
  assert.equal(output, readFileSync(goldenPath, 'utf8'), `${name} differs from its golden`);
  assert.equal(formatted(output), output, `${name}: formatting is not idempotent`);
  assert.equal(shape(parseFile(name, output).file), shape(parseFile(name, input).file), `${name}: the tree changed`);
  if (gofmt !== undefined) {
    const reference = spawnSync(gofmt, [], { input, encoding: 'utf8' });
    if (reference.status === 0) assert.equal(output, reference.stdout, `${name} differs from gofmt`);
  }
}

for (const name of inputs) test(`format: ${name}`, () => check(name));

test('the format corpus has its cases', () => assert.ok(inputs.length >= 15));

test('formatting keeps the tree of every clean syntax corpus file', () => {
  const clean = readdirSync(syntaxDir).filter((name) => name.startsWith('clean_'));
  for (const name of clean) {
    const input = readFileSync(join(syntaxDir, name), 'utf8');
    const output = formatted(input);
    assert.equal(shape(parseFile(name, output).file), shape(parseFile(name, input).file), `${name}: the tree changed`);
    assert.equal(formatted(output), output, `${name}: formatting is not idempotent`);
  }
});

test('formatting Go\'s own gofmt-clean sources changes nothing', { skip: gofmt === undefined ? 'no Go toolchain installed' : false }, () => {
  const goRoot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
  const dirs = ['go', 'strings', 'sort', 'bufio', 'fmt', 'encoding/json', 'text/tabwriter'].map((dir) => join(goRoot, 'src', dir));
  const files = spawnSync('find', [...dirs, '-name', '*.go', '-not', '-path', '*/testdata/*'], { encoding: 'utf8' }).stdout.trim().split('\n');
  const unformatted = new Set(spawnSync(gofmt as string, ['-l', ...files], { encoding: 'utf8' }).stdout.trim().split('\n'));
  const changed = files.filter((file) => !unformatted.has(file)).filter((file) => {
    const source = readFileSync(file, 'utf8');
    return formatted(source) !== source;
  });
  assert.deepEqual(changed, []);
});

test('a file with syntax errors is not formatted: its errors are returned', () => {
  const result = formatFile('package p\nfunc f( {\n');
  assert.ok('errors' in result && result.errors.length > 0);
});

function findGofmt(): string | undefined {
  const goRoot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
  if (goRoot.status !== 0) return undefined;
  const path = join(goRoot.stdout.trim(), 'bin', 'gofmt');
  return existsSync(path) ? path : undefined;
}
