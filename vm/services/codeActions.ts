// Code actions that are not tied to the hub: removing an unused import and adding the import a
// qualified name needs (a standard package, or a hub package whose last segment is the name).
import type { HubResolver } from '../hub/index';
import { isStdlibPath } from '../types/index';
import type { FileAnalysis } from './languageWorkspace';
import type { Fix, TextEdit } from './serviceTypes';

/** The fix for "… imported and not used" reported at `pos`: delete the import's line. */
export function removeImportFix(analysis: FileAnalysis, pos: number): Fix | undefined {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  const spec = file?.imports.find((s) => s.pos <= pos && pos <= s.end);
  if (!file || !spec) return undefined;
  const decl = file.decls.find((d) => d.kind === 'GenDecl' && d.specs.includes(spec));
  const text = analysis.text;
  let from: number;
  let to: number;
  if (decl && decl.kind === 'GenDecl' && decl.specs.length === 1) {
    from = decl.pos;
    to = decl.end;
  } else {
    from = spec.pos;
    to = spec.end;
  }
  // Take the whole line(s) with their indentation and newline.
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (text.slice(lineStart, from).trim() === '') from = lineStart;
  // A trailing line comment belongs to the import and goes with it.
  const newline = text.indexOf('\n', to);
  const rest = text.slice(to, newline < 0 ? text.length : newline).trim();
  if (rest === '' || rest.startsWith('//')) to = newline < 0 ? text.length : newline + 1;
  return { title: `Remove unused import ${spec.path.value}`, edits: [{ pos: from, end: to, newText: '' }], preferred: true };
}

/** Import paths that a qualifier `name` may stand for, nearest first. */
export function importCandidates(hub: HubResolver, name: string): string[] {
  const out: string[] = [];
  for (const path of ['fmt', 'strings', 'strconv', 'errors', 'sort', 'math', 'unicode/utf8', 'bytes', 'time', 'encoding/hex', 'encoding/json', 'crypto/sha256', 'testing', 'amigos', 'amigos/oracle']) {
    if (path.split('/').pop() === name && isStdlibPath(path)) out.push(path);
  }
  for (const summary of hub.packages()) {
    if (!summary.selected) continue;
    const identity = summary.package.identity;
    const last = summary.package.path.split('/').pop();
    if (last === name && !out.includes(identity)) out.push(identity);
  }
  return out;
}

/** The edit that adds `import "path"` to a file (into its import group, else after `package`). */
export function addImportEdit(analysis: FileAnalysis, path: string): TextEdit {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  const group = file?.decls.find((d) => d.kind === 'GenDecl' && d.tok === 'import' && d.lparen >= 0);
  if (group && group.kind === 'GenDecl') {
    return { pos: group.rparen, end: group.rparen, newText: `\t"${path}"\n` };
  }
  const single = file?.decls.find((d) => d.kind === 'GenDecl' && d.tok === 'import');
  if (single && single.kind === 'GenDecl' && single.specs.length === 1) {
    // One ungrouped import becomes a group of two, as gofmt would leave it.
    const spec = single.specs[0];
    const existing = analysis.text.slice(spec.pos, spec.end);
    return { pos: single.pos, end: single.end, newText: `import (\n\t${existing}\n\t"${path}"\n)` };
  }
  if (single) return { pos: single.end, end: single.end, newText: `\nimport "${path}"` };
  const packageEnd = file ? file.name.end : 0;
  return { pos: packageEnd, end: packageEnd, newText: `\n\nimport "${path}"` };
}

/** Fixes for `undefined: name` where `name.X` could be a package: add its import. */
export function addImportFixes(hub: HubResolver, analysis: FileAnalysis, message: string): Fix[] {
  const match = /^undefined: ([A-Za-z_][A-Za-z_0-9]*)$/.exec(message);
  if (!match) return [];
  return importCandidates(hub, match[1]).map((path, index) => ({ title: `Add import "${path}"`, edits: [addImportEdit(analysis, path)], preferred: index === 0 }));
}
