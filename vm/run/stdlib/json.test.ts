// Checks encoding/json's string escaping where Go 1.22 changed it (\b and \f, which the Go 1.19
// goldens of testdata/programs cannot show), and the syntax error texts of the parser. The
// expectations are Go's documented output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeString, indent, parseJson } from './json';

test('strings escape as Go 1.22 writes them', () => {
  assert.equal(encodeString('a\bb\fc'), '"a\\bb\\fc"');
  assert.equal(encodeString('<&>'), '"\\u003c\\u0026\\u003e"');
  assert.equal(encodeString('\x01\t\n\r"\\'), '"\\u0001\\t\\n\\r\\"\\\\"');
  assert.equal(encodeString('\xe2\x80\xa8 \xff'), '"\\u2028 \\ufffd"');
});

test('syntax errors carry the texts of Go\u2019s scanner', () => {
  const message = (text: string) => {
    const result = parseJson(text);
    return 'message' in result ? result.message : 'ok';
  };
  assert.equal(message('[1,]'), "invalid character ']' looking for beginning of value");
  assert.equal(message('{"a" 1}'), "invalid character '1' after object key");
  assert.equal(message('{"a":1 "b":2}'), "invalid character '\"' after object key:value pair");
  assert.equal(message('tru'), "invalid character ' ' in literal true (expecting 'e')");
  assert.equal(message('"abc'), 'unexpected end of JSON input');
  assert.equal(message('{"a":1}}'), "invalid character '}' after top-level value");
  assert.equal(message(' [ 1 , 2 ] '), 'ok');
});

test('indent lays out compact JSON as MarshalIndent does', () => {
  assert.equal(indent('{"a":[1,2],"b":{},"c":[]}', '', '  '), '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {},\n  "c": []\n}');
});
