// Every exported name of the built-in amigos and amigos/oracle packages (functions, types,
// constants, methods and exported fields) has a place to land in the bundled hub's documentation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Named, Struct, underlying } from '../types/index';
import { stdlibPackage } from '../types/program';
import { findBuiltinDoc } from './builtinDocs';
import { locateBundledHub } from './hubLocations';
import { nodeFileSystem } from './hubFileSystem';
import { HubResolver } from './resolver';

const resolver = new HubResolver({ bundledHub: locateBundledHub(__dirname, nodeFileSystem) });

for (const path of ['amigos', 'amigos/oracle']) {
  test(`every exported name of ${path} lands in its documentation`, () => {
    const builtin = stdlibPackage(path);
    assert.ok(builtin);
    const missing: string[] = [];
    const expect = (name: string, member?: string): void => {
      const location = findBuiltinDoc(resolver, path, name, member);
      const label = member === undefined ? name : `${name}.${member}`;
      if (!location) {
        missing.push(label);
        return;
      }
      const text = readFileSync(location.fileName, 'utf8');
      assert.equal(text.slice(location.pos, location.end), member ?? name);
      assert.equal(text.split('\n')[location.line].slice(location.character, location.character + (member ?? name).length), member ?? name);
    };
    for (const name of builtin.pkg.scope.names()) {
      const obj = builtin.pkg.exportedObject(name);
      if (!obj) continue;
      expect(name);
      if (obj.kind !== 'typename' || !(obj.type instanceof Named)) continue;
      for (const method of obj.type.methods) if (method.exported) expect(name, method.name);
      const fields = underlying(obj.type);
      if (fields instanceof Struct) for (const field of fields.fields) if (field.exported) expect(name, field.name);
    }
    assert.deepEqual(missing, []);
  });
}

test('a name that is not declared has no location', () => {
  assert.equal(findBuiltinDoc(resolver, 'amigos', 'Nothing'), undefined);
  assert.equal(findBuiltinDoc(resolver, 'amigos', 'Tree', 'Nothing'), undefined);
  assert.equal(findBuiltinDoc(resolver, 'fmt', 'Println'), undefined);
});
