// `npm run demo`: a tour of the local node with the built CLI (run `npm run build` first). In a
// fresh temporary workspace (its amigos.toml holds local oracle answers) it calls the bundled
// forum realm as alice and bob (one call fails: bob may not edit alice's post), reads a price
// through the board realm's oracle, then prints the log, the diff that carol's post made and
// the forum's Render output. Every step is a real `amigos` process; nothing outside the temporary
// folder is touched, and it is removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('demo: dist/cli.js is missing; run `npm run build` first');
  process.exit(1);
}

const workspace = mkdtempSync(join(tmpdir(), 'amigos-demo-'));
writeFileSync(
  join(workspace, 'amigos.toml'),
  ['# The demo workspace: settings only, with local oracle answers.', '[oracle]', '"ETH/USD" = { chainlink = 345012, band = 345100, uma = 344990 }', ''].join('\n'),
);

const forum = 'hub.amigos.dev/social/forum';
let failures = 0;

function amigos(args, expectFailure = false) {
  console.log(`\n$ amigos ${args.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const result = spawnSync(process.execPath, [cli, ...args, '--state', join(workspace, '.amigos')], { cwd: workspace, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stdout.write(result.stderr);
  const failed = result.status !== 0;
  if (failed !== expectFailure) {
    failures++;
    console.log(`(unexpected exit code ${result.status})`);
  }
  return result;
}

try {
  console.log(`Amigos demo: a fresh node in ${workspace}`);
  amigos(['call', forum, 'CreatePost', 'Welcome to Amigos', 'Realms are Go programs with state.', '--caller', 'alice']);
  amigos(['call', forum, 'Reply', '1', 'Glad to be here!', '--caller', 'bob']);
  amigos(['call', forum, 'EditPost', '1', 'bob was here', '--caller', 'bob'], true);
  amigos(['call', forum, 'CreatePost', 'Second thread', 'Time travel through snapshots.', '--caller', 'carol']);
  amigos(['call', 'hub.amigos.dev/social/board', 'Ticker', 'ETH/USD', '--caller', 'dave']);
  amigos(['log']);
  amigos(['diff', 'HEAD~2', 'HEAD~1']);
  amigos(['render', forum]);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`\ndemo: ${failures} step(s) did not behave as expected`);
  process.exit(1);
}
console.log('\ndemo: done');
