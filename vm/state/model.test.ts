// Property tests of the state engine against a plain model (namespace → key → encoded value
// maps): random sets, deletes, forks, namespace drops, nested savepoints with rollback and
// release, commits, failed attempts, discards, checkouts of random past snapshots onto branches,
// reverts and reopenings of a disk store. After every step that publishes state, the store's
// views, paged listings, diffs between random snapshots, logs and root hashes (rebuilt in a
// fresh store in another order, so the shape must be canonical) must equal the model's.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { DiffEntry, StateStore, StateValue, Transaction, createMemoryStateStore, decodeValue, encodeValue, openStateStore } from './index';

type Model = Map<string, Map<string, string>>;

type Op =
  | { t: 'set'; ns: string; key: string; value: StateValue }
  | { t: 'del'; ns: string; key: string }
  | { t: 'fork'; from: string; to: string }
  | { t: 'drop'; ns: string }
  | { t: 'savepoint' }
  | { t: 'rollback'; pick: number }
  | { t: 'release'; pick: number }
  | { t: 'commit' }
  | { t: 'fail' }
  | { t: 'discard' }
  | { t: 'checkout'; pick: number; branch: string }
  | { t: 'revert'; pick: number }
  | { t: 'check'; a: number; b: number }
  | { t: 'reopen' };

const namespaces = ['n', 'n1', 'n2', 'hub.amigos.dev/é'];
const keys = ['', 'a', 'ab', 'abc', 'b', 'ba', 'k1', 'k10', 'k2', 'é', 'vars/x', 'vars/y', '\u{1F600}'];

const valueArb: fc.Arbitrary<StateValue> = fc.letrec<{ value: StateValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant<StateValue>({ kind: 'nil' }),
    fc.boolean().map((value): StateValue => ({ kind: 'bool', value })),
    fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }).map((value): StateValue => ({ kind: 'int', value, type: 'int64' })),
    fc.double().map((value): StateValue => ({ kind: 'float', value })),
    fc.string({ maxLength: 8 }).map((value): StateValue => ({ kind: 'string', value })),
    fc.uint8Array({ maxLength: 6 }).map((value): StateValue => ({ kind: 'bytes', value })),
    fc.array(tie('value'), { maxLength: 3 }).map((items): StateValue => ({ kind: 'list', items })),
    fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C'), tie('value')), { maxLength: 3 }).map((fields): StateValue => ({ kind: 'struct', type: 'T', fields: fields.map(([name, value]) => ({ name, value })) })),
    fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 9 }), tie('value')), { maxLength: 3, selector: ([k]) => k }).map((entries): StateValue => ({ kind: 'map', entries: entries.map(([k, value]) => ({ key: { kind: 'int', value: BigInt(k) }, value })) })),
    fc.tuple(fc.constantFrom(...namespaces), fc.constantFrom(...keys)).map(([namespace, key]): StateValue => ({ kind: 'ref', namespace, key })),
  ),
})).value;

const nsArb = fc.constantFrom(...namespaces);
const keyArb = fc.oneof(fc.constantFrom(...keys), fc.string({ unit: fc.constantFrom('a', 'b', 'k', '1', 'é'), maxLength: 4 }));

function opArb(withReopen: boolean): fc.Arbitrary<Op> {
  const arbs: fc.WeightedArbitrary<Op>[] = [
    { weight: 30, arbitrary: fc.record({ t: fc.constant('set' as const), ns: nsArb, key: keyArb, value: valueArb }) },
    { weight: 10, arbitrary: fc.record({ t: fc.constant('del' as const), ns: nsArb, key: keyArb }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('fork' as const), from: nsArb, to: nsArb }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('drop' as const), ns: nsArb }) },
    { weight: 4, arbitrary: fc.constant({ t: 'savepoint' as const }) },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('rollback' as const), pick: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('release' as const), pick: fc.nat() }) },
    { weight: 8, arbitrary: fc.constant({ t: 'commit' as const }) },
    { weight: 2, arbitrary: fc.constant({ t: 'fail' as const }) },
    { weight: 2, arbitrary: fc.constant({ t: 'discard' as const }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('checkout' as const), pick: fc.nat(), branch: fc.constantFrom('main', 'b1', 'b2') }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('revert' as const), pick: fc.nat() }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('check' as const), a: fc.nat(), b: fc.nat() }) },
  ];
  if (withReopen) arbs.push({ weight: 1, arbitrary: fc.constant({ t: 'reopen' as const }) });
  return fc.oneof(...arbs);
}

