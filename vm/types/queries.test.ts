// The query corpus: each test-fixtures/queries/*.amigo file asks questions with `//? kind L:C`
// comments (kind: def, hover, doc, names, members, refs, func, sig, type, sel; L:C a 1-based line and
// character column) and holds the answers in a trailing `// Queries:` block, one line per
// question in order. The answers are computed by vm/types/queries.ts over the checked file.
// `UPDATE_GOLDEN=1` rewrites the block; review the diff.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { LineIndex } from '../syntax/index';
import { checkPackage, type CheckedPackage } from './program';
import {
  definitionAt, describeAt, enclosingFunction, expressionAt, identAt, selectionAt, namesAt, referencesOf, selectorMembersAt, signatureAt, type Location,
} from './queries';

const corpus = join(__dirname, '..', '..', 'test-fixtures', 'queries');
const marker = '// Queries:';

function at(lines: LineIndex, loc: Location | undefined): string {
  if (!loc) return 'none';
  const p = lines.position(loc.pos);
  return `${loc.fileName === 'main.amigo' ? '' : loc.fileName + ':'}${p.line + 1}:${p.character + 1}`;
}

function answer(checked: CheckedPackage, lines: LineIndex, kind: string, offset: number): string {
  const file = 'main.amigo';
  switch (kind) {
    case 'def':
      return at(lines, definitionAt(checked, file, offset));
    case 'hover':
      return describeAt(checked, file, offset)?.detail ?? 'none';
    case 'doc':
      return JSON.stringify(describeAt(checked, file, offset)?.doc ?? null);
    case 'names': {
      const names = namesAt(checked, file, offset).filter((n) => n.scope !== 'universe');
      return names.map((n) => n.name).join(' ');
    }
    case 'members': {
      const r = selectorMembersAt(checked, file, offset);
      if (!r) return 'none';
      if ('pkgMembers' in r) return r.pkgMembers.map((m) => m.name).join(' ');
      return r.members.map((m) => `${m.name}:${m.kind}${m.promoted ? '(promoted)' : ''}${m.pointerOnly ? '(*)' : ''}`).join(' ');
    }
    case 'refs': {
      const id = identAt(checked, file, offset);
      if (!id) return 'none';
      return referencesOf([checked], id.obj).map((l) => at(lines, l)).join(' ');
    }
    case 'func': {
      const f = enclosingFunction(checked, file, offset);
      return f ? f.signature : 'none';
    }
    case 'type': {
      const x = expressionAt(checked, file, offset);
      return x ? `${x.mode} ${x.type}${x.value !== undefined ? ' = ' + x.value : ''}` : 'none';
    }
    case 'sel': {
      const s = selectionAt(checked, file, offset);
      return s ? `${s.kind} ${s.obj.name} [${s.index.join(',')}]${s.indirect ? ' indirect' : ''}` : 'none';
    }
    case 'sig': {
      const s = signatureAt(checked, file, offset);
      return s ? `${s.label} [${s.activeParameter}]` : 'none';
    }
    default:
      return `unknown query ${kind}`;
  }
}

function check(name: string, text: string): void {
  const at = text.indexOf(marker);
  const source = at >= 0 ? text.slice(0, at) : text;
  const checked = checkPackage({ path: 'main', dir: '', files: [{ fileName: 'main.amigo', text: source }] });
  const lines = checked.lines.get('main.amigo')!;
  const results: string[] = [];
  for (const m of source.matchAll(/\/\/\? (\w+) (\d+):(\d+)/g)) {
    const offset = lines.offsetAt(Number(m[2]) - 1, Number(m[3]) - 1);
    results.push(`// ${m[1]} ${m[2]}:${m[3]}: ${answer(checked, lines, m[1], offset)}`);
  }
  const golden = `${marker}\n${results.join('\n')}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(join(corpus, name), source + golden);
    return;
  }
  assert.equal(at >= 0 ? text.slice(at) : '', golden);
  assert.deepEqual(checked.diagnostics.map((d) => d.message), [], 'query fixtures must check cleanly');
}

for (const name of readdirSync(corpus).filter((n) => n.endsWith('.amigo')).sort()) {
  test(`queries ${name}`, () => check(name, readFileSync(join(corpus, name), 'utf8')));
}
