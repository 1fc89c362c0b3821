// Data-driven tests of discovery and resolution. Each folder of test-fixtures/hub/resolve/ is a
// case: `workspace/`, and optionally `bundled/` and `cache/`, are the three sources;
// `imports.txt` lists queries, one a line (`resolve PATH`, `resolve-test PATH`, `children PREFIX`,
// `packages`, `file PATH`, `locate SPEC`, `oracle`, `defaults`, `diagnostics`, and `bundled DIR` / `cache DIR` to move a
// source; `#` starts a comment); the answers, rendered
// as text with paths relative to the case, must equal `expected.golden`.
import { test } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HubResolver, type ImportResolution, type PackageSummary } from './resolver';
import type { HubPackage } from './workspace';
import { checkGolden } from './golden';

const corpus = join(__dirname, '../../test-fixtures/hub/resolve');

function check(caseDir: string, expectedPath: string): void {
  const optional = (name: string): string | undefined => (existsSync(join(caseDir, name)) ? join(caseDir, name) : undefined);
  const locations = { workspace: join(caseDir, 'workspace'), bundledHub: optional('bundled'), cache: optional('cache') };
  let resolver = new HubResolver(locations);
  const rel = (path: string): string => relative(caseDir, path).split('\\').join('/');
  const describePackage = (pkg: HubPackage): string =>
    `${pkg.identity} ${pkg.version} ${pkg.kind} [${pkg.source}] ${rel(pkg.dir)} main=${pkg.mainFile ? rel(pkg.mainFile) : '-'} files=${pkg.files.length} tests=${pkg.testFiles.length}`;
  const describeSummary = (summary: PackageSummary): string =>
    `${describePackage(summary.package)} majors=${summary.majors.join(',')}${summary.selected ? ' selected' : ''}`;
  const describeResolution = (resolution: ImportResolution): string[] => {
    if (resolution.kind === 'error') return [`  error: ${resolution.message}`];
    if (resolution.kind === 'builtin') return [`  builtin ${resolution.path}${resolution.docs ? ` docs=${rel(resolution.docs.mainFile ?? resolution.docs.dir)}` : ''}`];
    return [`  ${describePackage(resolution.package)}`, ...resolution.warnings.map((warning) => `  warning: ${warning}`)];
  };

  const out: string[] = [];
  for (const line of readFileSync(join(caseDir, 'imports.txt'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    const command = space < 0 ? line : line.slice(0, space);
    const argument = space < 0 ? '' : line.slice(space + 1);
    out.push(`> ${line}`);
    switch (command) {
      case 'bundled':
      case 'cache':
        locations[command === 'bundled' ? 'bundledHub' : 'cache'] = join(caseDir, argument);
        resolver = new HubResolver(locations);
        break;
      case 'resolve':
      case 'resolve-test':
        out.push(...describeResolution(resolver.resolve(argument, { inTestFile: command === 'resolve-test' })));
        break;
      case 'locate': {
        const located = resolver.locate(argument, caseDir);
        out.push(`  ${'error' in located ? `error: ${located.error}` : describePackage(located)}`);
        break;
      }
      case 'children':
        for (const child of resolver.children(argument)) {
          const more = child.hasChildren ? '/…' : '';
          const summary = child.summary ? ` ${child.summary.package.version} majors=${child.summary.majors.join(',')} ${JSON.stringify(child.summary.package.description)}` : '';
          out.push(`  ${child.segment}${more} (${child.kind}) ${child.path}${summary}`);
        }
        break;
      case 'packages':
        for (const summary of resolver.packages()) out.push(`  ${describeSummary(summary)}`);
        break;
      case 'file': {
        const pkg = resolver.packageOfFile(join(caseDir, argument));
        out.push(`  ${pkg ? describePackage(pkg) : 'no package'}`);
        break;
      }
      case 'oracle':
        for (const [feed, answers] of resolver.oracle) {
          out.push(`  ${feed}: ${Object.entries(answers).map(([source, value]) => `${source}=${value}`).join(' ')}`);
        }
        break;
      case 'defaults':
        for (const [key, value] of Object.entries(resolver.defaults)) out.push(`  ${key}: ${JSON.stringify(value)}`);
        break;
      case 'diagnostics':
        for (const diagnostic of resolver.diagnostics) {
          out.push(`  ${rel(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`);
        }
        break;
      default:
        throw new Error(`${caseDir}/imports.txt: unknown query "${command}"`);
    }
  }
  checkGolden(out.join('\n').split(`${caseDir}/`).join('') + '\n', expectedPath);
}

for (const name of readdirSync(corpus).sort()) {
  test(`resolve ${name}`, () => check(join(corpus, name), join(corpus, name, 'expected.golden')));
}
