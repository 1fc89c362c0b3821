// The shapes of node data the views accept (client/stateData.ts and client/testResults.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffSides, parseDiff, parseGasLines } from './stateData';
import { parseTestResults } from './testResults';

test('diffs from a list or grouped by realm, shown as two sides', () => {
  const changes = parseDiff({ changes: [{ realm: 'a/r', key: 'count', old: 1, new: 2 }, { realm: 'a/r', key: 'added', new: 'x' }] });
  assert.deepEqual(changes, [
    { realm: 'a/r', key: 'added', before: undefined, after: 'x' },
    { realm: 'a/r', key: 'count', before: '1', after: '2' },
  ]);
  assert.deepEqual(parseDiff({ realms: { 'a/r': [{ key: 'count', before: 1, after: 2 }] } }), [{ realm: 'a/r', key: 'count', before: '1', after: '2' }]);
  assert.deepEqual(diffSides(changes), { before: 'a/r  count = 1\n', after: 'a/r  added = x\na/r  count = 2\n' });
});

test('gas by line from a trace or a profile', () => {
  const expected = [{ file: 'board.amigo', line: 17, gas: 40 }];
  assert.deepEqual(parseGasLines({ gasByLine: [{ file: 'board.amigo', line: 17, gas: 40 }] }), expected);
  assert.deepEqual(parseGasLines({ profile: { lines: [{ path: 'board.amigo', line: 17, gas: 40 }, { path: 'x', line: 0, gas: 1 }] } }), expected);
  assert.deepEqual(parseGasLines({ gas: { total: 3 } }), []);
});

test('test outcomes in the spellings the CLI may use', () => {
  const outcomes = parseTestResults({
    tests: [
      { name: 'TestPin', ok: true, durationMs: 3 },
      { name: 'ExampleRender', status: 'fail', expected: 'a\n', actual: 'b\n', error: 'output differs' },
      { file: 'filetests/transfer.amigo', passed: false, message: 'State differs' },
      { name: 'TestLater', status: 'skip' },
    ],
  });
  assert.deepEqual(
    outcomes.map((o) => [o.name, o.passed, o.skipped, o.message ?? '', o.expected ?? '', o.actual ?? '']),
    [
      ['TestPin', true, false, '', '', ''],
      ['ExampleRender', false, false, 'output differs', 'a\n', 'b\n'],
      ['transfer.amigo', false, false, 'State differs', '', ''],
      ['TestLater', false, true, '', '', ''],
    ],
  );
});
