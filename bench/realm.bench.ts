// Realm transactions on a node with a real on-disk store (DESIGN.md section 9, issue 6): the same
// `call` against a realm holding 1k keys in its state tree and against one holding 200k keys
// (target: at most 2x, because a tx reads only the keys it touches), and where a tx's time goes:
// building the program (parse, check, compile), the VM, the state engine and the durable store.
// It prints p50/p95 of each and the ratios; it asserts nothing.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openHub } from '../vm/hub/index';
import { RealmNode, type CallProfile } from '../vm/realm/node';

const realm = 'hub.amigos.dev/bench/registry';
const source = `package registry

import (
	"strconv"

	"amigos"
)

var touches int

func keys() *amigos.Tree { return amigos.State().For(amigos.Realm()).Get("k") }

// Seed stores keys from..to-1, each holding its own number.
func Seed(from, to int) {
	t := keys()
	for i := from; i < to; i++ {
		t.Get(strconv.Itoa(i)).Set(i)
	}
}

// Touch increments key i and returns its new value.
func Touch(i int) int {
	node := keys().Get(strconv.Itoa(i))
	v := node.Value().(int) + 1
	node.Set(v)
	touches++
	return v
}
`;

const workspace = mkdtempSync(join(tmpdir(), 'amigos-realm-bench-'));
mkdirSync(join(workspace, 'registry'));
writeFileSync(join(workspace, 'registry', 'amigos.toml'), `module = "${realm}"\nkind = "realm"\nversion = "1.0.0"\n`);
writeFileSync(join(workspace, 'registry', 'registry.amigo'), source);
const hub = openHub({ workspace, codeDir: resolve(__dirname, '../dist'), environment: {}, homeDir: workspace, cache: join(workspace, '.cache') });

function node(name: string, keys: number): RealmNode {
  const n = new RealmNode({ hub, stateDir: join(workspace, name), clock: () => performance.now() });
  const batch = 50_000;
  const started = performance.now();
  for (let from = 0; from < keys; from += batch) {
    const outcome = n.call({ pkg: realm, func: 'Seed', args: [String(from), String(Math.min(keys, from + batch))], caller: 'alice', gas: 1_000_000_000 }, workspace);
    if (!outcome.ok) throw new Error(`seeding failed: ${outcome.error}`);
  }
  console.log(`seeded ${keys.toLocaleString('en')} keys in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return n;
}

interface Sample {
  total: number;
  profile: CallProfile;
}

function measure(n: RealmNode, keys: number, count: number): Sample[] {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const key = (i * 7919) % keys;
    const started = performance.now();
    const outcome = n.call({ pkg: realm, func: 'Touch', args: [String(key)], caller: 'bob' }, workspace);
    const total = performance.now() - started;
    if (!outcome.ok) throw new Error(`Touch failed: ${outcome.error}`);
    samples.push({ total, profile: n.lastProfile! });
  }
  return samples.slice(5); // the first calls warm the JIT and the node cache
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number): string => `${value.toFixed(2)} ms`;

function report(label: string, samples: Sample[]): { p50: number; tx: number } {
  const totals = samples.map((s) => s.total);
  const part = (key: keyof CallProfile): number => percentile(samples.map((s) => s.profile[key]), 50);
  const tx = percentile(samples.map((s) => s.profile.vm + s.profile.state + s.profile.store), 50);
  console.log(`${label}: call p50 ${ms(percentile(totals, 50))}, p95 ${ms(percentile(totals, 95))}; p50 split: build ${ms(part('build'))}, vm ${ms(part('vm'))}, state ${ms(part('state'))}, store ${ms(part('store'))} (tx without build ${ms(tx)})`);
  return { p50: percentile(totals, 50), tx };
}

try {
  const small = node('small', 1_000);
  const large = node('large', 200_000);
  const count = 45;
  const a = report('1k keys  ', measure(small, 1_000, count));
  const b = report('200k keys', measure(large, 200_000, count));
  console.log(`ratio 200k/1k: call p50 ${(b.p50 / a.p50).toFixed(2)}x, tx without build ${(b.tx / a.tx).toFixed(2)}x (target ≤ 2x)`);
  small.close();
  large.close();
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
