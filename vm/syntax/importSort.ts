// Import sorting, as gofmt does before printing: inside a parenthesized import declaration, each
// run of imports on consecutive lines (a blank or comment line ends a run, so groups are kept) is
// sorted by import path, then local name, then line comment, and an import repeated by the next
// one without a line comment of its own is dropped. A spec moves with its line comment. It works
// on the text (lines are moved, then the caller parses again) and leaves alone any declaration it
// cannot rearrange line by line, such as two imports on one line.

import type * as ast from './ast';
import type { LineIndex } from './position';

/** The text with its import runs sorted, or the same text when nothing moves. */
export function sortImports(text: string, file: ast.File, lines: LineIndex): string {
  const edits: { from: number; to: number; replacement: string }[] = [];
  for (const decl of file.decls) {
    if (decl.kind !== 'GenDecl' || decl.tok !== 'import' || decl.lparen < 0) continue;
    const segments = decl.specs.map((spec) => segmentOf(spec as ast.ImportSpec, text, lines));
    if (segments.some((segment) => segment === undefined)) continue;
    const ordered = segments as Segment[];
    if (ordered.some((segment, i) => i > 0 && segment.startLine <= ordered[i - 1].endLine)) continue;
    let runStart = 0;
    for (let i = 1; i <= ordered.length; i++) {
      if (i < ordered.length && ordered[i].startLine === ordered[i - 1].endLine + 1) continue;
      const run = ordered.slice(runStart, i);
      runStart = i;
      if (run.length < 2) continue;
      const sorted = dedupe([...run].sort(compareSegments));
      const replacement = sorted.map((segment) => segment.text).join('\n');
      const from = lines.lineStart(run[0].startLine);
      const to = lines.lineEnd(run[run.length - 1].endLine);
      if (replacement !== text.slice(from, to)) edits.push({ from, to, replacement });
    }
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.replacement + result.slice(edit.to);
  }
  return result;
}

/** gofmt's spelling of an import path: a raw string becomes a quoted one when it can. */
export function canonicalImportPath(value: string): string {
  if (!value.startsWith('`') || !value.endsWith('`') || value.length < 3) return value;
  const path = value.slice(1, -1);
  for (const ch of path) {
    if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) || '!"#$%&\'()*,:;<=>?[\\]^{|}`\ufffd'.includes(ch)) return value;
  }
  return `"${path}"`;
}

interface Segment {
  spec: ast.ImportSpec;
  startLine: number;
  endLine: number;
  /** The whole lines of the spec and its line comment. */
  text: string;
  path: string;
  name: string;
  comment: string;
}

function segmentOf(spec: ast.ImportSpec, text: string, lines: LineIndex): Segment | undefined {
  const start = spec.pos;
  const end = spec.comment?.end ?? spec.end;
  const startLine = lines.lineOf(start);
  const endLine = lines.lineOf(Math.max(start, end - 1));
  const lineStart = lines.lineStart(startLine);
  const lineEnd = lines.lineEnd(endLine);
  // The spec must own its lines: nothing but blanks before it and after it on them.
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '') return undefined;
  return {
    spec,
    startLine,
    endLine,
    text: text.slice(lineStart, lineEnd),
    path: unquote(canonicalImportPath(spec.path.value)),
    name: spec.name?.name ?? '',
    comment: spec.comment?.list.map((c) => c.text).join('\n') ?? '',
  };
}

function compareSegments(a: Segment, b: Segment): number {
  return compareStrings(a.path, b.path) || compareStrings(a.name, b.name) || compareStrings(a.comment, b.comment);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Drops an import that the next one repeats (same path and name) when it has no line comment. */
function dedupe(sorted: Segment[]): Segment[] {
  return sorted.filter((segment, i) => {
    const next = sorted[i + 1];
    if (next === undefined) return true;
    return !(segment.path === next.path && segment.name === next.name && segment.spec.comment === undefined);
  });
}

function unquote(value: string): string {
  if (value.startsWith('`')) return value.slice(1, -1);
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}
