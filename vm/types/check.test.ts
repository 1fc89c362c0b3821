// The type checker's corpus: every test-fixtures/check/*.amigo file is checked and its
// diagnostics compared with the `// ERROR "regexp"` comments on its lines (the convention of Go's
// own test suite). Matching is exact and one to one by line: each reported error must be
// expected by a regexp on its line, and each regexp must match a distinct error there. A
// fixture may hold several packages as txtar sections (`-- dir/file.amigo --`); the first
// section is the package under test and the others are served by import path.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Program, type ImportResolver, type PackageSource } from './program';

const corpus = join(__dirname, '..', '..', 'test-fixtures', 'check');

interface Section {
  fileName: string;
  text: string;
}

/** Splits a fixture into its txtar sections; text before the first header is `main.amigo`. */
function sections(name: string, text: string): Section[] {
  const out: Section[] = [];
  const header = /^-- (.+) --$/gm;
  let last = 0;
  let current = name;
  for (const m of text.matchAll(header)) {
    const body = text.slice(last, m.index);
    if (out.length > 0 || body.trim() !== '') out.push({ fileName: current, text: body });
    current = m[1];
    last = (m.index ?? 0) + m[0].length + 1;
  }
  out.push({ fileName: current, text: text.slice(last) });
  return out;
}

/** The expectations of one file: line (1-based) → regexps. */
function expectations(text: string): Map<number, RegExp[]> {
  const out = new Map<number, RegExp[]>();
  text.split('\n').forEach((line, i) => {
    const at = line.indexOf('// ERROR ');
    if (at < 0) return;
    const rest = line.slice(at + '// ERROR '.length);
    const list: RegExp[] = [];
    for (const m of rest.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)) {
      // As in Go's test suite, the quoted text is the regexp itself (no string unescaping).
      const source = m[1] !== undefined ? m[1] : m[2];
      list.push(new RegExp(source));
    }
    out.set(i + 1, list);
  });
  return out;
}

function check(fixture: string, text: string): void {
  const parts = sections(fixture, text);
  const main = parts[0];
  const others = parts.slice(1);
  const dirOf = (fileName: string) => fileName.split('/').slice(0, -1).join('/');
  const resolver: ImportResolver = {
    resolve(path: string): PackageSource | Error {
      const files = others.filter((s) => dirOf(s.fileName) === path);
      if (files.length === 0) return new Error(`cannot find package ${path}`);
      return { path, dir: path, files };
    },
  };
  const program = new Program(resolver);
  const mainFiles = [main, ...others.filter((s) => dirOf(s.fileName) === '')];
  program.check({ path: 'main', dir: '', files: mainFiles });
  const problems: string[] = [];
  // `// InitOrder: a b c` states the initialization order of the main package's variables.
  const order = /^\/\/ InitOrder: (.*)$/m.exec(main.text);
  if (order) {
    const checkedMain = program.packages.get('main');
    const got = (checkedMain?.info.initOrder ?? []).map((init) => init.lhs.map((v) => v.name).join(',')).join(' ');
    if (got !== order[1].trim()) problems.push(`init order: got "${got}", want "${order[1].trim()}"`);
  }
  for (const section of parts) {
    const checked = [...program.packages.values()].find((p) => p.lines.has(section.fileName));
    const lines = checked?.lines.get(section.fileName);
    const reported = (checked?.diagnostics ?? []).filter((d) => d.fileName === section.fileName);
    const expected = expectations(section.text);
    const byLine = new Map<number, string[]>();
    for (const d of reported) {
      const line = lines ? lines.goPosition(d.pos).line : 0;
      if (!byLine.has(line)) byLine.set(line, []);
      byLine.get(line)!.push(d.message);
    }
    for (const [line, messages] of byLine) {
      const wanted = [...(expected.get(line) ?? [])];
      for (const message of messages) {
        const i = wanted.findIndex((re) => re.test(message));
        if (i >= 0) wanted.splice(i, 1);
        else problems.push(`${section.fileName}:${line}: unexpected error: ${message}`);
      }
      for (const re of wanted) problems.push(`${section.fileName}:${line}: missing error matching ${re}`);
      expected.delete(line);
    }
    for (const [line, res] of expected) {
      for (const re of res) problems.push(`${section.fileName}:${line}: missing error matching ${re}`);
    }
  }
  assert.deepEqual(problems, []);
}

const fixtures = readdirSync(corpus).filter((name) => name.endsWith('.amigo')).sort();

test('the check corpus has at least 150 cases', () => {
  assert.ok(fixtures.length >= 150, `only ${fixtures.length} fixtures`);
});

for (const name of fixtures) {
  test(`check ${name}`, () => check(name, readFileSync(join(corpus, name), 'utf8')));
}
