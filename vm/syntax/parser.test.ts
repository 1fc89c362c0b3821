// Parser behaviour that the error corpus cannot show: comment attachment (doc and line comments
// on declarations, specs and fields), what recovery keeps of a broken file, and the shape of the
// tree where Go's grammar is ambiguous. One table per concern, one check per table.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as ast from './ast';
import { parseFile } from './index';

function text(source: string, group: ast.CommentGroup | undefined): string | undefined {
  return group?.list.map((c) => c.text).join('|');
}

test('doc and line comments attach as go/parser attaches them', () => {
  const source = [
    '// Package doc.',
    'package p',
    '',
    '// Doc of T.',
    'type T struct {',
    '\t// Doc of A.',
    '\tA int // line of A',
    '\tB int',
    '}',
    '',
    '// Not attached: a blank line follows.',
    '',
    'func f() {}',
    '',
    'const (',
    '\t// Doc of C.',
    '\tC = 1 // line of C',
    ')',
    '',
    '// Doc of g.',
    '// Second line.',
    'func g() {}',
  ].join('\n');
  const { file, errors } = parseFile('c.go', source);
  assert.deepEqual(errors, []);
  const [typeDecl, f, constDecl, g] = file.decls as [ast.GenDecl, ast.FuncDecl, ast.GenDecl, ast.FuncDecl];
  const typeSpec = typeDecl.specs[0] as ast.TypeSpec;
  const fields = (typeSpec.type as ast.StructType).fields.list;
  const constSpec = constDecl.specs[0] as ast.ValueSpec;
  assert.deepEqual(
    {
      file: text(source, file.doc),
      type: text(source, typeDecl.doc),
      fieldDoc: text(source, fields[0].doc),
      fieldLine: text(source, fields[0].comment),
      fieldB: text(source, fields[1].doc),
      f: text(source, f.doc),
      specDoc: text(source, constSpec.doc),
      specLine: text(source, constSpec.comment),
      g: text(source, g.doc),
      groups: file.comments.length,
    },
    {
      file: '// Package doc.',
      type: '// Doc of T.',
      fieldDoc: '// Doc of A.',
      fieldLine: '// line of A',
      fieldB: undefined,
      f: undefined,
      specDoc: '// Doc of C.',
      specLine: '// line of C',
      g: '// Doc of g.|// Second line.',
      groups: 8,
    },
  );
});

const recoveryCases: { name: string; source: string; decls: string }[] = [
  {
    name: 'a broken function keeps the declarations after it',
    source: 'package p\nfunc a() {\n\tx := (1 +\n}\n\nfunc b() int { return 1 }\n\ntype T struct{ A int }\n',
    decls: 'FuncDecl:a FuncDecl:b GenDecl:type',
  },
  {
    name: 'a stray token between declarations becomes a BadDecl',
    source: 'package p\nfunc a() {}\n)\nfunc b() {}\n',
    decls: 'FuncDecl:a BadDecl FuncDecl:b',
  },
  {
    name: 'an unterminated block still yields the function',
    source: 'package p\nfunc a() {\n\tif x {\n',
    decls: 'FuncDecl:a',
  },
  {
    name: 'a missing package clause keeps the declarations',
    source: 'func a() {}\nvar v = 1\n',
    decls: 'FuncDecl:a GenDecl:var',
  },
];

for (const c of recoveryCases) {
  test(`recovery: ${c.name}`, () => {
    const { file, errors } = parseFile('r.go', c.source);
    assert.ok(errors.length > 0, 'the case must have errors');
    const decls = file.decls.map((d) => (d.kind === 'FuncDecl' ? `FuncDecl:${d.name.name}` : d.kind === 'GenDecl' ? `GenDecl:${d.tok}` : d.kind));
    assert.equal(decls.join(' '), c.decls);
  });
}

const shapeCases: { name: string; source: string; kind: string }[] = [
  { name: 'a brace after a name in an if header opens the block', source: 'if x {}', kind: 'IfStmt cond=Ident' },
  { name: 'a parenthesized composite literal in an if header', source: 'if (T{}) == y {}', kind: 'IfStmt cond=BinaryExpr' },
  { name: 'a composite literal inside a call in a for header', source: 'for _, v := range f(T{}) {}', kind: 'RangeStmt x=CallExpr' },
  { name: 'a type switch with a binding', source: 'switch v := x.(type) {}', kind: 'TypeSwitchStmt' },
  { name: 'a range without variables', source: 'for range ch {}', kind: 'RangeStmt x=Ident' },
];

for (const c of shapeCases) {
  test(`shape: ${c.name}`, () => {
    const { file, errors } = parseFile('s.go', `package p\nfunc f() {\n\t${c.source}\n}\n`);
    assert.deepEqual(errors, []);
    const stmt = (file.decls[0] as ast.FuncDecl).body?.list[0] as ast.Stmt;
    let description: string = stmt.kind;
    if (stmt.kind === 'IfStmt') description += ` cond=${stmt.cond.kind}`;
    if (stmt.kind === 'RangeStmt') description += ` x=${stmt.x.kind}`;
    assert.equal(description, c.kind);
  });
}