/** How often each kind of step ran, so a vacuous generator fails the test rather than passing it. */
const stats = { commit: 0, fail: 0, check: 0, checkout: 0, revert: 0, rollback: 0, reopen: 0 };

class Scenario {
  private readonly states = new Map<string, { model: Model; parent: string | null; failed: boolean }>();
  private readonly order: string[] = [];
  private branches = new Map<string, string>();
  private current = 'main';
  private tx: Transaction | null = null;
  private working: Model = new Map();
  private savepoints: Model[] = [];

  constructor(
    private store: StateStore,
    private readonly reopen: (() => StateStore) | null,
  ) {
    const genesis = store.head();
    this.remember(genesis.id, new Map(), null, false);
    this.branches.set('main', genesis.id);
  }

  run(op: Op): void {
    if (op.t in stats) stats[op.t as keyof typeof stats]++;
    switch (op.t) {
      case 'set':
        this.open().set(op.ns, op.key, op.value);
        entryMap(this.working, op.ns).set(op.key, hex(op.value));
        break;
      case 'del': {
        const removed = this.open().delete(op.ns, op.key);
        const map = this.working.get(op.ns);
        assert.equal(removed, map?.has(op.key) ?? false);
        map?.delete(op.key);
        if (map && map.size === 0) this.working.delete(op.ns);
        break;
      }
      case 'fork': {
        const tx = this.open();
        if (op.from === op.to || this.working.has(op.to)) {
          assert.throws(() => tx.fork(op.from, op.to));
        } else {
          tx.fork(op.from, op.to);
          const from = this.working.get(op.from);
          if (from) this.working.set(op.to, new Map(from));
        }
        break;
      }
      case 'drop':
        this.open().dropNamespace(op.ns);
        this.working.delete(op.ns);
        break;
      case 'savepoint':
        assert.equal(this.open().savepoint(), this.savepoints.length + 1);
        this.savepoints.push(clone(this.working));
        break;
      case 'rollback':
      case 'release': {
        if (!this.tx || this.savepoints.length === 0) break;
        const handle = (op.pick % this.savepoints.length) + 1;
        if (op.t === 'rollback') {
          this.tx.rollback(handle);
          this.working = this.savepoints[handle - 1];
        } else this.tx.release(handle);
        this.savepoints.length = handle - 1;
        break;
      }
      case 'commit':
      case 'fail': {
        const tx = this.open();
        const headId = this.branches.get(this.current)!;
        const record = { function: op.t, n: this.order.length };
        const snapshot = op.t === 'commit' ? tx.commit(record) : tx.fail(record);
        this.tx = null;
        assert.equal(snapshot.parent, headId);
        assert.equal(snapshot.failed, op.t === 'fail');
        const model = op.t === 'commit' ? this.working : clone(this.states.get(headId)!.model);
        this.remember(snapshot.id, model, headId, op.t === 'fail');
        if (op.t === 'commit') this.branches.set(this.current, snapshot.id);
        else assert.equal(snapshot.root, this.store.snapshot(headId).root);
        this.verifyView(snapshot.id);
        break;
      }
      case 'discard':
        this.closeTx();
        break;
      case 'checkout': {
        this.closeTx();
        const id = this.order[op.pick % this.order.length];
        const entry = this.states.get(id)!;
        const headId = entry.failed ? entry.parent! : id;
        const head = this.store.checkout(id, { branch: op.branch });
        assert.equal(head.id, headId);
        this.branches.set(op.branch, headId);
        this.current = op.branch;
        assert.equal(this.store.currentBranch, op.branch);
        break;
      }
      case 'revert': {
        this.closeTx();
        const candidates = this.order.filter((id) => !this.states.get(id)!.failed && this.states.get(id)!.parent !== null);
        if (candidates.length === 0) break;
        const id = candidates[op.pick % candidates.length];
        const target = this.states.get(id)!;
        const headId = this.branches.get(this.current)!;
        const model = applyRevert(this.states.get(headId)!.model, target.model, this.states.get(target.parent!)!.model);
        const snapshot = this.store.revert(id, { revert: id });
        this.remember(snapshot.id, model, headId, false);
        this.branches.set(this.current, snapshot.id);
        this.verifyView(snapshot.id);
        break;
      }
      case 'check': {
        const a = this.order[op.a % this.order.length];
        const b = this.order[op.b % this.order.length];
        assert.deepEqual(this.store.diff(a, b).map(diffText), modelDiff(this.states.get(a)!.model, this.states.get(b)!.model));
        this.verifyView(a);
        this.verifyLog();
        break;
      }
      case 'reopen':
        this.closeTx();
        this.store.close();
        this.store = this.reopen!();
        assert.equal(this.store.recovery, null);
        assert.equal(this.store.currentBranch, this.current);
        for (const [name, id] of this.branches) assert.equal(this.store.head(name).id, id);
        break;
    }
  }

