// The one test command (`npm test`): build, type check, lint, then every *.test.ts under the
// project with node's test runner. Arguments narrow the run to test files whose path contains
// one of them (`npm test -- vm/state`), and skip the build-wide checks, for quick local loops.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const filters = process.argv.slice(2);
const skippedDirectories = new Set(['node_modules', 'dist', '.git', '.amigos', '.e2e', 'out']);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed`);
    console.log('0 passed, 1 failed');
    process.exit(result.status ?? 1);
  }
}

function findTests(directory, found = []) {
  for (const name of readdirSync(directory)) {
    if (skippedDirectories.has(name) || name.startsWith('.')) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) findTests(path, found);
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

run('node', ['scripts/build.mjs']);
if (filters.length === 0) {
  run('npx', ['tsc', '--noEmit', '-p', '.']);
  run('npx', ['eslint', '--max-warnings', '0', '.']);
}

const tests = findTests('.')
  .filter((path) => filters.length === 0 || filters.some((filter) => path.includes(filter)))
  .sort();
if (tests.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
run('node', ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...tests]);
