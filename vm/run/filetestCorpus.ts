// Registers one node:test case per file of a filetest corpus (a folder of `*.amigo` files with
// trailing directives) and checks each run against its directives, exactly and one to one; with
// UPDATE_GOLDEN=1 it rewrites the directives from the actual run instead. The plain filetests and
// the realm filetests share it; they differ only in how a case is run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiletest, parseFiletest, rewriteFiletest, type FiletestRun, type ParsedFiletest } from './filetest';

export interface FiletestCorpusOptions {
  /** The folder of `*.amigo` cases. */
  corpus: string;
  /** The least number of cases the folder must hold (a moved folder must not pass silently). */
  minimumCases: number;
  /** Runs one case. */
  run(name: string, parsed: ParsedFiletest): FiletestRun;
}

export function filetestCorpus(options: FiletestCorpusOptions): void {
  const update = process.env.UPDATE_GOLDEN === '1';
  const cases = readdirSync(options.corpus).filter((name) => name.endsWith('.amigo')).sort();
  test(`the corpus ${options.corpus} is there`, () => {
    assert.ok(cases.length >= options.minimumCases, `${cases.length} cases, expected at least ${options.minimumCases}`);
  });
  for (const name of cases) {
    test(name, () => {
      const path = join(options.corpus, name);
      const parsed = parseFiletest(readFileSync(path, 'utf8'));
      const run = options.run(name, parsed);
      if (update) {
        writeFileSync(path, rewriteFiletest(parsed, run));
        return;
      }
      const problems = checkFiletest(parsed, run);
      assert.deepEqual(problems, [], `${name}:\n${problems.join('\n')}`);
    });
  }
}
