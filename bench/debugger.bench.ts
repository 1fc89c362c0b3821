// The debugger's costs in a tx of about a million VM steps (DESIGN.md section 9: a step forward or
// back under 10 ms): the launch (the recorded run), a step forward (next) and a step back from a
// stop in the middle of the tx with the view shown, warm (the views of the likely next stops
// prefetched after the previous stop, as between two clicks) and cold (a replay from the start),
// and the slowdown of the same tx run with the debugger attached and no breakpoints against the
// plain tx. It drives vm/debug's runtime in-process (the adapter adds one JSON round trip). It
// prints figures and asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DebugRuntime } from '../vm/debug/debugRuntime';
import { openHub } from '../vm/hub/index';
import { RealmNode } from '../vm/realm/node';

const codeDir = resolve(__dirname, '..', 'dist');
const ITERATIONS = 500_000;

const realmSource = `package loop

var total int

// Spin runs n iterations of two statements each (two VM steps).
func Spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
		total++
	}
	return s
}
`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const tick = (): Promise<void> => new Promise((done) => setImmediate(done));

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'amigos-debug-bench-'));
  try {
    writeFileSync(join(workspace, 'amigos.toml'), '# bench workspace\n');
    mkdirSync(join(workspace, 'loop'));
    writeFileSync(join(workspace, 'loop', 'amigos.toml'), 'module = "hub.amigos.dev/bench/loop"\nkind = "realm"\nversion = "1.0.0"\n');
    writeFileSync(join(workspace, 'loop', 'loop.amigo'), realmSource);

    // The plain tx, without the debugger (best of 3).
    const node = new RealmNode({ hub: openHub({ workspace, codeDir, environment: {}, homeDir: workspace }) });
    let plain = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const outcome = node.call({ pkg: join(workspace, 'loop'), func: 'Spin', args: [String(ITERATIONS)], caller: 'alice' }, workspace);
      plain = Math.min(plain, performance.now() - started);
      if (!outcome.ok) throw new Error(outcome.error ?? 'tx failed');
    }
    node.close();

    // Launch = compile + the recorded run (the debugger attached, no breakpoints), best of 3.
    let runtime: DebugRuntime | null = null;
    let attached = Infinity;
    for (let i = 0; i < 3; i++) {
      runtime?.close();
      const started = performance.now();
      runtime = DebugRuntime.launch({ program: join(workspace, 'loop'), function: 'Spin', args: [String(ITERATIONS)], state: join(workspace, '.amigos'), codeDir });
      attached = Math.min(attached, performance.now() - started);
    }
    if (runtime === null) return;
    const steps = runtime.trace.count;
    console.log(`tx: ${steps.toLocaleString('en-US')} VM steps (loop.Spin(${ITERATIONS}))`);
    console.log(`plain tx (node.call, no debugger):      ${plain.toFixed(1)} ms`);
    console.log(`debugger attached, no breakpoints:      ${attached.toFixed(1)} ms  (${(attached / plain).toFixed(2)}x the plain tx; compile + recorded run)`);

    const middle = Math.floor(steps / 2);
    const timeAction = (action: () => void): number => {
      const started = performance.now();
      action();
      runtime!.view();
      return performance.now() - started;
    };
    // Cold: a goto far away shows its view by replaying from the start.
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      const target = middle + 1000 * (i + 1);
      cold.push(timeAction(() => runtime!.goto(target)));
      await tick();
      await tick();
    }
    const forward: number[] = [];
    const back: number[] = [];
    runtime.goto(middle);
    runtime.view();
    for (let i = 0; i < 40; i++) {
      await tick();
      await tick();
      (i % 2 === 0 ? forward : back).push(timeAction(() => (i % 2 === 0 ? runtime!.next() : runtime!.stepBack())));
      if (i % 4 === 3) {
        // Two forward steps in a row too, so the back step is not only the stop just left.
        await tick();
        await tick();
        forward.push(timeAction(() => runtime!.next()));
      }
    }
    await tick();
    await tick();
    const backTwice: number[] = [];
    for (let i = 0; i < 10; i++) {
      await tick();
      await tick();
      backTwice.push(timeAction(() => runtime!.stepBack()));
    }
    const fmt = (values: number[]): string => `p50 ${percentile(values, 50).toFixed(3)} ms  p95 ${percentile(values, 95).toFixed(3)} ms`;
    console.log(`step forward (next) at step ~${middle.toLocaleString('en-US')}, warm:  ${fmt(forward)}`);
    console.log(`step back at step ~${middle.toLocaleString('en-US')}, warm:            ${fmt(back)}`);
    console.log(`step back several in a row, warm:         ${fmt(backTwice)}`);
    console.log(`goto (cold view: replay to the step):     ${fmt(cold)}`);

    // Stops decided with live values replay once: a conditional breakpoint and a watchpoint.
    const loopFile = join(workspace, 'loop', 'loop.amigo');
    runtime.goto(1);
    runtime.setLineBreakpoints(loopFile, [{ line: 9, condition: `i == ${ITERATIONS - 2}` }]);
    let started = performance.now();
    runtime.continueForward();
    runtime.view();
    console.log(`continue to a conditional breakpoint near the end (one live replay): ${(performance.now() - started).toFixed(1)} ms, stopped at step ${runtime.position.toLocaleString('en-US')}`);
    runtime.setLineBreakpoints(loopFile, []);
    runtime.setDataWatches([{ kind: 'variable', pkgPath: 'hub.amigos.dev/bench/loop', expression: 'total', label: 'total' }]);
    started = performance.now();
    runtime.reverseContinue();
    runtime.view();
    console.log(`reverse continue to the last write of a package variable (live replay): ${(performance.now() - started).toFixed(1)} ms, stopped at step ${runtime.position.toLocaleString('en-US')}`);
    runtime.close();
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
