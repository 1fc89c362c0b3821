// The marker harness: every test-fixtures/lsp/*.txt is a workspace (txtar) whose sources carry
// `//@marker(...)` comments; each marker becomes a request to the real server over JSON-RPC and
// its answer is checked. Diagnostics are exact: every published diagnostic must be declared by a
// `diag` marker on its line and every `diag` marker met. `UPDATE_GOLDEN=1` rewrites `-- @name --`
// golden sections. The markers are described in test-fixtures/README.md.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SignatureHelpRequest,
  TypeDefinitionRequest,
  CodeLensRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './testing/lspClient';
import { needleOffset, parseMarkers, type Marker } from './testing/markers';
import { parseTxtar, printTxtar, type Txtar } from './testing/txtar';

const fixtures = resolve('test-fixtures/lsp');
const hubRoot = resolve('hub');
const update = process.env.UPDATE_GOLDEN === '1';

// Each case starts its own server; a few run at once to keep the corpus quick.
describe('lsp marker cases', { concurrency: 4 }, () => {
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt')).sort()) {
    test(name, async () => {
      await check(join(fixtures, name));
    });
  }
});

class Case {
  readonly root: string;
  readonly client: LspTestClient;
  readonly texts = new Map<string, string>();
  goldensChanged = false;

  constructor(
    readonly archive: Txtar,
    root: string,
    client: LspTestClient,
  ) {
    this.root = root;
    this.client = client;
    for (const file of archive.files) if (!file.name.startsWith('@')) this.texts.set(file.name, file.text);
  }

  uri(file: string): string {
    return this.client.uri(this.path(file));
  }

  path(file: string): string {
    return file.startsWith('$hub/') ? join(hubRoot, file.slice(5)) : join(this.root, file);
  }

  text(file: string): string {
    return this.texts.get(file) ?? readFileSync(this.path(file), 'utf8');
  }

  position(file: string, offset: number): Position {
    const before = this.text(file).slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  }

  offsetOf(file: string, needle: string): number {
    const plain = needle.replace('|', '');
    const at = this.text(file).indexOf(plain);
    if (at < 0) throw new Error(`needle ${JSON.stringify(plain)} not found in ${file}`);
    const bar = needle.indexOf('|');
    return at + (bar >= 0 ? bar : 0);
  }

  at(marker: Marker, atEnd = false): { textDocument: { uri: string }; position: Position } {
    const offset = needleOffset(marker, String(marker.args[0]), atEnd);
    return { textDocument: { uri: this.uri(marker.file) }, position: this.position(marker.file, offset) };
  }

  golden(name: string, actual: string): void {
    const section = this.archive.files.find((file) => file.name === name);
    const normalized = actual.trimEnd() + '\n';
    if (update) {
      if (section) section.text = normalized;
      else this.archive.files.push({ name, text: normalized });
      this.goldensChanged = true;
      return;
    }
    assert.ok(section, `golden section -- ${name} -- is missing (run with UPDATE_GOLDEN=1)`);
    assert.equal(normalized, section.text.trimEnd() + '\n', `golden ${name}`);
  }

  where(marker: Marker): string {
    return `${marker.file}:${marker.line + 1} ${marker.name}(${marker.args.map((arg) => JSON.stringify(arg)).join(', ')})`;
  }
}

