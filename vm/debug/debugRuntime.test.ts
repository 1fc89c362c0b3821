// In-process checks of the debug runtime's time travel: a stop shows the same frames and values
// whether it is reached going forward, going back, by goto, or in a fresh session (replays are
// deterministic and views are frozen at capture), and stepping back then forward again retraces
// the same stops; a value set at a stop changes the run after it and nothing before it. The
// protocol-level sessions live in test-fixtures/dap/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { DebugRuntime, type StopView } from './debugRuntime';

const program = resolve(__dirname, '..', '..', 'test-fixtures', 'dap', 'programs', 'data.amigo');
const codeDir = resolve(__dirname, '..', '..', 'dist');

function launch(): DebugRuntime {
  return DebugRuntime.launch({ program, codeDir: join(codeDir) });
}

function shown(view: StopView): string {
  return JSON.stringify({ frames: view.frames, locals: view.locals, pkg: [...view.packageVars] });
}

test('a step shows the same view forward, backward, by goto and in a fresh session', () => {
  const runtime = launch();
  const count = runtime.trace.count;
  assert.ok(count > 600, `a long enough run (${count} steps)`);
  const probes = [1, 2, Math.floor(count / 3), Math.floor(count / 2), count - 1, count];
  const forward = new Map<number, string>();
  for (const step of probes) {
    runtime.goto(step);
    forward.set(step, shown(runtime.view()));
  }
  for (const step of [...probes].reverse()) {
    runtime.goto(step);
    assert.equal(shown(runtime.view()), forward.get(step), `step ${step} going back`);
  }
  const fresh = launch();
  for (const step of probes) {
    fresh.goto(step);
    assert.equal(shown(fresh.view()), forward.get(step), `step ${step} in a fresh session`);
  }
  runtime.close();
  fresh.close();
});

test('next then stepBack retraces the same stops', () => {
  const runtime = launch();
  runtime.goto(1);
  const there: number[] = [];
  for (let i = 0; i < 9; i++) {
    there.push(runtime.position);
    runtime.next();
  }
  const back: number[] = [];
  for (let i = 0; i < 9; i++) {
    runtime.stepBack();
    back.push(runtime.position);
  }
  assert.deepEqual(back, [...there].reverse());
  runtime.close();
});

test('setting a local (innermost or an outer frame) changes the rest of the run; before the set nothing changes', () => {
  const scale = resolve(__dirname, '..', '..', 'test-fixtures', 'dap', 'programs', 'scale.amigo');
  const runtime = DebugRuntime.launch({ program: scale, codeDir });
  const printed = (): string => runtime.trace.output.map((o) => o.text).join('');
  assert.equal(printed(), 'round 0 2\nround 1 4\nround 2 8\n8 13\n');
  // The first statement of scale (line 10, 1-based in the trace): main is frame 1 there.
  let step = 1;
  while (runtime.trace.lineOf(step) !== 10) step++;
  runtime.goto(step);
  const before = shown(runtime.view());
  const earlier = step - 1;
  runtime.goto(earlier);
  const earlierView = shown(runtime.view());
  runtime.goto(step);
  assert.deepEqual(runtime.setValue(0, 'k', '3'), { ok: true, value: '3', type: 'int' });
  assert.deepEqual(runtime.setValue(1, 'i', '2'), { ok: true, value: '2', type: 'int' });
  assert.equal(printed(), 'round 2 3\n3 11\n');
  assert.notEqual(shown(runtime.view()), before);
  runtime.goto(earlier);
  assert.equal(shown(runtime.view()), earlierView);
  const refused = runtime.setValue(0, 'p', '1');
  assert.equal(refused.ok, false);
  runtime.close();
});
