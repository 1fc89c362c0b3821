// The parser: recursive descent over the scanner's tokens, building the tree of `ast.ts` for the
// whole Go grammar (generics, channels, select and goroutines included, so that later phases can
// reject them with a position). Error handling follows go/parser: messages in its wording
// ("expected ')', found newline"), at most one error per line, and recovery by skipping to the
// start of the next statement or declaration, so that a broken file still yields a tree for
// everything outside its broken regions. Nesting is bounded ("exceeded max nesting depth") so that
// no input can overflow the stack, every loop consumes a token, and the parser never throws.
// It resolves no identifiers and knows nothing of types: `x.f` and `pkg.Name` look the same here.

import type * as ast from './ast';
import { LineIndex } from './position';
import { Scanner } from './scanner';
import type { GenDeclToken } from './ast';
import type { AssignOp, BinaryOp, Token, UnaryOp } from './token';
import { binaryPrecedence } from './token';

/** Nesting beyond this many levels is an error; it keeps recursion far from the stack limit. */
export const maxNestingDepth = 1000;

/**
 * The longest left-associative operator chain accepted. Such a chain is a left spine as deep as
 * it is long, so code walking the tree must follow BinaryExpr.x iteratively, not recursively.
 */
export const maxChainLength = 100_000;

type TokenSet = ReadonlySet<Token>;

const stmtStart: TokenSet = new Set<Token>([
  'break', 'const', 'continue', 'defer', 'fallthrough', 'for', 'go', 'goto', 'if', 'return',
  'select', 'switch', 'type', 'var',
]);
const declStart: TokenSet = new Set<Token>(['import', 'const', 'type', 'var']);
/** Where top-level recovery resumes; unlike go/parser, `func` too, so a stray token loses no function. */
const topLevelStart: TokenSet = new Set<Token>(['import', 'const', 'type', 'var', 'func']);
const exprEnd: TokenSet = new Set<Token>([',', ':', ';', ')', ']', '}']);

const assignOps: ReadonlySet<Token> = new Set<Token>([
  '=', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=',
]);

/** Thrown (and caught at the top) to stop parsing after a fatal condition such as too deep nesting. */
class Bailout {}

/** A parameter entry before names and types are distributed over a list. */
interface ParamEntry {
  name?: ast.Ident;
  type?: ast.Expr;
}

type SimpleStmtMode = 'basic' | 'labelOk' | 'rangeOk';

export function parse(fileName: string, text: string): ast.ParseResult {
  const lines = new LineIndex(fileName, text);
  const parser = new Parser(fileName, text, lines);
  const file = parser.parseFileSafely();
  return { file, errors: parser.finishErrors(), lines };
}

class Parser {
  private readonly scanner: Scanner;
  private readonly errors: ast.SyntaxError[] = [];
  private readonly comments: ast.CommentGroup[] = [];
  private leadComment: ast.CommentGroup | undefined;
  private lineComment: ast.CommentGroup | undefined;

  // The current token.
  private tok: Token = 'EOF';
  private pos = 0;
  private end = 0;
  private lit = '';
  /** Function bodies being parsed, and the error count when the outermost one started. */
  private bodyDepth = 0;
  private bodyErrorMark = 0;
  /** The real token hidden behind a virtual end of file (see checkFence). */
  private fence: { tok: Token; end: number; lit: string; leadComment: ast.CommentGroup | undefined } | undefined;
  /** Whether a token has been read (the first comments cannot be line comments). */
  private started = false;
  /** End of the last non-comment token consumed. */
  private prevEnd = 0;

  /** < 0 in a control clause (a `{` there starts the block, not a composite literal). */
  private exprLev = 0;
  /** True while parsing a right-hand side, where a stray `=` is read as a mistyped `==`. */
  private inRhs = false;
  private nestLev = 0;
  private syncPos = -1;
  private syncCount = 0;
  private readonly partial: { decls: ast.Decl[]; imports: ast.ImportSpec[] } = { decls: [], imports: [] };

  constructor(
    private readonly fileName: string,
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.scanner = new Scanner(text, (pos, end, message) => this.errors.push({ pos, end, message }));
  }

  parseFileSafely(): ast.File {
    let doc: ast.CommentGroup | undefined;
    let packagePos = -1;
    let name: ast.Ident = { kind: 'Ident', name: '_', pos: 0, end: 0 };
    try {
      this.next();
      doc = this.leadComment;
      if (this.at('package')) {
        packagePos = this.pos;
        this.next();
        name = this.parseIdent();
        this.expectSemi();
      } else {
        this.errorExpected(this.pos, "'package'");
        name = { kind: 'Ident', name: '_', pos: this.pos, end: this.pos };
      }
      this.parseTopLevel();
    } catch (caught) {
      if (!(caught instanceof Bailout)) {
        // A throw here is a bug; it becomes an error with a position rather than a crash.
        const message = caught instanceof Error ? caught.message : String(caught);
        this.errors.push({ pos: this.pos, end: this.pos, message: `internal parser error: ${message}` });
      }
    }
    return {
      kind: 'File',
      fileName: this.fileName,
      pos: 0,
      end: this.text.length,
      doc,
      package: packagePos,
      name,
      decls: this.partial.decls,
      imports: this.partial.imports,
      comments: this.comments,
    };
  }

  /**
   * Errors in source order. As in go/parser, the parser drops an error on the line of the
   * previous one (it is likely spurious) while the scanner reports every error it finds.
   */
  finishErrors(): ast.SyntaxError[] {
    return [...this.errors].sort((a, b) => a.pos - b.pos);
  }

