// The filetest corpus: every test-fixtures/filetests/*.amigo runs once, in process, and must match
// its trailing directives exactly (vm/run/filetest.ts). UPDATE_GOLDEN=1 rewrites the directives
// from the actual run; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFiletest, parseFiletest, rewriteFiletest, runFiletest } from './filetest';

const corpus = resolve(__dirname, '../../test-fixtures/filetests');
const update = process.env.UPDATE_GOLDEN === '1';

function check(name: string): void {
  const path = join(corpus, name);
  const text = readFileSync(path, 'utf8');
  const parsed = parseFiletest(text);
  const run = runFiletest(name, parsed);
  if (update) {
    writeFileSync(path, rewriteFiletest(parsed, run));
    return;
  }
  const problems = checkFiletest(parsed, run);
  assert.deepEqual(problems, [], `${name}:\n${problems.join('\n')}`);
}

const cases = readdirSync(corpus).filter((name) => name.endsWith('.amigo')).sort();

test('the filetest corpus is there', () => {
  assert.ok(cases.length > 0);
});

for (const name of cases) test(name, () => check(name));
