// Import paths as a language feature: finding the import string around an offset (even while it
// is being typed and the file does not parse), completing it segment by segment from the hub,
// describing the package it names (hover), where it lives (definition), and what is wrong with it
// (unresolved path, missing major, newer major) with the fixes that apply. Plain data only.
import { join } from 'node:path';
import { isBuiltinPath, parseImportPath, type HubPackage, type HubResolver, type PathChild } from '../hub/index';
import { packageMembers, stdlibPackage, type CheckedPackage } from '../types/index';
import type { FileAnalysis } from './languageWorkspace';
import type { CompletionEntry, Fix, Hover, ServiceDiagnostic, TextEdit } from './serviceTypes';

/** The import string around an offset: its contents' range (inside the quotes) and text. */
export interface ImportStringAt {
  /** Offset just after the opening quote. */
  start: number;
  /** Offset of the closing quote, or the end of the line when it is not written yet. */
  end: number;
  text: string;
  /** The text between the opening quote and the offset. */
  prefix: string;
}

/** Finds the import path string the offset is in, by text: it works on files that do not parse. */
export function importStringAt(text: string, offset: number): ImportStringAt | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  const column = offset - lineStart;
  const open = line.lastIndexOf('"', column - 1);
  if (open < 0) return undefined;
  const before = line.slice(0, open);
  const close = line.indexOf('"', open + 1);
  if (close >= 0 && close < column) return undefined;
  const single = /^\s*import\s+([A-Za-z_][A-Za-z_0-9]*\s+|[._]\s+)?$/.test(before);
  const grouped = /^\s*([A-Za-z_][A-Za-z_0-9]*\s+|[._]\s+)?$/.test(before) && insideImportGroup(text, lineStart);
  if (!single && !grouped) return undefined;
  const start = lineStart + open + 1;
  const end = close < 0 ? lineEnd : lineStart + close;
  return { start, end, text: text.slice(start, end), prefix: text.slice(start, offset) };
}

/** Whether an `import (` group is still open at lineStart: a `)` closes it, except inside comments and strings. */
function insideImportGroup(text: string, lineStart: number): boolean {
  const opening = text.lastIndexOf('import (', lineStart);
  if (opening < 0) return false;
  for (let at = opening + 'import ('.length; at < lineStart; at++) {
    const char = text[at];
    if (char === ')') return false;
    if (char === '/' && text[at + 1] === '/') {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? lineStart : newline;
    } else if (char === '/' && text[at + 1] === '*') {
      const close = text.indexOf('*/', at + 2);
      at = close < 0 ? lineStart : close + 1;
    } else if (char === '"' || char === '`') {
      // A string ends at its closing quote (or, for a broken one, at the end of its line).
      let end = at + 1;
      while (end < lineStart && text[end] !== char && !(char === '"' && text[end] === '\n')) end += text[end] === '\\' && char === '"' ? 2 : 1;
      at = end;
    }
  }
  return true;
}

/** Completion inside an import string: the next path segment (or `@vN` major) below what is typed. */
export function completeImportPath(hub: HubResolver, at: ImportStringAt): CompletionEntry[] {
  const children = hub.children(at.prefix);
  const replaceFrom = at.start + Math.max(at.prefix.lastIndexOf('/'), at.prefix.lastIndexOf('@')) + 1;
  return children.map((child) => childEntry(child, { from: replaceFrom, to: at.start + at.prefix.length }));
}

function childEntry(child: PathChild, range: { from: number; to: number }): CompletionEntry {
  const pkg = child.summary?.package;
  const insertText = child.hasChildren && child.kind === 'folder' ? `${child.segment}/` : child.segment;
  const majors = child.summary && child.summary.majors.length > 1 ? `; majors ${child.summary.majors.map((m) => `v${m}`).join(', ')}` : '';
  return {
    label: child.segment,
    kind: child.kind === 'folder' ? 'folder' : child.kind === 'major' ? 'value' : 'module',
    detail: pkg ? `${pkg.kind} ${pkg.version}${majors}` : child.kind === 'builtin' ? 'standard library' : 'folder',
    documentation: pkg ? `**${pkg.identity}** (${pkg.kind} ${pkg.version}, ${pkg.source})\n\n${pkg.description}` : undefined,
    edit: { pos: range.from, end: range.to, newText: insertText },
    // Typing on after a folder reopens the list for the next segment.
    retrigger: child.hasChildren && child.kind === 'folder',
    sortText: child.kind === 'folder' ? `1${child.segment}` : `0${child.segment}`,
  };
}