  private parseTopLevel(): void {
    const decls = this.partial.decls;
    while (this.at('import')) decls.push(this.parseGenDecl('import'));
    let previous: Token = 'import';
    for (;;) {
      this.unfence();
      if (this.at('EOF')) break;
      if (this.at('import') && previous !== 'import') {
        this.error(this.pos, 'imports must appear before other declarations');
      }
      previous = this.tok;
      decls.push(this.parseDecl(topLevelStart));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Tokens, comments and errors

  /** Whether the current token is `tok` (a method, so that TypeScript does not narrow `tok` across `next()`). */
  private at(tok: Token): boolean {
    return this.tok === tok;
  }

  private next(): void {
    const wasFenced = this.fence !== undefined;
    this.nextWithComments();
    if (!wasFenced && this.fence !== undefined) this.fence.leadComment = this.leadComment;
  }

  /**
   * After an error inside a function body, a declaration keyword at the start of a line most
   * likely starts the next top-level declaration: the parser then sees the end of the file until
   * the top level takes over again, so that one broken function does not swallow the ones after
   * it. (go/parser would skip them; valid code is never affected.)
   */
  private checkFence(): void {
    if (this.bodyDepth === 0 || this.errors.length <= this.bodyErrorMark) return;
    if (!declStart.has(this.tok) && !this.at('func')) return;
    if (this.pos > 0 && this.text.charCodeAt(this.pos - 1) !== 0x0a) return;
    this.fence = { tok: this.tok, end: this.end, lit: this.lit, leadComment: undefined };
    this.tok = 'EOF';
    this.lit = '';
  }

  private unfence(): void {
    const fence = this.fence;
    if (fence === undefined) return;
    this.fence = undefined;
    this.tok = fence.tok;
    this.end = fence.end;
    this.lit = fence.lit;
    this.leadComment = fence.leadComment;
    this.bodyDepth = 0;
  }

  private nextWithComments(): void {
    if (!this.at('COMMENT')) this.prevEnd = this.end;
    this.leadComment = undefined;
    this.lineComment = undefined;
    const previousPos = this.started ? this.pos : -1;
    this.started = true;
    this.next0();
    if (!this.at('COMMENT')) return;
    let group: ast.CommentGroup | undefined;
    let endLine = -1;
    if (previousPos >= 0 && this.lines.lineOf(this.pos) === this.lines.lineOf(previousPos)) {
      // A comment on the line of the previous token may be that token's line comment.
      [group, endLine] = this.consumeCommentGroup(0);
      if (this.lines.lineOf(this.pos) !== endLine || this.at(';') || this.at('EOF')) {
        this.lineComment = group;
      }
    }
    endLine = -1;
    while (this.at('COMMENT')) [group, endLine] = this.consumeCommentGroup(1);
    if (endLine >= 0 && endLine + 1 === this.lines.lineOf(this.pos)) this.leadComment = group;
  }

  private next0(): void {
    if (this.fence !== undefined) return; // a virtual end of file until the top level takes over
    const scanner = this.scanner;
    scanner.next();
    this.tok = scanner.tok;
    this.pos = scanner.pos;
    this.end = scanner.end;
    this.lit = scanner.lit;
    this.checkFence();
  }

  /** Consumes comments whose lines are at most `maxGap` lines apart; returns the group and its last line. */
  private consumeCommentGroup(maxGap: number): [ast.CommentGroup, number] {
    const list: ast.Comment[] = [];
    let endLine = this.lines.lineOf(this.pos);
    while (this.at('COMMENT') && this.lines.lineOf(this.pos) <= endLine + maxGap) {
      list.push({ kind: 'Comment', text: this.lit, pos: this.pos, end: this.end });
      endLine = this.lines.lineOf(this.end > this.pos ? this.end - 1 : this.pos);
      this.next0();
    }
    const group: ast.CommentGroup = { kind: 'CommentGroup', list, pos: list[0].pos, end: list[list.length - 1].end };
    this.comments.push(group);
    return [group, endLine];
  }

  private error(pos: number, message: string, end = pos): void {
    const last = this.errors[this.errors.length - 1];
    // Like go/parser, keep one error per line: later ones are likely spurious.
    if (last !== undefined && this.lines.goPosition(last.pos).line === this.lines.goPosition(pos).line) return;
    this.errors.push({ pos, end: Math.max(end, pos), message });
  }

  private errorExpected(pos: number, what: string): void {
    let message = `expected ${what}`;
    if (pos === this.pos) {
      if (this.fence !== undefined) message += `, found '${this.fence.tok}'`;
      else if (this.at(';') && this.lit === '\n') message += ', found newline';
      else if (isLiteralToken(this.tok)) message += `, found ${this.lit}`;
      else message += `, found '${this.tok}'`;
    }
    this.error(pos, message, pos === this.pos ? this.end : pos);
  }

  /** Consumes `tok`, reporting an error if the current token is something else; always makes progress. */
  private expect(tok: Token): number {
    const pos = this.pos;
    if (this.tok !== tok) this.errorExpected(pos, `'${tok}'`);
    this.next();
    return pos;
  }

  /** Like expect, but returns -1 when the token was missing. */
  private expect2(tok: Token): number {
    const pos = this.pos;
    const found = this.tok === tok;
    if (!found) this.errorExpected(pos, `'${tok}'`);
    this.next();
    return found ? pos : -1;
  }

  /** Expects a closing token, with a clearer message when a comma is missing before a newline. */
  private expectClosing(tok: Token, context: string): number {
    if (this.tok !== tok && this.at(';') && this.lit === '\n') {
      this.error(this.pos, `missing ',' before newline in ${context}`);
      this.next();
    }
    return this.expect(tok);
  }

  /** Expects the end of a statement or declaration; returns the line comment that follows it. */
  private expectSemi(): ast.CommentGroup | undefined {
    if (this.at(')') || this.at('}')) return undefined; // optional before a closing token
    if (this.at(',')) {
      this.errorExpected(this.pos, "';'");
      this.tok = ';';
      this.lit = ';';
    }
    if (this.at(';')) {
      let comment: ast.CommentGroup | undefined;
      if (this.lit === ';') {
        this.next();
        comment = this.lineComment; // comments after an explicit semicolon
      } else {
        comment = this.lineComment; // comments before the newline
        this.next();
      }
      return comment;
    }
    this.errorExpected(this.pos, "';'");
    this.advance(stmtStart);
    return undefined;
  }

  private atComma(context: string, follow: Token): boolean {
    if (this.at(',')) return true;
    if (this.tok !== follow) {
      let message = "missing ','";
      if (this.at(';') && this.lit === '\n') message += ' before newline';
      this.error(this.pos, `${message} in ${context}`);
      return true; // as if the comma were there
    }
    return false;
  }

  /**
   * Skips to the next token in `to`. Like go/parser it refuses to stop twice at the same
   * position too often, so that recovery always makes progress.
   */
  private advance(to: TokenSet): void {
    for (; !this.at('EOF'); this.next()) {
      if (!to.has(this.tok)) continue;
      if (this.pos === this.syncPos && this.syncCount < 10) {
        this.syncCount++;
        return;
      }
      if (this.pos > this.syncPos) {
        this.syncPos = this.pos;
        this.syncCount = 0;
        return;
      }
    }
  }

  /** The end of a one-character token at `pos`, never past the text (a missing token is at the end). */
  private after(pos: number): number {
    return Math.min(pos + 1, this.text.length);
  }

  private enter(): void {
    if (++this.nestLev > maxNestingDepth) {
      this.error(this.pos, 'exceeded max nesting depth');
      throw new Bailout();
    }
  }

  private leave(): void {
    this.nestLev--;
  }

  // -------------------------------------------------------------------------------------------
  // Identifiers and lists

  private parseIdent(): ast.Ident {
    const pos = this.pos;
    if (this.at('IDENT')) {
      const ident: ast.Ident = { kind: 'Ident', name: this.lit, pos, end: this.end };
      this.next();
      return ident;
    }
    this.expect('IDENT'); // reports the error and makes progress
    return { kind: 'Ident', name: '_', pos, end: pos };
  }

  private parseIdentList(): ast.Ident[] {
    const list = [this.parseIdent()];
    while (this.at(',')) {
      this.next();
      list.push(this.parseIdent());
    }
    return list;
  }

  private parseExprList(): ast.Expr[] {
    const list = [this.parseExpr()];
    while (this.at(',')) {
      this.next();
      list.push(this.parseExpr());
    }
    return list;
  }

  // -------------------------------------------------------------------------------------------
  // Types

  private parseType(): ast.Expr {
    const type = this.tryIdentOrType();
    if (type !== undefined) return type;
    const pos = this.pos;
    this.errorExpected(pos, 'type');
    this.advance(exprEnd);
    return { kind: 'BadExpr', pos, end: Math.max(pos, this.prevEnd) };
  }

  private parseQualifiedIdent(ident: ast.Ident | undefined): ast.Expr {
    const name = this.parseTypeName(ident);
    if (this.at('[')) return this.parseTypeInstance(name);
    return name;
  }

  private parseTypeName(ident: ast.Ident | undefined): ast.Expr {
    const first = ident ?? this.parseIdent();
    if (!this.at('.')) return first;
    this.next();
    const sel = this.parseIdent();
    return { kind: 'SelectorExpr', x: first, sel, pos: first.pos, end: sel.end };
  }

  /** `T[A, B]` in a type context. */
  private parseTypeInstance(type: ast.Expr): ast.Expr {
    const lbrack = this.expect('[');
    const list: ast.Expr[] = [];
    this.exprLev++;
    while (!this.at(']') && !this.at('EOF')) {
      list.push(this.parseType());
      if (!this.atComma('type argument list', ']')) break;
      this.next();
    }
    this.exprLev--;
    const rbrack = this.expectClosing(']', 'type argument list');
    if (list.length === 0) {
      this.errorExpected(rbrack, 'type argument list');
      const index: ast.BadExpr = { kind: 'BadExpr', pos: rbrack, end: rbrack };
      return { kind: 'IndexExpr', x: type, lbrack, index, rbrack, pos: type.pos, end: this.after(rbrack) };
    }
    return packIndexExpr(type, lbrack, list, rbrack, this.after(rbrack));
  }

  /** `[N]T`, `[...]T` or `[]T` after the `[` (whose offset is `lbrack`); `len` when already parsed. */
  private parseArrayType(lbrack: number, len: ast.Expr | undefined): ast.ArrayType {
    if (len === undefined) {
      this.exprLev++;
      if (this.at('...')) {
        len = { kind: 'Ellipsis', pos: this.pos, end: this.end };
        this.next();
      } else if (!this.at(']')) {
        len = this.parseExpr();
      }
      this.exprLev--;
    }
    if (this.at(',')) {
      // A comma here means a type parameter list was meant; recover at the bracket.
      this.error(this.pos, 'unexpected comma; expecting ]');
      this.next();
    }
    this.expect(']');
    const elt = this.parseType();
    return { kind: 'ArrayType', len, elt, pos: lbrack, end: elt.end };
  }

  /**
   * After a name in a field or parameter list, `[`: either `name [N]T` / `name []T` (a field of
   * array or slice type) or `T[A, B]` (an embedded or unnamed instantiated type).
   */
  private parseArrayFieldOrTypeInstance(name: ast.Ident): { name?: ast.Ident; type: ast.Expr } {
    const lbrack = this.expect('[');
    if (this.at(']')) {
      this.next();
      const elt = this.parseType();
      return { name, type: { kind: 'ArrayType', elt, pos: lbrack, end: elt.end } };
    }
    const args: ast.Expr[] = [];
    this.exprLev++;
    if (this.at('...')) {
      const ellipsis: ast.Ellipsis = { kind: 'Ellipsis', pos: this.pos, end: this.end };
      this.next();
      this.exprLev--;
      this.expect(']');
      const elt = this.parseType();
      return { name, type: { kind: 'ArrayType', len: ellipsis, elt, pos: lbrack, end: elt.end } };
    }
    args.push(this.parseExpr());
    while (this.at(',')) {
      this.next();
      if (this.at(']')) break;
      args.push(this.parseExpr());
    }
    this.exprLev--;
    const rbrack = this.expect(']');
    if (args.length === 1) {
      const elt = this.tryIdentOrType();
      if (elt !== undefined) return { name, type: { kind: 'ArrayType', len: args[0], elt, pos: lbrack, end: elt.end } };
    }
    return { type: packIndexExpr(name, lbrack, args, rbrack, this.after(rbrack)) };
  }

  private parseFieldDecl(): ast.Field {
    const doc = this.leadComment;
    const start = this.pos;
    let names: ast.Ident[] = [];
    let type: ast.Expr;
    if (this.at('IDENT')) {
      const name = this.parseIdent();
      if (this.at('.') || this.at('STRING') || this.at(';') || this.at('}')) {
        type = this.at('.') ? this.parseQualifiedIdent(name) : name; // embedded type
      } else {
        names = [name];
        while (this.at(',')) {
          this.next();
          names.push(this.parseIdent());
        }
        if (names.length === 1 && this.at('[')) {
          const result = this.parseArrayFieldOrTypeInstance(name);
          if (result.name === undefined) names = [];
          type = result.type;
        } else {
          type = this.parseType();
        }
      }
    } else if (this.at('*')) {
      const star = this.pos;
      this.next();
      let base: ast.Expr;
      if (this.at('(')) {
        this.error(this.pos, 'cannot parenthesize embedded type');
        this.next();
        base = this.parseQualifiedIdent(undefined);
        if (this.at(')')) this.next();
      } else base = this.parseQualifiedIdent(undefined);
      type = { kind: 'StarExpr', x: base, pos: star, end: base.end };
    } else if (this.at('(')) {
      this.error(this.pos, 'cannot parenthesize embedded type');
      this.next();
      if (this.at('*')) {
        const star = this.pos;
        this.next();
        const base = this.parseQualifiedIdent(undefined);
        type = { kind: 'StarExpr', x: base, pos: star, end: base.end };
      } else type = this.parseQualifiedIdent(undefined);
      if (this.at(')')) this.next();
    } else {
      const pos = this.pos;
      this.errorExpected(pos, 'field name or embedded type');
      this.advance(exprEnd);
      type = { kind: 'BadExpr', pos, end: Math.max(pos, this.prevEnd) };
    }
    let tag: ast.BasicLit | undefined;
    if (this.at('STRING')) {
      tag = { kind: 'BasicLit', litKind: 'STRING', value: this.lit, pos: this.pos, end: this.end };
      this.next();
    }
    const end = Math.max(start, this.prevEnd);
    const comment = this.expectSemi();
    return { kind: 'Field', doc, names, type, tag, comment, pos: start, end };
  }

  private parseStructType(): ast.StructType {
    const pos = this.expect('struct');
    const lbrace = this.expect('{');
    const list: ast.Field[] = [];
    while (this.at('IDENT') || this.at('*') || this.at('(')) list.push(this.parseFieldDecl());
    const rbrace = this.expect('}');
    const fields: ast.FieldList = { kind: 'FieldList', opening: lbrace, list, closing: rbrace, pos: lbrace, end: this.after(rbrace) };
    return { kind: 'StructType', fields, pos, end: this.after(rbrace) };
  }

  private parsePointerType(): ast.StarExpr {
    const star = this.expect('*');
    const base = this.parseType();
    return { kind: 'StarExpr', x: base, pos: star, end: base.end };
  }

  private parseDotsType(): ast.Ellipsis {
    const pos = this.expect('...');
    const elt = this.parseType();
    return { kind: 'Ellipsis', elt, pos, end: elt.end };
  }

  private parseParamDecl(name: ast.Ident | undefined, typeSetsOk: boolean): ParamEntry {
    const entry: ParamEntry = {};
    const tok = name !== undefined ? 'IDENT' : this.tok;
    switch (tok) {
      case 'IDENT':
        entry.name = name ?? this.parseIdent();
        switch (this.tok) {
          case 'IDENT': case '*': case '<-': case 'func': case 'chan': case 'map': case 'struct': case 'interface': case '(':
            entry.type = this.parseType();
            break;
          case '[': {
            const result = this.parseArrayFieldOrTypeInstance(entry.name);
            entry.name = result.name;
            entry.type = result.type;
            break;
          }
          case '...':
            entry.type = this.parseDotsType();
            return entry;
          case '.':
            entry.type = this.parseQualifiedIdent(entry.name);
            entry.name = undefined;
            break;
          case '~':
            if (typeSetsOk) {
              entry.type = this.embeddedElem(undefined);
              return entry;
            }
            break;
          case '|':
            if (typeSetsOk) {
              entry.type = this.embeddedElem(entry.name);
              entry.name = undefined;
              return entry;
            }
            break;
        }
        break;
      case '*': case '<-': case 'func': case '[': case 'chan': case 'map': case 'struct': case 'interface': case '(':
        entry.type = this.parseType();
        break;
      case '...':
        entry.type = this.parseDotsType();
        return entry;
      case '~':
        if (typeSetsOk) {
          entry.type = this.embeddedElem(undefined);
          return entry;
        }
        this.errorExpected(this.pos, "')'");
        this.advance(exprEnd);
        break;
      default:
        this.errorExpected(this.pos, "')'");
        this.advance(exprEnd);
    }
    if (typeSetsOk && this.at('|') && entry.type !== undefined) entry.type = this.embeddedElem(entry.type);
    return entry;
  }

  /**
   * A parameter or type parameter list up to `closing` (not consumed). `name0`/`type0` are a
   * first entry the caller already parsed (while telling a type parameter list from an array).
   */
  private parseParameterList(name0: ast.Ident | undefined, type0: ast.Expr | undefined, closing: Token): ast.Field[] {
    const typeParams = closing === ']';
    const entries: ParamEntry[] = [];
    const listPos = name0?.pos ?? this.pos;
    let named = 0;
    let typed = 0;
    while (name0 !== undefined || (this.tok !== closing && !this.at('EOF'))) {
      let entry: ParamEntry;
      if (type0 !== undefined) {
        entry = { name: name0, type: typeParams ? this.embeddedElem(type0) : type0 };
      } else entry = this.parseParamDecl(name0, typeParams);
      name0 = undefined;
      type0 = undefined;
      if (entry.name !== undefined || entry.type !== undefined) {
        entries.push(entry);
        if (entry.name !== undefined && entry.type !== undefined) named++;
        if (entry.type !== undefined) typed++;
      }
      if (!this.atComma('parameter list', closing)) break;
      this.next();
    }
    if (entries.length === 0) return [];

    if (named === 0) {
      // No entry has both a name and a type: the names are type names.
      for (const entry of entries) {
        if (entry.name !== undefined) {
          entry.type = entry.name;
          entry.name = undefined;
        }
      }
      if (typeParams) this.typeParamError(named === typed, this.pos, listPos, entries.length);
    } else if (named !== entries.length) {
      // Some entries are named: all must be; distribute each type to the names before it.
      let errorPos = -1;
      let type: ast.Expr | undefined;
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i];
        if (entry.type !== undefined) {
          type = entry.type;
          if (entry.name === undefined) {
            errorPos = type.pos;
            entry.name = { kind: 'Ident', name: '_', pos: type.pos, end: type.pos };
          }
        } else if (type !== undefined) {
          entry.type = type;
        } else {
          const namePos = entry.name?.pos ?? this.pos;
          errorPos = namePos;
          entry.type = { kind: 'BadExpr', pos: namePos, end: Math.max(namePos, this.pos) };
        }
      }
      if (errorPos >= 0) {
        if (typeParams) this.typeParamError(named === typed, this.pos, errorPos, entries.length);
        else this.error(errorPos, 'mixed named and unnamed parameters');
      }
    }

    const fields: ast.Field[] = [];
    if (named === 0) {
      for (const entry of entries) {
        const type = entry.type as ast.Expr;
        fields.push({ kind: 'Field', names: [], type, pos: type.pos, end: type.end });
      }
      return fields;
    }
    // Names sharing one type object form one field: `a, b int`.
    let names: ast.Ident[] = [];
    let type: ast.Expr | undefined;
    const flush = (): void => {
      if (names.length === 0 || type === undefined) return;
      fields.push({ kind: 'Field', names, type, pos: names[0].pos, end: Math.max(type.end, names[names.length - 1].end) });
      names = [];
    };
    for (const entry of entries) {
      if (entry.type !== type) {
        flush();
        type = entry.type;
      }
      if (entry.name !== undefined) names.push(entry.name);
    }
    flush();
    return fields;
  }

