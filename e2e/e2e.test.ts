// Runs the end-to-end suite (`npm run test:e2e`: scripts/e2e-setup.sh, then e2e/run.mjs) as part
// of `npm test`. The suite packages the extension, installs it in code-server and checks it
// through the UI in headless Chromium; this test passes when every case passes or fails exactly
// as e2e/KNOWN_FAILURES says. The install is cached outside the work tree, so only the first run
// on a machine pays for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');

test('the extension in a real VS Code (e2e/run.mjs)', { timeout: 14 * 60 * 1000 }, () => {
  const setup = spawnSync('bash', ['scripts/e2e-setup.sh'], { cwd: root, encoding: 'utf8', timeout: 10 * 60 * 1000 });
  assert.equal(setup.status, 0, `scripts/e2e-setup.sh failed:\n${setup.stdout}\n${setup.stderr}`);
  const run = spawnSync(process.execPath, ['e2e/run.mjs'], { cwd: root, encoding: 'utf8', timeout: 12 * 60 * 1000 });
  const output = `${run.stdout}\n${run.stderr}`;
  const summary = output.trim().split('\n').filter((line) => /passed, \d+ failed/.test(line)).pop() ?? 'no summary';
  process.stdout.write(`# e2e: ${summary}\n`);
  assert.equal(run.status, 0, `e2e/run.mjs failed (${summary}):\n${output}`);
});
