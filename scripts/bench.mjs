// `npm run bench`: builds, then runs every bench/*.bench.ts in its own process, one after another,
// so that one area's garbage does not slow the next. Benchmarks print; they do not assert.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filters = process.argv.slice(2);
spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const result = spawnSync('node', ['--expose-gc', '--import', 'tsx', `bench/${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
