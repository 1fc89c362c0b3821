// Syntax-only queries: one table per query, each case a source with `‸` marking an offset (for
// nodeAtOffset) and the expected plain-data answer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSymbols, foldingRanges, nodeAtOffset, parseFile } from './index';
import type { Node } from './index';

function describe(node: Node): string {
  return node.kind === 'Ident' ? `Ident:${node.name}` : node.kind;
}

const pathCases: { source: string; path: string }[] = [
  { source: 'package p\nfunc f() { x := a.‸b }', path: 'File FuncDecl BlockStmt AssignStmt SelectorExpr Ident:b' },
  { source: 'package p\nfunc f() { x := a.b‸ }', path: 'File FuncDecl BlockStmt AssignStmt SelectorExpr Ident:b' },
  { source: 'package p\nfunc f() { ‸x := 1 }', path: 'File FuncDecl BlockStmt AssignStmt Ident:x' },
  { source: 'package p\ntype T struct{ A ‸int }', path: 'File GenDecl TypeSpec StructType FieldList Field Ident:int' },
  { source: 'package p\n// Doc‸ here.\nfunc f() {}', path: 'File CommentGroup Comment' },
  { source: 'package p\nvar v = f(1, ‸g(2))', path: 'File GenDecl ValueSpec CallExpr CallExpr Ident:g' },
  { source: '‸package p', path: 'File' },
];

for (const c of pathCases) {
  test(`nodeAtOffset in ${JSON.stringify(c.source)}`, () => {
    const offset = c.source.indexOf('‸');
    const { file } = parseFile('q.go', c.source.replace('‸', ''));
    assert.equal(nodeAtOffset(file, offset).map(describe).join(' '), c.path);
  });
}

test('foldingRanges covers blocks, groups, literals and comment groups', () => {
  const source = [
    'package p', //            0
    '', //                      1
    'import (', //              2
    '\t"fmt"', //               3
    ')', //                     4
    '', //                      5
    '// One.', //               6
    '// Two.', //               7
    'func f() {', //            8
    '\tx := []int{', //         9
    '\t\t1,', //                10
    '\t}', //                   11
    '\tfmt.Println(x)', //      12
    '}', //                     13
  ].join('\n');
  const result = parseFile('f.go', source);
  const ranges = foldingRanges(result.file, result.lines).map((r) => `${r.kind} ${r.startLine}-${r.endLine}`);
  assert.deepEqual(ranges, ['imports 2-4', 'comment 6-7', 'region 8-13', 'region 9-11']);
});

test('documentSymbols lists types with members, functions, methods, constants and variables', () => {
  const source = [
    'package p',
    'type Point struct {',
    '\tX, Y int',
    '\tName string',
    '}',
    'type Shape interface { Area() float64 }',
    'const Pi = 3.14',
    'var (',
    '\tcount int',
    '\tname = "x"',
    ')',
    'func (p *Point) Move(dx int) error { return nil }',
    'func main() {}',
  ].join('\n');
  const symbols = documentSymbols(parseFile('s.go', source).file, source);
  const outline = symbols.map((s) => `${s.kind} ${s.name} [${s.children.map((c) => `${c.kind} ${c.name}`).join(', ')}] ${s.detail}`.trim());
  assert.deepEqual(outline, [
    'struct Point [field X, field Y, field Name] struct { X, Y int Name string }',
    'interface Shape [method Area] interface { Area() float64 }',
    'constant Pi []',
    'variable count [] int',
    'variable name []',
    'method (*Point).Move [] func(dx int) error',
    'function main [] func()',
  ]);
  const point = symbols[0];
  assert.equal(source.slice(point.selectionRange.pos, point.selectionRange.end), 'Point');
  assert.equal(source.slice(point.range.pos, point.range.end).split('\n').length, 4);
});
