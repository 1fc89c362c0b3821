// The realm filetest corpus: every test-fixtures/realm/*.amigo runs its txs on a fresh in-memory
// node and must match its trailing directives exactly (vm/realm/filetest.ts, through the runner of
// vm/run/filetest.ts). UPDATE_GOLDEN=1 rewrites the directives from the actual run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFiletest, parseFiletest, rewriteFiletest, runRealmFiletest } from './filetest';

const corpus = resolve(__dirname, '../../test-fixtures/realm');
const codeDir = resolve(__dirname, '../../dist');
const update = process.env.UPDATE_GOLDEN === '1';

function check(name: string): void {
  const path = join(corpus, name);
  const parsed = parseFiletest(readFileSync(path, 'utf8'));
  const run = runRealmFiletest(name, parsed, { codeDir });
  if (update) {
    writeFileSync(path, rewriteFiletest(parsed, run));
    return;
  }
  const problems = checkFiletest(parsed, run);
  assert.deepEqual(problems, [], `${name}:\n${problems.join('\n')}`);
}

const cases = readdirSync(corpus).filter((name) => name.endsWith('.amigo')).sort();

test('the realm filetest corpus is there', () => {
  assert.ok(cases.length >= 10);
});

for (const name of cases) test(name, () => check(name));
