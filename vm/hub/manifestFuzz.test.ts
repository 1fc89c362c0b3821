// parseManifest never throws, whatever the text: random strings, and random lines built from
// amigos.toml's own keys and values (so that the checks after TOML parsing run too). Every
// diagnostic it returns points inside the file. And manifestText's output always reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { manifestText, parseManifest } from './manifest';

const keys = ['module', 'kind', 'version', 'description', 'oracle', 'defaults', '"ETH/USD"', 'chainlink', 'band', 'uma', 'caller', 'gas', 'x'];
const values = ['"hub.amigos.dev/a"', '"realm"', '"library"', '"1.2.3"', '"v1"', '7', '-1', '1.5', 'true', '[]', '{}', '{ chainlink = 1, band = 2 }', '{ uma = "x" }', '"a@v2"', '9223372036854775808', '""'];
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)).map(([key, value]) => `${key} = ${value}`),
  fc.constantFrom('[oracle]', '[defaults]', '[oracle."BTC/USD"]', '[module]', '# comment', '', 'oracle."ETH/USD" = { uma = 3 }'),
);

function checkInside(text: string): void {
  const result = parseManifest(text, 'amigos.toml');
  const lineCount = text.split(/\r?\n/).length;
  for (const diagnostic of result.diagnostics) {
    assert.ok(diagnostic.line >= 1 && diagnostic.line <= lineCount + 1, `line ${diagnostic.line} outside ${lineCount} lines: ${diagnostic.message}`);
    assert.ok(diagnostic.column >= 1, `column ${diagnostic.column}: ${diagnostic.message}`);
  }
}

test('parseManifest never throws on random text', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), checkInside), { numRuns: 2000 });
});

test('parseManifest never throws on random amigos.toml lines', () => {
  fc.assert(fc.property(fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n')), checkInside), { numRuns: 3000 });
});

test('manifestText round-trips through parseManifest, whatever the description', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('realm', 'library') as fc.Arbitrary<'realm' | 'library'>, (description, kind) => {
      const text = manifestText({ module: 'hub.amigos.dev/fork/copy', kind, version: '1.4.0', description });
      const { manifest, diagnostics } = parseManifest(text, 'amigos.toml');
      assert.deepEqual(diagnostics, []);
      assert.equal(manifest?.module, 'hub.amigos.dev/fork/copy');
      assert.equal(manifest?.kind, kind);
      assert.equal(manifest?.version, '1.4.0');
      assert.equal(manifest?.description, description);
    }),
    { numRuns: 500 },
  );
});
