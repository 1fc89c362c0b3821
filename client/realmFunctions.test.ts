// Declarations read by client/realmFunctions.ts, and the typed argument checks of the call inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argumentError, exportedFunctions, functionAtLine, parseParameters, testFunctions } from './realmFunctions';

const source = `package board

// Pin adds a note.
// It returns the count.
func Pin(text string, times int) int {
\treturn 0
}

func helper() {}

func (b *Board) Method(x int) {}

func Transfer(from, to address, amount uint64) (bool, error) {
\treturn true, nil
}

func Render(path string) string { return "" }
`;

test('exported package-level functions with grouped parameters and doc', () => {
  assert.deepEqual(
    exportedFunctions(source).map((fn) => [fn.name, fn.parameters.map((p) => `${p.name} ${p.type}`).join(', '), fn.results, fn.line, fn.doc]),
    [
      ['Pin', 'text string, times int', 'int', 4, 'Pin adds a note.\nIt returns the count.'],
      ['Transfer', 'from address, to address, amount uint64', '(bool, error)', 12, ''],
      ['Render', 'path string', 'string', 16, ''],
    ],
  );
});

test('the function around a line', () => {
  const check = (line: number, expected: string | undefined): void => assert.equal(functionAtLine(source, line)?.name, expected, `line ${line}`);
  check(0, undefined);
  check(4, 'Pin');
  check(5, 'Pin');
  check(6, 'Pin');
  check(8, undefined);
  check(13, 'Transfer');
  check(16, 'Render');
});

test('parameter lists as Go groups them', () => {
  const check = (list: string, expected: string): void => assert.equal(parseParameters(list).map((p) => `${p.name}:${p.type}`).join(' '), expected, list);
  check('', '');
  check('a, b int, c string', 'a:int b:int c:string');
  check('int, string', 'arg0:int arg1:string');
  check('m map[string]int, f func(int, int) bool', 'm:map[string]int f:func(int, int) bool');
  check('xs ...string', 'xs:...string');
});

test('Test and Example functions', () => {
  const tests = testFunctions('func TestPin(t *testing.T) {\n}\nfunc ExampleRender() {\n}\nfunc TestHelper(x int) {}\nfunc Testing() {}\n');
  assert.deepEqual(tests, [
    { name: 'TestPin', kind: 'test', line: 0 },
    { name: 'ExampleRender', kind: 'example', line: 2 },
  ]);
});

test('typed argument checks', () => {
  const check = (type: string, text: string, ok: boolean): void => assert.equal(argumentError(type, text) === undefined, ok, `${type} ${JSON.stringify(text)}`);
  check('int', '42', true);
  check('int', '-9223372036854775808', true);
  check('int', '9223372036854775808', false);
  check('int', '4.2', false);
  check('uint8', '255', true);
  check('uint8', '256', false);
  check('uint64', '-1', false);
  check('float64', '1e-3', true);
  check('float64', 'x', false);
  check('bool', 'true', true);
  check('bool', 'yes', false);
  check('address', 'alice', true);
  check('address', 'am1qxy2kgdygjrsqtzq2n0yrf2493p83kkf', true);
  check('address', 'Alice Smith', false);
  check('string', '', true);
  check('Point', '{1 2}', true);
});
