// Completion at an offset: hub paths inside an import string; the members of a value, type or
// package after `x.` (with the import added for a known package that is not imported yet); the
// names in scope, keywords and snippets elsewhere, including realm-function and test scaffolds.
import { keywords, walk } from '../syntax/index';
import { namesAt, packageMembers, selectorMembersAt, stdlibPackage, type Member, type ObjectSummary, type VisibleName } from '../types/index';
import type { HubResolver } from '../hub/index';
import { addImportEdit, importCandidates } from './codeActions';
import { completeImportPath, importStringAt } from './importPaths';
import type { FileAnalysis } from './languageWorkspace';
import type { CompletionEntry, CompletionKind } from './serviceTypes';

export function complete(hub: HubResolver, analysis: FileAnalysis, offset: number): CompletionEntry[] {
  const importString = importStringAt(analysis.text, offset);
  if (importString) return completeImportPath(hub, importString);
  if (insideCommentOrString(analysis, offset)) return [];
  const qualifier = qualifierBefore(analysis.text, offset);
  if (qualifier !== undefined) {
    const members = selectorMembersAt(analysis.checked, analysis.fileName, offset);
    if (members && 'members' in members && members.members.length > 0) return members.members.map(memberEntry);
    if (members && 'pkgMembers' in members) return members.pkgMembers.map(exportEntry);
    // Nothing known about `x`: it may be a package that is not imported yet.
    if (!isDeclaredName(analysis, offset, qualifier)) return unimportedPackageMembers(hub, analysis, qualifier);
    return [];
  }
  const names = namesAt(analysis.checked, analysis.fileName, offset).map(nameEntry);
  const words = keywords.map((word): CompletionEntry => ({ label: word, kind: 'keyword', sortText: `9${word}` }));
  return [...names, ...words, ...snippets(analysis, offset)];
}

/** `x.` or `x.Pa` just before the offset: the qualifier `x`. */
function qualifierBefore(text: string, offset: number): string | undefined {
  let at = offset;
  while (at > 0 && /[A-Za-z_0-9]/.test(text[at - 1])) at--;
  if (text[at - 1] !== '.') return undefined;
  let start = at - 1;
  while (start > 0 && /[A-Za-z_0-9]/.test(text[start - 1])) start--;
  return text.slice(start, at - 1);
}

function insideCommentOrString(analysis: FileAnalysis, offset: number): boolean {
  const file = analysis.checked.files.find((f) => f.fileName === analysis.fileName);
  if (!file) return false;
  // A line comment goes on to the end of its line, so its end offset is still inside it.
  const inComment = file.comments.some(
    (group) => group.pos < offset && (offset < group.end || (offset === group.end && analysis.text.startsWith('//', group.list[group.list.length - 1].pos))),
  );
  if (inComment) return true;
  let inString = false;
  walk(file, (node) => {
    if (inString || node.end < offset || node.pos > offset) return false;
    if (node.kind === 'BasicLit' && (node.litKind === 'STRING' || node.litKind === 'CHAR') && node.pos < offset && offset < node.end) inString = true;
    return !inString;
  });
  return inString;
}

/** Whether `name` means something at the offset (a local, a package-level name, an import). */
function isDeclaredName(analysis: FileAnalysis, offset: number, name: string): boolean {
  return namesAt(analysis.checked, analysis.fileName, offset).some((visible) => visible.name === name);
}

/** `name.` where `name` is a known package not imported yet: its exports, each adding the import. */
function unimportedPackageMembers(hub: HubResolver, analysis: FileAnalysis, name: string): CompletionEntry[] {
  const candidates = importCandidates(hub, name);
  if (candidates.length === 0) return [];
  const path = candidates[0];
  const resolved = hub.resolve(path);
  if (resolved.kind === 'error') return [];
  const additionalEdits = [addImportEdit(analysis, path)];
  const importEntry: CompletionEntry = { label: `import "${path}"`, kind: 'module', detail: 'add the import', additionalEdits, edit: { pos: 0, end: 0, newText: '' } };
  // A standard package is checked once and kept; a hub package's members need its own check, so
  // only the import is offered for it (after which its members complete as usual).
  const checked = resolved.kind === 'builtin' ? stdlibPackage(resolved.path) : undefined;
  if (!checked) return [importEntry];
  return [importEntry, ...packageMembers(checked.pkg).map((summary) => ({ ...exportEntry(summary), detail: `${summary.detail} (adds import "${path}")`, additionalEdits }))];
}

