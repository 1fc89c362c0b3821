// Regenerates the goldens of the conformance corpus (test-fixtures/conformance/, DESIGN.md
// section 8) from a real Go toolchain: each NAME.go is built with `go build` and run, and its
// stdout is written byte for byte to NAME.out; when the program exits non-zero (a panic), NAME.err
// holds the first stderr line and `exit N`. A golden is never written by hand and never by the
// VM: this script is the only writer. It needs `go` on PATH (scripts/install-go.sh installs
// Debian's golang-go) and refuses a program that fails to compile, prints differently on two
// runs (map order leaking into the output) or prints a heap address. It does not touch
// KNOWN_FAILURES (see scripts/conformance-status.mjs).
//
// Usage: node scripts/goldens.mjs [NAME...]   (no names: every program)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const check = await tsImport('./conformance-check.ts', import.meta.url);

const corpus = fileURLToPath(new URL('../test-fixtures/conformance', import.meta.url));
const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' });
if (goVersion.error || goVersion.status !== 0) {
  console.error('goldens: no Go toolchain on PATH (run scripts/install-go.sh)');
  process.exit(1);
}
console.log(goVersion.stdout.trim());

const wanted = process.argv.slice(2).map((name) => basename(name, '.go'));
const names = readdirSync(corpus)
  .filter((file) => file.endsWith('.go'))
  .map((file) => basename(file, '.go'))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
for (const name of wanted) {
  if (!names.includes(name)) {
    console.error(`goldens: no program ${name}.go in ${corpus}`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'goldens-'));
// Plain `go build FILE` outside any module, so no go.mod is needed next to the programs.
const goEnv = { ...process.env, GO111MODULE: 'off', GOFLAGS: '', CGO_ENABLED: '0' };

async function generate(name) {
  const source = join(corpus, `${name}.go`);
  const binary = join(work, name);
  const built = await check.capture('go', ['build', '-o', binary, source], { cwd: work, env: goEnv });
  if (built.exitCode !== 0) return `${name}: does not compile:\n${built.stderr}`;
  const first = await check.capture(binary, [], { cwd: work, env: { PATH: process.env.PATH ?? '' } });
  const second = await check.capture(binary, [], { cwd: work, env: { PATH: process.env.PATH ?? '' } });
  if (first.signal) return `${name}: killed by ${first.signal}`;
  if (!first.stdout.equals(second.stdout) || first.exitCode !== second.exitCode) {
    return `${name}: prints differently on two runs (map order or other nondeterminism)`;
  }
  // A heap address is stable between two runs of one binary but means nothing to the VM.
  if (/0xc000[0-9a-f]{6}(?![0-9a-f])/.test(first.stdout.toString('latin1'))) return `${name}: prints a heap address`;
  writeFileSync(join(corpus, `${name}.out`), first.stdout);
  const errPath = join(corpus, `${name}.err`);
  if (first.exitCode === 0) {
    if (first.stderr !== '') return `${name}: exits 0 but writes to stderr (use fmt, not print/println)`;
    if (existsSync(errPath)) rmSync(errPath);
  } else {
    const firstLine = first.stderr.split('\n')[0];
    writeFileSync(errPath, `${firstLine}\nexit ${first.exitCode}\n`);
  }
  return undefined;
}

const problems = [];
await check.forEachConcurrently(names, Math.max(1, availableParallelism()), async (name) => {
  const problem = await generate(name);
  if (problem) problems.push(problem);
});
rmSync(work, { recursive: true, force: true });

for (const problem of problems) console.error(problem);
console.log(`${names.length - problems.length} of ${names.length} goldens written`);
process.exit(problems.length === 0 ? 0 : 1);
