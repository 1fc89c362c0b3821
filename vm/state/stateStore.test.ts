// Behaviour of the store that the model test does not reach: the writer lock and read-only
// readers, structural sharing (fork, equal subtrees written once, discard writes nothing), gc and
// its interruption, id prefixes, stale transactions, and the canonical value encoding.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  StateError,
  StateValue,
  StoreLockedError,
  createMemoryStateStore,
  decodeValue,
  encodeValue,
  openStateStore,
  valueFromJSON,
  valueToJSON,
  valuesEqual,
} from './index';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'amigos-state-'));
}

test('a second writer gets a clear error naming the pid; a reader sees the head as of its opening', () => {
  const dir = tempDir();
  try {
    const writer = openStateStore(dir);
    assert.throws(() => openStateStore(dir), (error: unknown) => error instanceof StoreLockedError && /state directory .* is locked by pid \d+/.test(error.message));
    const tx = writer.begin();
    tx.set('ns', 'a', { kind: 'int', value: 1n });
    const first = tx.commit({ n: 1 });
    const reader = openStateStore(dir, { readOnly: true });
    assert.equal(reader.head().id, first.id);
    const tx2 = writer.begin();
    tx2.set('ns', 'a', { kind: 'int', value: 2n });
    tx2.commit({ n: 2 });
    assert.equal(reader.head().id, first.id);
    assert.deepEqual(reader.view().get('ns', 'a'), { kind: 'int', value: 1n });
    assert.throws(() => reader.begin(), StateError);
    reader.close();
    writer.close();
    openStateStore(dir).close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock held by another live process is refused; a dead holder is taken over', async () => {
  const dir = tempDir();
  try {
    openStateStore(dir).close();
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await new Promise((resolve) => holder.once('spawn', resolve));
    writeFileSync(join(dir, 'LOCK'), `${holder.pid}\n`);
    assert.throws(() => openStateStore(dir), new RegExp(`locked by pid ${holder.pid}`));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    openStateStore(dir).close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fork shares the subtree, equal trees are written once, discard writes nothing', () => {
  const dir = tempDir();
  try {
    const store = openStateStore(dir);
    const build = store.begin();
    for (let i = 0; i < 20_000; i++) build.set('big', `key${i}`, { kind: 'int', value: BigInt(i) });
    const built = build.commit({ build: true });
    let bytes = store.bytesOnDisk();
    const fork = store.begin();
    fork.fork('big', 'copy');
    assert.deepEqual(fork.get('copy', 'key123'), { kind: 'int', value: 123n });
    fork.set('copy', 'key1', { kind: 'string', value: 'changed' });
    const forked = fork.commit({ fork: true });
    assert.ok(store.bytesOnDisk() - bytes < 4096, `fork wrote ${store.bytesOnDisk() - bytes} bytes`);
    assert.deepEqual(store.view().get('big', 'key1'), { kind: 'int', value: 1n });
    assert.deepEqual(store.diff(built.id, forked.id, { limit: 3 }).length, 3);

    const change = store.begin();
    change.dropNamespace('copy');
    const back = change.commit({ drop: true });
    assert.equal(back.root, built.root);
    bytes = store.bytesOnDisk();
    const again = store.begin();
    again.set('big', 'key5', { kind: 'int', value: 5n });
    assert.equal(again.commit({ same: true }).root, built.root);
    assert.ok(store.bytesOnDisk() - bytes < 400, `an unchanged tree wrote ${store.bytesOnDisk() - bytes} bytes`);

    bytes = store.bytesOnDisk();
    const dropped = store.begin();
    dropped.set('big', 'zzz', { kind: 'nil' });
    dropped.discard();
    assert.equal(store.bytesOnDisk(), bytes);
    assert.throws(() => dropped.commit({}), StateError);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a commit on a branch that moved is refused; ids resolve by unique prefix', () => {
  const store = createMemoryStateStore();
  const a = store.begin();
  const b = store.begin();
  a.set('ns', 'k', { kind: 'bool', value: true });
  const committed = a.commit({ who: 'a' });
  b.set('ns', 'k', { kind: 'bool', value: false });
  assert.throws(() => b.commit({ who: 'b' }), /moved since this transaction began/);
  assert.equal(store.snapshot(committed.id.slice(0, 10)).id, committed.id);
  assert.throws(() => store.snapshot('zz'), /unknown snapshot/);
  assert.throws(() => store.checkout(committed.id, { branch: 'bad name' }), /invalid branch name/);
  store.checkout(committed.id, { branch: 'feature' });
  assert.equal(store.currentBranch, 'feature');
  store.checkout('main');
  assert.equal(store.currentBranch, 'main');
  store.deleteBranch('feature');
  assert.deepEqual(store.branches().map((branch) => branch.name), ['main']);
});

test('gc keeps the last entries and the heads, and an interrupted gc leaves the store whole', () => {
  const dir = tempDir();
  try {
    const store = openStateStore(dir);
    for (let i = 0; i < 30; i++) {
      const tx = store.begin();
      tx.set('ns', `k${i % 4}`, { kind: 'string', value: `value ${i}`.repeat(50) });
      if (i % 10 === 9) tx.fail({ i });
      else tx.commit({ i });
    }
    const head = store.head();
    const state = store.view().entries('ns').items;
    const before = store.bytesOnDisk();
    const oldView = store.view();
    const report = store.gc({ keepLast: 5 });
    assert.throws(() => oldView.get('ns', 'k1'), /predates a gc/);
    assert.equal(report.keptSnapshots, 5);
    assert.ok(report.bytesAfter < before / 3, JSON.stringify(report));
    assert.equal(store.log().entries.length, 5);
    assert.equal(store.log().cursor, null);
    store.close();

    // A gc interrupted before it switched: a half-written next generation is ignored and removed.
    writeFileSync(join(dir, 'seg-000009-000000.seg.tmp'), 'partial');
    const segment = readdirSync(dir).find((file) => file.endsWith('.seg'))!;
    copyFileSync(join(dir, segment), join(dir, 'seg-000099-000000.seg'));
    const reopened = openStateStore(dir);
    assert.equal(reopened.recovery, null);
    assert.equal(reopened.head().id, head.id);
    assert.deepEqual(reopened.view().entries('ns').items, state);
    assert.deepEqual(readdirSync(dir).filter((file) => file.includes('.seg')), [segment]);
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const valueArb: fc.Arbitrary<StateValue> = fc.letrec<{ value: StateValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant<StateValue>({ kind: 'nil' }),
    fc.boolean().map((value): StateValue => ({ kind: 'bool', value })),
    fc.bigInt().map((value): StateValue => ({ kind: 'int', value })),
    fc.double().map((value): StateValue => ({ kind: 'float', value })),
    fc.float().map((value): StateValue => ({ kind: 'float', value, size: 32, type: 'float32' })),
    fc.string().map((value): StateValue => ({ kind: 'string', value })),
    fc.uint8Array().map((value): StateValue => ({ kind: 'bytes', value })),
    fc.array(tie('value'), { maxLength: 3 }).map((items): StateValue => ({ kind: 'list', items, type: '[]any' })),
    fc.array(tie('value'), { maxLength: 3 }).map((values): StateValue => ({ kind: 'struct', type: 'pkg.T', fields: values.map((value, i) => ({ name: `F${i}`, value })) })),
    fc.uniqueArray(fc.tuple(fc.string(), tie('value')), { maxLength: 3, selector: ([k]) => k }).map((entries): StateValue => ({ kind: 'map', entries: entries.map(([k, value]) => ({ key: { kind: 'string', value: k }, value })) })),
    fc.tuple(fc.string(), fc.string()).map(([namespace, key]): StateValue => ({ kind: 'ref', namespace, key })),
  ),
})).value;

test('values round-trip through the canonical encoding and JSON, exactly', () => {
  fc.assert(
    fc.property(valueArb, (value) => {
      const bytes = encodeValue(value);
      const decoded = decodeValue(bytes);
      assert.deepEqual(encodeValue(decoded), bytes);
      assert.ok(valuesEqual(valueFromJSON(JSON.parse(JSON.stringify(valueToJSON(value)))), value));
    }),
    { numRuns: 500 },
  );
  const entries = [
    { key: { kind: 'int', value: 2n }, value: { kind: 'nil' } },
    { key: { kind: 'int', value: 1n }, value: { kind: 'bool', value: true } },
  ] as const;
  assert.ok(valuesEqual({ kind: 'map', entries: [...entries] }, { kind: 'map', entries: [...entries].reverse() }));
  assert.ok(!valuesEqual({ kind: 'float', value: 0 }, { kind: 'float', value: -0 }));
  const max = (1n << 63n) - 1n;
  assert.deepEqual(decodeValue(encodeValue({ kind: 'int', value: max, type: 'int64' })), { kind: 'int', value: max, type: 'int64' });
  assert.deepEqual(decodeValue(encodeValue({ kind: 'int', value: -max - 1n })), { kind: 'int', value: -max - 1n });
  assert.throws(() => decodeValue(new Uint8Array([99])), /unknown value tag/);
  assert.throws(() => decodeValue(new Uint8Array([3, 2, 0, 1, 0])), /non-canonical integer/);
});
