// The plain data the language services answer with. Ranges are offsets into the file's text
// (UTF-16 code units, as JavaScript strings count); the protocol edge turns them into lines and
// characters. Nothing here knows LSP.

export interface OffsetRange {
  pos: number;
  end: number;
}

export interface FileRange extends OffsetRange {
  fileName: string;
}

export interface TextEdit extends OffsetRange {
  newText: string;
}

export interface FileEdit extends TextEdit {
  fileName: string;
}

export interface Fix {
  title: string;
  /** Edits in the file the diagnostic is in. */
  edits: TextEdit[];
  /** New files to create with their text. */
  createFiles?: { fileName: string; text: string }[];
  preferred?: boolean;
}

export interface ServiceDiagnostic extends OffsetRange {
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  /** Who found it: "syntax", "types" or "hub". */
  source: string;
  unused?: boolean;
  fixes: Fix[];
}

export type CompletionKind =
  | 'variable' | 'constant' | 'function' | 'method' | 'field' | 'type' | 'interface' | 'struct'
  | 'module' | 'folder' | 'keyword' | 'snippet' | 'value';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Replaces the given range; without it the client replaces the word at the cursor. */
  edit?: TextEdit;
  /** A snippet body (with $1 placeholders) to insert instead of the label. */
  snippet?: string;
  /** Edits elsewhere in the file (an import to add). */
  additionalEdits?: TextEdit[];
  sortText?: string;
  /** Ask the client to complete again after inserting (a folder of an import path). */
  retrigger?: boolean;
}

export interface Hover extends OffsetRange {
  markdown: string;
}

export interface SignatureHelpResult {
  label: string;
  parameters: string[];
  activeParameter: number;
  documentation: string;
}

export interface CodeLensEntry extends OffsetRange {
  title: string;
  command: string;
  arguments: unknown[];
}

export interface InlayHintEntry {
  pos: number;
  label: string;
}

export type SemanticTokenType =
  | 'namespace' | 'type' | 'struct' | 'interface' | 'parameter' | 'variable' | 'property'
  | 'function' | 'method' | 'keyword' | 'string' | 'number' | 'comment' | 'operator' | 'label' | 'typeParameter';

export type SemanticTokenModifier = 'declaration' | 'readonly' | 'defaultLibrary' | 'deprecated';

export interface SemanticToken extends OffsetRange {
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}
