// Checking never throws and never fails inside: every fixture of the check and conformance
// corpora is mutated a few ways (truncated, a span deleted, a span duplicated, a span copied
// elsewhere, with a fixed pseudo-random seed) and checked; no diagnostic may be the checker's
// internal-error report, and each check must finish within a time bound.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkPackage } from './program';

const root = join(__dirname, '..', '..', 'test-fixtures');

function mutations(text: string, count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return n <= 0 ? 0 : state % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const a = next(text.length);
    const b = Math.min(text.length, a + next(40));
    switch (k % 4) {
      case 0: out.push(text.slice(0, a)); break;
      case 1: out.push(text.slice(0, a) + text.slice(b)); break;
      case 2: out.push(text.slice(0, b) + text.slice(a)); break;
      default: {
        const c = next(text.length);
        out.push(text.slice(0, a) + text.slice(c, c + next(20)) + text.slice(a));
      }
    }
  }
  return out;
}

function check(name: string, text: string): void {
  mutations(text, 8, name.length * 7919).forEach((mutated, i) => {
    const started = Date.now();
    const r = checkPackage({ path: 'main', dir: '', files: [{ fileName: name, text: mutated }] });
    const internal = r.diagnostics.filter((d) => d.message.startsWith('internal error'));
    assert.deepEqual(internal.map((d) => d.message), [], `mutation ${i} of ${name}`);
    assert.ok(Date.now() - started < 2000, `mutation ${i} of ${name} took too long`);
  });
}

test('mutated programs check without internal errors', () => {
  let files = 0;
  for (const dir of ['check', 'conformance']) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.amigo') || n.endsWith('.go'))) {
      check(name, readFileSync(join(root, dir, name), 'utf8').split(/^-- /m)[0]);
      files++;
    }
  }
  assert.ok(files > 300, `only ${files} files`);
});

test('long operator chains check without exhausting the stack', () => {
  const chain = ' + 1'.repeat(20000);
  const text = `package main\n\nconst k = 1${chain}\n\nfunc main() {\n\tx := 1${chain}\n\tvar f float64 = x${chain}\n\t_, _ = f, k\n}\n`;
  const r = checkPackage({ path: 'main', dir: '', files: [{ fileName: 'chain.amigo', text }] });
  assert.deepEqual(r.diagnostics.map((d) => d.message.slice(0, 24)), ['cannot use x + 1 + 1 + 1']);
});
