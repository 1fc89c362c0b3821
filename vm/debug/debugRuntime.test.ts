// In-process checks of the debug runtime's time travel: a stop shows the same frames and values
// whether it is reached going forward, going back, by goto, or in a fresh session (replays are
// deterministic and views are frozen at capture), and stepping back then forward again retraces
// the same stops. The protocol-level sessions live in test-fixtures/dap/.
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