function memberEntry(member: Member): CompletionEntry {
  return {
    label: member.name,
    kind: member.kind === 'field' ? 'field' : 'method',
    detail: member.type,
    documentation: member.obj.doc || undefined,
    snippet: member.kind === 'method' ? callSnippet(member.name, member.type) : undefined,
    sortText: `${member.promoted ? 1 : 0}${member.name}`,
  };
}

function exportEntry(summary: ObjectSummary): CompletionEntry {
  return {
    label: summary.name,
    kind: kindOf(summary.kind, summary.type),
    detail: summary.detail,
    documentation: summary.doc || undefined,
    snippet: summary.kind === 'func' ? callSnippet(summary.name, summary.type) : undefined,
  };
}

function nameEntry(name: VisibleName): CompletionEntry {
  const order = name.scope === 'local' ? 0 : name.scope === 'package' || name.scope === 'file' ? 1 : 2;
  return {
    label: name.name,
    kind: kindOf(name.kind, name.type),
    detail: name.type || undefined,
    documentation: name.obj.doc || undefined,
    sortText: `${order}${name.name}`,
  };
}

function kindOf(kind: string, type: string): CompletionKind {
  switch (kind) {
    case 'var':
      return 'variable';
    case 'const':
      return 'constant';
    case 'func':
    case 'builtin':
      return 'function';
    case 'method':
      return 'method';
    case 'field':
      return 'field';
    case 'typename':
      return type.startsWith('interface') ? 'interface' : 'type';
    case 'pkgname':
      return 'module';
    default:
      return 'value';
  }
}

/** `Name($1)` for a function with parameters, `Name()` without. */
function callSnippet(name: string, signature: string): string {
  return /^func\(\)/.test(signature) ? `${name}()` : `${name}($1)`;
}

function snippets(analysis: FileAnalysis, offset: number): CompletionEntry[] {
  const topLevel = !analysis.checked.files.some((file) => file.fileName === analysis.fileName && file.decls.some((d) => d.kind === 'FuncDecl' && d.pos < offset && offset < d.end));
  if (!topLevel) return [];
  const out: CompletionEntry[] = [
    { label: 'func', kind: 'snippet', detail: 'function declaration', snippet: 'func ${1:Name}(${2}) ${3}{\n\t$0\n}', sortText: '8func' },
  ];
  if (analysis.hubPackage?.kind === 'realm' && !analysis.fileName.endsWith('_test.amigo')) {
    out.push(
      { label: 'realmfunc', kind: 'snippet', detail: 'exported realm function (a transaction entry point)', snippet: '// ${1:Name} ${2:does what}; msg.Sender is the caller.\nfunc ${1:Name}(${3}) ${4:string} {\n\t$0\n}', sortText: '8realmfunc' },
      { label: 'render', kind: 'snippet', detail: 'Render(path) Markdown view of the realm', snippet: '// Render shows the realm as Markdown.\nfunc Render(path string) string {\n\treturn "# ${1:Title}\\n"$0\n}', sortText: '8render' },
    );
  }
  if (analysis.fileName.endsWith('_test.amigo')) {
    out.push(
      { label: 'test', kind: 'snippet', detail: 'func TestX(t *testing.T)', snippet: 'func Test${1:Name}(t *testing.T) {\n\t$0\n}', sortText: '8test' },
      { label: 'example', kind: 'snippet', detail: 'func ExampleX() with // Output:', snippet: 'func Example${1:Name}() {\n\t$0\n\t// Output:\n}', sortText: '8example' },
    );
  }
  return out;
}
