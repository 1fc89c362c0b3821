// The shape of files and of the workspace: document symbols and folding ranges (from the syntax
// tree alone), workspace symbols (every top-level declaration of every workspace package,
// matched by a fuzzy query), formatting (gofmt's layout), and code lenses (Run / Debug on a
// realm's exported functions, Run / Debug on tests and examples).
import { readFileSync } from 'node:fs';
import { documentSymbols, foldingRanges, formatFile, isExported, parseFile, type DocumentSymbol, type FoldingRange } from '../syntax/index';
import type { FileAnalysis, LanguageWorkspace } from './languageWorkspace';
import type { CodeLensEntry, TextEdit } from './serviceTypes';

export function outline(analysis: FileAnalysis): DocumentSymbol[] {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  return file ? documentSymbols(file, analysis.text) : [];
}

export function folding(analysis: FileAnalysis): FoldingRange[] {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  return file ? foldingRanges(file, analysis.lines) : [];
}

export interface WorkspaceSymbolEntry {
  name: string;
  kind: DocumentSymbol['kind'];
  container: string;
  fileName: string;
  pos: number;
  end: number;
}

/** Top-level declarations of the workspace's packages whose name matches `query` (subsequence, case-insensitive). */
export function workspaceSymbols(workspace: LanguageWorkspace, query: string, limit = 200): WorkspaceSymbolEntry[] {
  const out: WorkspaceSymbolEntry[] = [];
  const needle = query.toLowerCase();
  for (const summary of workspace.hub.packages()) {
    if (summary.package.source !== 'workspace') continue;
    for (const fileName of summary.package.files) {
      const text = workspace.text(fileName) ?? safeRead(fileName);
      if (text === undefined) continue;
      const { file } = parseFile(fileName, text);
      for (const symbol of documentSymbols(file, text)) {
        if (!matches(symbol.name.toLowerCase(), needle)) continue;
        out.push({ name: symbol.name, kind: symbol.kind, container: summary.package.identity, fileName, pos: symbol.selectionRange.pos, end: symbol.selectionRange.end });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

function matches(name: string, needle: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function safeRead(fileName: string): string | undefined {
  try {
    return readFileSync(fileName, 'utf8');
  } catch {
    return undefined;
  }
}

/** The whole-file edit that formats it, none when it is already formatted or does not parse. */
export function format(analysis: FileAnalysis): TextEdit[] {
  const result = formatFile(analysis.text);
  if (!('text' in result) || result.text === analysis.text) return [];
  return [{ pos: 0, end: analysis.text.length, newText: result.text }];
}

/** Run / Debug lenses over a realm's exported functions and over tests and examples. */
export function codeLenses(analysis: FileAnalysis): CodeLensEntry[] {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  if (!file) return [];
  const isTest = analysis.fileName.endsWith('_test.amigo');
  const pkg = analysis.hubPackage;
  const out: CodeLensEntry[] = [];
  for (const decl of file.decls) {
    if (decl.kind !== 'FuncDecl' || decl.recv || !decl.body) continue;
    const name = decl.name.name;
    const range = { pos: decl.name.pos, end: decl.name.end };
    const args = { uri: analysis.fileName, package: pkg?.identity ?? analysis.fileName, function: name };
    if (isTest && (/^Test[A-Z_0-9]?/.test(name) || /^Example/.test(name))) {
      out.push({ ...range, title: '▶ Run test', command: 'amigos.runTest', arguments: [args] });
      out.push({ ...range, title: 'Debug test', command: 'amigos.debugTest', arguments: [args] });
    } else if (!isTest && pkg?.kind === 'realm' && isExported(name) && name !== 'Render') {
      out.push({ ...range, title: '▶ Call', command: 'amigos.runFunction', arguments: [args] });
      out.push({ ...range, title: 'Debug', command: 'amigos.debugFunction', arguments: [args] });
    } else if (!isTest && !pkg && name === 'main' && file.name.name === 'main') {
      out.push({ ...range, title: '▶ Run', command: 'amigos.runFunction', arguments: [args] });
      out.push({ ...range, title: 'Debug', command: 'amigos.debugFunction', arguments: [args] });
    }
  }
  return out;
}
