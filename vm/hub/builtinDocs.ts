// Where go-to-definition lands for the built-in Amigos packages: the checker declares `amigos`
// and `amigos/oracle` from vm/types' stdlib sources, which are not files a user can open; the
// bundled hub holds documented copies of the same declarations (hub/amigos, hub/amigos/oracle).
// This finds a declaration (a function, type, constant, variable, method or field) by name in
// those copies. It reads through the HubFileSystem and parses with vm/syntax; it never throws.
import { parseFile, type Decl, type Expr, type File, type Span } from '../syntax/index';
import type { HubFileSystem } from './hubFileSystem';
import { nodeFileSystem } from './hubFileSystem';
import type { HubResolver } from './resolver';

export interface DocLocation {
  fileName: string;
  /** Offsets of the declared identifier. */
  pos: number;
  end: number;
  /** 0-based line and UTF-16 column of `pos`, as editors count. */
  line: number;
  character: number;
}

/**
 * The declaration of `name` in the documentation of the built-in package `pkgPath`; with
 * `member`, the method or field `member` of the type `name`. Undefined when there is none.
 */
export function findBuiltinDoc(resolver: HubResolver, pkgPath: string, name: string, member?: string, fs: HubFileSystem = nodeFileSystem): DocLocation | undefined {
  const resolution = resolver.resolve(pkgPath);
  if (resolution.kind !== 'builtin' || resolution.docs === undefined) return undefined;
  for (const fileName of resolution.docs.files) {
    const text = fs.readFile(fileName);
    if (text === undefined) continue;
    const { file, lines } = parseFile(fileName, text);
    const ident = member === undefined ? topLevel(file, name) : memberOf(file, name, member);
    if (ident) {
      const line = lines.lineOf(ident.pos);
      return { fileName, pos: ident.pos, end: ident.end, line, character: ident.pos - lines.lineStart(line) };
    }
  }
  return undefined;
}

function topLevel(file: File, name: string): Span | undefined {
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl' && decl.recv === undefined && decl.name.name === name) return decl.name;
    if (decl.kind !== 'GenDecl') continue;
    for (const spec of decl.specs) {
      if (spec.kind === 'TypeSpec' && spec.name.name === name) return spec.name;
      if (spec.kind === 'ValueSpec') {
        const ident = spec.names.find((each) => each.name === name);
        if (ident) return ident;
      }
    }
  }
  return undefined;
}

function memberOf(file: File, typeName: string, member: string): Span | undefined {
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl' && decl.recv !== undefined && decl.name.name === member && receiverName(decl) === typeName) return decl.name;
  }
  for (const decl of file.decls) {
    const type = typeSpecOf(decl, typeName);
    if (type?.kind !== 'StructType') continue;
    for (const field of type.fields.list) {
      const ident = field.names.find((each) => each.name === member);
      if (ident) return ident;
    }
  }
  return undefined;
}

function receiverName(decl: Extract<Decl, { kind: 'FuncDecl' }>): string | undefined {
  let type: Expr | undefined = decl.recv?.list[0]?.type;
  if (type?.kind === 'StarExpr') type = type.x;
  return type?.kind === 'Ident' ? type.name : undefined;
}

function typeSpecOf(decl: Decl, name: string): Expr | undefined {
  if (decl.kind !== 'GenDecl') return undefined;
  for (const spec of decl.specs) if (spec.kind === 'TypeSpec' && spec.name.name === name) return spec.type;
  return undefined;
}
