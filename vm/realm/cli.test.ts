// The node's commands through the built CLI as a process (`node dist/cli.js`), each test in a
// fresh temporary workspace: the `call --json` contract, failed txs leaving state and head as
// they were, roots equal across two fresh nodes, log, diff, render, checkout, fork, revert,
// trace and test. Run `npm run build` first (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cliPath = resolve(__dirname, '../../dist/cli.js');
const forum = 'hub.amigos.dev/social/forum';

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function workspace(oracle = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'amigos-cli-'));
  if (oracle) writeFileSync(join(dir, 'amigos.toml'), '[oracle]\n"ETH/USD" = { chainlink = 10, band = 30, uma = 20 }\n');
  return dir;
}

function amigos(cwd: string, ...args: string[]): Result {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(cwd: string, ...args: string[]): { status: number | null; value: T } {
  const result = amigos(cwd, ...args, '--json');
  assert.equal(result.stderr, '', `stderr of ${args.join(' ')}`);
  return { status: result.status, value: JSON.parse(result.stdout) as T };
}

interface CallJson {
  ok: boolean;
  result: string[];
  error: string | null;
  events: { type: string; realm: string; attrs: Record<string, string> }[];
  gas: { total: number; byPackage: Record<string, number> };
  snapshot: string;
  root: string;
}

interface LogJson {
  id: string;
  parent: string | null;
  caller: string;
  package: string;
  function: string;
  ok: boolean;
  gas: { total: number };
}

function withWorkspace(body: (dir: string) => void, oracle = false): void {
  const dir = workspace(oracle);
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('call --json prints exactly one object with the contract fields and exits 0', () => {
  withWorkspace((dir) => {
    const raw = amigos(dir, 'call', forum, 'CreatePost', 'Hello', 'First body', '--caller', 'alice', '--json');
    assert.equal(raw.status, 0, raw.stderr);
    const value = JSON.parse(raw.stdout) as CallJson;
    assert.equal(value.ok, true);
    assert.deepEqual(value.result, ['1']);
    assert.equal(value.error, null);
    assert.deepEqual(value.events.map((e) => `${e.realm} ${e.type}`), ['hub.amigos.dev/storage/ipfs Pinned', `${forum} PostCreated`]);
    assert.equal(value.events[1].attrs.id, '1');
    assert.equal(value.gas.total, Object.values(value.gas.byPackage).reduce((a, b) => a + b, 0));
    assert.ok(value.gas.byPackage[forum] > 0 && value.gas.byPackage['hub.amigos.dev/storage/ipfs'] > 0);
    assert.match(value.snapshot, /^[0-9a-f]{64}$/);
    assert.match(value.root, /^[0-9a-f]{64}$/);
    assert.ok(existsSync(join(dir, '.amigos')), 'the default state folder is .amigos in the workspace');
  });
});

test('a failed tx exits 1, leaves state and head unchanged, and is logged as a failed attempt', () => {
  withWorkspace((dir) => {
    const first = json<CallJson>(dir, 'call', forum, 'CreatePost', 'Hello', 'Body', '--caller', 'alice').value;
    for (const args of [
      ['EditPost', '1', 'not mine', '--caller', 'bob'],
      ['CreatePost', '   ', 'no title', '--caller', 'bob'],
      ['Reply', '99', 'no such post', '--caller', 'bob'],
      ['CreatePost', 'T', 'B', '--caller', 'bob', '--gas', '50'],
    ]) {
      const failed = json<CallJson>(dir, 'call', forum, ...args);
      assert.equal(failed.status, 1, args.join(' '));
      assert.equal(failed.value.ok, false);
      assert.equal(typeof failed.value.error, 'string');
      assert.deepEqual(failed.value.events, []);
      assert.equal(failed.value.snapshot, first.snapshot, 'head unchanged');
      assert.equal(failed.value.root, first.root, 'state unchanged');
    }
    const log = json<LogJson[]>(dir, 'log').value;
    assert.deepEqual(log.map((e) => [e.function, e.ok]), [['CreatePost', false], ['Reply', false], ['CreatePost', false], ['EditPost', false], ['CreatePost', true]]);
    for (const entry of log) {
      assert.equal(entry.package, forum);
      assert.match(entry.caller, /^am1/);
      assert.equal(typeof entry.gas.total, 'number');
      assert.ok('parent' in entry);
    }
    assert.equal(log[0].parent, first.snapshot, 'a failed attempt names the unchanged head as its parent');
    const render = amigos(dir, 'render', forum);
    assert.match(render.stdout, /\[Hello\]\(post\/1\)/);
    assert.doesNotMatch(render.stdout, /no title/);
  });
});

test('the same txs on two fresh nodes give the same roots and snapshot ids', () => {
  const runs = [workspace(true), workspace(true)].map((dir) => {
    try {
      return [
        json<CallJson>(dir, 'call', forum, 'CreatePost', 'Same', 'txs', '--caller', 'alice').value,
        json<CallJson>(dir, 'call', forum, 'Reply', '1', 'same reply', '--caller', 'bob').value,
        json<CallJson>(dir, 'call', 'hub.amigos.dev/social/board', 'Ticker', 'ETH/USD', '--caller', 'carol').value,
      ].map((r) => [r.ok, r.snapshot, r.root, r.result.join(',')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  assert.deepEqual(runs[0], runs[1]);
  assert.equal(runs[0][2][3], '20', 'the median of the [oracle] answers');
});

test('arguments are parsed by parameter type; a bad one is an error and no tx', () => {
  withWorkspace((dir) => {
    const bad = amigos(dir, 'call', forum, 'Reply', 'one', 'body');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /argument parent \(int\): "one" is not an integer/);
    const asJson = amigos(dir, 'call', forum, 'Reply', 'one', 'body', '--json');
    assert.equal(asJson.status, 1);
    const answer = JSON.parse(asJson.stdout) as CallJson & { recorded: boolean };
    assert.deepEqual([answer.ok, answer.recorded, answer.result, answer.events], [false, false, [], []]);
    assert.match(answer.error ?? '', /"one" is not an integer/);
    const missing = amigos(dir, 'call', forum, 'Nope');
    assert.match(missing.stderr, /has no exported function Nope/);
    const notRealm = amigos(dir, 'call', 'hub.amigos.dev/nowhere', 'F');
    assert.equal(notRealm.status, 1);
    assert.deepEqual(json<LogJson[]>(dir, 'log').value, []);
  });
});

test('diff shows changed keys with old and new values; checkout branches; revert undoes', () => {
  withWorkspace((dir) => {
    const one = json<CallJson>(dir, 'call', forum, 'CreatePost', 'One', 'first', '--caller', 'alice').value;
    const two = json<CallJson>(dir, 'call', forum, 'CreatePost', 'Two', 'second', '--caller', 'bob').value;
    const diff = json<{ changes: { realm: string; key: string; old?: string; new?: string }[] }>(dir, 'diff', one.snapshot, two.snapshot).value;
    const threads = diff.changes.find((c) => c.realm === forum && c.key === 'var/threads');
    assert.deepEqual(threads, { realm: forum, key: 'var/threads', old: '[1]', new: '[1, 2]' });
    assert.ok(diff.changes.some((c) => c.key.startsWith('tree/authors/') && c.old === undefined && c.new === '1'));
    assert.match(amigos(dir, 'diff', 'HEAD~1', 'HEAD').stdout, /\+ var\/threads\[1\] = 2\n/);

    const checkout = json<{ snapshot: string }>(dir, 'checkout', one.snapshot).value;
    assert.equal(checkout.snapshot, one.snapshot);
    const three = json<CallJson>(dir, 'call', forum, 'CreatePost', 'Three', 'branch', '--caller', 'carol').value;
    assert.deepEqual(three.result, ['2'], 'the tx runs from the checked-out state');
    assert.match(amigos(dir, 'render', forum).stdout, /Three/);
    assert.doesNotMatch(amigos(dir, 'render', forum).stdout, /\[Two\]/);

    const revert = json<{ snapshot: string; root: string }>(dir, 'revert').value;
    assert.equal(revert.root, one.root, 'reverting the head restores its parent state');
    assert.equal(json<LogJson[]>(dir, 'log').value[0].function, 'revert');
  });
});

test('fork copies code and state to a new path; the two then change apart', () => {
  withWorkspace((dir) => {
    json<CallJson>(dir, 'call', forum, 'CreatePost', 'Original', 'body', '--caller', 'alice');
    const fork = amigos(dir, 'fork', forum, 'hub.amigos.dev/me/forum2');
    assert.equal(fork.status, 0, fork.stderr);
    assert.match(readFileSync(join(dir, 'hub.amigos.dev', 'me', 'forum2', 'amigos.toml'), 'utf8'), /module = "hub.amigos.dev\/me\/forum2"/);
    assert.match(amigos(dir, 'render', 'hub.amigos.dev/me/forum2').stdout, /Original/);
    const posted = json<CallJson>(dir, 'call', 'hub.amigos.dev/me/forum2', 'CreatePost', 'Only in the fork', 'x', '--caller', 'bob').value;
    assert.equal(posted.ok, true, posted.error ?? '');
    assert.deepEqual(posted.result, ['2']);
    assert.doesNotMatch(amigos(dir, 'render', forum).stdout, /Only in the fork/);
    assert.equal(amigos(dir, 'fork', forum, 'hub.amigos.dev/me/forum2').status, 1, 'TO must be new');
  });
});

test('trace replays a tx exactly: calls with results, realm crossings, writes and events', () => {
  withWorkspace((dir) => {
    const call = json<CallJson>(dir, 'call', forum, 'CreatePost', 'Traced', 'body', '--caller', 'alice').value;
    const trace = json<{ ok: boolean; result: string[]; matchesRecord: boolean; steps: { kind: string; func?: string; to?: string; key?: string; results?: string[] }[]; gas: { total: number }; gasByLine: { file: string; line: number; gas: number }[] }>(dir, 'trace', call.snapshot).value;
    assert.equal(trace.ok, true);
    assert.deepEqual(trace.result, ['1']);
    assert.equal(trace.matchesRecord, true);
    assert.equal(trace.gas.total, call.gas.total);
    const kinds = trace.steps.map((s) => (s.kind === 'call' ? `call ${s.func}` : s.kind === 'realm' ? `realm ${s.to}` : s.kind));
    assert.equal(kinds[0], `realm ${forum}`);
    assert.equal(kinds[1], 'call forum.CreatePost');
    assert.ok(kinds.includes('realm hub.amigos.dev/storage/ipfs'));
    assert.ok(kinds.includes('call ipfs.Pin'));
    assert.ok(trace.steps.some((s) => s.kind === 'write' && s.key === 'var/posts'));
    assert.ok(trace.steps.some((s) => s.kind === 'event'));
    // Inner calls across realms show their results, not only the tx's own call.
    const pin = trace.steps.find((s) => s.kind === 'return' && s.func === 'ipfs.Pin');
    assert.match(pin?.results?.[0] ?? '', /^"bafk[a-z2-7]+"$/);
    assert.deepEqual(trace.steps.find((s) => s.kind === 'return' && s.func === 'ens.NameOf')?.results, ['""']);
    assert.ok(trace.gasByLine.some((l) => l.file.endsWith('ipfs.amigo') && l.gas > 0));
    const text = amigos(dir, 'trace', call.snapshot);
    assert.match(text.stdout, /→ forum\.CreatePost\(title="Traced", body="body"\)/);
    assert.match(text.stdout, /← ipfs\.Pin = "bafk[a-z2-7]+"\n/);
    assert.match(text.stdout, /replay matches the recorded tx/);
  });
});

test('trace replays a tx whose recovered cross-realm call was undone, and shows the undoing', () => {
  withWorkspace((dir) => {
    const realm = (name: string, source: string): void => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'amigos.toml'), `module = "hub.amigos.dev/me/${name}"\nkind = "realm"\nversion = "1.0.0"\n`);
      writeFileSync(join(dir, name, `${name}.amigo`), source);
    };
    realm('fragile', 'package fragile\n\nimport "amigos"\n\nvar booms int\n\n// Boom writes, then panics.\nfunc Boom() {\n\tbooms++\n\tamigos.State().For(amigos.Realm()).Get("booms").Set(booms)\n\tpanic("boom")\n}\n');
    realm('guard', 'package guard\n\nimport "hub.amigos.dev/me/fragile"\n\nvar tries int\n\n// Try recovers the panic of fragile.Boom.\nfunc Try() (result string) {\n\ttries++\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tresult = "recovered"\n\t\t}\n\t}()\n\tfragile.Boom()\n\treturn "no panic"\n}\n');
    const call = json<CallJson>(dir, 'call', './guard', 'Try', '--caller', 'alice').value;
    assert.equal(call.ok, true, call.error ?? '');
    assert.deepEqual(call.result, ['recovered']);
    const trace = json<{ matchesRecord: boolean; steps: { kind: string; from?: string; key?: string; new?: unknown }[] }>(dir, 'trace', call.snapshot).value;
    assert.equal(trace.matchesRecord, true);
    assert.ok(trace.steps.some((s) => s.kind === 'rollback' && s.from === 'hub.amigos.dev/me/fragile'));
    // The tree write made before the panic shows in the trace, and is not in the committed state.
    assert.ok(trace.steps.some((s) => s.kind === 'write' && s.key === 'tree/booms'));
    const diff = amigos(dir, 'diff', 'HEAD~1', 'HEAD').stdout;
    assert.match(diff, /var\/tries = 1/);
    assert.match(diff, /var\/booms = 0/);
    assert.doesNotMatch(diff, /tree\/booms/);
    assert.match(amigos(dir, 'trace', call.snapshot).stdout, /↺ a panic left realm hub\.amigos\.dev\/me\/fragile into hub\.amigos\.dev\/me\/guard/);
  });
});

test('test runs Test and Example functions and filetests, with --json for the editor', () => {
  const hub = resolve(__dirname, '../../hub');
  const result = json<{ ok: boolean; passed: number; failed: number; tests: { name: string; kind: string; file: string; line: number; ok: boolean }[] }>(hub, 'test', 'social/forum');
  assert.equal(result.status, 0);
  assert.equal(result.value.ok, true);
  assert.ok(result.value.tests.some((t) => t.name === 'TestCreatePostPinsTheBody' && t.kind === 'test' && t.line > 0 && t.file.endsWith('forum_test.amigo')));
  assert.ok(result.value.tests.some((t) => t.kind === 'example'));
  withWorkspace((dir) => {
    writeFileSync(join(dir, 'amigos.toml'), 'module = "hub.amigos.dev/t/failing"\nkind = "realm"\nversion = "0.1.0"\n');
    writeFileSync(join(dir, 'failing.amigo'), 'package failing\n\nvar n int\n\nfunc Inc() int { n++; return n }\n');
    writeFileSync(
      join(dir, 'failing_test.amigo'),
      'package failing\n\nimport (\n\t"fmt"\n\t"testing"\n)\n\nfunc TestInc(t *testing.T) {\n\tif got := Inc(); got != 2 {\n\t\tt.Errorf("Inc() = %d, want 2", got)\n\t}\n}\n\nfunc ExampleInc() {\n\tfmt.Println(Inc())\n\t// Output: 7\n}\n',
    );
    const failing = json<{ ok: boolean; failed: number; tests: { name: string; ok: boolean; message?: string; expected?: string; actual?: string }[] }>(dir, 'test');
    assert.equal(failing.status, 1);
    assert.equal(failing.value.failed, 2);
    assert.deepEqual(failing.value.tests.map((t) => [t.name, t.ok, t.message]), [['TestInc', false, 'Inc() = 1, want 2'], ['ExampleInc', false, 'output differs']]);
    assert.deepEqual([failing.value.tests[1].expected, failing.value.tests[1].actual], ['7', '2']);
  });
  const filetests = amigos(resolve(__dirname, '../..'), 'test', 'test-fixtures/realm');
  assert.equal(filetests.status, 0, filetests.stdout);
});

test('a new version of deployed code is refused when it breaks the API without a new major', () => {
  withWorkspace((dir) => {
    const manifest = (version: string): string => `module = "hub.amigos.dev/t/up"\nkind = "realm"\nversion = "${version}"\n`;
    writeFileSync(join(dir, 'amigos.toml'), manifest('1.0.0'));
    writeFileSync(join(dir, 'up.amigo'), 'package up\n\nvar n int\n\nfunc Inc() int { n++; return n }\n\nfunc Get() int { return n }\n');
    assert.deepEqual(json<CallJson>(dir, 'call', '.', 'Inc').value.result, ['1']);
    writeFileSync(join(dir, 'amigos.toml'), manifest('1.1.0'));
    writeFileSync(join(dir, 'up.amigo'), 'package up\n\nvar n int\n\nfunc Inc() int { n++; return n }\n');
    const refused = json<CallJson>(dir, 'call', '.', 'Inc');
    assert.equal(refused.status, 1);
    assert.match(refused.value.error ?? '', /hub\.amigos\.dev\/t\/up 1\.1\.0 cannot replace the deployed 1\.0\.0/);
    writeFileSync(join(dir, 'up.amigo'), 'package up\n\nvar n int\n\nfunc Inc() int { n++; return n }\n\nfunc Get() int { return n }\n\nfunc Reset() { n = 0 }\n');
    const upgraded = json<CallJson>(dir, 'call', '.', 'Inc');
    assert.deepEqual([upgraded.value.ok, upgraded.value.result], [true, ['2']], 'a compatible upgrade keeps the state');
  });
});

test('a replay uses the oracle answers recorded in the tx, not the current [oracle] table', () => {
  withWorkspace((dir) => {
    const call = json<CallJson>(dir, 'call', 'hub.amigos.dev/social/board', 'Ticker', 'ETH/USD', '--caller', 'dave').value;
    assert.deepEqual(call.result, ['20']);
    writeFileSync(join(dir, 'amigos.toml'), '[oracle]\n"ETH/USD" = { chainlink = 1, band = 2, uma = 3 }\n');
    const trace = json<{ result: string[]; matchesRecord: boolean }>(dir, 'trace', call.snapshot).value;
    assert.deepEqual(trace.result, ['20']);
    assert.equal(trace.matchesRecord, true);
    const log = json<(LogJson & { oracle?: unknown })[]>(dir, 'log').value;
    assert.equal(log[0].function, 'Ticker');
    assert.deepEqual(json<CallJson>(dir, 'call', 'hub.amigos.dev/social/board', 'Ticker', 'ETH/USD').value.result, ['2'], 'new txs read the new table');
  }, true);
});
