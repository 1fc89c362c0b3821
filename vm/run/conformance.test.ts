// The conformance corpus (test-fixtures/conformance/, DESIGN.md section 8): one test per Go
// program, run by the built `node dist/cli.js run FILE` as a process and compared with what the
// Go toolchain printed: stdout byte for byte, and for a program that panics the first stderr line
// and the exit code. It does not need Go (scripts/goldens.mjs makes the goldens where Go exists).
// A program with a `// skip: <reason>` line is skipped with that reason. A program listed in
// KNOWN_FAILURES is run and reported as skipped while it still fails; once it passes the test
// fails, so the list is refreshed (scripts/conformance-status.mjs) and only ever shrinks.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { compareRun, knownFailuresFile, listCases, readKnownFailures, runCase } from '../../scripts/conformance-check';

const corpus = resolve(__dirname, '../../test-fixtures/conformance');
const cliPath = resolve(__dirname, '../../dist/cli.js');
const cases = listCases(corpus);
const knownFailures = readKnownFailures(corpus);

describe('conformance', { concurrency: Math.max(2, availableParallelism()) }, () => {
  test('the corpus is there, with a golden per program', () => {
    assert.ok(cases.length >= 170, `only ${cases.length} programs in ${corpus}`);
    for (const testCase of cases) {
      assert.ok(existsSync(join(corpus, `${testCase.name}.out`)), `${testCase.name}.out is missing (node scripts/goldens.mjs)`);
    }
  });

  test(`${knownFailuresFile} names only programs of the corpus`, () => {
    const names = new Set(cases.map((testCase) => testCase.name));
    const stale = [...knownFailures.keys()].filter((name) => !names.has(name));
    assert.deepEqual(stale, [], `${knownFailuresFile} lists programs that do not exist`);
  });

  for (const testCase of cases) {
    test(testCase.name, async (t) => {
      if (testCase.skip !== undefined) {
        t.skip(testCase.skip);
        return;
      }
      const mismatch = compareRun(testCase, await runCase(cliPath, testCase));
      const knownReason = knownFailures.get(testCase.name);
      if (knownReason !== undefined) {
        assert.ok(
          mismatch !== undefined,
          `${testCase.name} passes now: remove it from ${knownFailuresFile} (node scripts/conformance-status.mjs)`,
        );
        t.skip(`known failure: ${knownReason}`);
        return;
      }
      if (mismatch !== undefined) assert.equal(mismatch.actual, mismatch.expected, `${testCase.name}: ${mismatch.summary}`);
    });
  }
});
