// `amigos test [DIR...] [--run REGEX] [--json] [--state DIR]`: runs the Test and Example functions
// of every package at or below each DIR (default: the current folder) and the filetests of each
// DIR that is a filetest folder. Tests run on fresh in-memory nodes, so --state is accepted and
// not used. --json prints {ok, passed, failed, skipped, tests: [{name, kind, package, file, line,
// ok, skipped, message, expected, actual}]} for the editor's Test Explorer. Exit 0 when every test
// passed, 1 otherwise.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, UsageError, type Command } from './command';
import { discoverPackages, isBuiltinPath, nodeFileSystem } from '../hub/index';
import { cliHub, printJson } from '../realm/cliSupport';
import { isFiletestFolder, runFiletestFolder, runPackageTests, type TestResult } from '../realm/testRunner';

export const testCommand: Command = {
  name: 'test',
  summary: 'run Test and Example functions and filetests',
  usage: 'test [DIR...] [--run REGEX] [--json] [--state DIR]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['run', 'state'], switches: ['json'] });
    const runFlag = parsed.flags.get('run');
    let filter: RegExp | undefined;
    if (typeof runFlag === 'string') {
      try {
        filter = new RegExp(runFlag);
      } catch {
        throw new UsageError(`--run: ${runFlag} is not a regular expression`);
      }
    }
    const hub = cliHub(io);
    const results: TestResult[] = [];
    const dirs = parsed.positional.length > 0 ? parsed.positional : ['.'];
    for (const spec of dirs) {
      const dir = resolve(io.cwd, spec);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        io.stderr(`amigos test: ${spec} is not a folder\n`);
        return 1;
      }
      if (!existsSync(resolve(dir, 'amigos.toml')) && isFiletestFolder(dir)) {
        results.push(...runFiletestFolder(dir, { codeDir: __dirname, cwd: io.cwd, filter }));
        continue;
      }
      for (const found of discoverPackages(dir, 'workspace', nodeFileSystem).packages) {
        // The bundled `amigos` and `amigos/oracle` only document the VM's built-ins.
        if (isBuiltinPath(found.identity)) continue;
        const pkg = hub.locate(found.dir, io.cwd);
        if ('error' in pkg) {
          io.stderr(`amigos test: ${pkg.error}\n`);
          continue;
        }
        results.push(...runPackageTests({ resolver: hub }, pkg, { filter, clock: () => performance.now() }));
      }
    }
    const failed = results.filter((r) => !r.ok).length;
    const skipped = results.filter((r) => r.skipped).length;
    const passed = results.length - failed - skipped;
    if (parsed.flags.get('json') === true) printJson(io, { ok: failed === 0, passed, failed, skipped, tests: results });
    else io.stdout(testText(results, passed, failed, skipped));
    return failed === 0 ? 0 : 1;
  },
};

function testText(results: TestResult[], passed: number, failed: number, skipped: number): string {
  const lines: string[] = [];
  const packages = [...new Set(results.map((r) => r.package))];
  for (const pkg of packages) {
    const mine = results.filter((r) => r.package === pkg);
    for (const r of mine.filter((x) => !x.ok)) {
      lines.push(`--- FAIL: ${r.name} (${r.file}:${r.line})`);
      if (r.message !== undefined) lines.push(...r.message.split('\n').map((l) => `    ${l}`));
      if (r.expected !== undefined) lines.push('    want:', ...r.expected.split('\n').map((l) => `      ${l}`), '    got:', ...(r.actual ?? '').split('\n').map((l) => `      ${l}`));
    }
    const bad = mine.filter((x) => !x.ok).length;
    lines.push(`${bad === 0 ? 'ok  ' : 'FAIL'}  ${pkg}  ${mine.length - bad} passed${bad > 0 ? `, ${bad} failed` : ''}`);
  }
  if (results.length === 0) lines.push('no tests found');
  lines.push(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return `${lines.join('\n')}\n`;
}