/** The package an import string names, described for a hover. */
export function hoverImportPath(hub: HubResolver, at: ImportStringAt, options: { inTestFile: boolean; nodeState?: (pkg: HubPackage) => string | undefined }): Hover | undefined {
  const resolution = hub.resolve(at.text, { inTestFile: options.inTestFile });
  const range = { pos: at.start - 1, end: at.end + 1 };
  if (resolution.kind === 'error') return { markdown: `**${at.text}**: ${resolution.message}`, ...range };
  if (resolution.kind === 'builtin') {
    const checked = stdlibPackage(resolution.path);
    const api = checked ? apiSummary(checked) : '';
    return { markdown: `**${resolution.path}**: standard library, built into the Amigos VM${api}`, ...range };
  }
  const pkg = resolution.package;
  const lines = [
    `**${pkg.identity}** — ${pkg.kind} ${pkg.version}`,
    '',
    pkg.description,
    '',
    `Resolved from the ${pkg.source === 'bundled' ? 'bundled hub' : pkg.source === 'cache' ? 'hub cache' : 'workspace'}: \`${pkg.dir}\``,
  ];
  for (const warning of resolution.warnings) lines.push('', `⚠ ${warning}`);
  const state = pkg.kind === 'realm' ? options.nodeState?.(pkg) : undefined;
  if (state) lines.push('', state);
  return { markdown: lines.join('\n'), ...range };
}

/** How many exported declarations an import hover lists. */
const apiLines = 24;

function apiSummary(checked: CheckedPackage): string {
  const all = packageMembers(checked.pkg);
  if (all.length === 0) return '';
  const shown = all.slice(0, apiLines).map((m) => m.detail);
  if (all.length > apiLines) shown.push(`// … and ${all.length - apiLines} more`);
  return `\n\n\`\`\`amigo\n${shown.join('\n')}\n\`\`\``;
}

/** Appends the exported API of a checked hub package to its import hover. */
export function withApi(hover: Hover, checked: CheckedPackage | undefined): Hover {
  return checked ? { ...hover, markdown: hover.markdown + apiSummary(checked) } : hover;
}

/** Where an import string's package lives: its main file. */
export function importDefinition(hub: HubResolver, at: ImportStringAt, inTestFile: boolean): { fileName: string } | undefined {
  const resolution = hub.resolve(at.text, { inTestFile });
  if (resolution.kind === 'package') {
    const file = resolution.package.mainFile ?? resolution.package.files[0];
    return file ? { fileName: file } : undefined;
  }
  if (resolution.kind === 'builtin' && resolution.docs) {
    const file = resolution.docs.mainFile ?? resolution.docs.files[0];
    return file ? { fileName: file } : undefined;
  }
  return undefined;
}

/** Problems of the file's import paths as the hub sees them, with the fixes that apply. */
export function importDiagnostics(hub: HubResolver, analysis: FileAnalysis, workspaceRoot: string): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];
  const inTestFile = analysis.fileName.endsWith('_test.amigo');
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  for (const spec of file?.imports ?? []) {
    const text = unquote(spec.path.value);
    if (text === undefined || isBuiltinPath(text)) continue;
    const resolution = hub.resolve(text, { inTestFile });
    const range = { pos: spec.path.pos + 1, end: spec.path.end - 1 };
    if (resolution.kind === 'package') {
      for (const warning of resolution.warnings) {
        out.push({ ...range, severity: 'information', message: warning, source: 'hub', fixes: majorFixes(hub, text, range) });
      }
      continue;
    }
    if (resolution.kind !== 'error') continue;
    // The checker reports the same import as unresolved: the hub's message with its fixes replaces it.
    out.push({ ...range, severity: 'error', message: resolution.message, source: 'hub', fixes: [...majorFixes(hub, text, range), ...addToWorkspaceFix(hub, text, workspaceRoot)] });
  }
  return out;
}

function majorFixes(hub: HubResolver, text: string, range: { pos: number; end: number }): Fix[] {
  const parsed = parseImportPath(text);
  if ('error' in parsed) return [];
  const summaries = hub.candidates(parsed.path);
  const majors = [...new Set(summaries.map((pkg) => pkg.major))].sort((a, b) => a - b);
  return majors
    .filter((major) => major !== (parsed.major ?? 1) && !(major === 0 && parsed.major === undefined))
    .map((major) => {
      const newText = major <= 1 ? parsed.path : `${parsed.path}@v${major}`;
      return { title: `Use ${newText}`, edits: [{ ...range, newText }], preferred: major === majors[majors.length - 1] };
    });
}

function addToWorkspaceFix(hub: HubResolver, text: string, root: string): Fix[] {
  const parsed = parseImportPath(text);
  if ('error' in parsed || hub.candidates(parsed.path).length > 0) return [];
  const dir = join(root, ...parsed.path.split('/').slice(1));
  const name = parsed.path.split('/').pop() ?? 'pkg';
  const manifest = `module = "${parsed.path}"\nkind = "realm"\nversion = "0.1.0"\ndescription = ""\n`;
  const source = `// Package ${name} is new.\npackage ${name.replace(/[^A-Za-z0-9_]/g, '_')}\n`;
  return [{ title: `Create package ${parsed.path} in the workspace`, edits: [], createFiles: [{ fileName: join(dir, 'amigos.toml'), text: manifest }, { fileName: join(dir, `${name}.amigo`), text: source }] }];
}

export function unquote(literal: string): string | undefined {
  if (literal.length < 2) return undefined;
  const quote = literal[0];
  if ((quote !== '"' && quote !== '`') || literal[literal.length - 1] !== quote) return undefined;
  return literal.slice(1, -1);
}

export type { TextEdit };