  finish(): StateStore {
    this.closeTx();
    for (const id of this.order) this.verifyView(id);
    this.verifyLog();
    return this.store;
  }

  private open(): Transaction {
    if (!this.tx) {
      this.tx = this.store.begin();
      this.working = clone(this.states.get(this.branches.get(this.current)!)!.model);
      this.savepoints = [];
    }
    return this.tx;
  }

  private closeTx(): void {
    this.tx?.discard();
    this.tx = null;
  }

  private remember(id: string, model: Model, parent: string | null, failed: boolean): void {
    if (!this.states.has(id)) this.order.push(id);
    this.states.set(id, { model: clone(model), parent, failed });
  }

  /** The snapshot's whole state, read through small pages, equals the model; so does its root. */
  private verifyView(id: string): void {
    const view = this.store.view(id);
    const model = this.states.get(id)!.model;
    const seen: Model = new Map();
    let after: string | undefined;
    for (;;) {
      const page = view.namespaces({ after, limit: 2 });
      for (const ns of page.items) {
        let keyAfter: string | undefined;
        for (;;) {
          const entries = view.entries(ns, { after: keyAfter, limit: 3 });
          for (const { key, value } of entries.items) entryMap(seen, ns).set(key, hex(value));
          if (entries.next === null) break;
          keyAfter = entries.next;
        }
      }
      if (page.next === null) break;
      after = page.next;
    }
    assert.deepEqual(sortedModel(seen), sortedModel(model));
    for (const [ns, map] of model) {
      const [someKey] = map.keys();
      assert.equal(view.has(ns, someKey), true);
      assert.equal(hex(view.get(ns, someKey)!), map.get(someKey));
      const prefix = Array.from(someKey)[0] ?? '';
      const expected = [...map.keys()].filter((k) => k.startsWith(prefix)).sort(byteOrder);
      assert.deepEqual(view.keys(ns, { prefix, limit: 1000 }).items, expected);
    }
    assert.equal(this.store.snapshot(id).root, canonicalRoot(model));
  }

