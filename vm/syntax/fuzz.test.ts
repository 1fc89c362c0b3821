// Fuzzing the front end's promise: parsing never throws and always returns within a bound, on
// any input. Inputs are random text and bytes, real sources from the corpus with tokens deleted,
// duplicated or swapped and with truncations, and pathological nesting (10^5 parentheses,
// brackets, braces, unary operators, selectors, operator chains). Every tree is also checked for
// sane positions, and every mutated file that parses must format into a file that parses. The seed is fixed so that a failure is reproducible; FUZZ_RUNS scales the run.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type * as ast from './ast';
import { formatFile, parseFile } from './index';
import { Scanner } from './scanner';
import { parseSource } from './source';
import { walk } from './walk';

const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = 20261125;
const corpus = join(__dirname, '..', '..', 'test-fixtures', 'syntax');
const sources = readdirSync(corpus)
  .filter((name) => name.endsWith('.go') || name.endsWith('.amigo'))
  .map((name) => readFileSync(join(corpus, name), 'utf8'));

let inputs = 0;

/** Parses and checks the result's invariants; returns the time taken in milliseconds. */
function checkParse(text: string): number {
  inputs++;
  const start = performance.now();
  const result = parseFile('fuzz.go', text);
  const elapsed = performance.now() - start;
  assertSane(result, text.length);
  return elapsed;
}

function assertSane(result: ast.ParseResult, length: number): void {
  for (let i = 1; i < result.errors.length; i++) assert.ok(result.errors[i - 1].pos <= result.errors[i].pos, 'errors in order');
  for (const error of result.errors) {
    assert.ok(error.pos >= 0 && error.pos <= error.end && error.end <= length, `error range ${error.pos}-${error.end} of ${length}`);
    assert.ok(error.message.length > 0);
  }
  walk(result.file, (node) => {
    assert.ok(node.pos >= 0 && node.pos <= node.end && node.end <= length, `${node.kind} at ${node.pos}-${node.end} of ${length}`);
  });
}

/** The tokens of a source as [pos, end] ranges, for mutations that keep the text readable. */
function tokenRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const scanner = new Scanner(text, () => undefined);
  for (scanner.next(); scanner.tok !== 'EOF'; scanner.next()) {
    if (scanner.end > scanner.pos) ranges.push([scanner.pos, scanner.end]);
  }
  return ranges;
}

const tokenized = sources.map((text) => ({ text, tokens: tokenRanges(text) }));

const mutation = fc.record({
  source: fc.nat(tokenized.length - 1),
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  junk: fc.string({ maxLength: 4 }),
});

test(`parsing random text never throws (${runs} runs)`, () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      checkParse(text);
    }),
    { numRuns: runs, seed },
  );
});

test(`parsing random Go-ish token soup never throws (${runs} runs)`, () => {
  const pieces = ['package', 'p', 'func', 'f', '(', ')', '{', '}', '[', ']', 'x', ':=', '=', '1', '"s"', ';', '\n', ',', '.', 'type', 'T',
    'struct', 'interface', 'map', 'chan', '<-', 'go', 'select', 'case', 'default', ':', 'switch', 'if', 'else', 'for', 'range', 'var',
    'const', 'import', '*', '&', '+', '...', '~', '|', 'return', '/*', '*/', '//', '`', "'", 'any', 'T[int]', '0x', '1e'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
      checkParse(parts.join(' '));
    }),
    { numRuns: runs, seed },
  );
});

test(`parsing random bytes never throws (${runs} runs)`, () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      inputs++;
      const result = parseSource('fuzz.go', bytes);
      assertSane(result, result.text.length);
    }),
    { numRuns: runs, seed },
  );
});

