// Publishing over the real protocol: diagnostics follow edits (debounced), and an edit in one
// package republishes its open importers, which is how a broken API shows up where it is used.
// Closing a document clears its diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './testing/lspClient';

const lib = 'package mathx\n\n// Max returns the larger of a and b.\nfunc Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n';
const app = 'package app\n\nimport "hub.amigos.dev/demo/mathx"\n\n// Biggest is the larger.\nfunc Biggest(a, b int) int { return mathx.Max(a, b) }\n';

test('an edit republishes the open importers; close clears', async () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-publish-'));
  for (const [dir, module, kind] of [['lib', 'hub.amigos.dev/demo/mathx', 'library'], ['app', 'hub.amigos.dev/demo/app', 'realm']]) {
    mkdirSync(join(root, dir));
    writeFileSync(join(root, dir, 'amigos.toml'), `module = "${module}"\nkind = "${kind}"\nversion = "0.1.0"\ndescription = "x"\n`);
  }
  writeFileSync(join(root, 'lib', 'mathx.amigo'), lib);
  writeFileSync(join(root, 'app', 'app.amigo'), app);
  const client = await LspTestClient.start({ rootPath: root });
  try {
    const libUri = client.uri(join(root, 'lib', 'mathx.amigo'));
    const appUri = client.uri(join(root, 'app', 'app.amigo'));
    const opened = client.nextDiagnostics(appUri);
    await client.open(libUri, lib);
    await client.open(appUri, app);
    assert.deepEqual(await opened, []);
    // Max now returns a string: the importer's return statement no longer type-checks.
    const broken = client.nextDiagnostics(appUri);
    const libDiagnostics = client.nextDiagnostics(libUri);
    await client.change(libUri, lib.replace('func Max(a, b int) int {', 'func Max(a, b int) string {').replace(/return (a|b)\n/g, 'return "$1"\n'));
    assert.deepEqual(await libDiagnostics, []);
    const appDiagnostics = await broken;
    assert.equal(appDiagnostics.length, 1, JSON.stringify(appDiagnostics));
    assert.match(String(appDiagnostics[0].message), /cannot use mathx\.Max\(a, b\)/);
    assert.equal(appDiagnostics[0].range.start.line, 5);
    // Restored: the importer is clean again.
    const fixed = client.nextDiagnostics(appUri);
    await client.change(libUri, lib);
    assert.deepEqual(await fixed, []);
    // Several quick edits are debounced into one publish of the final text.
    const typed = client.nextDiagnostics(appUri);
    for (const extra of ['x', 'xy', 'xyz']) await client.change(appUri, app + extra);
    const final = await typed;
    assert.ok(final.length > 0 && final.every((d) => d.range.start.line === 6), JSON.stringify(final));
    const cleared = client.nextDiagnostics(appUri);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: appUri } });
    assert.deepEqual(await cleared, []);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
