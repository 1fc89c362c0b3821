// `amigos lsp` and `amigos dap`: the language server and the debug adapter, started from the
// same bundle folder. vm/ must not import the server or the adapter (they sit above it), so the
// CLI loads their bundles by path at run time; this works only from dist/, which is where the
// CLI is run from.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from './command';

function loadBundle(file: string, io: { stderr: (text: string) => void }): Promise<number> {
  const path = join(__dirname, file);
  if (!existsSync(path)) {
    io.stderr(`amigos: ${file} is not next to the CLI (run \`npm run build\`)\n`);
    return Promise.resolve(1);
  }
  // The bundle takes over the process's stdin and stdout; it keeps the process alive itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle chosen at run time, on purpose not resolved by the bundler
  require(path);
  return new Promise<number>(() => undefined);
}

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'run the language server on stdin/stdout',
  usage: 'lsp --stdio',
  run: (_args, io) => loadBundle('server.js', io),
};

export const dapCommand: Command = {
  name: 'dap',
  summary: 'run the debug adapter on stdin/stdout',
  usage: 'dap',
  run: (_args, io) => loadBundle('debugAdapter.js', io),
};
