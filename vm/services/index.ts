// The public entry of the language services: plain data in (file names, offsets), plain data out
// (offset ranges, strings, small records). The language server translates these to LSP; any
// other editor integration could use them the same way.
export { LanguageWorkspace } from './languageWorkspace';
export type { FileAnalysis, LanguageWorkspaceOptions } from './languageWorkspace';
export { complete } from './completion';
export { hover } from './hover';
export type { HoverOptions } from './hover';
export { definition, typeDefinition, references, highlights, prepareRename, rename } from './navigation';
export { outline, folding, workspaceSymbols, format, codeLenses } from './outline';
export type { WorkspaceSymbolEntry } from './outline';
export { semanticTokens, inlayHints, signatureHelp } from './annotations';
export { fileDiagnostics } from './diagnostics';
export { addImportFixes } from './codeActions';
export { importStringAt } from './importPaths';
export { nodeStateLine } from './nodeState';
export type * from './serviceTypes';
