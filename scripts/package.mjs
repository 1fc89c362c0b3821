// `npm run package`: a production build, then a platform-independent .vsix made by @vscode/vsce,
// and its size. It refuses a package over the 2 MB budget of DESIGN.md section 9.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = `${name}-${version}.vsix`;
run('node', ['scripts/build.mjs', '--production']);
// Dependencies are bundled into dist/ by esbuild, so the .vsix carries no node_modules.
// Relative README links are made absolute against the project's home, as the marketplace needs.
const home = 'https://hub.amigos.dev/workbench/blob/main/';
run('npx', ['vsce', 'package', '--no-dependencies', '--skip-license', '--baseContentUrl', home, '--baseImagesUrl', home, '--out', file]);
const bytes = statSync(file).size;
console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
if (bytes > 2 * 1024 * 1024) {
  console.error('the .vsix is over the 2 MB budget');
  process.exit(1);
}
