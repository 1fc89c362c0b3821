// Benchmarks of the state engine (DESIGN.md section 9): the time of a durable 1-key commit at
// 1k, 100k and 1M keys (it must stay flat: the 1M figure within 2x of the 1k one), `diff` and
// `checkout` of adjacent snapshots at 1M keys (target < 5 ms), opening a 1M-key store (target
// < 200 ms) and the bytes a 1-key commit adds at 1M keys (target < 2 KB). The in-memory store,
// the same engine without IO, runs as the peer. It prints figures and asserts nothing.
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StateStore, createMemoryStateStore, openStateStore } from '../vm/state/index';

const SIZES = [1_000, 100_000, 1_000_000];
const COMMITS = 100;
const NAMESPACE = 'hub.amigos.dev/bench/ledger';

interface Figures {
  build: number;
  commit: number[];
  /** Appending 300 bytes to a side file and fsyncing it, interleaved with the commits: the IO floor. */
  fsync: number[];
  memoryCommit: number[] | null;
  bytesPerCommit: number;
  diff: number[];
  checkout: number[];
  open: number[];
  storeBytes: number;
}

function main(): void {
  const root = mkdtempSync(join(tmpdir(), 'amigos-state-bench-'));
  const results = new Map<number, Figures>();
  try {
    for (const size of SIZES) results.set(size, measure(join(root, String(size)), size));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const small = results.get(SIZES[0])!;
  const large = results.get(SIZES[SIZES.length - 1])!;
  console.log('\nstate engine (durable store: one fsync per commit; HEAD rewritten every 32 commits)');
  for (const [size, figures] of results) {
    const peer = figures.memoryCommit ? `; in-memory peer p50 ${ms(p(figures.memoryCommit, 50))}` : '';
    console.log(`  ${label(size)} keys: build ${(figures.build / 1000).toFixed(1)} s, store ${mb(figures.storeBytes)}; 1-key commit p50 ${ms(p(figures.commit, 50))} p95 ${ms(p(figures.commit, 95))}; peers: a bare 300-byte append+fsync p50 ${ms(p(figures.fsync, 50))}${peer}; ${figures.bytesPerCommit.toFixed(0)} bytes/commit`);
  }
  console.log(`  commit flatness: ${label(SIZES[SIZES.length - 1])}/${label(SIZES[0])} p50 ratio ${(p(large.commit, 50) / p(small.commit, 50)).toFixed(2)}x (target <= 2x); commit / bare fsync p50: ${label(SIZES[0])} ${(p(small.commit, 50) / p(small.fsync, 50)).toFixed(2)}x, ${label(SIZES[SIZES.length - 1])} ${(p(large.commit, 50) / p(large.fsync, 50)).toFixed(2)}x`);
  console.log(`  diff of adjacent snapshots at ${label(SIZES[SIZES.length - 1])}: p50 ${ms(p(large.diff, 50))} p95 ${ms(p(large.diff, 95))} (target < 5 ms)`);
  console.log(`  checkout of adjacent snapshots at ${label(SIZES[SIZES.length - 1])} (durable, then a read): p50 ${ms(p(large.checkout, 50))} p95 ${ms(p(large.checkout, 95))} (target < 5 ms)`);
  console.log(`  open of the ${label(SIZES[SIZES.length - 1])}-key store and a first read: p50 ${ms(p(large.open, 50))} p95 ${ms(p(large.open, 95))} (target < 200 ms)`);
  console.log(`  bytes on disk per 1-key commit at ${label(SIZES[SIZES.length - 1])}: ${large.bytesPerCommit.toFixed(0)} (target < 2048)`);
}

function measure(dir: string, size: number): Figures {
  const started = performance.now();
  let store = openStateStore(dir);
  fill(store, size);
  const build = performance.now() - started;
  const random = lcg(size);
  const ids = [store.head().id];
  const commit: number[] = [];
  const fsync: number[] = [];
  const side = openSync(join(dir, 'fsync-peer'), 'w');
  const sideBytes = Buffer.alloc(300, 1);
  const bytesBefore = store.bytesOnDisk();
  for (let i = 0; i < COMMITS; i++) {
    const key = keyOf(Math.floor(random() * size));
    const t1 = performance.now();
    writeSync(side, sideBytes);
    fsyncSync(side);
    fsync.push(performance.now() - t1);
    const t0 = performance.now();
    const tx = store.begin();
    tx.set(NAMESPACE, key, { kind: 'int', value: BigInt(i) * 7919n, type: 'int64' });
    ids.push(tx.commit({ caller: 'bench', function: 'Transfer', args: [key], gas: { total: 1000, byPackage: { [NAMESPACE]: 1000 } } }).id);
    commit.push(performance.now() - t0);
  }
  const bytesPerCommit = (store.bytesOnDisk() - bytesBefore) / COMMITS;
  closeSync(side);
  const diff: number[] = [];
  for (let i = 1; i < ids.length; i++) {
    const t0 = performance.now();
    const changes = store.diff(ids[i - 1], ids[i]);
    diff.push(performance.now() - t0);
    if (changes.length !== 1) throw new Error(`adjacent snapshots differ by ${changes.length} keys`);
  }
  const checkout: number[] = [];
  for (let i = 1; i < ids.length; i++) {
    const t0 = performance.now();
    store.checkout(ids[i], { branch: 'bench-checkout' });
    store.view().get(NAMESPACE, keyOf(i));
    checkout.push(performance.now() - t0);
  }
  store.checkout('main');
  const storeBytes = store.bytesOnDisk();
  store.close();
  const open: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    store = openStateStore(dir);
    store.view().get(NAMESPACE, keyOf(i * 37));
    open.push(performance.now() - t0);
    store.close();
  }
  const memoryCommit = size <= 100_000 ? memoryPeer(size) : null;
  return { build, commit, fsync, memoryCommit, bytesPerCommit, diff, checkout, open, storeBytes };
}

function memoryPeer(size: number): number[] {
  const store = createMemoryStateStore();
  fill(store, size);
  const random = lcg(size);
  const times: number[] = [];
  for (let i = 0; i < COMMITS; i++) {
    const t0 = performance.now();
    const tx = store.begin();
    tx.set(NAMESPACE, keyOf(Math.floor(random() * size)), { kind: 'int', value: BigInt(i), type: 'int64' });
    tx.commit({ i });
    times.push(performance.now() - t0);
  }
  store.close();
  return times;
}

/** Loads `size` keys in one transaction, flushing every 100k keys to bound memory. */
function fill(store: StateStore, size: number): void {
  const tx = store.begin();
  for (let i = 0; i < size; i++) {
    tx.set(NAMESPACE, keyOf(i), { kind: 'int', value: BigInt(i), type: 'int64' });
    if (i % 100_000 === 99_999) tx.flush();
  }
  tx.commit({ caller: 'bench', function: 'Load', args: [String(size)] });
}

function keyOf(i: number): string {
  return `balances/acct${i}`;
}

function lcg(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function p(values: number[], percentile: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * percentile) / 100))];
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function label(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
}

main();
