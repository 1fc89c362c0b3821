// The server's lifecycle over the real protocol: it starts, answers initialize with its
// capabilities and server info, and shuts down cleanly on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspTestClient } from './testing/lspClient';

test('initialize answers with server info and incremental sync, shutdown exits', async () => {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-'));
  const client = await LspTestClient.start({ rootPath: root });
  try {
    assert.equal(client.initializeResult?.serverInfo?.name, 'amigos-language-server');
    assert.equal(client.initializeResult?.capabilities.textDocumentSync, 2);
  } finally {
    await client.stop();
  }
});
