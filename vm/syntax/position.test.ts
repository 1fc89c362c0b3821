// Positions: offsets to 0-based line with UTF-16 and byte columns, Go's 1-based `file:line:col`
// with byte columns, and back from line and UTF-16 column to offset. One table of cases, each a
// marked text: `‸` marks the offset under test (and is removed before indexing).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from './position';

interface Case {
  text: string;
  line: number;
  character: number;
  byteColumn: number;
  go: string;
}

const cases: Case[] = [
  { text: '‸package p', line: 0, character: 0, byteColumn: 0, go: 'f.go:1:1' },
  { text: 'package ‸p', line: 0, character: 8, byteColumn: 8, go: 'f.go:1:9' },
  { text: 'a\nb‸c', line: 1, character: 1, byteColumn: 1, go: 'f.go:2:2' },
  { text: 'var π = ‸1', line: 0, character: 8, byteColumn: 9, go: 'f.go:1:10' },
  { text: 'x := "日本‸語"', line: 0, character: 8, byteColumn: 12, go: 'f.go:1:13' },
  // An astral character is two UTF-16 code units and four bytes.
  { text: 's := "😀‸x"', line: 0, character: 8, byteColumn: 10, go: 'f.go:1:11' },
  { text: 'a\r\nb‸', line: 1, character: 1, byteColumn: 1, go: 'f.go:2:2' },
  { text: 'a\n\n\n‸', line: 3, character: 0, byteColumn: 0, go: 'f.go:3:2' },
  { text: 'ab‸', line: 0, character: 2, byteColumn: 2, go: 'f.go:1:3' },
  { text: '\tx‸', line: 0, character: 2, byteColumn: 2, go: 'f.go:1:3' },
  { text: 'é\nü‸', line: 1, character: 1, byteColumn: 2, go: 'f.go:2:3' },
];

function check(c: Case): void {
  const offset = c.text.indexOf('‸');
  const text = c.text.replace('‸', '');
  const index = new LineIndex('f.go', text);
  assert.deepEqual(index.position(offset), { line: c.line, character: c.character, byteColumn: c.byteColumn });
  assert.equal(index.format(offset), c.go);
  assert.equal(index.offsetAt(c.line, c.character), offset);
}

for (const c of cases) {
  test(`position of ${JSON.stringify(c.text)}`, () => check(c));
}

test('offsets out of range are clamped', () => {
  const index = new LineIndex('f.go', 'ab\ncd');
  assert.deepEqual(index.position(-5), { line: 0, character: 0, byteColumn: 0 });
  assert.deepEqual(index.position(99), { line: 1, character: 2, byteColumn: 2 });
  assert.equal(index.offsetAt(0, 99), 2);
  assert.equal(index.offsetAt(7, 0), 5);
  assert.equal(index.lineCount, 2);
  assert.equal(index.lineEnd(0), 2);
});