async function check(fixture: string): Promise<void> {
  const archive = parseTxtar(readFileSync(fixture, 'utf8'));
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-case-'));
  for (const file of archive.files) {
    if (file.name.startsWith('@')) continue;
    mkdirSync(dirname(join(root, file.name)), { recursive: true });
    writeFileSync(join(root, file.name), file.text);
  }
  // The hub cache is the case's own `.hub-cache/` (absent: empty), never the user's.
  const client = await LspTestClient.start({ rootPath: root, env: { AMIGOS_HUB_CACHE: join(root, '.hub-cache') } });
  const testCase = new Case(archive, root, client);
  try {
    // A file marked `//@closed()` is on disk only: the server reads it without an open document.
    const sources = archive.files.filter((file) => file.name.endsWith('.amigo') && !file.text.includes('//@closed()'));
    const markers = sources.flatMap((file) => parseMarkers(file.name, file.text));
    // Open every source and collect its first diagnostics.
    const published = new Map<string, Diagnostic[]>();
    for (const file of sources) {
      const uri = testCase.uri(file.name);
      const next = client.nextDiagnostics(uri, 15000);
      await client.open(uri, file.text);
      published.set(file.name, await next);
    }
    checkDiagnostics(testCase, markers, published);
    for (const marker of markers) {
      if (marker.name === 'diag') continue;
      await runMarker(testCase, marker);
    }
    assert.equal(client.exitCode, null, 'the server exited');
    assert.deepEqual(client.loggedErrors, [], 'handlers that failed');
    if (testCase.goldensChanged) writeFileSync(fixture, printTxtar(archive));
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

function checkDiagnostics(testCase: Case, markers: Marker[], published: Map<string, Diagnostic[]>): void {
  for (const [file, diagnostics] of published) {
    const expected = markers.filter((marker) => marker.name === 'diag' && marker.file === file);
    const unmatched = [...diagnostics];
    for (const marker of expected) {
      const start = testCase.position(file, needleOffset(marker, String(marker.args[0])));
      const pattern = new RegExp(String(marker.args[1]));
      const index = unmatched.findIndex((d) => d.range.start.line === start.line && d.range.start.character === start.character && pattern.test(messageText(d)));
      assert.ok(index >= 0, `${testCase.where(marker)}: no such diagnostic; got ${JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${messageText(d)}`))}`);
      unmatched.splice(index, 1);
    }
    assert.deepEqual(
      unmatched.map((d) => `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${messageText(d)}`),
      [],
      'diagnostics no //@diag marker declares',
    );
  }
}

async function runMarker(testCase: Case, marker: Marker): Promise<void> {
  const { connection } = testCase.client;
  const where = testCase.where(marker);
  const args = marker.args.map(String);
  switch (marker.name) {
    case 'hover': {
      const answer = await connection.sendRequest(HoverRequest.type, testCase.at(marker));
      const text = answer ? (answer.contents as MarkupContent).value : '';
      for (const expected of args.slice(1)) {
        if (expected.startsWith('@')) testCase.golden(expected, text);
        else assert.ok(text.includes(expected), `${where}: hover ${JSON.stringify(text)} lacks ${JSON.stringify(expected)}`);
      }
      if (args.length === 1) assert.equal(answer, null, `${where}: expected no hover`);
      return;
    }
    case 'complete': {
      const answer = await connection.sendRequest(CompletionRequest.type, testCase.at(marker, true));
      const items: CompletionItem[] = Array.isArray(answer) ? answer : ((answer as CompletionList | null)?.items ?? []);
      const labels = items.map((item) => item.label);
      for (const expected of args.slice(1)) {
        if (expected.startsWith('!')) assert.ok(!labels.includes(expected.slice(1)), `${where}: ${expected.slice(1)} must not be offered; got ${labels.join(' ')}`);
        else if (expected.startsWith('@')) testCase.golden(expected, items.map((item) => `${item.label}\t${item.detail ?? ''}`).join('\n'));
        else assert.ok(labels.includes(expected), `${where}: ${expected} not offered; got ${labels.slice(0, 60).join(' ')}`);
      }
      return;
    }
    case 'def':
    case 'typedef': {
      const type = marker.name === 'def' ? DefinitionRequest.type : TypeDefinitionRequest.type;
      const answer = (await connection.sendRequest(type, testCase.at(marker))) as Location | Location[] | null;
      const location = Array.isArray(answer) ? answer[0] : answer;
      if (args.length === 1) return assert.equal(location ?? null, null, `${where}: expected no definition`);
      assert.ok(location, `${where}: no definition`);
      assert.equal(location.uri, testCase.uri(args[1]), `${where}: wrong file`);
      const expected = args[2] === undefined ? { line: 0, character: 0 } : testCase.position(args[1], testCase.offsetOf(args[1], args[2]));
      assert.deepEqual(location.range.start, expected, `${where}: wrong position`);
      return;
    }
    case 'refs': {
      const answer = (await connection.sendRequest(ReferencesRequest.type, { ...testCase.at(marker), context: { includeDeclaration: true } })) ?? [];
      const actual = answer.map((location) => `${location.uri}#${location.range.start.line}:${location.range.start.character}`).sort();
      const expected = args.slice(1).map((spec) => {
        const [file, needle] = spec.split('#');
        const position = testCase.position(file, testCase.offsetOf(file, needle));
        return `${testCase.uri(file)}#${position.line}:${position.character}`;
      });
      assert.deepEqual(actual, expected.sort(), `${where}: references`);
      return;
    }
    case 'highlight': {
      const answer = (await connection.sendRequest(DocumentHighlightRequest.type, testCase.at(marker))) ?? [];
      assert.equal(answer.length, Number(marker.args[1]), `${where}: highlight count; got ${JSON.stringify(answer.map((h) => h.range.start))}`);
      return;
    }
    case 'rename': {
      const prepared = await connection.sendRequest(PrepareRenameRequest.type, testCase.at(marker)).catch((error: Error) => ({ error: error.message }));
      if (args[1].startsWith('!')) {
        assert.ok(prepared && 'error' in prepared, `${where}: rename must be refused`);
        assert.match(String((prepared as { error: unknown }).error), new RegExp(args[1].slice(1)), `${where}: refusal message`);
        return;
      }
      assert.ok(prepared && !('error' in prepared), `${where}: prepareRename refused: ${JSON.stringify(prepared)}`);
      const edit = await connection.sendRequest(RenameRequest.type, { ...testCase.at(marker), newName: args[1] });
      testCase.golden(args[2], applyWorkspaceEdit(testCase, edit));
      return;
    }
    case 'sig': {
      const answer = await connection.sendRequest(SignatureHelpRequest.type, testCase.at(marker, true));
      assert.ok(answer, `${where}: no signature help`);
      assert.equal(answer.signatures[0].label, args[1], `${where}: signature label`);
      assert.equal(answer.signatures[0].parameters?.length, args[1].split(',').length - (args[1].includes('()') ? 1 : 0), `${where}: parameter count`);
      assert.equal(answer.activeParameter, Number(marker.args[2]), `${where}: active parameter`);
      return;
    }
    case 'action': {
      const range = { start: testCase.at(marker).position, end: testCase.at(marker).position };
      const diagnostics = (testCase.client.diagnostics.get(testCase.uri(marker.file)) ?? []).filter((d) => d.range.start.line === marker.line);
      const answer = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: testCase.uri(marker.file) }, range, context: { diagnostics } })) ?? [];
      const titles = answer.map((action) => action.title);
      const chosen = answer.find((action) => action.title === args[1]);
      assert.ok(chosen, `${where}: no action ${JSON.stringify(args[1])}; got ${JSON.stringify(titles)}`);
      if (args[2] && 'edit' in chosen && chosen.edit) testCase.golden(args[2], applyWorkspaceEdit(testCase, chosen.edit));
      return;
    }
    case 'format': {
      const edits = (await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: testCase.uri(marker.file) }, options: { tabSize: 4, insertSpaces: false } })) ?? [];
      testCase.golden(args[0], applyEdits(testCase.text(marker.file), edits, (position) => offsetIn(testCase.text(marker.file), position)));
      return;
    }
    case 'symbols': {
      const answer = ((await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: testCase.uri(marker.file) } })) ?? []) as { name: string; kind: number; children?: unknown[] }[];
      const lines: string[] = [];
      const print = (symbols: { name: string; kind: number; children?: unknown[] }[], indent: string) => {
        for (const symbol of symbols) {
          lines.push(`${indent}${symbol.name} (kind ${symbol.kind})`);
          print((symbol.children ?? []) as typeof symbols, indent + '  ');
        }
      };
      print(answer, '');
      testCase.golden(args[0], lines.join('\n'));
      return;
    }
    case 'wsymbol': {
      const answer = (await connection.sendRequest(WorkspaceSymbolRequest.type, { query: args[0] })) ?? [];
      const names = (answer as { name: string }[]).map((symbol) => symbol.name);
      for (const expected of args.slice(1)) assert.ok(names.includes(expected), `${where}: ${expected} not among ${names.join(' ')}`);
      return;
    }
    case 'fold': {
      const answer = (await connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: testCase.uri(marker.file) } })) ?? [];
      assert.equal(answer.length, Number(marker.args[0]), `${where}: folding range count; got ${JSON.stringify(answer)}`);
      return;
    }
    case 'lens': {
      const answer = (await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: testCase.uri(marker.file) } })) ?? [];
      const onLine = answer.filter((lens) => lens.range.start.line === marker.line).map((lens) => lens.command?.title ?? '');
      assert.deepEqual(onLine, args, `${where}: code lenses on the line`);
      return;
    }
    case 'hint': {
      const text = testCase.text(marker.file);
      const lineEnd = text.indexOf('\n', marker.lineStart);
      const range = { start: testCase.position(marker.file, marker.lineStart), end: testCase.position(marker.file, lineEnd < 0 ? text.length : lineEnd) };
      const answer = (await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: testCase.uri(marker.file) }, range })) ?? [];
      const labels = answer.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
      assert.deepEqual(labels, args, `${where}: inlay hints on the line`);
      return;
    }
    case 'tokens': {
      const answer = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: testCase.uri(marker.file) } });
      const legend = testCase.client.initializeResult?.capabilities.semanticTokensProvider?.legend;
      assert.ok(answer && legend, `${where}: no semantic tokens`);
      testCase.golden(args[0], decodeTokens(testCase.text(marker.file), answer.data, legend.tokenTypes, legend.tokenModifiers));
      return;
    }
    default:
      throw new Error(`${where}: unknown marker`);
  }
}

