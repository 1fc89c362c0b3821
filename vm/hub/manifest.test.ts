// Data-driven tests of amigos.toml parsing: every test-fixtures/hub/manifests/NAME.toml is parsed
// and its manifest and diagnostics, rendered as text, must equal NAME.golden.
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type ManifestResult } from './manifest';
import { checkGolden } from './golden';

const corpus = join(__dirname, '../../test-fixtures/hub/manifests');

function render(result: ManifestResult): string {
  const lines: string[] = [];
  const manifest = result.manifest;
  if (manifest) {
    lines.push(`module: ${manifest.module ?? '(none: workspace settings only)'}`);
    lines.push(`kind: ${manifest.kind}`);
    lines.push(`version: ${manifest.version} (major ${manifest.major})`);
    lines.push(`description: ${JSON.stringify(manifest.description)}`);
    for (const [feed, answers] of manifest.oracle) {
      const parts = Object.entries(answers).map(([source, value]) => `${source}=${value}`);
      lines.push(`oracle ${JSON.stringify(feed)} (line ${manifest.oracleLine}): ${parts.join(' ')}`);
    }
    for (const [key, value] of Object.entries(manifest.defaults)) lines.push(`default ${key}: ${JSON.stringify(value)}`);
  } else {
    lines.push('no manifest');
  }
  for (const diagnostic of result.diagnostics) {
    lines.push(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`);
  }
  return lines.join('\n') + '\n';
}

function check(name: string): void {
  const text = readFileSync(join(corpus, name), 'utf8');
  checkGolden(render(parseManifest(text, name)), join(corpus, name.replace(/\.toml$/, '.golden')));
}

for (const name of readdirSync(corpus).filter((file) => file.endsWith('.toml')).sort()) {
  test(`manifest ${name}`, () => check(name));
}
