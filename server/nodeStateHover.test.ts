// The import hover's line about a realm's state on the local node, end to end: a real node is
// made with `node dist/cli.js call` (one Register on identity/ens) in the workspace's `.amigos`,
// then the server's hover on the ens import must name the head and count the realm's keys, while
// a realm that was never deployed there says so. The marker cases run without a node; this is
// the one test that has one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './testing/lspClient';

test('hover on a realm import shows its state on the local node', async () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-node-'));
  execFileSync(process.execPath, [resolve('dist/cli.js'), 'call', 'hub.amigos.dev/identity/ens', 'Register', 'alicename', '--caller', 'alice', '--state', join(root, '.amigos')], { cwd: root });
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', 'amigos.toml'), 'module = "hub.amigos.dev/demo/app"\nkind = "realm"\nversion = "0.1.0"\ndescription = "demo"\n');
  const text = 'package app\n\nimport (\n\t"hub.amigos.dev/identity/ens"\n\t"hub.amigos.dev/storage/ipfs"\n)\n\n// Who names.\nfunc Who() string { return ens.NameOf(msg.Sender) + ipfs.CID("x") }\n';
  const file = join(root, 'app', 'app.amigo');
  writeFileSync(file, text);
  const client = await LspTestClient.start({ rootPath: root });
  try {
    const uri = client.uri(file);
    await client.open(uri, text);
    const hoverAt = async (line: number) => {
      const answer = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
      return (answer?.contents as MarkupContent | undefined)?.value ?? '';
    };
    const ens = await hoverAt(3);
    assert.match(ens, /Local node: \d+ keys? at head [0-9a-f]{12} \(height 1\)/, ens);
    const ipfs = await hoverAt(4);
    assert.match(ipfs, /Local node: not deployed yet \(head [0-9a-f]{12}, height 1\)/, ipfs);
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