/** Semantic tokens as `line:col text type mods`, one a line (the protocol's relative encoding undone). */
function decodeTokens(text: string, data: number[], types: string[], modifiers: string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index + 4 < data.length; index += 5) {
    line += data[index];
    character = data[index] === 0 ? character + data[index + 1] : data[index + 1];
    const word = lines[line]?.slice(character, character + data[index + 2]) ?? '?';
    const mods = modifiers.filter((_, bit) => (data[index + 4] & (1 << bit)) !== 0);
    out.push(`${line + 1}:${character + 1} ${word} ${types[data[index + 3]]}${mods.length > 0 ? ' ' + mods.join(',') : ''}`);
  }
  return out.join('\n');
}

function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function offsetIn(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line && line < lines.length; line++) offset += lines[line].length + 1;
  return offset + position.character;
}

function applyEdits(text: string, edits: TextEdit[], toOffset: (position: Position) => number): string {
  const sorted = [...edits].sort((a, b) => toOffset(b.range.start) - toOffset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, toOffset(edit.range.start)) + edit.newText + result.slice(toOffset(edit.range.end));
  return result;
}

/** The changed files after an edit, each printed as `== file ==` then its new text. */
function applyWorkspaceEdit(testCase: Case, edit: WorkspaceEdit | null): string {
  if (!edit) return '(no edit)';
  const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
  const created: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') created.push(change.uri);
      continue;
    }
    byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((e): e is TextEdit => 'range' in e)]);
  }
  const out: string[] = [];
  for (const [uri, edits] of [...byUri].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = uri.startsWith(testCase.client.uri(testCase.root)) ? decodeURIComponent(uri.slice(testCase.client.uri(testCase.root).length + 1)) : uri;
    const original = created.includes(uri) ? '' : testCase.text(file);
    out.push(`== ${file} ==`, applyEdits(original, edits, (position) => offsetIn(original, position)));
  }
  return out.join('\n');
}
