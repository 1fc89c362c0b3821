// Compares a test's rendered output with a golden file next to its fixture. With
// UPDATE_GOLDEN=1 in the environment it writes the golden instead (review the diff afterwards).
// Used by the vm/hub tests only; it is not part of any bundle.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function checkGolden(actual: string, goldenPath: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(goldenPath, actual);
    return;
  }
  assert.ok(existsSync(goldenPath), `missing golden ${goldenPath}: run UPDATE_GOLDEN=1 npm test -- vm/hub`);
  assert.equal(actual, readFileSync(goldenPath, 'utf8'), `output differs from ${goldenPath}`);
}
