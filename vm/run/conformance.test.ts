// The conformance corpus (test-fixtures/conformance/, DESIGN.md section 8): one test per Go
// program, run by the built `node dist/cli.js run FILE` as a process and compared with what the
// Go toolchain printed: stdout byte for byte, and for a program that panics the first stderr line
// and the exit code. It does not need Go (scripts/goldens.mjs makes the goldens where Go exists).
// It runs a private copy of the bundle taken when the suite starts, so a rebuild of dist/ by
// another process during the run cannot mix two VMs in one result.
// A program with a `// skip: <reason>` line is skipped with that reason. A program listed in
// KNOWN_FAILURES is run and reported as skipped while it still fails; once it passes the test
// fails, so the list is refreshed (scripts/conformance-status.mjs) and only ever shrinks.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compareRun, knownFailuresFile, listCases, readKnownFailures, runCase, snapshotCli } from '../../scripts/conformance-check';

const corpus = resolve(__dirname, '../../test-fixtures/conformance');
const cliPath = resolve(__dirname, '../../dist/cli.js');
const cases = listCases(corpus);
const knownFailures = readKnownFailures(corpus);

describe('conformance', { concurrency: Math.max(2, availableParallelism()) }, () => {
  let cli: ReturnType<typeof snapshotCli> | undefined;
  before(() => {
    cli = snapshotCli(cliPath);
  });
  after(() => cli?.remove());

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
      assert.ok(cli, 'the CLI bundle was not copied');
      const mismatch = compareRun(testCase, await runCase(cli.path, testCase));
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
