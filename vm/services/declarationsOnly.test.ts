// Blanking function bodies keeps every offset and the exported API: checked over every source of
// the bundled hub and the standard-library-using fixtures, the blanked text has the same length
// and newlines, parses without errors, and its package exports the same declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../syntax/index';
import { Program, packageMembers } from '../types/index';
import { withoutFunctionBodies } from './declarationsOnly';

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.amigo') && !name.endsWith('_test.amigo')) out.push(path);
  }
  return out;
}

const newlines = (text: string) => [...text.matchAll(/\n/g)].map((match) => match.index);

for (const fileName of sources('hub')) {
  test(`declarations only: ${fileName}`, () => {
    const text = readFileSync(fileName, 'utf8');
    const blanked = withoutFunctionBodies(text);
    assert.equal(blanked.length, text.length);
    assert.deepEqual(newlines(blanked), newlines(text));
    // Files of external declarations (the built-ins) have no bodies; the others lose theirs.
    if (text.includes('\n\treturn ')) assert.notEqual(blanked, text);
    assert.deepEqual(parseFile(fileName, blanked).errors, []);
    const api = (source: string) => packageMembers(new Program().check({ path: 'p', dir: '.', files: [{ fileName, text: source }] }).pkg).map((m) => m.detail);
    assert.deepEqual(api(blanked), api(text));
  });
}

test('declarations only: signatures with struct and func types, literals with braces, short bodies', () => {
  const text = [
    'package p',
    '',
    'func A(f func(x struct{ A int }) interface{ M() }) map[string]struct{} {',
    '\ts := "}{"',
    "\tr := '}'",
    '\t_ = `{`',
    '\t// }',
    '\treturn nil',
    '}',
    '',
    'func B() {}',
    '',
    'func C(',
    '\ta int,',
    ') int { return a }',
    '',
  ].join('\n');
  const blanked = withoutFunctionBodies(text);
  assert.equal(blanked.length, text.length);
  assert.deepEqual(newlines(blanked), newlines(text));
  assert.ok(!blanked.includes('return nil'));
  assert.ok(blanked.includes('func B() {}'));
  assert.ok(!blanked.includes('return a'), blanked);
  assert.deepEqual(parseFile('p.amigo', blanked).errors, []);
});