  /**
   * In a type parameter list, names without a constraint (at the end, reported at the closing
   * bracket) or types without a name (reported at `namePos`).
   */
  private typeParamError(missingConstraint: boolean, closingPos: number, namePos: number, count: number): void {
    if (missingConstraint) this.error(closingPos, 'missing type constraint');
    else this.error(namePos, count === 1 ? 'missing type parameter name or invalid array length' : 'missing type parameter name');
  }

  /** Optional type parameters (when `acceptTypeParams`) and the parenthesised parameters. */
  private parseParameters(acceptTypeParams: boolean): { typeParams?: ast.FieldList; params: ast.FieldList } {
    let typeParams: ast.FieldList | undefined;
    if (acceptTypeParams && this.at('[')) {
      const opening = this.pos;
      this.next();
      const list = this.parseParameterList(undefined, undefined, ']');
      const closing = this.expect(']');
      typeParams = { kind: 'FieldList', opening, list, closing, pos: opening, end: this.after(closing) };
      if (list.length === 0) {
        this.error(closing, 'empty type parameter list');
        typeParams = undefined;
      }
    }
    const opening = this.expect('(');
    const list = !this.at(')') ? this.parseParameterList(undefined, undefined, ')') : [];
    const closing = this.expect(')');
    return { typeParams, params: { kind: 'FieldList', opening, list, closing, pos: opening, end: this.after(closing) } };
  }

