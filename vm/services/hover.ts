// Hover text: for an import path, the package (doc, kind, version, where it lives, its API and,
// for a realm, its state on the local node); for an identifier, its declaration as Go prints it,
// its doc comment and the package it comes from; for a constant expression, its value.
import { describeAt, expressionAt, type CheckedPackage } from '../types/index';
import type { HubPackage } from '../hub/index';
import type { LanguageWorkspace, FileAnalysis } from './languageWorkspace';
import { hoverImportPath, importStringAt, withApi } from './importPaths';
import type { Hover } from './serviceTypes';

export interface HoverOptions {
  /** One line about a realm's state on the local node, when the host can read it. */
  nodeState?: (pkg: HubPackage) => string | undefined;
}

export function hover(workspace: LanguageWorkspace, analysis: FileAnalysis, offset: number, options: HoverOptions = {}): Hover | undefined {
  const importString = importStringAt(analysis.text, offset);
  if (importString) {
    const inTestFile = analysis.fileName.endsWith('_test.amigo');
    const found = hoverImportPath(workspace.hub, importString, { inTestFile, nodeState: options.nodeState });
    if (!found) return undefined;
    const resolved = workspace.hub.resolve(importString.text, { inTestFile });
    const checked = resolved.kind === 'package' ? checkedPackageOf(workspace, resolved.package) : undefined;
    return withApi(found, checked);
  }
  const described = describeAt(analysis.checked, analysis.fileName, offset);
  if (described) {
    const parts = ['```amigo', described.detail, '```'];
    if (described.doc) parts.push('', described.doc.trim());
    if (described.pkgPath && described.pkgPath !== analysis.checked.pkg.path && described.kind !== 'pkgname') {
      parts.push('', `from \`${described.pkgPath}\``);
    }
    return { markdown: parts.join('\n'), pos: described.range.pos, end: described.range.end };
  }
  const expression = expressionAt(analysis.checked, analysis.fileName, offset);
  if (expression?.value !== undefined) {
    return { markdown: ['```amigo', `${expression.type} = ${expression.value}`, '```'].join('\n'), pos: expression.expr.pos, end: expression.expr.end };
  }
  return undefined;
}

function checkedPackageOf(workspace: LanguageWorkspace, pkg: HubPackage): CheckedPackage | undefined {
  return workspace.packageApi(pkg);
}