  private verifyLog(): void {
    let height = -1;
    let cursor: string | undefined;
    for (;;) {
      const page = this.store.log(this.current, { limit: 4, cursor });
      for (const entry of page.entries) {
        if (height !== -1) assert.equal(entry.height, height - 1);
        height = entry.height;
        assert.ok(this.states.has(entry.id), `log shows an unknown entry ${entry.id}`);
      }
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    assert.equal(height, 0);
  }
}

/** The root a fresh store computes for the same content written in reverse order. */
function canonicalRoot(model: Model): string {
  const store = createMemoryStateStore();
  const tx = store.begin();
  const entries = [...model].flatMap(([ns, map]) => [...map].map(([key, value]) => [ns, key, value] as const)).reverse();
  for (const [ns, key, value] of entries) tx.set(ns, key, { kind: 'bytes', value: Buffer.from(value, 'hex') });
  for (const [ns, key] of entries) tx.delete(ns, key);
  for (const [ns, key, value] of entries) tx.set(ns, key, decodeHex(value));
  return tx.rootHash();
}

function decodeHex(value: string): StateValue {
  return decodeValue(new Uint8Array(Buffer.from(value, 'hex')));
}

function applyRevert(current: Model, target: Model, parent: Model): Model {
  const out = clone(current);
  for (const ns of new Set([...target.keys(), ...parent.keys()])) {
    const before = target.get(ns);
    const after = parent.get(ns);
    if (before && after && out.has(ns)) {
      if (sameMap(before, after)) continue;
      const map = out.get(ns)!;
      for (const key of new Set([...before.keys(), ...after.keys()])) {
        if (before.get(key) === after.get(key)) continue;
        if (after.has(key)) map.set(key, after.get(key)!);
        else map.delete(key);
      }
      if (map.size === 0) out.delete(ns);
    } else if (!sameMap(before, after)) {
      if (after) out.set(ns, new Map(after));
      else out.delete(ns);
    }
  }
  return out;
}

function sameMap(a: Map<string, string> | undefined, b: Map<string, string> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function modelDiff(a: Model, b: Model): string[] {
  const out: string[] = [];
  for (const ns of [...new Set([...a.keys(), ...b.keys()])].sort(byteOrder)) {
    const ma = a.get(ns) ?? new Map<string, string>();
    const mb = b.get(ns) ?? new Map<string, string>();
    for (const key of [...new Set([...ma.keys(), ...mb.keys()])].sort(byteOrder)) {
      if (ma.get(key) !== mb.get(key)) out.push(`${ns} ${key} ${ma.get(key) ?? '-'} ${mb.get(key) ?? '-'}`);
    }
  }
  return out;
}

function diffText(entry: DiffEntry): string {
  return `${entry.namespace} ${entry.key} ${entry.old ? hex(entry.old) : '-'} ${entry.new ? hex(entry.new) : '-'}`;
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function hex(value: StateValue): string {
  return Buffer.from(encodeValue(value)).toString('hex');
}

function entryMap(model: Model, ns: string): Map<string, string> {
  let map = model.get(ns);
  if (!map) model.set(ns, (map = new Map()));
  return map;
}

function clone(model: Model): Model {
  return new Map([...model].map(([ns, map]) => [ns, new Map(map)]));
}

function sortedModel(model: Model): [string, [string, string][]][] {
  return [...model].sort(([a], [b]) => byteOrder(a, b)).map(([ns, map]) => [ns, [...map].sort(([a], [b]) => byteOrder(a, b))]);
}

test('the in-memory store behaves like the model', (t) => {
  fc.assert(
    fc.property(fc.array(opArb(false), { minLength: 30, maxLength: 80, size: 'max' }), (ops) => {
      const scenario = new Scenario(createMemoryStateStore({ cacheNodes: 1024 }), null);
      for (const op of ops) scenario.run(op);
      scenario.finish().close();
    }),
    { numRuns: 150, includeErrorInReport: true },
  );
  t.diagnostic(JSON.stringify(stats));
  for (const [kind, count] of Object.entries(stats)) if (kind !== 'reopen') assert.ok(count > 50, `only ${count} ${kind} steps ran`);
});

test('the disk store behaves like the model, across reopenings', () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-state-model-'));
  let run = 0;
  try {
    fc.assert(
      fc.property(fc.array(opArb(true), { minLength: 20, maxLength: 60, size: 'max' }), (ops) => {
        const dir = join(root, String(run++));
        const options = { segmentBytes: run % 2 === 0 ? 4096 : undefined };
        const scenario = new Scenario(openStateStore(dir, options), () => openStateStore(dir, options));
        for (const op of ops) scenario.run(op);
        const store = scenario.finish();
        // gc keeps every branch head and its recent log; the heads' states survive intact.
        const heads = store.branches().map((b) => [b.name, b.head, store.view(b.head).namespaces({ limit: 1000 }).items] as const);
        store.gc({ keepLast: 3 });
        for (const [name, head, names] of heads) {
          assert.equal(store.head(name).id, head);
          assert.deepEqual(store.view(head).namespaces({ limit: 1000 }).items, names);
        }
        store.close();
        const again = openStateStore(dir);
        for (const [name, head] of heads) assert.equal(again.head(name).id, head);
        again.close();
      }),
      { numRuns: 12, includeErrorInReport: true },
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