  private parseResult(): ast.FieldList | undefined {
    if (this.at('(')) return this.parseParameters(false).params;
    const type = this.tryIdentOrType();
    if (type === undefined) return undefined;
    const field: ast.Field = { kind: 'Field', names: [], type, pos: type.pos, end: type.end };
    return { kind: 'FieldList', opening: -1, list: [field], closing: -1, pos: type.pos, end: type.end };
  }

  private parseFuncType(): ast.FuncType {
    const pos = this.expect('func');
    const { typeParams, params } = this.parseParameters(true);
    if (typeParams !== undefined) this.error(typeParams.pos, 'function type must have no type parameters');
    const results = this.parseResult();
    return { kind: 'FuncType', func: pos, params, results, pos, end: results?.end ?? params.end };
  }

  private parseMethodSpec(): ast.Field {
    const doc = this.leadComment;
    const ident = this.parseIdent();
    if (this.at('(')) {
      const { params } = this.parseParameters(false);
      const results = this.parseResult();
      const type: ast.FuncType = { kind: 'FuncType', func: -1, params, results, pos: params.pos, end: results?.end ?? params.end };
      return { kind: 'Field', doc, names: [ident], type, pos: ident.pos, end: type.end };
    }
    let type: ast.Expr = ident;
    if (this.at('[')) {
      // A generic method (not allowed, parsed for recovery) or an embedded instantiated type.
      const lbrack = this.pos;
      this.next();
      this.exprLev++;
      const x = this.parseExpr();
      this.exprLev--;
      if (x.kind === 'Ident' && !this.at(',') && !this.at(']')) {
        this.parseParameterList(x, undefined, ']');
        this.expect(']');
        this.error(lbrack, 'interface method must have no type parameters');
        const { params } = this.parseParameters(false);
        const results = this.parseResult();
        const signature: ast.FuncType = { kind: 'FuncType', func: -1, params, results, pos: params.pos, end: results?.end ?? params.end };
        return { kind: 'Field', doc, names: [ident], type: signature, pos: ident.pos, end: signature.end };
      }
      const list = [x];
      if (this.atComma('type argument list', ']')) {
        this.exprLev++;
        this.next();
        while (!this.at(']') && !this.at('EOF')) {
          list.push(this.parseType());
          if (!this.atComma('type argument list', ']')) break;
          this.next();
        }
        this.exprLev--;
      }
      const rbrack = this.expectClosing(']', 'type argument list');
      type = packIndexExpr(ident, lbrack, list, rbrack, this.after(rbrack));
    } else if (this.at('.')) {
      type = this.parseQualifiedIdent(ident);
    }
    return { kind: 'Field', doc, names: [], type, pos: type.pos, end: type.end };
  }

  /** A union of type terms: `~int | string`, starting with `x` when given. */
  private embeddedElem(x: ast.Expr | undefined): ast.Expr {
    let left = x ?? this.embeddedTerm();
    while (this.at('|')) {
      const opPos = this.pos;
      this.next();
      const right = this.embeddedTerm();
      left = { kind: 'BinaryExpr', x: left, op: '|', opPos, y: right, pos: left.pos, end: right.end };
    }
    return left;
  }

  private embeddedTerm(): ast.Expr {
    if (this.at('~')) {
      const pos = this.pos;
      this.next();
      const type = this.parseType();
      return { kind: 'UnaryExpr', op: '~', x: type, pos, end: type.end };
    }
    const type = this.tryIdentOrType();
    if (type !== undefined) return type;
    const pos = this.pos;
    this.errorExpected(pos, '~ term or type');
    this.advance(exprEnd);
    return { kind: 'BadExpr', pos, end: Math.max(pos, this.prevEnd) };
  }

  private parseInterfaceType(): ast.InterfaceType {
    const pos = this.expect('interface');
    const lbrace = this.expect('{');
    const list: ast.Field[] = [];
    for (;;) {
      if (this.at('IDENT')) {
        const field = this.parseMethodSpec();
        if (field.names.length === 0) {
          field.type = this.embeddedElem(field.type);
          field.end = field.type.end;
        }
        field.comment = this.expectSemi();
        list.push(field);
      } else if (this.at('~')) {
        const doc = this.leadComment;
        const type = this.embeddedElem(undefined);
        const comment = this.expectSemi();
        list.push({ kind: 'Field', doc, names: [], type, comment, pos: type.pos, end: type.end });
      } else {
        const doc = this.leadComment;
        const type = this.tryIdentOrType();
        if (type === undefined) break;
        const elem = this.embeddedElem(type);
        const comment = this.expectSemi();
        list.push({ kind: 'Field', doc, names: [], type: elem, comment, pos: elem.pos, end: elem.end });
      }
    }
    const rbrace = this.expect('}');
    const methods: ast.FieldList = { kind: 'FieldList', opening: lbrace, list, closing: rbrace, pos: lbrace, end: this.after(rbrace) };
    return { kind: 'InterfaceType', methods, pos, end: this.after(rbrace) };
  }

  private parseMapType(): ast.MapType {
    const pos = this.expect('map');
    this.expect('[');
    const key = this.parseType();
    this.expect(']');
    const value = this.parseType();
    return { kind: 'MapType', key, value, pos, end: value.end };
  }

  private parseChanType(): ast.ChanType {
    const pos = this.pos;
    let dir: ast.ChanDir = 'both';
    let arrow = -1;
    if (this.at('chan')) {
      this.next();
      if (this.at('<-')) {
        arrow = this.pos;
        this.next();
        dir = 'send';
      }
    } else {
      arrow = this.expect('<-');
      this.expect('chan');
      dir = 'recv';
    }
    const value = this.parseType();
    return { kind: 'ChanType', dir, arrow, value, pos, end: value.end };
  }

