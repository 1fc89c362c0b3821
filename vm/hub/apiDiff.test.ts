// Data-driven tests of api-diff: each folder of test-fixtures/hub/apidiff/ holds an `old/` and a
// `new/` package; both are checked by vm/types, their exported APIs diffed and the release rule
// applied; the report as `amigos api-diff` prints it (or the error) must equal `expected.golden`.
import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffPackages, formatApiDiffReport } from './packageApiDiff';
import { HubResolver } from './resolver';
import { checkGolden } from './golden';

const corpus = join(__dirname, '../../test-fixtures/hub/apidiff');

function check(caseDir: string, expectedPath: string): void {
  const report = diffPackages('old', 'new', { resolver: new HubResolver({}), cwd: caseDir });
  const text = report instanceof Error ? `error: ${report.message}\n` : formatApiDiffReport(report);
  checkGolden(text.split(`${caseDir}/`).join(''), expectedPath);
}

for (const name of readdirSync(corpus).sort()) {
  test(`api-diff ${name}`, () => check(join(corpus, name), join(corpus, name, 'expected.golden')));
}
