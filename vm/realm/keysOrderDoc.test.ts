// Tree.Keys is documented where programmers read it (the checker's declaration of `amigos` and the
// hub's `amigos` package) and that documentation must say what the realm layer does: children in
// key (byte) order, as test-fixtures/realm/state_tree.amigo shows (carol is put before bob and
// Keys lists bob first). It does not test the order itself (the filetest does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function keysDoc(file: string): string {
  const lines = readFileSync(resolve(root, file), 'utf8').split('\n');
  const at = lines.findIndex((line) => line.startsWith('func (t *Tree) Keys()'));
  assert.ok(at > 0, `${file}: no Tree.Keys declaration`);
  return lines[at - 1];
}

for (const file of ['vm/types/stdlib/amigos.ts', 'hub/amigos/amigos.amigo']) {
  test(`${file} documents Tree.Keys in key order`, () => {
    const doc = keysDoc(file);
    assert.match(doc, /^\/\/ Keys returns .* in key \(byte\) order\.$/);
    assert.doesNotMatch(doc, /insertion/);
  });
}

test('state_tree.amigo shows key order: bob before carol though carol came first', () => {
  const text = readFileSync(resolve(root, 'test-fixtures/realm/state_tree.amigo'), 'utf8');
  assert.ok(text.indexOf('Put carol') < text.indexOf('Put bob'));
  assert.match(text, /Users\(\) → bob,carol$/m);
});