test(`parsing mutated real sources never throws (${runs * 2} runs)`, () => {
  fc.assert(
    fc.property(mutation, ({ source, kind, at, other, junk }) => {
      const { text, tokens } = tokenized[source];
      if (tokens.length === 0) return;
      const [pos, end] = tokens[at % tokens.length];
      const [otherPos, otherEnd] = tokens[other % tokens.length];
      let mutated: string;
      switch (kind) {
        case 'delete':
          mutated = text.slice(0, pos) + text.slice(end);
          break;
        case 'duplicate':
          mutated = text.slice(0, end) + ' ' + text.slice(pos, end) + text.slice(end);
          break;
        case 'swap':
          mutated = text.slice(0, pos) + text.slice(otherPos, otherEnd) + text.slice(end);
          break;
        case 'truncate':
          mutated = text.slice(0, pos + ((at >> 8) % Math.max(1, end - pos + 1)));
          break;
        default:
          mutated = text.slice(0, pos) + junk + text.slice(pos);
      }
      checkParse(mutated);
    }),
    { numRuns: runs * 2, seed },
  );
});

test(`formatting what parses never throws and prints what parses again (${runs} runs)`, () => {
  fc.assert(
    fc.property(mutation, ({ source, kind, at, other }) => {
      const { text, tokens } = tokenized[source];
      if (tokens.length === 0) return;
      const [pos, end] = tokens[at % tokens.length];
      const [otherPos, otherEnd] = tokens[other % tokens.length];
      const mutated = kind === 'duplicate'
        ? text.slice(0, end) + ' ' + text.slice(pos, end) + text.slice(end)
        : text.slice(0, pos) + text.slice(otherPos, otherEnd) + text.slice(end);
      inputs++;
      const result = formatFile(mutated);
      if ('errors' in result) return; // only files that parse are formatted
      assert.deepEqual(parseFile('formatted.go', result.text).errors, [], `formatting broke:\n${result.text}`);
    }),
    { numRuns: runs, seed },
  );
});

test('pathological nesting returns quickly with an error, never a stack overflow', () => {
  const n = 100_000;
  const cases: Record<string, string> = {
    parens: `package p\nvar x = ${'('.repeat(n)}1${')'.repeat(n)}\n`,
    openParens: `package p\nvar x = ${'('.repeat(n)}\n`,
    brackets: `package p\nvar x ${'[]'.repeat(n)}int\n`,
    openBrackets: `package p\nvar x = ${'['.repeat(n)}\n`,
    blocks: `package p\nfunc f() ${'{'.repeat(n)}${'}'.repeat(n)}\n`,
    compositeValues: `package p\nvar x = T${'{'.repeat(n)}${'}'.repeat(n)}\n`,
    unary: `package p\nvar x = ${'!'.repeat(n)}1\n`,
    receives: `package p\nvar x = ${'<-'.repeat(n)}c\n`,
    pointers: `package p\nvar x ${'*'.repeat(n)}int\n`,
    selectors: `package p\nvar x = a${'.b'.repeat(n)}\n`,
    calls: `package p\nvar x = f${'()'.repeat(n)}\n`,
    chain: `package p\nvar x = a${' + a'.repeat(n * 2)}\n`,
    elseIf: `package p\nfunc f() {\n${'if x {} else '.repeat(n)}{}\n}\n`,
    funcLits: `package p\nvar x = ${'func() { _ = '.repeat(n)}`,
    structs: `package p\ntype T ${'struct { x '.repeat(n)}int${' }'.repeat(n)}\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    const elapsed = checkParse(text);
    const result = parseFile('deep.go', text);
    assert.ok(elapsed < 2000, `${name} took ${elapsed.toFixed(0)} ms`);
    if (name !== 'chain') {
      assert.ok(result.errors.some((error) => error.message === 'exceeded max nesting depth'), `${name}: ${result.errors[0]?.message}`);
    }
  }
  // A long but legal chain (Go's own sources have one of 7,000 terms) parses cleanly.
  assert.deepEqual(parseFile('chain.go', `package p\nvar x = "a"${' + "a"'.repeat(20_000)}\n`).errors, []);
});

test('fuzz run size', () => {
  // Recorded in the test output: how many inputs the properties above parsed.
  console.log(`fuzz: ${inputs} inputs parsed (FUZZ_RUNS=${runs}, seed ${seed})`);
  assert.ok(inputs >= runs * 5);
});
