// The crash test: a child process commits the crashPlan workload in a loop and is killed with
// SIGKILL at random moments, hundreds of times, on one store directory. After every kill the
// store is opened (taking over the dead writer's lock, cutting any torn tail) and must hold
// exactly a prefix of the entries: every entry the child reported as committed, at most one more
// that was durable but not yet reported, each with the id seen before and the state the plan
// gives for its height. It deliberately uses a real disk and a real process, never a mock.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSync } from 'esbuild';
import { crashModel, crashState } from './crashPlan';
import { StateStore, openStateStore } from './index';

const MIN_KILLS = 200;
const MAX_KILLS = 400;
const TIME_BUDGET_MS = 35_000;

const LANES = 4;

interface LaneResult {
  kills: number;
  entries: number;
  unreported: number;
  tailsCut: number;
}

test('a store survives hundreds of SIGKILLs during commits with exactly a prefix of its history', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-crash-'));
  const child = join(root, 'crashWriter.js');
  buildSync({ entryPoints: [join(__dirname, 'crashWriter.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error' });
  try {
    // Independent stores killed side by side, so the time spent starting processes overlaps.
    const started = Date.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(child, join(root, `store${lane}`), started)));
    const total = lanes.reduce((sum, lane) => ({ kills: sum.kills + lane.kills, entries: sum.entries + lane.entries, unreported: sum.unreported + lane.unreported, tailsCut: sum.tailsCut + lane.tailsCut }));
    const summary = `crash test: ${total.kills} SIGKILLs, ${total.entries} log entries (${total.unreported} durable but killed before reporting), ${total.tailsCut} torn tails cut on open`;
    console.log(summary);
    t.diagnostic(summary);
    assert.ok(total.kills >= MIN_KILLS);
    assert.ok(total.entries > total.kills / 2, 'the child barely committed: the kills did not land during commits');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

async function runLane(child: string, dir: string, started: number): Promise<LaneResult> {
  const ids = new Map<number, string>();
  let reported = 0;
  const result: LaneResult = { kills: 0, entries: 0, unreported: 0, tailsCut: 0 };
  const minimum = MIN_KILLS / LANES;
  while (result.kills < minimum || (result.kills < MAX_KILLS / LANES && Date.now() - started < TIME_BUDGET_MS)) {
    const lines = await runAndKill(child, dir, Math.random() * 20);
    result.kills++;
    for (const line of lines) {
      const [height, id] = line.split(' ');
      const known = ids.get(Number(height));
      if (known !== undefined) assert.equal(id, known, `height ${height} was reported twice with different ids`);
      ids.set(Number(height), id);
      reported = Math.max(reported, Number(height));
    }
    const store = openStateStore(dir);
    if (store.recovery?.kind === 'tail') result.tailsCut++;
    try {
      const tip = store.log('main', { limit: 1 }).entries[0];
      assert.ok(tip.height >= reported, `a reported commit was lost: tip ${tip.height}, reported ${reported}`);
      assert.ok(tip.height <= reported + 1, `more than one unreported entry: tip ${tip.height}, reported ${reported}`);
      if (tip.height > reported) {
        result.unreported++;
        ids.set(tip.height, tip.id);
        reported = tip.height;
      }
      checkRecent(store, ids, 6);
      checkState(store, store.head().id, lastSuccessful(reported));
    } finally {
      store.close();
    }
  }
  const store = openStateStore(dir);
  try {
    assert.equal(checkRecent(store, ids, Infinity), reported + 1);
    let cursor: string | undefined;
    for (;;) {
      const page = store.log('main', { limit: 100, cursor });
      for (const entry of page.entries) if (entry.height % 7 === 0 || entry.height === reported) checkState(store, entry.id, entry.failed ? lastSuccessful(entry.height) : entry.height);
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
  } finally {
    store.close();
  }
  result.entries = reported;
  return result;
}

/** Walks the log from the tip: contiguous heights, ids as reported. Returns how many entries it saw. */
function checkRecent(store: StateStore, ids: Map<number, string>, depth: number): number {
  let seen = 0;
  let expected = -1;
  let cursor: string | undefined;
  while (seen < depth) {
    const page = store.log('main', { limit: 100, cursor });
    for (const entry of page.entries) {
      if (expected !== -1) assert.equal(entry.height, expected, 'the log skips a height');
      expected = entry.height - 1;
      const known = ids.get(entry.height);
      if (known !== undefined) assert.equal(entry.id, known, `entry at height ${entry.height} changed id`);
      if (++seen >= depth) return seen;
    }
    if (page.cursor === null) break;
    cursor = page.cursor;
  }
  return seen;
}

function checkState(store: StateStore, id: string, height: number): void {
  assert.deepEqual(crashState(store.view(id)), crashModel(height), `state at height ${height} differs from the plan`);
}

function lastSuccessful(height: number): number {
  let h = height;
  while (h > 0 && h % 5 === 0) h--;
  return h;
}

/** Starts the writer, lets it commit for `delayMs` after it is ready, then SIGKILLs it. */
function runAndKill(script: string, dir: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && out.startsWith('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the writer exited by itself (${code}): ${err}`));
      const lines = out.split('\n');
      lines.pop(); // a line cut by the kill is not a report
      resolve(lines.filter((line) => line !== 'ready'));
    });
  });
}