  /** A type, or undefined (without consuming anything) when the current token cannot start one. */
  private tryIdentOrType(): ast.Expr | undefined {
    this.enter();
    try {
      switch (this.tok) {
        case 'IDENT': {
          const name = this.parseTypeName(undefined);
          if (this.at('[')) return this.parseTypeInstance(name);
          return name;
        }
        case '[': {
          const lbrack = this.pos;
          this.next();
          return this.parseArrayType(lbrack, undefined);
        }
        case 'struct':
          return this.parseStructType();
        case '*':
          return this.parsePointerType();
        case 'func':
          return this.parseFuncType();
        case 'interface':
          return this.parseInterfaceType();
        case 'map':
          return this.parseMapType();
        case 'chan': case '<-':
          return this.parseChanType();
        case '(': {
          const lparen = this.pos;
          this.next();
          const type = this.parseType();
          const rparen = this.expect(')');
          return { kind: 'ParenExpr', x: type, pos: lparen, end: this.after(rparen) };
        }
        default:
          return undefined;
      }
    } finally {
      this.leave();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Blocks

  private parseStmtList(): ast.Stmt[] {
    const list: ast.Stmt[] = [];
    while (!this.at('case') && !this.at('default') && !this.at('}') && !this.at('EOF')) {
      list.push(this.parseStmt());
    }
    return list;
  }

  private parseBody(): ast.BlockStmt {
    if (this.bodyDepth++ === 0) this.bodyErrorMark = this.errors.length;
    try {
      const lbrace = this.expect('{');
      const list = this.parseStmtList();
      const rbrace = this.expect2('}');
      return blockStmt(lbrace, list, rbrace, this.prevEnd);
    } finally {
      if (this.bodyDepth > 0) this.bodyDepth--;
    }
  }

  private parseBlockStmt(): ast.BlockStmt {
    const lbrace = this.expect('{');
    const list = this.parseStmtList();
    const rbrace = this.expect2('}');
    return blockStmt(lbrace, list, rbrace, this.prevEnd);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private parseFuncTypeOrLit(): ast.Expr {
    const type = this.parseFuncType();
    if (!this.at('{')) return type;
    this.exprLev++;
    const body = this.parseBody();
    this.exprLev--;
    return { kind: 'FuncLit', type, body, pos: type.pos, end: body.end };
  }

  private parseOperand(): ast.Expr {
    switch (this.tok) {
      case 'IDENT':
        return this.parseIdent();
      case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING': {
        const lit: ast.BasicLit = { kind: 'BasicLit', litKind: this.tok, value: this.lit, pos: this.pos, end: this.end };
        this.next();
        return lit;
      }
      case '(': {
        const lparen = this.pos;
        this.next();
        this.exprLev++;
        const x = this.parseRhsOrType();
        this.exprLev--;
        const rparen = this.expect(')');
        return { kind: 'ParenExpr', x, pos: lparen, end: Math.max(this.after(rparen), x.end) };
      }
      case 'func':
        return this.parseFuncTypeOrLit();
    }
    const type = this.tryIdentOrType();
    if (type !== undefined) return type; // a type for a conversion or composite literal
    const pos = this.pos;
    this.errorExpected(pos, 'operand');
    this.advance(stmtStart);
    return { kind: 'BadExpr', pos, end: Math.max(pos, this.prevEnd) };
  }

  private parseSelectorOrTypeAssertion(x: ast.Expr): ast.Expr {
    this.next(); // '.'
    if (this.at('IDENT')) {
      const sel = this.parseIdent();
      return { kind: 'SelectorExpr', x, sel, pos: x.pos, end: sel.end };
    }
    if (this.at('(')) {
      const lparen = this.pos;
      this.next();
      let type: ast.Expr | undefined;
      if (this.at('type')) this.next(); // x.(type) in a type switch guard
      else type = this.parseType();
      const rparen = this.expect(')');
      return { kind: 'TypeAssertExpr', x, lparen, type, rparen, pos: x.pos, end: this.after(rparen) };
    }
    const pos = this.pos;
    this.errorExpected(pos, 'selector or type assertion');
    if (!this.at('}')) this.next(); // make progress
    const sel: ast.Ident = { kind: 'Ident', name: '_', pos, end: pos };
    return { kind: 'SelectorExpr', x, sel, pos: x.pos, end: Math.max(x.end, pos) };
  }

  private parseIndexOrSliceOrInstance(x: ast.Expr): ast.Expr {
    const lbrack = this.expect('[');
    if (this.at(']')) {
      // Empty indices are not permitted; accept them for tolerance, but complain.
      this.errorExpected(this.pos, 'operand');
      const rbrack = this.pos;
      this.next();
      const index: ast.BadExpr = { kind: 'BadExpr', pos: rbrack, end: rbrack };
      return { kind: 'IndexExpr', x, lbrack, index, rbrack, pos: x.pos, end: this.after(rbrack) };
    }
    this.exprLev++;
    const index: (ast.Expr | undefined)[] = [undefined, undefined, undefined];
    const colons = [-1, -1];
    let colonCount = 0;
    const args: ast.Expr[] = [];
    if (!this.at(':')) index[0] = this.parseRhsOrType();
    if (this.at(':')) {
      while (this.at(':') && colonCount < 2) {
        colons[colonCount] = this.pos;
        colonCount++;
        this.next();
        if (!this.at(':') && !this.at(']') && !this.at('EOF')) index[colonCount] = this.parseRhs();
      }
    } else if (this.at(',')) {
      args.push(index[0] as ast.Expr);
      while (this.at(',')) {
        this.next();
        if (!this.at(']') && !this.at('EOF')) args.push(this.parseType());
      }
    }
    this.exprLev--;
    const rbrack = this.expect(']');
    const end = Math.max(this.after(rbrack), this.prevEnd);
    if (colonCount > 0) {
      let slice3 = false;
      if (colonCount === 2) {
        slice3 = true;
        if (index[1] === undefined) {
          this.error(colons[0], 'middle index required in 3-index slice');
          index[1] = { kind: 'BadExpr', pos: colons[0] + 1, end: colons[1] };
        }
        if (index[2] === undefined) {
          this.error(colons[1], 'final index required in 3-index slice');
          index[2] = { kind: 'BadExpr', pos: colons[1] + 1, end: rbrack };
        }
      }
      return { kind: 'SliceExpr', x, lbrack, low: index[0], high: index[1], max: index[2], slice3, rbrack, pos: x.pos, end };
    }
    if (args.length === 0) {
      const only = index[0] ?? ({ kind: 'BadExpr', pos: rbrack, end: rbrack } as ast.BadExpr);
      return { kind: 'IndexExpr', x, lbrack, index: only, rbrack, pos: x.pos, end };
    }
    return packIndexExpr(x, lbrack, args, rbrack, this.after(rbrack));
  }

  private parseCallOrConversion(fun: ast.Expr): ast.CallExpr {
    const lparen = this.expect('(');
    this.exprLev++;
    const args: ast.Expr[] = [];
    let ellipsis = -1;
    while (!this.at(')') && !this.at('EOF') && ellipsis < 0) {
      args.push(this.parseRhsOrType()); // builtins may take a type: make(T, n)
      if (this.at('...')) {
        ellipsis = this.pos;
        this.next();
      }
      if (!this.atComma('argument list', ')')) break;
      this.next();
    }
    this.exprLev--;
    const rparen = this.expectClosing(')', 'argument list');
    return { kind: 'CallExpr', fun, lparen, args, ellipsis, rparen, pos: fun.pos, end: Math.max(this.after(rparen), this.prevEnd) };
  }

  private parseValue(): ast.Expr {
    if (this.at('{')) return this.parseLiteralValue(undefined);
    return this.parseExpr();
  }

  private parseElement(): ast.Expr {
    this.enter();
    try {
      const x = this.parseValue();
      if (!this.at(':')) return x;
      const colon = this.pos;
      this.next();
      const value = this.parseValue();
      return { kind: 'KeyValueExpr', key: x, colon, value, pos: x.pos, end: value.end };
    } finally {
      this.leave();
    }
  }

  private parseLiteralValue(type: ast.Expr | undefined): ast.CompositeLit {
    const lbrace = this.expect('{');
    const elts: ast.Expr[] = [];
    this.exprLev++;
    while (!this.at('}') && !this.at('EOF')) {
      elts.push(this.parseElement());
      if (!this.atComma('composite literal', '}')) break;
      this.next();
    }
    this.exprLev--;
    const found = this.at('}');
    const rbrace = this.expectClosing('}', 'composite literal');
    return {
      kind: 'CompositeLit', type, lbrace, elts, rbrace, incomplete: !found,
      pos: type?.pos ?? lbrace, end: found ? this.after(rbrace) : Math.max(this.after(lbrace), this.prevEnd),
    };
  }

  private parsePrimaryExpr(operand: ast.Expr | undefined): ast.Expr {
    this.enter();
    let chain = 0;
    try {
      let x = operand ?? this.parseOperand();
      // Each suffix consumes at least one token, so this loop always ends. A suffix chain nests
      // in the tree as deeply as parentheses do, so it counts toward the nesting bound.
      for (;;) {
        this.enter();
        chain++;
        switch (this.tok) {
          case '.':
            x = this.parseSelectorOrTypeAssertion(x);
            break;
          case '[':
            x = this.parseIndexOrSliceOrInstance(x);
            break;
          case '(':
            x = this.parseCallOrConversion(x);
            break;
          case '{': {
            const t = unparen(x);
            switch (t.kind) {
              case 'BadExpr': case 'Ident': case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr':
                if (this.exprLev < 0) return x; // the block of an if/for/switch
                break;
              case 'ArrayType': case 'StructType': case 'MapType':
                break;
              default:
                return x;
            }
            if (t !== x) this.error(t.pos, 'cannot parenthesize type in composite literal');
            x = this.parseLiteralValue(x);
            break;
          }
          default:
            return x;
        }
      }
    } finally {
      this.nestLev -= chain;
      this.leave();
    }
  }

  private parseUnaryExpr(): ast.Expr {
    this.enter();
    try {
      switch (this.tok) {
        case '+': case '-': case '!': case '^': case '&': case '~': {
          const pos = this.pos;
          const op = this.tok as UnaryOp;
          this.next();
          const x = this.parseUnaryExpr();
          return { kind: 'UnaryExpr', op, x, pos, end: x.end };
        }
        case '<-': {
          const arrow = this.pos;
          this.next();
          const x = this.parseUnaryExpr();
          if (x.kind === 'ChanType') {
            // `<-chan T`: the arrow belongs to the channel type.
            if (x.dir === 'both') return { kind: 'ChanType', dir: 'recv', arrow, value: x.value, pos: arrow, end: x.end };
            this.errorExpected(x.arrow, "'chan'");
            return { kind: 'ChanType', dir: 'recv', arrow, value: x, pos: arrow, end: x.end };
          }
          return { kind: 'UnaryExpr', op: '<-', x, pos: arrow, end: x.end };
        }
        case '*': {
          const pos = this.pos;
          this.next();
          const x = this.parseUnaryExpr();
          return { kind: 'StarExpr', x, pos, end: x.end };
        }
        default:
          return this.parsePrimaryExpr(undefined);
      }
    } finally {
      this.leave();
    }
  }

  private parseBinaryExpr(left: ast.Expr | undefined, minPrecedence: number): ast.Expr {
    this.enter();
    let chain = 0;
    try {
      let x = left ?? this.parseUnaryExpr();
      for (;;) {
        const mistypedEquals = this.inRhs && this.at('=');
        const precedence = mistypedEquals ? binaryPrecedence('==') : binaryPrecedence(this.tok);
        if (precedence < minPrecedence) return x;
        // A left-associative chain (`a + b + c ...`) builds a deep left spine without recursing
        // here; real code has chains of thousands of terms, so it has its own, larger bound.
        if (++chain > maxChainLength) {
          this.error(this.pos, 'exceeded max nesting depth');
          throw new Bailout();
        }
        const op = mistypedEquals ? '==' : (this.tok as BinaryOp);
        const opPos = this.expect(op);
        const y = this.parseBinaryExpr(undefined, precedence + 1);
        x = { kind: 'BinaryExpr', x, op, opPos, y, pos: x.pos, end: y.end };
      }
    } finally {
      this.leave();
    }
  }

  private parseExpr(): ast.Expr {
    return this.parseBinaryExpr(undefined, 1);
  }

  private parseRhs(): ast.Expr {
    const outer = this.inRhs;
    this.inRhs = true;
    const x = this.parseExpr();
    this.inRhs = outer;
    return x;
  }

  /** A right-hand side where a type is also acceptable (operands already try types). */
  private parseRhsOrType(): ast.Expr {
    return this.parseRhs();
  }

  /** An expression list on the left (`inRhs` false) or right of an assignment. */
  private parseList(inRhs: boolean): ast.Expr[] {
    const outer = this.inRhs;
    this.inRhs = inRhs;
    const list = this.parseExprList();
    this.inRhs = outer;
    return list;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  /**
   * A simple statement. With `rangeOk`, `k, v := range x` yields an AssignStmt whose single
   * right-hand side is marked by `isRange`.
   */
  private parseSimpleStmt(mode: SimpleStmtMode): { stmt: ast.Stmt; isRange: boolean; rangePos: number } {
    const x = this.parseList(false);
    if (assignOps.has(this.tok)) {
      const tokPos = this.pos;
      const tok = this.tok as AssignOp;
      this.next();
      if (mode === 'rangeOk' && this.at('range') && (tok === ':=' || tok === '=')) {
        const rangePos = this.pos;
        this.next();
        const y = this.parseRhs();
        const stmt: ast.AssignStmt = { kind: 'AssignStmt', lhs: x, tok, tokPos, rhs: [y], pos: x[0].pos, end: y.end };
        return { stmt, isRange: true, rangePos };
      }
      const y = this.parseList(true);
      const stmt: ast.AssignStmt = { kind: 'AssignStmt', lhs: x, tok, tokPos, rhs: y, pos: x[0].pos, end: y[y.length - 1].end };
      return { stmt, isRange: false, rangePos: -1 };
    }
    if (x.length > 1) this.errorExpected(x[0].pos, '1 expression'); // continue with the first
    const first = x[0];
    switch (this.tok) {
      case ':': {
        const colon = this.pos;
        this.next();
        if (mode === 'labelOk' && first.kind === 'Ident') {
          const stmt = this.parseStmt();
          return { stmt: { kind: 'LabeledStmt', label: first, colon, stmt, pos: first.pos, end: stmt.end }, isRange: false, rangePos: -1 };
        }
        this.error(colon, 'illegal label declaration');
        return { stmt: { kind: 'BadStmt', pos: first.pos, end: this.after(colon) }, isRange: false, rangePos: -1 };
      }
      case '<-': {
        const arrow = this.pos;
        this.next();
        const value = this.parseRhs();
        return { stmt: { kind: 'SendStmt', chan: first, arrow, value, pos: first.pos, end: value.end }, isRange: false, rangePos: -1 };
      }
      case '++': case '--': {
        const stmt: ast.IncDecStmt = { kind: 'IncDecStmt', x: first, tok: this.tok, tokPos: this.pos, pos: first.pos, end: this.end };
        this.next();
        return { stmt, isRange: false, rangePos: -1 };
      }
    }
    return { stmt: { kind: 'ExprStmt', x: first, pos: first.pos, end: first.end }, isRange: false, rangePos: -1 };
  }

  private parseCallExpr(keyword: string): ast.Expr {
    const x = this.parseRhsOrType();
    const call = unparen(x);
    if (call.kind === 'CallExpr') {
      if (call !== x) this.error(x.pos, `expression in ${keyword} must not be parenthesized`);
      return call;
    }
    if (x.kind !== 'BadExpr') this.error(x.end, `expression in ${keyword} must be function call`);
    return x;
  }

  private parseGoOrDeferStmt(keyword: 'go' | 'defer'): ast.Stmt {
    const pos = this.expect(keyword);
    const call = this.parseCallExpr(keyword);
    const end = Math.max(call.end, pos + keyword.length);
    this.expectSemi();
    return keyword === 'go' ? { kind: 'GoStmt', call, pos, end } : { kind: 'DeferStmt', call, pos, end };
  }

  private parseReturnStmt(): ast.ReturnStmt {
    const pos = this.pos;
    this.expect('return');
    const results = !this.at(';') && !this.at('}') ? this.parseList(true) : [];
    const end = results.length > 0 ? results[results.length - 1].end : pos + 'return'.length;
    this.expectSemi();
    return { kind: 'ReturnStmt', results, pos, end };
  }

  private parseBranchStmt(tok: ast.BranchStmt['tok']): ast.BranchStmt {
    const pos = this.expect(tok);
    let label: ast.Ident | undefined;
    if (tok !== 'fallthrough' && this.at('IDENT')) label = this.parseIdent();
    const end = label?.end ?? pos + tok.length;
    this.expectSemi();
    return { kind: 'BranchStmt', tok, label, pos, end };
  }

  /** The expression of a condition or switch tag, or an error for another kind of statement. */
  private makeExpr(stmt: ast.Stmt | undefined, want: string): ast.Expr | undefined {
    if (stmt === undefined) return undefined;
    if (stmt.kind === 'ExprStmt') return stmt.x;
    const found = stmt.kind === 'AssignStmt' ? 'assignment' : 'simple statement';
    this.error(stmt.pos, `expected ${want}, found ${found} (missing parentheses around composite literal?)`, stmt.end);
    return { kind: 'BadExpr', pos: stmt.pos, end: stmt.end };
  }

  private parseIfHeader(): { init?: ast.Stmt; cond: ast.Expr } {
    if (this.at('{')) {
      this.error(this.pos, 'missing condition in if statement');
      return { cond: { kind: 'BadExpr', pos: this.pos, end: this.pos } };
    }
    const outer = this.exprLev;
    this.exprLev = -1;
    let init: ast.Stmt | undefined;
    if (!this.at(';')) {
      if (this.at('var')) {
        this.next();
        this.error(this.pos, 'var declaration not allowed in if initializer');
      }
      init = this.parseSimpleStmt('basic').stmt;
    }
    let condStmt: ast.Stmt | undefined;
    let semiPos = -1;
    let semiLit = '';
    if (!this.at('{')) {
      if (this.at(';')) {
        semiPos = this.pos;
        semiLit = this.lit;
        this.next();
      } else this.expect(';');
      if (!this.at('{')) condStmt = this.parseSimpleStmt('basic').stmt;
    } else {
      condStmt = init;
      init = undefined;
    }
    let cond: ast.Expr | undefined;
    if (condStmt !== undefined) cond = this.makeExpr(condStmt, 'boolean expression');
    else if (semiPos >= 0) {
      this.error(semiPos, semiLit === '\n' ? 'unexpected newline, expecting { after if clause' : 'missing condition in if statement');
    }
    this.exprLev = outer;
    return { init, cond: cond ?? { kind: 'BadExpr', pos: this.pos, end: this.pos } };
  }

  private parseIfStmt(): ast.IfStmt {
    this.enter();
    try {
      const pos = this.expect('if');
      const { init, cond } = this.parseIfHeader();
      const body = this.parseBlockStmt();
      let elseStmt: ast.Stmt | undefined;
      if (this.at('else')) {
        this.next();
        if (this.at('if')) elseStmt = this.parseIfStmt();
        else if (this.at('{')) {
          elseStmt = this.parseBlockStmt();
          this.expectSemi();
        } else {
          this.errorExpected(this.pos, 'if statement or block');
          elseStmt = { kind: 'BadStmt', pos: this.pos, end: this.pos };
        }
      } else this.expectSemi();
      return { kind: 'IfStmt', init, cond, body, else: elseStmt, pos, end: elseStmt?.end ?? body.end };
    } finally {
      this.leave();
    }
  }

  private parseCaseClause(typeSwitch: boolean): ast.CaseClause {
    const pos = this.pos;
    let list: ast.Expr[] | undefined;
    if (this.at('case')) {
      this.next();
      list = typeSwitch ? this.parseTypeList() : this.parseList(true);
    } else this.expect('default');
    const colon = this.expect(':');
    const body = this.parseStmtList();
    const end = body.length > 0 ? body[body.length - 1].end : this.after(colon);
    return { kind: 'CaseClause', list, colon, body, pos, end: Math.max(end, pos) };
  }

  private parseTypeList(): ast.Expr[] {
    const list = [this.parseType()];
    while (this.at(',')) {
      this.next();
      list.push(this.parseType());
    }
    return list;
  }

  private isTypeSwitchGuard(stmt: ast.Stmt | undefined): boolean {
    if (stmt === undefined) return false;
    if (stmt.kind === 'ExprStmt') return isTypeSwitchAssert(stmt.x);
    if (stmt.kind === 'AssignStmt' && stmt.lhs.length === 1 && stmt.rhs.length === 1 && isTypeSwitchAssert(stmt.rhs[0])) {
      if (stmt.tok === ':=') return true;
      if (stmt.tok === '=') {
        this.error(stmt.tokPos, "expected ':=', found '='");
        return true;
      }
    }
    return false;
  }

  private parseSwitchStmt(): ast.Stmt {
    const pos = this.expect('switch');
    let s1: ast.Stmt | undefined;
    let s2: ast.Stmt | undefined;
    if (!this.at('{')) {
      const outer = this.exprLev;
      this.exprLev = -1;
      if (!this.at(';')) s2 = this.parseSimpleStmt('basic').stmt;
      if (this.at(';')) {
        this.next();
        s1 = s2;
        s2 = undefined;
        if (!this.at('{')) s2 = this.parseSimpleStmt('basic').stmt;
      }
      this.exprLev = outer;
    }
    const typeSwitch = this.isTypeSwitchGuard(s2);
    const lbrace = this.expect('{');
    const list: ast.Stmt[] = [];
    while (this.at('case') || this.at('default')) list.push(this.parseCaseClause(typeSwitch));
    const rbrace = this.expect2('}');
    const body = blockStmt(lbrace, list, rbrace, this.prevEnd);
    this.expectSemi();
    if (typeSwitch && s2 !== undefined) return { kind: 'TypeSwitchStmt', init: s1, assign: s2, body, pos, end: body.end };
    return { kind: 'SwitchStmt', init: s1, tag: this.makeExpr(s2, 'switch expression'), body, pos, end: body.end };
  }

  private parseCommClause(): ast.CommClause {
    const pos = this.pos;
    let comm: ast.Stmt | undefined;
    if (this.at('case')) {
      this.next();
      const lhs = this.parseList(false);
      if (this.at('<-')) {
        if (lhs.length > 1) this.errorExpected(lhs[0].pos, '1 expression');
        const arrow = this.pos;
        this.next();
        const value = this.parseRhs();
        comm = { kind: 'SendStmt', chan: lhs[0], arrow, value, pos: lhs[0].pos, end: value.end };
      } else if (this.at('=') || this.at(':=')) {
        const tok = this.tok as '=' | ':=';
        let targets = lhs;
        if (targets.length > 2) {
          this.errorExpected(targets[0].pos, '1 or 2 expressions');
          targets = targets.slice(0, 2);
        }
        const tokPos = this.pos;
        this.next();
        const rhs = this.parseRhs();
        comm = { kind: 'AssignStmt', lhs: targets, tok, tokPos, rhs: [rhs], pos: targets[0].pos, end: rhs.end };
      } else {
        if (lhs.length > 1) this.errorExpected(lhs[0].pos, '1 expression');
        comm = { kind: 'ExprStmt', x: lhs[0], pos: lhs[0].pos, end: lhs[0].end };
      }
    } else this.expect('default');
    const colon = this.expect(':');
    const body = this.parseStmtList();
    const end = body.length > 0 ? body[body.length - 1].end : this.after(colon);
    return { kind: 'CommClause', comm, colon, body, pos, end: Math.max(end, pos) };
  }

  private parseSelectStmt(): ast.SelectStmt {
    const pos = this.expect('select');
    const lbrace = this.expect('{');
    const list: ast.Stmt[] = [];
    while (this.at('case') || this.at('default')) list.push(this.parseCommClause());
    const rbrace = this.expect2('}');
    const body = blockStmt(lbrace, list, rbrace, this.prevEnd);
    this.expectSemi();
    return { kind: 'SelectStmt', body, pos, end: body.end };
  }

  private parseForStmt(): ast.Stmt {
    const pos = this.expect('for');
    let s1: ast.Stmt | undefined;
    let s2: ast.Stmt | undefined;
    let s3: ast.Stmt | undefined;
    let isRange = false;
    let rangePos = -1;
    let bareRange: ast.Expr | undefined;
    if (!this.at('{')) {
      const outer = this.exprLev;
      this.exprLev = -1;
      if (!this.at(';')) {
        if (this.at('range')) {
          // `for range x`
          rangePos = this.pos;
          this.next();
          bareRange = this.parseRhs();
          isRange = true;
        } else {
          const simple = this.parseSimpleStmt('rangeOk');
          s2 = simple.stmt;
          isRange = simple.isRange;
          rangePos = simple.rangePos;
        }
      }
      if (!isRange && this.at(';')) {
        this.next();
        s1 = s2;
        s2 = undefined;
        if (!this.at(';')) s2 = this.parseSimpleStmt('basic').stmt;
        this.expectSemi();
        if (!this.at('{')) s3 = this.parseSimpleStmt('basic').stmt;
      }
      this.exprLev = outer;
    }
    const body = this.parseBlockStmt();
    this.expectSemi();
    if (isRange) {
      if (bareRange !== undefined) {
        return { kind: 'RangeStmt', tokPos: -1, rangePos, x: bareRange, body, pos, end: body.end };
      }
      const assign = s2 as ast.AssignStmt;
      if (assign.lhs.length > 2) {
        this.errorExpected(assign.lhs[assign.lhs.length - 1].pos, 'at most 2 expressions');
        return { kind: 'BadStmt', pos, end: body.end };
      }
      return {
        kind: 'RangeStmt', key: assign.lhs[0], value: assign.lhs[1], tok: assign.tok as '=' | ':=', tokPos: assign.tokPos,
        rangePos, x: assign.rhs[0], body, pos, end: body.end,
      };
    }
    return { kind: 'ForStmt', init: s1, cond: this.makeExpr(s2, 'boolean or range expression'), post: s3, body, pos, end: body.end };
  }

  private parseStmt(): ast.Stmt {
    this.enter();
    try {
      switch (this.tok) {
        case 'const': case 'type': case 'var': {
          const decl = this.parseGenDecl(this.tok);
          return { kind: 'DeclStmt', decl, pos: decl.pos, end: decl.end };
        }
        case 'IDENT': case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING': case 'func': case '(':
        case '[': case 'struct': case 'map': case 'chan': case 'interface':
        case '+': case '-': case '*': case '&': case '^': case '<-': case '!': case '~': {
          const { stmt } = this.parseSimpleStmt('labelOk');
          // A labeled statement already consumed its statement's terminator.
          if (stmt.kind !== 'LabeledStmt') this.expectSemi();
          return stmt;
        }
        case 'go':
          return this.parseGoOrDeferStmt('go');
        case 'defer':
          return this.parseGoOrDeferStmt('defer');
        case 'return':
          return this.parseReturnStmt();
        case 'break': case 'continue': case 'goto': case 'fallthrough':
          return this.parseBranchStmt(this.tok);
        case '{': {
          const block = this.parseBlockStmt();
          this.expectSemi();
          return block;
        }
        case 'if':
          return this.parseIfStmt();
        case 'switch':
          return this.parseSwitchStmt();
        case 'select':
          return this.parseSelectStmt();
        case 'for':
          return this.parseForStmt();
        case ';': {
          const stmt: ast.EmptyStmt = { kind: 'EmptyStmt', implicit: this.lit === '\n', pos: this.pos, end: this.lit === '\n' ? this.pos : this.pos + 1 };
          this.next();
          return stmt;
        }
        case '}':
          return { kind: 'EmptyStmt', implicit: true, pos: this.pos, end: this.pos };
        default: {
          const pos = this.pos;
          this.errorExpected(pos, 'statement');
          this.advance(stmtStart);
          return { kind: 'BadStmt', pos, end: Math.max(pos, this.prevEnd) };
        }
      }
    } finally {
      this.leave();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Declarations

  private parseImportSpec(doc: ast.CommentGroup | undefined): ast.ImportSpec {
    const start = this.pos;
    let name: ast.Ident | undefined;
    if (this.at('IDENT')) name = this.parseIdent();
    else if (this.at('.')) {
      name = { kind: 'Ident', name: '.', pos: this.pos, end: this.end };
      this.next();
    }
    const pathPos = this.pos;
    let path: ast.BasicLit;
    if (this.at('STRING')) {
      path = { kind: 'BasicLit', litKind: 'STRING', value: this.lit, pos: this.pos, end: this.end };
      if (!isValidImportPath(this.lit)) this.error(pathPos, `invalid import path: ${this.lit}`, this.end);
      this.next();
    } else if (isLiteralToken(this.tok)) {
      this.error(pathPos, 'import path must be a string', this.end);
      path = { kind: 'BasicLit', litKind: 'STRING', value: '""', pos: pathPos, end: this.end };
      this.next();
    } else {
      this.error(pathPos, 'missing import path');
      path = { kind: 'BasicLit', litKind: 'STRING', value: '""', pos: pathPos, end: pathPos };
      this.advance(exprEnd);
    }
    const end = Math.max(path.end, start);
    const comment = this.expectSemi();
    const spec: ast.ImportSpec = { kind: 'ImportSpec', doc, name, path, comment, pos: start, end };
    this.partial.imports.push(spec);
    return spec;
  }

  private parseValueSpec(doc: ast.CommentGroup | undefined, keyword: 'const' | 'var', iota: number): ast.ValueSpec {
    const start = this.pos;
    const names = this.parseIdentList();
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (keyword === 'const') {
      // The type and values are optional for tolerance; the checker reports what is missing.
      if (!this.at('EOF') && !this.at(';') && !this.at(')')) {
        type = this.tryIdentOrType();
        if (this.at('=')) {
          this.next();
          values = this.parseList(true);
        }
      }
    } else {
      if (!this.at('=')) type = this.parseType();
      if (this.at('=')) {
        this.next();
        values = this.parseList(true);
      }
    }
    const end = Math.max(this.prevEnd, start);
    const comment = this.expectSemi();
    return { kind: 'ValueSpec', doc, names, type, values, comment, iota: keyword === 'const' ? iota : 0, pos: start, end };
  }

  private parseTypeSpec(doc: ast.CommentGroup | undefined): ast.TypeSpec {
    const name = this.parseIdent();
    let typeParams: ast.FieldList | undefined;
    let assign = -1;
    let type: ast.Expr;
    if (this.at('[')) {
      // An array type `T [N]E` or a type parameter list `T[P C]`.
      const lbrack = this.pos;
      this.next();
      if (this.at('IDENT')) {
        let x: ast.Expr = this.parseIdent();
        if (!this.at('[')) {
          this.exprLev++;
          const lhs = this.parsePrimaryExpr(x);
          x = this.parseBinaryExpr(lhs, 1);
          this.exprLev--;
        }
        const { pname, ptype } = extractName(x, this.at(','));
        if (pname !== undefined && (ptype !== undefined || !this.at(']'))) {
          const list = this.parseParameterList(pname, ptype, ']');
          const closing = this.expect(']');
          typeParams = { kind: 'FieldList', opening: lbrack, list, closing, pos: lbrack, end: this.after(closing) };
          if (this.at('=')) {
            assign = this.pos;
            this.next();
          }
          type = this.parseType();
        } else {
          type = this.parseArrayType(lbrack, x);
        }
      } else {
        type = this.parseArrayType(lbrack, undefined);
      }
    } else {
      if (this.at('=')) {
        assign = this.pos;
        this.next();
      }
      type = this.parseType();
    }
    const end = Math.max(type.end, name.end);
    const comment = this.expectSemi();
    return { kind: 'TypeSpec', doc, name, typeParams, assign, type, comment, pos: name.pos, end };
  }

  private parseGenDecl(keyword: GenDeclToken): ast.GenDecl {
    const doc = this.leadComment;
    const pos = this.expect(keyword);
    let lparen = -1;
    let rparen = -1;
    const specs: ast.Spec[] = [];
    let end: number;
    if (this.at('(')) {
      lparen = this.pos;
      this.next();
      for (let iota = 0; !this.at(')') && !this.at('EOF'); iota++) {
        specs.push(this.parseSpec(keyword, this.leadComment, iota));
      }
      rparen = this.expect2(')');
      end = rparen >= 0 ? this.after(rparen) : this.prevEnd;
      this.expectSemi();
    } else {
      specs.push(this.parseSpec(keyword, undefined, 0));
      end = specs[0].end;
    }
    return { kind: 'GenDecl', doc, tok: keyword, tokPos: pos, lparen, specs, rparen, pos, end: Math.max(end, pos + keyword.length) };
  }

  private parseSpec(keyword: GenDeclToken, doc: ast.CommentGroup | undefined, iota: number): ast.Spec {
    switch (keyword) {
      case 'import':
        return this.parseImportSpec(doc);
      case 'type':
        return this.parseTypeSpec(doc);
      default:
        return this.parseValueSpec(doc, keyword, iota);
    }
  }

  private parseFuncDecl(): ast.FuncDecl {
    const doc = this.leadComment;
    const pos = this.expect('func');
    let recv: ast.FieldList | undefined;
    if (this.at('(')) recv = this.parseParameters(false).params;
    const name = this.parseIdent();
    const parameters = this.parseParameters(true);
    let typeParams = parameters.typeParams;
    if (recv !== undefined && typeParams !== undefined) {
      this.error(typeParams.opening, 'method must have no type parameters');
      typeParams = undefined;
    }
    const results = this.parseResult();
    const type: ast.FuncType = { kind: 'FuncType', func: pos, params: parameters.params, results, pos, end: results?.end ?? parameters.params.end };
    let body: ast.BlockStmt | undefined;
    if (this.at('{')) {
      body = this.parseBody();
      this.expectSemi();
    } else if (this.at(';')) {
      this.next();
      if (this.at('{')) {
        this.error(this.pos, 'unexpected semicolon or newline before {');
        body = this.parseBody();
        this.expectSemi();
      }
    } else this.expectSemi();
    return { kind: 'FuncDecl', doc, recv, name, typeParams, type, body, pos, end: body?.end ?? type.end };
  }

  private parseDecl(sync: TokenSet): ast.Decl {
    switch (this.tok) {
      case 'import': case 'const': case 'type': case 'var':
        return this.parseGenDecl(this.tok);
      case 'func':
        return this.parseFuncDecl();
      default: {
        const pos = this.pos;
        this.errorExpected(pos, 'declaration');
        this.advance(sync);
        return { kind: 'BadDecl', pos, end: Math.max(pos, this.prevEnd) };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function isLiteralToken(tok: Token): boolean {
  return tok === 'IDENT' || tok === 'INT' || tok === 'FLOAT' || tok === 'IMAG' || tok === 'CHAR' || tok === 'STRING';
}

function blockStmt(lbrace: number, list: ast.Stmt[], rbrace: number, fallbackEnd: number): ast.BlockStmt {
  // A missing brace (at the end of the file) must not push the end past the text.
  const end = rbrace >= 0 ? rbrace + 1 : Math.max(Math.min(lbrace + 1, fallbackEnd), list.length > 0 ? list[list.length - 1].end : 0, fallbackEnd);
  return { kind: 'BlockStmt', lbrace, list, rbrace, pos: lbrace, end };
}

function packIndexExpr(x: ast.Expr, lbrack: number, list: ast.Expr[], rbrack: number, end: number): ast.Expr {
  if (list.length === 1) return { kind: 'IndexExpr', x, lbrack, index: list[0], rbrack, pos: x.pos, end };
  return { kind: 'IndexListExpr', x, lbrack, indices: list, rbrack, pos: x.pos, end };
}

function unparen(x: ast.Expr): ast.Expr {
  let e = x;
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function isTypeSwitchAssert(x: ast.Expr): boolean {
  return x.kind === 'TypeAssertExpr' && x.type === undefined;
}

/** Whether `x` can only be a type-set element (so `[P *C]` is a type parameter, not an array length). */
export function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~';
    case 'ParenExpr':
      return isTypeElem(x.x);
    default:
      return false;
  }
}

/**
 * Splits the expression after `type T[` into a type parameter name and the start of its
 * constraint, when it can be read that way (`P any`, `P *C`, `P ~int | ~string`).
 */
function extractName(x: ast.Expr, force: boolean): { pname?: ast.Ident; ptype?: ast.Expr } {
  switch (x.kind) {
    case 'Ident':
      return { pname: x };
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          return { pname: x.x, ptype: { kind: 'StarExpr', x: x.y, pos: x.opPos, end: x.y.end } };
        }
      } else if (x.op === '|') {
        const inner = extractName(x.x, force || isTypeElem(x.y));
        if (inner.pname !== undefined && inner.ptype !== undefined) {
          return { pname: inner.pname, ptype: { ...x, x: inner.ptype, pos: inner.ptype.pos } };
        }
      }
      return {};
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
        return { pname: x.fun, ptype: x.args[0] };
      }
      return {};
    default:
      return {};
  }
}

/** Go's rule for import path strings: non-empty, and no spaces, controls or `!"#$%&'()*,:;<=>?[\]^`{|}`. */
function isValidImportPath(raw: string): boolean {
  let path: string;
  if (raw.startsWith('`')) path = raw.slice(1, -1);
  else {
    try {
      path = JSON.parse(raw) as string;
    } catch {
      return true; // escapes JSON does not know (\x, \a, ...): leave the check to later phases
    }
  }
  if (path === '') return false;
  for (const ch of path) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || code === 0xfffd) return false;
    if ('!"#$%&\'()*,:;<=>?[\\]^`{|}'.includes(ch)) return false;
  }
  return true;
}
