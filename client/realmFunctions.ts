// What the editor needs to offer a realm's functions without asking the language server: the
// exported top-level functions of a file with their parameters (for "Call Realm Function", code
// lenses and "Debug realm function at cursor"), Test and Example functions (for the Test
// Explorer), and a check of a typed argument before it is sent to the CLI.
//
// It reads declarations line by line as gofmt writes them (`func Name(params) results {` on one
// line). It deliberately does not parse Go: methods, generics and multi-line signatures are left
// to the CLI, which checks every argument again against the real types.

export interface RealmParameter {
  name: string;
  type: string;
}

export interface RealmFunction {
  name: string;
  parameters: RealmParameter[];
  results: string;
  /** 0-based line of the `func` keyword. */
  line: number;
  /** The doc comment right above the declaration, without the `//`. */
  doc: string;
}

export interface TestFunction {
  name: string;
  kind: 'test' | 'example';
  line: number;
}

const exportedDeclaration = /^func\s+([A-Z][A-Za-z0-9_]*)\s*\(([^()]*)\)\s*([^{]*?)\s*(?:\{.*)?$/;
const testDeclaration = /^func\s+(Test[A-Za-z0-9_]*)\s*\(\s*[A-Za-z_][A-Za-z0-9_]*\s+\*testing\.T\s*\)/;
const exampleDeclaration = /^func\s+(Example[A-Za-z0-9_]*)\s*\(\s*\)/;

/** Exported package-level functions, in source order. */
export function exportedFunctions(source: string): RealmFunction[] {
  const lines = source.split(/\r?\n/);
  const found: RealmFunction[] = [];
  lines.forEach((text, line) => {
    const match = exportedDeclaration.exec(text);
    if (!match) return;
    found.push({
      name: match[1],
      parameters: parseParameters(match[2]),
      results: match[3].trim(),
      line,
      doc: docAbove(lines, line),
    });
  });
  return found;
}

/** The exported function whose declaration or body holds `line` (0-based), if any. */
export function functionAtLine(source: string, line: number): RealmFunction | undefined {
  const functions = exportedFunctions(source);
  const lines = source.split(/\r?\n/);
  let candidate: RealmFunction | undefined;
  for (const fn of functions) if (fn.line <= line) candidate = fn;
  if (!candidate) return undefined;
  // The body ends at the first line that closes it at column 0, gofmt's layout.
  for (let index = candidate.line; index < lines.length; index++) {
    if (index > candidate.line && /^func\b/.test(lines[index])) return undefined;
    if (/^\}/.test(lines[index]) || (index === candidate.line && /\}\s*$/.test(lines[index]))) {
      return line <= index ? candidate : undefined;
    }
  }
  return candidate;
}

/** `func TestX(t *testing.T)` and `func ExampleX()` declarations of a `_test.amigo` file. */
export function testFunctions(source: string): TestFunction[] {
  const found: TestFunction[] = [];
  source.split(/\r?\n/).forEach((text, line) => {
    const test = testDeclaration.exec(text);
    if (test) found.push({ name: test[1], kind: 'test', line });
    const example = exampleDeclaration.exec(text);
    if (example) found.push({ name: example[1], kind: 'example', line });
  });
  return found;
}

/**
 * Splits a parameter list the way Go groups it: `a, b int, c string` gives a and b the type int.
 * A list of bare types (`int, string`) gets the names arg0, arg1, ...
 */
export function parseParameters(list: string): RealmParameter[] {
  const parts = splitTopLevel(list).map((part) => part.trim()).filter((part) => part !== '');
  const named = parts.some((part) => /^[A-Za-z_][A-Za-z0-9_]*\s+\S/.test(part));
  if (!named) return parts.map((type, index) => ({ name: `arg${index}`, type }));
  const parameters: RealmParameter[] = [];
  let pending: string[] = [];
  for (const part of parts) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$/.exec(part);
    if (!match) {
      pending.push(part);
      continue;
    }
    for (const name of [...pending, match[1]]) parameters.push({ name, type: match[2].trim() });
    pending = [];
  }
  return parameters;
}

const integerRanges: Record<string, [bigint, bigint]> = {
  int: [-(2n ** 63n), 2n ** 63n - 1n],
  int8: [-128n, 127n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  rune: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint: [0n, 2n ** 64n - 1n],
  uint8: [0n, 255n],
  byte: [0n, 255n],
  uint16: [0n, 2n ** 16n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  uintptr: [0n, 2n ** 64n - 1n],
};

/**
 * Why `text` is not a valid argument of type `type`, or undefined when it is (or when the type is
 * one the CLI alone can judge). Addresses take a named account (`alice`) or an `am1…` address.
 */
export function argumentError(type: string, text: string): string | undefined {
  const range = integerRanges[type];
  if (range) {
    if (!/^[+-]?[0-9]+$/.test(text.trim())) return `${type} wants a whole number`;
    const value = BigInt(text.trim());
    if (value < range[0] || value > range[1]) return `${text.trim()} overflows ${type} (${range[0]} to ${range[1]})`;
    return undefined;
  }
  if (type === 'float32' || type === 'float64') {
    return text.trim() !== '' && Number.isFinite(Number(text)) ? undefined : `${type} wants a number`;
  }
  if (type === 'bool') return text === 'true' || text === 'false' ? undefined : 'bool wants true or false';
  if (type === 'address') {
    return /^[a-z][a-z0-9_]*$/.test(text) || /^am1[0-9a-z]+$/.test(text) ? undefined : 'address wants an account name (alice) or an am1… address';
  }
  return undefined;
}

/** A placeholder for an input box, by type. */
export function argumentHint(type: string): string {
  if (integerRanges[type]) return 'a whole number';
  if (type === 'float32' || type === 'float64') return 'a number';
  if (type === 'bool') return 'true or false';
  if (type === 'address') return 'an account name (alice, bob, …) or an am1… address';
  if (type === 'string') return 'text (sent as is, without quotes)';
  return `a value of type ${type}`;
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const char = list[index];
    if (char === '[' || char === '(' || char === '{') depth++;
    else if (char === ']' || char === ')' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

function docAbove(lines: string[], line: number): string {
  const doc: string[] = [];
  for (let index = line - 1; index >= 0 && /^\s*\/\//.test(lines[index]); index--) {
    doc.unshift(lines[index].replace(/^\s*\/\/\s?/, ''));
  }
  return doc.join('\n');
}
