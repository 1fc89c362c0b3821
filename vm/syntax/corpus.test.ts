// The syntax corpus: every file in test-fixtures/syntax/ (`.go` or `.amigo`) is parsed, and its
// errors must match its `// ERROR "regexp"` comments one to one, by line (Go's test convention);
// a file without such comments must parse cleanly. A new case is a new file.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSource } from './source';

const corpus = join(__dirname, '..', '..', 'test-fixtures', 'syntax');

interface Expectation {
  line: number;
  pattern: RegExp;
}

/**
 * `// ERROR "re"` at the end of a line, or `/* ERROR "re" *\/` anywhere in it (for lines where a
 * line comment would be swallowed by the error, such as an unterminated string). The regexp is
 * the text between the quotes, taken as is (no Go unquoting).
 */
function expectations(text: string): Expectation[] {
  const found: Expectation[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(/\/\* ERROR "(.*?)" \*\//g)) {
      found.push({ line: index + 1, pattern: new RegExp(match[1]) });
    }
    const at = lineText.indexOf('// ERROR "');
    if (at < 0) return;
    const body = lineText.slice(at + '// ERROR "'.length);
    const close = body.lastIndexOf('"');
    found.push({ line: index + 1, pattern: new RegExp(close >= 0 ? body.slice(0, close) : body) });
  });
  return found;
}

function check(fileName: string, bytes: Buffer): void {
  const result = parseSource(fileName, bytes);
  const actual = result.errors.map((error) => ({ line: result.lines.goPosition(error.pos).line, message: error.message }));
  const expected = expectations(result.text);
  const unmatched = [...expected];
  const unexpected: string[] = [];
  for (const error of actual) {
    const index = unmatched.findIndex((e) => e.line === error.line && e.pattern.test(error.message));
    if (index >= 0) unmatched.splice(index, 1);
    else unexpected.push(`${fileName}:${error.line}: ${error.message}`);
  }
  const missing = unmatched.map((e) => `${fileName}:${e.line}: ${e.pattern.source}`);
  assert.deepEqual({ unexpected, missing }, { unexpected: [], missing: [] });
}

const files = readdirSync(corpus).filter((name) => name.endsWith('.go') || name.endsWith('.amigo')).sort();

test('the syntax corpus has its cases', () => {
  assert.ok(files.length >= 60, `only ${files.length} cases`);
});

for (const name of files) {
  test(`syntax corpus: ${name}`, () => check(name, readFileSync(join(corpus, name))));
}
