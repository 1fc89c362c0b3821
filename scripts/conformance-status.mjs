// Runs every program of the conformance corpus through `node dist/cli.js run` (build first:
// `npm run build`) and rewrites test-fixtures/conformance/KNOWN_FAILURES from the results: each
// program that does not match its goldens, with a one-line reason. Programs with a `// skip:`
// line are left out (their fixture already says why). It prints the counts and what changed. It
// runs a private copy of dist/cli.js, so a build during the run does not mix two VMs. It does not
// write goldens (scripts/goldens.mjs does) and does not need Go. The comparison is the one the
// test runner uses (scripts/conformance-check.ts).
//
// Usage: node scripts/conformance-status.mjs
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const check = await tsImport('./conformance-check.ts', import.meta.url);
const corpus = fileURLToPath(new URL('../test-fixtures/conformance', import.meta.url));
const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const cases = check.listCases(corpus).filter((testCase) => testCase.skip === undefined);
const before = check.readKnownFailures(corpus);
const failures = new Map();
// The CLI bundle is shared: run a private copy so a build during the run cannot mix two VMs.
const cli = check.snapshotCli(cliPath);

await check.forEachConcurrently(cases, Math.max(2, availableParallelism()), async (testCase) => {
  const mismatch = check.compareRun(testCase, await check.runCase(cli.path, testCase));
  if (mismatch) failures.set(testCase.name, mismatch.summary);
});
cli.remove();

writeFileSync(join(corpus, check.knownFailuresFile), check.formatKnownFailures(failures));
const fixed = [...before.keys()].filter((name) => !failures.has(name));
const broken = [...failures.keys()].filter((name) => !before.has(name));
for (const name of fixed) console.log(`now passes: ${name}`);
for (const name of broken) console.log(`now fails:  ${name} (${failures.get(name)})`);
console.log(`${cases.length - failures.size} of ${cases.length} programs pass; ${failures.size} known failures written`);
