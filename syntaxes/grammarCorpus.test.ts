// The grammar on real code: every `.amigo` file of the bundled hub and every Go program of the
// conformance corpus (all valid, type-checked source) is tokenized with vscode-textmate, the
// tokenizer VS Code uses, and no token may be scoped `invalid.illegal`. One case per file; a new
// file in either corpus is a new case. Scope assertions on purpose-built fixtures are
// grammar.test.ts; this test guards against rules that misfire on code nobody wrote for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
}
interface Registry {
  loadGrammar(scopeName: string): Promise<Grammar | null>;
}

// vscode-tmgrammar-test builds its registry (vscode-textmate with the oniguruma WASM) this way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createRegistry } = require('vscode-tmgrammar-test/dist/common/index.js') as {
  createRegistry(grammars: { path: string; scopeName: string }[]): Registry;
};

const root = resolve(__dirname, '..');
const registry = createRegistry([{ path: join(root, 'syntaxes', 'amigo.tmLanguage.json'), scopeName: 'source.amigo' }]);
const grammar = registry.loadGrammar('source.amigo');

function filesUnder(directory: string, extension: string, found: string[] = []): string[] {
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) filesUnder(path, extension, found);
    else if (name.endsWith(extension)) found.push(path);
  }
  return found;
}

async function check(file: string): Promise<void> {
  const tokenizer = await grammar;
  assert.ok(tokenizer, 'the grammar loads');
  let state: unknown = null;
  const invalid: string[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      const result = tokenizer.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const token of result.tokens) {
        const scope = token.scopes.find((name) => name.startsWith('invalid.'));
        if (scope) invalid.push(`${relative(root, file)}:${index + 1}:${token.startIndex + 1}: ${JSON.stringify(line.slice(token.startIndex, token.endIndex))} is ${scope}`);
      }
    });
  assert.deepEqual(invalid, []);
}

const corpus = [...filesUnder(join(root, 'hub'), '.amigo'), ...filesUnder(join(root, 'test-fixtures', 'conformance'), '.go')];
for (const file of corpus) test(`no invalid tokens in ${relative(root, file)}`, () => check(file));
