// The diagnostics of one file: syntax and type errors of its package that fall in the file, and
// the hub's view of its import paths (which replaces the checker's plainer "could not import"
// for the same path), each with the fixes that apply. Plain data; no publishing.
import type { HubResolver } from '../hub/index';
import type { FileAnalysis } from './languageWorkspace';
import { importDiagnostics } from './importPaths';
import { removeImportFix } from './codeActions';
import type { ServiceDiagnostic } from './serviceTypes';

export function fileDiagnostics(hub: HubResolver, analysis: FileAnalysis, workspaceRoot: string): ServiceDiagnostic[] {
  const fromHub = importDiagnostics(hub, analysis, workspaceRoot);
  const hubRanges = new Set(fromHub.filter((d) => d.severity === 'error').map((d) => d.pos));
  const out: ServiceDiagnostic[] = [];
  for (const diagnostic of analysis.checked.diagnostics) {
    if (diagnostic.fileName !== analysis.fileName) continue;
    // The checker reports an unresolved import at the literal (quote included); the hub said it better.
    if (hubRanges.has(diagnostic.pos + 1) || hubRanges.has(diagnostic.pos)) continue;
    const fix = diagnostic.message.endsWith('imported and not used') ? removeImportFix(analysis, diagnostic.pos) : undefined;
    out.push({
      pos: diagnostic.pos,
      end: Math.max(diagnostic.end, diagnostic.pos + 1),
      severity: diagnostic.severity,
      message: diagnostic.message,
      source: 'amigos',
      unused: diagnostic.unused,
      fixes: fix ? [fix] : [],
    });
  }
  return [...out, ...fromHub].sort((a, b) => a.pos - b.pos);
}
