// Checks that every body-less function and method the standard library's Go declarations
// (vm/types/stdlib) declare has a native of the same name here, so no call can reach the
// "not implemented by this VM" panic. `amigos`, `amigos/oracle` and `testing` belong to the realm
// and test runners, not to this folder, and are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './index';
import { stdlibSources } from '../../types/stdlib/index';
import { loadNatives } from './testing';

const elsewhere = new Set(['amigos', 'amigos/oracle', 'testing']);

/** The native keys a declaration needs: `F` for funcs, `T.M` for methods of T or *T. */
function declaredKeys(source: string): string[] {
  const keys: string[] = [];
  for (const line of source.split('\n')) {
    const method = /^func \(\w+ \*?(\w+)\) (\w+)\(/.exec(line);
    if (method !== null) {
      keys.push(`${method[1]}.${method[2]}`);
      continue;
    }
    const func = /^func (\w+)\(/.exec(line);
    if (func !== null) keys.push(func[1]);
  }
  return keys;
}

test('every declared standard library function has a native', () => {
  const missing: string[] = [];
  for (const [path, source] of Object.entries(stdlibSources)) {
    if (elsewhere.has(path)) continue;
    const natives = loadNatives(path);
    for (const key of declaredKeys(source)) if (typeof natives[key] !== 'function') missing.push(`${path}.${key}`);
  }
  assert.deepEqual(missing, []);
});
