// Robustness of the real server (`node dist/server.js --stdio`) under abuse: thousands of random
// incremental edits (tokens of the language and raw bytes inserted into real hub sources, ranges
// deleted) interleaved with random requests of every kind at random positions. Every request must
// be answered within a timeout, with a result or a deliberate error (a refused rename, a
// cancellation), and the server must log no handler failure; at the end, with the source restored,
// a hover still answers correctly. Also: a 2 MB file and a file of random bytes are answered in
// bounded time, and a cancelled request is answered with RequestCancelled. The run is seeded and
// prints its size; it does not try to find the smallest failing input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  TypeDefinitionRequest,
  WorkspaceSymbolRequest,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './testing/lspClient';

const steps = Number(process.env.LSP_FUZZ_STEPS ?? 5000);
const seed = Number(process.env.LSP_FUZZ_SEED ?? 20261125);
const requestTimeoutMs = 10_000;
const bigFileBoundMs = 60_000;

/** A small deterministic generator (mulberry32), so a failing run can be repeated by its seed. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tokens = [
  'func', 'package', 'import', '(', ')', '{', '}', '[', ']', '.', ',', ';', ':=', '=', '"', '`', '//', '/*', '*/',
  'x', 'forum.', 'msg.Sender', 'int', 'string', 'address', 'return', 'if', 'for', 'range', 'go', 'defer',
  'struct', 'interface', 'map[string]int', '0x', '1e', "'", '\\', '\n', '\t', ' ', '"hub.amigos.dev/', '@v', 'nil', '...',
];

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Awaits a request's answer, failing when it does not arrive in time. */
async function answered<T>(what: string, request: Promise<T>, timeoutMs = requestTimeoutMs): Promise<T | ResponseError<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([request.catch((error: unknown) => (error instanceof ResponseError ? error : Promise.reject(error))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function workspace(): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-fuzz-'));
  mkdirSync(join(root, 'fuzz'));
  writeFileSync(join(root, 'fuzz', 'amigos.toml'), 'module = "hub.amigos.dev/demo/fuzz"\nkind = "realm"\nversion = "0.1.0"\ndescription = "fuzzed"\n');
  const files = ['social/forum/forum.amigo', 'social/board/board.amigo'].map((source, index) => {
    const target = join(root, 'fuzz', `file${index}.amigo`);
    // Both files join one package: the second's package clause is made to match.
    writeFileSync(target, readFileSync(resolve('hub', source), 'utf8').replace(/^package \w+/m, 'package fuzz'));
    return target;
  });
  return { root, files };
}

test(`the server survives ${steps} random edits and requests`, async () => {
  const { root, files } = workspace();
  const client = await LspTestClient.start({ rootPath: root });
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const texts = new Map<string, string>();
  const counts = { edits: 0, requests: 0, errors: 0 };
  try {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      texts.set(client.uri(file), text);
      await client.open(client.uri(file), text);
    }
    const uris = [...texts.keys()];
    for (let step = 0; step < steps; step++) {
      const uri = pick(uris);
      const text = texts.get(uri)!;
      const offset = Math.floor(next() * (text.length + 1));
      if (next() < 0.4) {
        // An edit: a token, a few raw bytes (of any code point), or a deletion.
        const kind = next();
        let insert = '';
        let end = offset;
        if (kind < 0.5) insert = pick(tokens);
        else if (kind < 0.7) insert = String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 4) }, () => Math.floor(next() * 0xd7ff)));
        else end = Math.min(text.length, offset + Math.floor(next() * 40));
        await client.edit(uri, { start: positionAt(text, offset), end: positionAt(text, end) }, insert);
        texts.set(uri, text.slice(0, offset) + insert + text.slice(end));
        counts.edits++;
        continue;
      }
      const textDocument = { uri };
      const position = positionAt(text, offset);
      const range = { start: position, end: positionAt(text, Math.min(text.length, offset + 200)) };
      const requests: Array<() => Promise<unknown>> = [
        () => client.connection.sendRequest(HoverRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(TypeDefinitionRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
        () => client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(SignatureHelpRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position }),
        () => client.connection.sendRequest(RenameRequest.type, { textDocument, position, newName: 'renamed' }),
        () => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
        () => client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: pick(['Post', 'x', '', 'Render']) }),
        () => client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
        () => client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }),
        () => client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument, range }),
        () => client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 4, insertSpaces: false } }),
        () => client.connection.sendRequest(CodeLensRequest.type, { textDocument }),
        () => client.connection.sendRequest(InlayHintRequest.type, { textDocument, range }),
        () =>
          client.connection.sendRequest(CodeActionRequest.type, {
            textDocument,
            range,
            context: { diagnostics: (client.diagnostics.get(uri) ?? []).slice(0, 3) },
          }),
      ];
      const chosen = Math.floor(next() * requests.length);
      const answer = await answered(`step ${step} request ${chosen} at ${position.line}:${position.character}`, requests[chosen]());
      counts.requests++;
      if (answer instanceof ResponseError) {
        // Only deliberate refusals: a rename that cannot be done.
        assert.ok(answer.code === ErrorCodes.InvalidRequest || answer.code === LSPErrorCodes.RequestCancelled, `step ${step}: unexpected error ${answer.code} ${answer.message}`);
        counts.errors++;
      }
    }
    // Back to the original source: the server must still know the language.
    const uri = uris[0];
    const original = readFileSync(files[0], 'utf8');
    const diagnostics = client.nextDiagnostics(uri, 15000);
    await client.change(uri, original);
    texts.set(uri, original);
    await diagnostics;
    const at = original.indexOf('func CreatePost') + 'func '.length;
    const hover = await answered('final hover', client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(original, at) }));
    assert.ok(hover && !(hover instanceof ResponseError), 'final hover answered');
    assert.match((hover.contents as MarkupContent).value, /func CreatePost\(title string, body string\) int/);
    assert.deepEqual(client.loggedErrors, [], 'handlers that failed');
    assert.equal(client.exitCode, null, 'the server exited');
    console.log(`lsp fuzz: seed ${seed}, ${steps} steps: ${counts.edits} edits, ${counts.requests} requests (${counts.errors} refused)`);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a 2 MB file and a file of random bytes are answered in bounded time', async () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-big-'));
  const client = await LspTestClient.start({ rootPath: root });
  try {
    const unit = (index: number) => `// F${index} adds.\nfunc F${index}(a, b int) int {\n\tx := a + b*${index}\n\treturn x\n}\n\n`;
    let big = 'package main\n\n';
    for (let index = 0; big.length < 2 * 1024 * 1024; index++) big += unit(index);
    big += 'func main() { _ = F1(1, 2) }\n';
    const next = random(seed);
    const noise = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(next() * 256))).join('');
    for (const [name, text] of [['big.amigo', big], ['noise.amigo', noise]] as const) {
      const uri = client.uri(join(root, name));
      const started = Date.now();
      const diagnostics = client.nextDiagnostics(uri, bigFileBoundMs);
      await client.open(uri, text);
      await diagnostics;
      const middle = positionAt(text, Math.floor(text.length / 2));
      const requests: Promise<unknown>[] = [
        client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: middle }),
        client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: middle }),
        client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
        client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
        client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: { start: middle, end: { line: middle.line + 60, character: 0 } } }),
        client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }),
      ];
      // Generous bounds: the point is that answers come (no hang, no crash), on a loaded machine too.
      for (const request of requests) await answered(name, request, bigFileBoundMs);
      const elapsed = Date.now() - started;
      console.log(`lsp fuzz: ${name} (${text.length} chars) diagnostics and six requests in ${elapsed} ms`);
      assert.ok(elapsed < bigFileBoundMs, `${name} took ${elapsed} ms`);
    }
    assert.deepEqual(client.loggedErrors, [], 'handlers that failed');
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a cancelled request is answered with RequestCancelled', async () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-cancel-'));
  const client = await LspTestClient.start({ rootPath: root });
  try {
    let text = 'package main\n\n';
    for (let index = 0; index < 3000; index++) text += `func F${index}(a int) int { return a + ${index} }\n`;
    text += 'func main() { _ = F1(1) }\n';
    const uri = client.uri(join(root, 'main.amigo'));
    await client.open(uri, text);
    // The first request keeps the server busy; the second is cancelled while it waits its turn.
    const busy = client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    const source = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 6 } }, source.token);
    source.cancel();
    const answer = await answered('cancelled hover', cancelled);
    assert.ok(answer instanceof ResponseError, `expected an error, got ${JSON.stringify(answer)}`);
    assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
    await answered('busy request', busy);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
