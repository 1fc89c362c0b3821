// Parity with go/parser, where a Go toolchain is installed: the clean files of the syntax corpus
// and a sample of Go's own standard library are parsed by both parsers, and the trees (node
// kinds, byte offsets, names, operators, literals, comments) must be identical line for line.
// Without Go the test is skipped, saying why.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dumpTree } from './goparity/dump';
import { parseFile } from './index';

const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' });
const haveGo = goVersion.status === 0;
const corpus = join(__dirname, '..', '..', 'test-fixtures', 'syntax');
const work = mkdtempSync(join(tmpdir(), 'goparity-'));
after(() => rmSync(work, { recursive: true, force: true }));

function goDumper(): string {
  copyFileSync(join(__dirname, 'goparity', 'dump.go'), join(work, 'main.go'));
  writeFileSync(join(work, 'go.mod'), 'module godump\n\ngo 1.18\n');
  const binary = join(work, 'godump');
  execFileSync('go', ['build', '-o', binary, '.'], { cwd: work, env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
  return binary;
}

function check(binary: string, files: string[]): void {
  const output = execFileSync(binary, files, { maxBuffer: 1 << 30, encoding: 'utf8' }).split(/^== /m).slice(1);
  const mismatches: string[] = [];
  files.forEach((file, index) => {
    const expected = output[index].split('\n').slice(1).filter((line) => line !== '' && !line.startsWith('0 File'));
    const text = readFileSync(file, 'utf8');
    const actual = dumpTree(parseFile(file, text).file, text).split('\n');
    const first = expected.findIndex((line, i) => line.trimEnd() !== (actual[i] ?? '').trimEnd());
    if (first >= 0 || expected.length !== actual.length) {
      const at = first >= 0 ? first : Math.min(expected.length, actual.length);
      mismatches.push(`${file}: line ${at + 1}\n  go:   ${expected[at]}\n  ours: ${actual[at]}`);
    }
  });
  assert.deepEqual(mismatches, []);
}

test('trees match go/parser on the clean corpus and Go\'s standard library', { skip: haveGo ? false : 'no Go toolchain installed' }, () => {
  const binary = goDumper();
  const clean = readdirSync(corpus).filter((name) => name.startsWith('clean_')).map((name) => join(corpus, name));
  // Every clean file is comparable: features newer than the installed Go (`for range 10`) are
  // syntax every go/parser accepts; only older type checkers reject them.
  check(binary, clean);
  const goRoot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  const sample = execFileSync('find', [join(goRoot, 'src', 'go'), join(goRoot, 'src', 'strings'), join(goRoot, 'src', 'sort'), '-name', '*.go', '-not', '-path', '*/testdata/*'], { encoding: 'utf8' })
    .trim().split('\n').filter((line) => line !== '');
  check(binary, sample);
});
