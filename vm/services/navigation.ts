// Moving around code: definition (of identifiers and of import paths), type definition,
// references across the checked packages, document highlights, and rename with its preparation.
// Rename refuses what cannot be renamed here: predeclared names, packages and declarations
// outside the workspace (the bundled hub and the cache are read-only).
import { isExported } from '../syntax/index';
import { Named, Pointer, PkgName, definitionAt, expressionAt, identAt, locationOf, referencesOf, underlying, type Type } from '../types/index';
import type { FileAnalysis, LanguageWorkspace } from './languageWorkspace';
import { importDefinition, importStringAt } from './importPaths';
import type { FileEdit, FileRange, OffsetRange } from './serviceTypes';

export function definition(workspace: LanguageWorkspace, analysis: FileAnalysis, offset: number): FileRange | undefined {
  const importString = importStringAt(analysis.text, offset);
  if (importString) {
    const target = importDefinition(workspace.hub, importString, analysis.fileName.endsWith('_test.amigo'));
    return target ? { fileName: target.fileName, pos: 0, end: 0 } : undefined;
  }
  const at = identAt(analysis.checked, analysis.fileName, offset);
  if (at && at.obj instanceof PkgName) {
    // A package qualifier leads to the package, like its import path.
    const resolved = workspace.hub.resolve(at.obj.imported.path);
    if (resolved.kind === 'package') {
      const file = resolved.package.mainFile ?? resolved.package.files[0];
      if (file) return { fileName: file, pos: 0, end: 0 };
    }
  }
  return definitionAt(analysis.checked, analysis.fileName, offset);
}

export function typeDefinition(analysis: FileAnalysis, offset: number): FileRange | undefined {
  const at = identAt(analysis.checked, analysis.fileName, offset);
  let type: Type | undefined = at && at.obj.kind !== 'pkgname' && at.obj.kind !== 'label' ? at.obj.type : undefined;
  if (!type) {
    const expression = expressionAt(analysis.checked, analysis.fileName, offset);
    type = expression ? analysis.checked.info.types.get(expression.expr)?.type : undefined;
  }
  for (let depth = 0; type && depth < 4; depth++) {
    if (type instanceof Named) return locationOf(type.obj);
    const u: Type = underlying(type);
    type = u instanceof Pointer ? u.elem : undefined;
  }
  return undefined;
}

export function references(workspace: LanguageWorkspace, analysis: FileAnalysis, offset: number, includeDeclaration: boolean): FileRange[] {
  let at = identAt(analysis.checked, analysis.fileName, offset);
  if (!at) return [];
  if (!at.obj.exported && !isExported(at.obj.name)) return dedupe(referencesOf([analysis.checked], at.obj, includeDeclaration));
  // Checking the whole workspace may re-check this file's package or its imports (new objects):
  // ask again about the identifier in the fresh analysis.
  workspace.checkWorkspace();
  const fresh = workspace.analyze(analysis.fileName);
  at = fresh ? identAt(fresh.checked, fresh.fileName, offset) : undefined;
  if (!at) return [];
  return dedupe(referencesOf(workspace.checkedPackages(), at.obj, includeDeclaration));
}

export function highlights(analysis: FileAnalysis, offset: number): OffsetRange[] {
  const at = identAt(analysis.checked, analysis.fileName, offset);
  if (!at) return [];
  return referencesOf([analysis.checked], at.obj, true)
    .filter((location) => location.fileName === analysis.fileName)
    .map(({ pos, end }) => ({ pos, end }));
}

/** The range of the name that would be renamed, or a reason it cannot be. */
export function prepareRename(workspace: LanguageWorkspace, analysis: FileAnalysis, offset: number): OffsetRange | { error: string } {
  const at = identAt(analysis.checked, analysis.fileName, offset);
  if (!at) return { error: 'no identifier here' };
  if (at.obj.pkg === null) return { error: `${at.obj.name} is predeclared and cannot be renamed` };
  if (at.obj instanceof PkgName) return { error: 'a package name is renamed by its import; rename the import path instead' };
  const declaredIn = locationOf(at.obj)?.fileName;
  if (!declaredIn || !isInWorkspace(workspace, declaredIn)) return { error: `${at.obj.name} is declared outside the workspace (${declaredIn ?? 'built in'})` };
  return { pos: at.ident.pos, end: at.ident.end };
}

export function rename(workspace: LanguageWorkspace, analysis: FileAnalysis, offset: number, newName: string): FileEdit[] | { error: string } {
  const prepared = prepareRename(workspace, analysis, offset);
  if ('error' in prepared) return prepared;
  if (!/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(newName)) return { error: `${JSON.stringify(newName)} is not a valid identifier` };
  return references(workspace, analysis, offset, true).map((location) => ({ ...location, newText: newName }));
}

function isInWorkspace(workspace: LanguageWorkspace, fileName: string): boolean {
  const pkg = workspace.hub.packageOfFile(fileName);
  return pkg ? pkg.source === 'workspace' : fileName.startsWith(workspace.root);
}

function dedupe(locations: FileRange[]): FileRange[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = `${location.fileName}:${location.pos}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
