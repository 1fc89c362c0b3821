// Bundles the four entry points of DESIGN.md section 6 into dist/ with esbuild: dist/extension.js,
// dist/server.js, dist/debugAdapter.js and dist/cli.js.
// It does no type checking (that is `tsc --noEmit`, run by the tests) and no packaging.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const entryPoints = {
  extension: 'client/extension.ts',
  // vscode-languageclient in a bundle of its own, loaded on first use, so activation stays fast.
  languageClientLibrary: 'client/languageClientLibrary.ts',
  server: 'server/server.ts',
  debugAdapter: 'debug-adapter/debugAdapter.ts',
  cli: 'vm/cli.ts',
};

const production = process.argv.includes('--production');

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // `vscode` exists only inside the extension host.
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  keepNames: true,
  logLevel: 'warning',
});

// The CLI is the package's `bin`: it must be executable after a plain build.
chmodSync('dist/cli.js', 0o755);
