// Extension activation (DESIGN.md section 9: under 100 ms). Three figures:
// 1. in fresh Node processes: loading the production bundle dist/extension.js and calling its
//    activate() against a stand-in `vscode` module (p50/p95 over 15 processes), next to the peer
//    cost of loading vscode-languageclient/node eagerly, which activation deliberately avoids;
// 2. the figure the real VS Code reported in the last e2e run (code-server's Running Extensions
//    view and the extension's own "activated in" line), read from e2e-screenshots/results.json;
// 3. the size of the .vsix when one has been packaged.
// The stand-in makes every API call a no-op, so (1) measures our own code and module loading only.
// It prints; it does not assert.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const samples = 15;

// Every value name of the \`vscode\` module, from its type declarations: the bundle and
// vscode-languageclient copy the module's own keys (ESM interop), so each must exist.
const apiNames = [
  ...new Set(
    [...readFileSync(join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8').matchAll(/^\s*export (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((match) => match[1]),
  ),
];

const probe = `
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const handler = {
  // An empty window: no folder, no editor, so activation takes its no-workspace path.
  get: (_target, key) =>
    key === Symbol.toPrimitive ? () => '' : key === 'getWorkspaceFolder' ? () => undefined : ['then', 'activeTextEditor', 'workspaceFolders'].includes(key) ? undefined : stub,
  set: () => true,
  defineProperty: () => true,
  apply: () => stub,
  construct: () => stub,
};
const stub = new Proxy(function () {}, handler);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
// The bundle copies the module's own keys (esbuild's ESM interop), so the API names are listed.
const names = ${JSON.stringify(apiNames)};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: new Proxy(Object.fromEntries(names.map((name) => [name, stub])), { get: (target, key) => (key in target ? target[key] : key === 'then' || key === '__esModule' ? undefined : stub) }) };
const mode = process.argv[1];
const start = performance.now();
if (mode === 'peer') {
  require('vscode-languageclient/node');
  process.stdout.write(JSON.stringify({ load: performance.now() - start }));
} else {
  const extension = require(${JSON.stringify(join(root, 'dist', 'extension.js'))});
  const loaded = performance.now();
  extension.activate({ subscriptions: [], asAbsolutePath: (p) => require('node:path').join(${JSON.stringify(root)}, p), extensionPath: ${JSON.stringify(root)} });
  const activated = performance.now();
  process.stdout.write(JSON.stringify({ load: loaded - start, activate: activated - loaded }));
  process.exit(0);
}
`;

function measure(mode: 'extension' | 'peer'): { load: number[]; activate: number[] } {
  const load: number[] = [];
  const activate: number[] = [];
  for (let i = 0; i < samples; i++) {
    const result = spawnSync(process.execPath, ['-e', probe, mode], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const figures = JSON.parse(result.stdout) as { load: number; activate?: number };
    load.push(figures.load);
    if (figures.activate !== undefined) activate.push(figures.activate);
  }
  return { load, activate };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const show = (values: number[]): string => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;

spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
const bundle = join(root, 'dist', 'extension.js');
console.log(`dist/extension.js (production): ${(statSync(bundle).size / 1024).toFixed(1)} KB`);
const extension = measure('extension');
const peer = measure('peer');
console.log(`load dist/extension.js:                 ${show(extension.load)}`);
console.log(`activate() with a stand-in vscode:      ${show(extension.activate)}`);
console.log(`load + activate:                        ${show(extension.load.map((load, i) => load + extension.activate[i]))}`);
console.log(`peer: load vscode-languageclient/node:  ${show(peer.load)} (deferred past activation)`);
console.log(`ratio load+activate / eager client load: ${(percentile(extension.load.map((l, i) => l + extension.activate[i]), 50) / percentile(peer.load, 50)).toFixed(2)}x`);

const results = join(root, 'e2e-screenshots', 'results.json');
if (existsSync(results)) {
  const run = JSON.parse(readFileSync(results, 'utf8')) as { finishedAt: string; cases: { id: string; outcome: string; note?: string }[] };
  const activation = run.cases.find((c) => c.id === 'activation');
  console.log(`real VS Code (code-server, e2e run of ${run.finishedAt}): ${activation?.note ?? 'no activation case'}`);
} else {
  console.log('real VS Code: no e2e run yet (npm run test:e2e writes e2e-screenshots/results.json)');
}
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const vsix = join(root, `${name}-${version}.vsix`);
console.log(existsSync(vsix) ? `${name}-${version}.vsix: ${(statSync(vsix).size / 1024).toFixed(1)} KB` : '.vsix: not packaged (npm run package)');
