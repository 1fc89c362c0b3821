// Grammar tests: every fixture in test-fixtures/grammar/ carries `// ^^^ scope` assertions under
// its lines, and `vscode-tmgrammar-test` (the real vscode-textmate tokenizer) checks them against
// syntaxes/amigo.tmLanguage.json. One case per fixture file. The JSON itself is a golden of
// syntaxes/amigoGrammar.ts (rewritten with UPDATE_GOLDEN=1), and the language configuration's
// regexes must compile.
//
// It does not test colours or themes: only scopes, which is what a theme keys on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { grammar } from './amigoGrammar';

const root = resolve(__dirname, '..');
const grammarPath = join(root, 'syntaxes', 'amigo.tmLanguage.json');
const fixtures = join(root, 'test-fixtures', 'grammar');
const tool = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

interface ToolRun {
  ok: boolean;
  output: string;
}

function runGrammarTest(fixture: string): ToolRun {
  const result = spawnSync(process.execPath, [tool, '--compact', '-g', grammarPath, fixture], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function check(fixture: string): void {
  const run = runGrammarTest(fixture);
  assert.ok(run.ok, `scope assertions failed in ${fixture}:\n${run.output}`);
}

test('amigo.tmLanguage.json is the serialised amigoGrammar.ts', () => {
  const expected = `${JSON.stringify(grammar, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(grammarPath, expected);
  assert.equal(readFileSync(grammarPath, 'utf8'), expected, 'run UPDATE_GOLDEN=1 npm test -- syntaxes');
});

test('the language configuration parses and its regexes compile', () => {
  const config = JSON.parse(readFileSync(join(root, 'syntaxes', 'language-configuration.json'), 'utf8'));
  for (const pattern of [
    config.wordPattern,
    config.indentationRules.increaseIndentPattern,
    config.indentationRules.decreaseIndentPattern,
    config.folding.markers.start,
    config.folding.markers.end,
  ]) {
    assert.equal(typeof pattern, 'string');
    assert.doesNotThrow(() => new RegExp(pattern));
  }
  assert.ok(new RegExp(config.folding.markers.start).test('  // region setup'));
  assert.ok(new RegExp(config.folding.markers.end).test('// endregion'));
  const pairs = config.autoClosingPairs.map((pair: { open: string }) => pair.open);
  assert.ok(pairs.includes('`'), 'backquote auto-closes');
});

test('a wrong scope assertion fails the tool (the harness can fail)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'amigo-grammar-'));
  try {
    const fixture = join(directory, 'wrong.amigo');
    writeFileSync(fixture, '// SYNTAX TEST "source.amigo" "a deliberately wrong scope"\npackage main\n// <------- keyword.control.amigo\n');
    const run = runGrammarTest(fixture);
    assert.equal(run.ok, false, run.output);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.amigo')).sort()) {
  test(`grammar fixture ${name}`, () => check(join(fixtures, name)));
}
