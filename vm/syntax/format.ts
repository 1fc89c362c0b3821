// The formatter: gofmt's layout for a whole Go file. It prints the tree again with tabs for
// indentation, gofmt's spacing of binary operators by precedence and nesting depth, the line
// breaks the source has where gofmt keeps them (lists, operators, at most one blank line), one-line
// function bodies and structs when they were one line and are short, and comments where they were.
// Columns (struct fields, const/var groups, keyed literal values, trailing comments) are marked
// with cell separators and aligned by `tabwriter.ts`, as go/printer does with text/tabwriter.
// Imports are sorted within their groups first (`importSort.ts`). A file with syntax errors is
// not formatted: its errors are returned instead. It does not do gofmt -s simplifications or
// Go 1.19's rewriting of doc comment text. It never throws.

import type * as ast from './ast';
import { canonicalImportPath, sortImports } from './importSort';
import { isTypeElem, parse } from './parser';
import type { LineIndex } from './position';
import { alignColumns, escapeChar } from './tabwriter';
import { binaryPrecedence } from './token';

export type FormatResult = { text: string } | { errors: ast.SyntaxError[] };

/** Formats a file as gofmt would; a file with syntax errors yields its errors. */
export function formatFile(text: string, fileName = 'input.go'): FormatResult {
  try {
    let result = parse(fileName, text);
    if (result.errors.length > 0) return { errors: result.errors };
    let source = text;
    const sorted = sortImports(text, result.file, result.lines);
    if (sorted !== text) {
      const reparsed = parse(fileName, sorted);
      if (reparsed.errors.length === 0) {
        result = reparsed;
        source = sorted;
      }
    }
    const printer = new Printer(source, result.lines, result.file.comments);
    printer.file(result.file);
    return { text: alignColumns(printer.finish()) };
  } catch (caught) {
    // A throw here is a bug; the caller gets an error instead of a crash.
    const message = caught instanceof Error ? caught.message : String(caught);
    return { errors: [{ pos: 0, end: 0, message: `internal formatter error: ${message}` }] };
  }
}

/** Where a list sits: its delimiters (offsets, when it has them) and how its line breaks look. */
interface ListOptions {
  open?: number;
  close?: number;
  /** A closing delimiter on its own line gets a trailing comma (call arguments, literals). */
  commaTerm?: boolean;
  /** The caller already indented the list. */
  noIndent?: boolean;
}

/** Pending whitespace, emitted lazily so that comments can be placed before or after it. */
type Space = ' ' | '\v' | '\t' | '\n' | '\f' | 'indent' | 'unindent' | 'ignore';

const infinity = 1e6;
const maxNewlines = 2;

class Printer {
  private readonly out: string[] = [];
  private indent = 0;
  private atLineStart = true;
  /** Characters written on the current output line (for size estimates). */
  private column = 0;
  private space: Space[] = [];
  /** Source line of the end of the last token or comment printed with a position. */
  private lastLine = 0;
  private readonly comments: ast.Comment[];
  private commentIndex = 0;
  /** A section break was dropped after the last comments (see commentSuffix). */
  private droppedFormfeed = false;
  /** The last token printed, to keep tokens that would merge apart (`- -x`). */
  private lastToken = '';
  /** Output newlines so far (to tell whether a header stayed on one line). */
  private newlineCount = 0;
  /** When set, comments are not printed (used while measuring a node's size). */
  private readonly measuring: boolean;
  /** The output has a newline since the last reset (for size estimates). */
  private sawNewline = false;

  constructor(
    private readonly src: string,
    private readonly lines: LineIndex,
    commentGroups: ast.CommentGroup[],
    measuring = false,
  ) {
    this.comments = measuring ? [] : commentGroups.flatMap((group) => group.list);
    this.measuring = measuring;
  }

  finish(): string {
    if (this.flushComments(this.src.length + 1, 'EOF') < 0) this.raw('\n');
    this.flushSpace(this.space.length);
    let text = this.out.join('');
    text = text.replace(/\n*$/, '\n');
    return text;
  }

  // -------------------------------------------------------------------------------------------
  // Output primitives

  private lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  private columnOf(offset: number): number {
    return offset - this.lines.lineStart(this.lineOf(offset));
  }

  private raw(text: string): void {
    if (this.atLineStart && text !== '\n' && text !== '\f') {
      if (this.indent > 0) this.out.push('\t'.repeat(this.indent));
      this.column = this.indent * 8;
      this.atLineStart = false;
    }
    this.out.push(text);
    if (text === '\n' || text === '\f') {
      this.atLineStart = true;
      this.column = 0;
      this.sawNewline = true;
      this.newlineCount++;
    } else this.column += text.length;
  }

  private flushSpace(upTo: number): void {
    for (let i = 0; i < upTo; i++) {
      const s = this.space[i];
      switch (s) {
        case 'ignore':
          break;
        case 'indent':
          this.indent++;
          break;
        case 'unindent':
          this.indent--;
          break;
        case ' ':
          if (!this.atLineStart) this.raw(' ');
          break;
        case '\n':
        case '\f':
          if (this.space[i + 1] === 'unindent') {
            // A label's outdent applies before its line break, which ends the section.
            this.indent--;
            this.space[i + 1] = 'ignore';
            this.raw('\f');
            break;
          }
          this.raw(s);
          break;
        default:
          this.raw(s);
      }
    }
    this.space = this.space.slice(upTo);
  }

  private queue(...spaces: Space[]): void {
    this.space.push(...spaces);
  }

  /** Prints a token; `pos` (when known) places the comments before it. */
  private token(text: string, pos = -1, escape = false, closingLiteral = false): void {
    if (this.space.length === 0 && mayCombine(this.lastToken, text)) this.queue(' ');
    if (pos >= 0) {
      // A queued line break means a statement already ended: more breaks cannot add a semicolon.
      const breakQueued = this.space.some((s) => s === '\n' || s === '\f');
      const newlines = this.flushComments(pos, text, closingLiteral);
      if (newlines >= 0 && (breakQueued || !impliesSemicolon(this.lastToken))) {
        // Keep the source's line breaks between a comment and the next token (at most one blank line).
        let n = Math.min(Math.max(0, this.lineOf(pos) - this.lastLine - newlines), maxNewlines);
        if (newlines > 0 && n === maxNewlines) n = maxNewlines - 1;
        // A section break dropped after the comment is restored here.
        for (let i = 0; i < n; i++) this.raw(this.droppedFormfeed ? '\f' : '\n');
      }
    } else this.flushSpace(this.space.length);
    this.lastToken = text;
    this.raw(escape ? escapeChar + text + escapeChar : text);
    if (text.includes('\n')) {
      this.sawNewline = true;
      this.column = text.length - text.lastIndexOf('\n') - 1;
    }
    if (pos >= 0) this.lastLine = this.lineOf(pos + Math.max(0, text.length - 1));
  }

  /** Queues line breaks for an item on source line `line`: as many as the source has, within [min, 2]. */
  private linebreak(line: number, min: number, newSection = false): number {
    const n = Math.max(Math.min(line - this.lastLine, maxNewlines), min);
    if (n === 0) return 0;
    if (newSection) {
      // As in go/printer, a new section counts as two breaks (it ends the alignment block).
      this.queue('\f');
      for (let i = 1; i < n; i++) this.queue('\n');
      return n + 1;
    }
    for (let i = 0; i < n; i++) this.queue('\n');
    return n;
  }

  // -------------------------------------------------------------------------------------------
  // Comments

  /** Prints the comments before `nextPos`; returns the line breaks written after them, or -1 when there were none. */
  private flushComments(nextPos: number, nextTok: string, closingLiteral = false): number {
    if (this.commentIndex >= this.comments.length || this.comments[this.commentIndex].pos >= nextPos) {
      this.flushSpace(this.space.length);
      return -1;
    }
    let previous: ast.Comment | undefined;
    while (this.commentIndex < this.comments.length && this.comments[this.commentIndex].pos < nextPos) {
      const comment = this.comments[this.commentIndex++];
      this.commentPrefix(comment, previous, nextPos, nextTok);
      this.writeComment(comment);
      this.lastLine = this.lineOf(comment.end - 1);
      previous = comment;
    }
    const last = previous as ast.Comment;
    let needsLinebreak = false;
    const nextLine = nextPos <= this.src.length ? this.lineOf(nextPos) : this.lastLine + 1;
    // Before the `}` of a composite literal, a block comment gets neither a blank nor a line break.
    if (last.text[1] === '*' && this.lineOf(last.pos) === nextLine && nextTok !== ',' && nextTok !== ')' && nextTok !== ']' && !closingLiteral) {
      if (this.space.some((s) => s === '\n' || s === '\f')) needsLinebreak = true;
      else this.raw(' ');
    }
    if (last.text[1] === '/' || nextTok === 'EOF' || (nextTok === '}' && !closingLiteral)) needsLinebreak = true;
    return this.commentSuffix(needsLinebreak);
  }

  /**
   * A `/* *\/` comment over several lines is written line by line, each line re-indented at the
   * current level once the lines' common leading blanks are removed (as go/printer does); the
   * line breaks end alignment sections.
   */
  private writeComment(comment: ast.Comment): void {
    let text = stripCarriageReturns(comment.text);
    if (text[1] === '/') text = text.replace(/[ \t]+$/, '');
    if (text[1] !== '*' || !text.includes('\n')) {
      this.raw(escapeChar + text + escapeChar);
      return;
    }
    const lines = text.split('\n');
    if (this.columnOf(comment.pos) === 0 && this.indent > 0) {
      // The comment will be indented: pretend it was, so that the prefix stays the same.
      for (let i = 1; i < lines.length; i++) lines[i] = '   ' + lines[i];
    }
    stripCommonPrefix(lines);
    lines.forEach((line, i) => {
      if (i > 0) this.raw('\f');
      const content = line.replace(/[ \t]+$/, '');
      if (content !== '') this.raw(escapeChar + content + escapeChar);
    });
  }

  private commentPrefix(comment: ast.Comment, previous: ast.Comment | undefined, nextPos: number, nextTok: string): void {
    const line = this.lineOf(comment.pos);
    if (line === this.lastLine && this.out.length > 0) {
      // A comment on the line of the previous token: separated by a tab, so that consecutive
      // trailing comments align (or by a space when code follows on the same line).
      let hasSeparator = false;
      if (previous === undefined) {
        let j = 0;
        for (; j < this.space.length; j++) {
          const s = this.space[j];
          if (s === ' ') this.space[j] = 'ignore';
          else if (s === '\v') hasSeparator = true;
          else if (s !== 'indent') break;
        }
        this.flushSpace(j);
      }
      if (!hasSeparator) {
        const nextLine = nextPos <= this.src.length ? this.lineOf(nextPos) : -1;
        this.raw(nextLine === line ? ' ' : '\t');
      }
      return;
    }
    // A comment on a line of its own.
    let droppedLinebreak = false;
    let j = 0;
    for (; j < this.space.length; j++) {
      const s = this.space[j];
      if (s === ' ' || s === '\v') {
        this.space[j] = 'ignore';
        continue;
      }
      if (s === 'indent' || s === 'ignore') continue;
      if (s === 'unindent') {
        if (this.space[j + 1] === 'unindent') continue;
        if (nextTok !== '}' && nextPos <= this.src.length && this.columnOf(comment.pos) === this.columnOf(nextPos)) continue;
      }
      if (s === '\n' || s === '\f') {
        this.space[j] = 'ignore';
        droppedLinebreak = previous === undefined;
      }
      break;
    }
    this.flushSpace(j);
    let n = this.out.length > 0 ? Math.max(0, line - this.lastLine) : 0;
    if (this.indent === 0 && droppedLinebreak) n++;
    if (n === 0 && previous !== undefined && previous.text[1] === '/') n = 1;
    if (n > 0) for (let i = 0; i < Math.min(n, maxNewlines); i++) this.raw('\f');
  }

  private commentSuffix(needsLinebreak: boolean): number {
    let need = needsLinebreak;
    let written = 0;
    this.droppedFormfeed = false;
    for (let i = 0; i < this.space.length; i++) {
      const s = this.space[i];
      if (s === ' ' || s === '\v') this.space[i] = 'ignore';
      else if (s === '\n' || s === '\f') {
        if (need) {
          need = false;
          written = 1;
        } else {
          if (s === '\f') this.droppedFormfeed = true;
          this.space[i] = 'ignore';
        }
      }
    }
    this.flushSpace(this.space.length);
    if (need) {
      this.raw('\n');
      written = 1;
    }
    return written;
  }

  // -------------------------------------------------------------------------------------------
  // Sizes

  /** The printed width of `node` on one line, or more than `max` if it needs several lines. */
  private nodeSize(node: ast.Node, max: number): number {
    if (node.end - node.pos > max * 4) return max + 1;
    if (this.src.slice(node.pos, node.end).includes('\n') && node.kind !== 'BasicLit') {
      // A node written over several lines stays over several lines (its lists keep their breaks).
      if (hasLineBreakingList(node, this.lines)) return max + 1;
    }
    const measure = new Printer(this.src, this.lines, [], true);
    measure.lastLine = this.lineOf(node.pos);
    measure.node(node);
    measure.flushSpace(measure.space.length);
    if (measure.sawNewline) return max + 1;
    const text = measure.out.join('').replace(new RegExp(escapeChar, 'g'), '');
    return text.length > max ? max + 1 : text.length;
  }

  private node(node: ast.Node): void {
    switch (node.kind) {
      case 'File':
        return this.file(node);
      case 'BlockStmt':
        return this.block(node, 1);
      default:
        if (isStmt(node)) return this.stmt(node as ast.Stmt, false);
        if (node.kind === 'GenDecl' || node.kind === 'FuncDecl' || node.kind === 'BadDecl') return this.decl(node);
        return this.expr(node as ast.Expr);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Files and declarations

  file(file: ast.File): void {
    this.token('package', file.package);
    this.queue(' ');
    this.expr(file.name);
    let previous: string | undefined;
    for (const decl of file.decls) {
      const kind = decl.kind === 'GenDecl' ? decl.tok : decl.kind === 'FuncDecl' ? 'func' : 'bad';
      const min = previous !== kind || declDoc(decl) !== undefined || previous === undefined ? 2 : 1;
      this.linebreak(this.lineOf(decl.pos), min, kind === 'func' && this.lineOf(decl.end) > this.lineOf(decl.pos));
      previous = kind;
      this.decl(decl);
    }
  }

  private decl(decl: ast.Decl): void {
    switch (decl.kind) {
      case 'GenDecl':
        return this.genDecl(decl);
      case 'FuncDecl':
        return this.funcDecl(decl);
      case 'BadDecl':
        return this.token(this.src.slice(decl.pos, decl.end), decl.pos, true);
    }
  }

  private genDecl(decl: ast.GenDecl): void {
    this.token(decl.tok, decl.tokPos);
    this.queue(' ');
    if (decl.lparen >= 0 || decl.specs.length > 1) {
      this.token('(', decl.lparen);
      const n = decl.specs.length;
      if (n > 0) {
        this.queue('indent', '\f');
        const keepType = (decl.tok === 'const' || decl.tok === 'var') && n > 1 ? keepTypeColumn(decl.specs as ast.ValueSpec[]) : [];
        decl.specs.forEach((spec, i) => {
          if (i > 0) this.linebreak(this.lineOf(spec.pos), 1, this.spansLines(decl.specs[i - 1]));
          if (spec.kind === 'ValueSpec' && n > 1) this.valueSpec(spec, keepType[i]);
          else this.spec(spec, n);
        });
        this.queue('unindent', '\f');
      }
      this.token(')', decl.rparen);
    } else if (decl.specs.length > 0) {
      this.spec(decl.specs[0], 1);
    }
  }

  private spec(spec: ast.Spec, n: number): void {
    switch (spec.kind) {
      case 'ImportSpec':
        if (spec.name !== undefined) {
          this.expr(spec.name);
          this.queue(' ');
        }
        this.token(canonicalImportPath(spec.path.value), spec.path.pos, true);
        return;
      case 'ValueSpec':
        this.identList(spec.names);
        if (spec.type !== undefined) {
          this.queue(' ');
          this.expr(spec.type);
        }
        if (spec.values.length > 0) {
          this.queue(' ');
          this.token('=');
          this.queue(' ');
          this.exprList(spec.values, 1, {});
        }
        return;
      case 'TypeSpec':
        this.expr(spec.name);
        if (spec.typeParams !== undefined) this.parameters(spec.typeParams, true);
        this.queue(n === 1 ? ' ' : '\v');
        if (spec.assign >= 0) {
          this.token('=', spec.assign);
          this.queue(' ');
        }
        this.expr(spec.type);
        return;
    }
  }

  private valueSpec(spec: ast.ValueSpec, keepType: boolean): void {
    this.identList(spec.names);
    let extraTabs = 3;
    if (spec.type !== undefined || keepType) {
      this.queue('\v');
      extraTabs--;
    }
    if (spec.type !== undefined) this.expr(spec.type);
    if (spec.values.length > 0) {
      this.queue('\v');
      this.token('=');
      this.queue(' ');
      this.exprList(spec.values, 1, {});
      extraTabs--;
    }
    if (spec.comment !== undefined) for (; extraTabs > 0; extraTabs--) this.queue('\v');
  }

  private funcDecl(decl: ast.FuncDecl): void {
    this.token('func', decl.pos);
    const start = this.column - 'func'.length;
    const startLines = this.newlineCount;
    this.queue(' ');
    if (decl.recv !== undefined) {
      this.parameters(decl.recv, false);
      this.queue(' ');
    }
    this.expr(decl.name);
    if (decl.typeParams !== undefined) this.parameters(decl.typeParams, true);
    this.signature(decl.type);
    if (decl.body !== undefined) this.funcBody(this.headerSize(start, startLines), '\v', decl.body);
  }

  /** The width of a header printed since `start` on this line, or infinity if it broke lines. */
  private headerSize(start: number, startLines: number): number {
    return this.newlineCount === startLines ? this.column - start : infinity;
  }

  // -------------------------------------------------------------------------------------------
  // Signatures and field lists

  private signature(type: ast.FuncType): void {
    this.parameters(type.params, false);
    const results = type.results;
    if (results === undefined || results.list.length === 0) return;
    this.queue(' ');
    const only = results.list[0];
    // (`...T` is no result type, but it parses in parentheses and must stay printable.)
    if (results.list.length === 1 && only.names.length === 0 && stripParensAlways(only.type).kind !== 'Ellipsis') {
      this.expr(stripParensAlways(only.type));
      return;
    }
    this.parameters(results, false);
  }

  private parameters(fields: ast.FieldList, typeParams: boolean): void {
    const open = typeParams ? '[' : '(';
    const close = typeParams ? ']' : ')';
    this.token(open, fields.opening);
    if (fields.list.length > 0) {
      const closingLine = fields.closing >= 0 ? this.lineOf(fields.closing) : this.lastLine;
      let previousLine = fields.opening >= 0 ? this.lineOf(fields.opening) : this.lastLine;
      let broken = false;
      fields.list.forEach((field, i) => {
        const line = this.lineOf(field.pos);
        if (i > 0) {
          this.token(',', previousLine < line ? -1 : field.pos);
          if (previousLine < line && this.linebreak(line, 0, true) > 0) {
            if (!broken) {
              broken = true;
              this.space.unshift('indent');
            }
          } else this.queue(' ');
        } else if (previousLine < line && this.linebreak(line, 0, true) > 0) {
          broken = true;
          this.space.unshift('indent');
        }
        if (field.names.length > 0) {
          this.identList(field.names);
          this.queue(' ');
        }
        this.expr(stripParensAlways(field.type));
        previousLine = this.lineOf(field.type.end);
      });
      if (fields.closing >= 0 && previousLine < closingLine) {
        this.token(',');
        this.linebreak(closingLine, 0, true);
      } else if (typeParams && fields.list.length === 1 && combinesWithName(fields.list[0].type)) {
        // `[P *T,]`: without the comma, `P *T` would read as an expression.
        this.token(',');
      }
      if (broken) this.queue('unindent');
    }
    this.token(close, fields.closing);
  }

  /** Names separated by commas; line breaks of the source are kept, without extra indentation. */
  private identList(names: ast.Ident[]): void {
    let previousLine = names.length > 0 ? this.lineOf(names[0].pos) : 0;
    names.forEach((name, i) => {
      if (i > 0) {
        const line = this.lineOf(name.pos);
        this.token(',', previousLine < line ? -1 : name.pos);
        // A break between names starts a new alignment section, as in go/printer.
        if (!(previousLine < line && this.linebreak(line, 0, true) > 0)) this.queue(' ');
        previousLine = line;
      }
      this.expr(name);
    });
  }

  private fieldList(fields: ast.FieldList, isStruct: boolean): void {
    const { opening, closing, list } = fields;
    const hasComments = this.commentBefore(closing);
    const oneLine = opening >= 0 && closing >= 0 && this.lineOf(opening) === this.lineOf(closing);
    if (!hasComments && oneLine) {
      if (list.length === 0) {
        this.token('{', opening);
        this.token('}', closing);
        return;
      }
      if (list.length === 1 && this.isOneLineField(list[0])) {
        this.token('{', opening);
        this.queue(' ');
        const field = list[0];
        if (isStruct) {
          this.identList(field.names);
          if (field.names.length > 0) this.queue(' ');
          this.expr(field.type);
        } else if (field.names.length > 0 && field.type.kind === 'FuncType') {
          this.expr(field.names[0]);
          this.signature(field.type);
        } else this.expr(field.type);
        this.queue(' ');
        this.token('}', closing);
        return;
      }
    }
    this.queue(' ');
    this.token('{', opening);
    this.queue('indent');
    if (hasComments || list.length > 0) this.queue('\f');
    if (isStruct) {
      const sep: Space = list.length === 1 ? ' ' : '\v';
      list.forEach((field, i) => {
        if (i > 0) this.linebreak(this.lineOf(field.pos), 1, this.spansLines(list[i - 1]));
        let extraTabs = 0;
        if (field.names.length > 0) {
          this.identList(field.names);
          this.queue(sep);
          this.expr(field.type);
          extraTabs = 1;
        } else {
          this.expr(field.type);
          extraTabs = 2;
        }
        if (field.tag !== undefined) {
          if (field.names.length > 0 && sep === '\v') this.queue(sep);
          this.queue(sep);
          this.token(field.tag.value, field.tag.pos, true);
          extraTabs = 0;
        }
        if (field.comment !== undefined) for (; extraTabs > 0; extraTabs--) this.queue(sep);
      });
    } else {
      list.forEach((field, i) => {
        if (i > 0) this.linebreak(this.lineOf(field.pos), 1, this.spansLines(list[i - 1]));
        if (field.names.length > 0 && field.type.kind === 'FuncType') {
          this.expr(field.names[0]);
          this.signature(field.type);
        } else this.expr(field.type);
      });
    }
    this.queue('unindent', '\f');
    this.token('}', closing);
  }

  private spansLines(node: ast.Node): boolean {
    return this.lineOf(node.end) > this.lineOf(node.pos);
  }

  private isOneLineField(field: ast.Field): boolean {
    if (field.tag !== undefined || field.comment !== undefined) return false;
    // As go/printer estimates: one column for all the names, plus the type.
    const namesSize = field.names.length > 0 ? 1 : 0;
    return namesSize + this.nodeSize(field.type, 30) <= 30;
  }

  private commentBefore(offset: number): boolean {
    return this.commentIndex < this.comments.length && offset >= 0 && this.comments[this.commentIndex].pos < offset;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private expr(x: ast.Expr): void {
    this.expr1(x, 0, 1);
  }

  private expr0(x: ast.Expr, depth: number): void {
    this.expr1(x, 0, depth);
  }

  private expr1(expr: ast.Expr, prec1: number, depth: number): void {
    // Long operator chains are left spines: print them without recursing down the spine.
    switch (expr.kind) {
      case 'BadExpr':
        return this.token(this.src.slice(expr.pos, expr.end), expr.pos, true);
      case 'Ident':
        return this.token(expr.name, expr.pos);
      case 'BasicLit':
        return this.token(normalizeLiteral(expr), expr.pos, true);
      case 'BinaryExpr':
        return this.binaryExpr(expr, prec1, cutoff(expr, depth), depth);
      case 'KeyValueExpr':
        this.expr(expr.key);
        this.token(':', expr.colon);
        this.queue(' ');
        return this.expr(expr.value);
      case 'StarExpr':
        this.token('*', expr.pos);
        return this.expr(expr.x);
      case 'UnaryExpr':
        this.token(expr.op, expr.pos);
        if (expr.x.kind === 'UnaryExpr' && ((expr.op === '-' && expr.x.op === '-') || (expr.op === '+' && expr.x.op === '+') || (expr.op === '&' && expr.x.op === '&'))) {
          this.queue(' ');
        } else if (expr.op === '<-' && expr.x.kind === 'ChanType') {
          // `<-(chan T)` keeps its parentheses in the tree; nothing extra here.
        }
        return this.expr1(expr.x, 6, depth);
      case 'FuncLit': {
        this.token('func', expr.pos);
        const start = this.column - 'func'.length;
        const startLines = this.newlineCount;
        this.signature(expr.type);
        return this.funcBody(this.headerSize(start, startLines), ' ', expr.body);
      }
      case 'ParenExpr':
        if (expr.x.kind === 'ParenExpr') return this.expr0(expr.x, depth); // ((x)) prints as (x)
        this.token('(', expr.pos);
        this.expr0(expr.x, depth > 1 ? depth - 1 : 1);
        return this.token(')', expr.end - 1);
      case 'SelectorExpr':
        this.selectorExpr(expr, depth, false);
        return;
      case 'TypeAssertExpr':
        this.expr1(expr.x, 7, depth);
        this.token('.');
        this.token('(', expr.lparen);
        if (expr.type !== undefined) this.expr(expr.type);
        else this.token('type');
        return this.token(')', expr.rparen);
      case 'IndexExpr':
        this.expr1(expr.x, 7, 1);
        this.token('[', expr.lbrack);
        this.expr0(expr.index, depth + 1);
        return this.token(']', expr.rbrack);
      case 'IndexListExpr':
        this.expr1(expr.x, 7, 1);
        this.token('[', expr.lbrack);
        this.exprList(expr.indices, depth + 1, { open: expr.lbrack, close: expr.rbrack, commaTerm: true });
        return this.token(']', expr.rbrack);
      case 'SliceExpr':
        return this.sliceExpr(expr, depth);
      case 'CallExpr': {
        const callDepth = expr.args.length > 1 ? depth + 1 : depth;
        let wasIndented = false;
        if (expr.fun.kind === 'SelectorExpr') wasIndented = this.selectorExpr(expr.fun, callDepth, true);
        else if (expr.fun.kind === 'FuncType') {
          this.token('(');
          this.expr1(expr.fun, 7, callDepth);
          this.token(')');
        } else this.expr1(expr.fun, 7, callDepth);
        this.token('(', expr.lparen);
        if (expr.ellipsis >= 0) {
          this.exprList(expr.args, callDepth, { open: expr.lparen, close: expr.ellipsis });
          this.token('...', expr.ellipsis);
          if (expr.rparen >= 0 && this.lineOf(expr.ellipsis) < this.lineOf(expr.rparen)) {
            this.token(',');
            this.queue('\f');
          }
        } else this.exprList(expr.args, callDepth, { open: expr.lparen, close: expr.rparen, commaTerm: true });
        this.token(')', expr.rparen);
        if (wasIndented) this.queue('unindent');
        return;
      }
      case 'CompositeLit':
        if (expr.type !== undefined) this.expr1(expr.type, 7, depth);
        this.token('{', expr.lbrace);
        this.exprList(expr.elts, 1, { open: expr.lbrace, close: expr.rbrace, commaTerm: true });
        this.queue('indent', 'unindent'); // lone comments before `}` are indented
        return this.token('}', expr.rbrace, false, expr.elts.length > 0);
      case 'Ellipsis':
        this.token('...', expr.pos);
        if (expr.elt !== undefined) this.expr(expr.elt);
        return;
      case 'ArrayType':
        this.token('[', expr.pos);
        if (expr.len !== undefined) this.expr(expr.len);
        this.token(']');
        return this.expr(expr.elt);
      case 'StructType':
        this.token('struct', expr.pos);
        return this.fieldList(expr.fields, true);
      case 'FuncType':
        this.token('func', expr.func >= 0 ? expr.func : expr.pos);
        return this.signature(expr);
      case 'InterfaceType':
        this.token('interface', expr.pos);
        return this.fieldList(expr.methods, false);
      case 'MapType':
        this.token('map', expr.pos);
        this.token('[');
        this.expr(expr.key);
        this.token(']');
        return this.expr(expr.value);
      case 'ChanType':
        if (expr.dir === 'both') this.token('chan', expr.pos);
        else if (expr.dir === 'send') {
          this.token('chan', expr.pos);
          this.token('<-', expr.arrow);
        } else {
          this.token('<-', expr.pos);
          this.token('chan');
        }
        this.queue(' ');
        return this.expr(expr.value);
    }
  }

  /** `x.sel`, with `sel` on the next line when the source breaks there; returns whether it indented. */
  private selectorExpr(x: ast.SelectorExpr, depth: number, isMethod: boolean): boolean {
    this.expr1(x.x, 7, depth);
    this.token('.');
    if (this.lineOf(x.sel.pos) > this.lastLine) {
      this.queue('indent', '\n');
      this.expr(x.sel);
      if (!isMethod) this.queue('unindent');
      return true;
    }
    this.expr(x.sel);
    return false;
  }

  private binaryExpr(x: ast.BinaryExpr, prec1: number, cut: number, depth: number): void {
    // Walk down the left spine iteratively: `a + b + c ...` is a deep tree.
    const spine: ast.BinaryExpr[] = [x];
    let left: ast.Expr = x.x;
    while (left.kind === 'BinaryExpr' && binaryPrecedence(left.op) === binaryPrecedence(x.op)) {
      spine.push(left);
      left = left.x;
    }
    const prec = binaryPrecedence(x.op);
    const leftDepth = depth + diffPrec(left, prec);
    this.expr1(left, prec, leftDepth);
    let indented = false;
    for (let i = spine.length - 1; i >= 0; i--) {
      const node = spine[i];
      let printBlank = prec < cut;
      const xLine = this.lastLine;
      const yLine = this.lineOf(node.y.pos);
      if (printBlank) this.queue(' ');
      this.token(node.op, node.opPos);
      if (xLine !== yLine && this.linebreak(yLine, 1, true) > 0) {
        if (!indented) {
          // Continuation lines of a broken expression are indented once.
          this.space.unshift('indent');
          indented = true;
        }
        printBlank = false;
      }
      if (printBlank) this.queue(' ');
      this.expr1(node.y, prec + 1, depth + 1);
    }
    if (indented) this.queue('unindent');
    void prec1;
  }

  private sliceExpr(x: ast.SliceExpr, depth: number): void {
    this.expr1(x.x, 7, 1);
    this.token('[', x.lbrack);
    const indices = x.slice3 ? [x.low, x.high, x.max] : [x.low, x.high];
    const needsBlanks = depth <= 1 && indices.filter((index) => index !== undefined).length > 1
      && indices.some((index) => index !== undefined && index.kind === 'BinaryExpr');
    indices.forEach((index, i) => {
      if (i > 0) {
        if (indices[i - 1] !== undefined && needsBlanks) this.queue(' ');
        this.token(':');
        if (index !== undefined && needsBlanks) this.queue(' ');
      }
      if (index !== undefined) this.expr0(index, depth + 1);
    });
    this.token(']', x.rbrack);
  }

  /**
   * A comma-separated list between `open` and `close` (offsets, or -1): on one line when the
   * source has it on one line, otherwise breaking where the source breaks, with a trailing comma
   * when the closing token is on its own line and keyed values aligned.
   */
  private exprList(list: ast.Expr[], depth: number, options: ListOptions): void {
    if (list.length === 0) return;
    const open = options.open ?? -1;
    const close = options.close ?? -1;
    const commaTerm = options.commaTerm ?? false;
    // Without both delimiters the layout of the source cannot be trusted for alignment.
    const trustSizes = open >= 0 && close >= 0;
    const firstLine = this.lineOf(list[0].pos);
    // Without an opening token the first element never moves to a new line.
    const openLine = open >= 0 ? this.lineOf(open) : firstLine;
    const closeLine = close >= 0 ? this.lineOf(close) : this.lineOf(list[list.length - 1].end);
    const lastLine = this.lineOf(list[list.length - 1].end);
    if (openLine === firstLine && firstLine === lastLine) {
      list.forEach((x, i) => {
        if (i > 0) {
          // The comma takes the next element's position, so comments before it stay before it.
          this.token(',', x.pos);
          this.queue(' ');
        }
        this.expr0(x, depth);
      });
      return;
    }
    let previousLine = openLine;
    let indented = options.noIndent ?? false;
    const indentedByCaller = indented;
    let size = 0;
    let lnsum = 0;
    let count = 0;
    let previousBreak = -1;
    list.forEach((x, i) => {
      const line = this.lineOf(x.pos);
      let useFF = true;
      const previousSize = size;
      size = this.nodeSize(x, infinity);
      const pair = x.kind === 'KeyValueExpr' ? x : undefined;
      if (size <= infinity && trustSizes) {
        if (pair !== undefined) size = this.nodeSize(pair.key, infinity);
      } else size = 0;
      if (previousSize > 0 && size > 0) {
        if (count === 0 || (previousSize <= 40 && size <= 40)) useFF = false;
        else {
          const ratio = size / Math.exp(lnsum / count);
          useFF = 2.5 * ratio <= 1 || 2.5 <= ratio;
        }
      }
      const needsLinebreak = previousLine < line;
      if (i > 0) this.token(',', needsLinebreak ? -1 : x.pos);
      let needsBlank = i > 0;
      if (needsLinebreak) {
        const breaks = this.linebreak(line, 0, useFF || previousBreak + 1 < i);
        if (breaks > 0) {
          if (!indented) {
            this.space.unshift('indent');
            indented = true;
          }
          previousBreak = i;
          needsBlank = false;
        }
        if (breaks > 1) {
          lnsum = 0;
          count = 0;
        }
      }
      if (needsBlank) this.queue(' ');
      if (list.length > 1 && pair !== undefined && size > 0 && needsLinebreak) {
        this.expr(pair.key);
        this.token(':', pair.colon);
        this.queue('\v');
        this.expr(pair.value);
      } else this.expr0(x, depth);
      if (size > 0) {
        lnsum += Math.log(size);
        count++;
      }
      previousLine = this.lineOf(x.end);
    });
    if (commaTerm && close >= 0 && previousLine < closeLine) {
      // A closing token on its own line gets a trailing comma before it.
      this.token(',');
      if (indented && !indentedByCaller) this.queue('unindent');
      this.queue('\f');
      return;
    }
    if (indented && !indentedByCaller) this.queue('unindent');
  }

  /** Whether a list reads better indented as a whole: an element starts on a later line, or several span lines. */
  private indentList(list: ast.Expr[]): boolean {
    if (list.length < 2) return false;
    const first = this.lineOf(list[0].pos);
    const last = this.lineOf(list[list.length - 1].end);
    if (first >= last) return false;
    let multiLine = 0;
    let line = first;
    for (const x of list) {
      const begin = this.lineOf(x.pos);
      const end = this.lineOf(x.end);
      if (line < begin) return true;
      if (begin < end) multiLine++;
      line = end;
    }
    return multiLine > 1;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private funcBody(headerSize: number, sep: Space, body: ast.BlockStmt): void {
    const maxSize = 100;
    if (headerSize + this.bodySize(body, maxSize) <= maxSize) {
      this.queue(sep);
      this.token('{', body.lbrace);
      if (body.list.length > 0) {
        this.queue(' ');
        body.list.forEach((stmt, i) => {
          if (i > 0) {
            this.token(';');
            this.queue(' ');
          }
          this.stmt(stmt, i === body.list.length - 1);
        });
        this.queue(' ');
      }
      this.token('}', body.rbrace);
      return;
    }
    if (sep !== 'ignore') this.queue(' ');
    this.block(body, 1);
  }

  private bodySize(body: ast.BlockStmt, maxSize: number): number {
    if (body.rbrace < 0 || this.lineOf(body.lbrace) !== this.lineOf(body.rbrace)) return maxSize + 1;
    if (body.list.length > 5) return maxSize + 1;
    if (this.commentBefore(body.rbrace) && this.comments[this.commentIndex].pos > body.lbrace) return maxSize + 1;
    let size = 0;
    for (const [i, stmt] of body.list.entries()) {
      if (size > maxSize) break;
      if (i > 0) size += 2;
      size += this.nodeSize(stmt, maxSize);
    }
    return size;
  }

  private block(block: ast.BlockStmt, indent: number): void {
    this.token('{', block.lbrace);
    this.stmtList(block.list, indent, true);
    this.linebreak(this.lineOf(block.rbrace), 1, true);
    this.token('}', block.rbrace);
  }

  private stmtList(list: ast.Stmt[], indent: number, nextIsRbrace: boolean): void {
    if (indent > 0) this.queue('indent');
    let i = 0;
    let previous: ast.Stmt | undefined;
    for (const stmt of list) {
      if (stmt.kind === 'EmptyStmt') continue;
      // Statements start on a new line, keeping one blank line where the source had some.
      const newSection = i === 0 || indent === 0 || (previous !== undefined && this.spansLines(unlabel(previous)));
      this.linebreak(this.lineOf(stmt.pos), 1, newSection);
      this.stmt(stmt, nextIsRbrace && i === list.length - 1);
      previous = stmt;
      i++;
    }
    if (indent > 0) this.queue('unindent');
  }

  private controlClause(isFor: boolean, init: ast.Stmt | undefined, expr: ast.Expr | undefined, post: ast.Stmt | undefined): void {
    this.queue(' ');
    let needsBlank = false;
    if (init === undefined && post === undefined) {
      if (expr !== undefined) {
        this.expr(stripParens(expr));
        needsBlank = true;
      }
    } else {
      if (init !== undefined) this.stmt(init, false);
      this.token(';');
      this.queue(' ');
      if (expr !== undefined) {
        this.expr(stripParens(expr));
        needsBlank = true;
      }
      if (isFor) {
        this.token(';');
        this.queue(' ');
        needsBlank = false;
        if (post !== undefined) {
          this.stmt(post, false);
          needsBlank = true;
        }
      }
    }
    if (needsBlank) this.queue(' ');
  }

  private stmt(stmt: ast.Stmt, nextIsRbrace: boolean): void {
    switch (stmt.kind) {
      case 'BadStmt':
        return this.token(this.src.slice(stmt.pos, stmt.end), stmt.pos, true);
      case 'DeclStmt':
        return this.decl(stmt.decl);
      case 'EmptyStmt':
        // Nothing to print, but the position moves on (as go/printer's setPos does).
        if (stmt.pos >= this.lines.lineStart(this.lastLine)) this.lastLine = this.lineOf(stmt.pos);
        return;
      case 'LabeledStmt':
        // The label sits one level out from its statement.
        this.queue('unindent');
        this.expr(stmt.label);
        this.token(':', stmt.colon);
        this.queue('indent');
        if (stmt.stmt.kind === 'EmptyStmt') {
          if (!nextIsRbrace) {
            this.queue('\n');
            this.token(';', stmt.stmt.pos);
            return;
          }
          return this.stmt(stmt.stmt, nextIsRbrace);
        }
        this.linebreak(this.lineOf(stmt.stmt.pos), 1, true);
        return this.stmt(stmt.stmt, nextIsRbrace);
      case 'ExprStmt':
        return this.expr0(stmt.x, 1);
      case 'SendStmt':
        this.expr0(stmt.chan, 1);
        this.queue(' ');
        this.token('<-', stmt.arrow);
        this.queue(' ');
        return this.expr0(stmt.value, 1);
      case 'IncDecStmt':
        this.expr0(stmt.x, 2);
        return this.token(stmt.tok, stmt.tokPos);
      case 'AssignStmt': {
        const depth = stmt.lhs.length > 1 && stmt.rhs.length > 1 ? 2 : 1;
        this.exprList(stmt.lhs, depth, { open: stmt.pos, close: stmt.tokPos });
        this.queue(' ');
        this.token(stmt.tok, stmt.tokPos);
        this.queue(' ');
        return this.exprList(stmt.rhs, depth, { open: stmt.tokPos });
      }
      case 'GoStmt':
      case 'DeferStmt':
        this.token(stmt.kind === 'GoStmt' ? 'go' : 'defer', stmt.pos);
        this.queue(' ');
        return this.expr(stmt.call);
      case 'ReturnStmt':
        this.token('return', stmt.pos);
        if (stmt.results.length > 0) {
          this.queue(' ');
          if (this.indentList(stmt.results)) {
            // Results that start or continue on other lines are indented as a whole.
            this.queue('indent');
            this.exprList(stmt.results, 1, { noIndent: true });
            this.queue('unindent');
          } else this.exprList(stmt.results, 1, {});
        }
        return;
      case 'BranchStmt':
        this.token(stmt.tok, stmt.pos);
        if (stmt.label !== undefined) {
          this.queue(' ');
          this.expr(stmt.label);
        } else if (stmt.tok === 'goto') {
          // A newline after `goto` ends nothing: without a label (an error the checker reports)
          // the next line's first word would become one.
          this.token(';');
        }
        return;
      case 'BlockStmt':
        return this.block(stmt, 1);
      case 'IfStmt':
        this.token('if', stmt.pos);
        this.controlClause(false, stmt.init, stmt.cond, undefined);
        this.block(stmt.body, 1);
        if (stmt.else !== undefined) {
          this.queue(' ');
          this.token('else');
          this.queue(' ');
          if (stmt.else.kind === 'IfStmt' || stmt.else.kind === 'BlockStmt') this.stmt(stmt.else, nextIsRbrace);
          else {
            this.token('{');
            this.queue('indent', '\f');
            this.stmt(stmt.else, true);
            this.queue('unindent', '\f');
            this.token('}');
          }
        }
        return;
      case 'CaseClause':
        if (stmt.list !== undefined) {
          this.token('case', stmt.pos);
          this.queue(' ');
          this.exprList(stmt.list, 1, { open: stmt.pos, close: stmt.colon });
        } else this.token('default', stmt.pos);
        this.token(':', stmt.colon);
        return this.stmtList(stmt.body, 1, nextIsRbrace);
      case 'SwitchStmt':
        this.token('switch', stmt.pos);
        this.controlClause(false, stmt.init, stmt.tag, undefined);
        return this.block(stmt.body, 0);
      case 'TypeSwitchStmt':
        this.token('switch', stmt.pos);
        if (stmt.init !== undefined) {
          this.queue(' ');
          this.stmt(stmt.init, false);
          this.token(';');
        }
        this.queue(' ');
        this.stmt(stmt.assign, false);
        this.queue(' ');
        return this.block(stmt.body, 0);
      case 'CommClause':
        if (stmt.comm !== undefined) {
          this.token('case', stmt.pos);
          this.queue(' ');
          this.stmt(stmt.comm, false);
        } else this.token('default', stmt.pos);
        this.token(':', stmt.colon);
        return this.stmtList(stmt.body, 1, nextIsRbrace);
      case 'SelectStmt': {
        this.token('select', stmt.pos);
        this.queue(' ');
        const body = stmt.body;
        if (body.list.length === 0 && !this.commentBefore(body.rbrace) && this.lineOf(body.lbrace) === this.lineOf(body.rbrace)) {
          this.token('{', body.lbrace);
          this.token('}', body.rbrace);
          return;
        }
        return this.block(body, 0);
      }
      case 'ForStmt':
        this.token('for', stmt.pos);
        if (stmt.init !== undefined || stmt.cond !== undefined || stmt.post !== undefined) {
          this.controlClause(true, stmt.init, stmt.cond, stmt.post);
        } else this.queue(' ');
        return this.block(stmt.body, 1);
      case 'RangeStmt':
        this.token('for', stmt.pos);
        this.queue(' ');
        if (stmt.key !== undefined) {
          this.expr(stmt.key);
          if (stmt.value !== undefined) {
            this.token(',');
            this.queue(' ');
            this.expr(stmt.value);
          }
          this.queue(' ');
          this.token(stmt.tok ?? ':=', stmt.tokPos);
          this.queue(' ');
        }
        this.token('range', stmt.rangePos);
        this.queue(' ');
        this.expr(stripParens(stmt.x));
        this.queue(' ');
        return this.block(stmt.body, 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function isStmt(node: ast.Node): boolean {
  return node.kind.endsWith('Stmt') || node.kind === 'CaseClause' || node.kind === 'CommClause';
}

function declDoc(decl: ast.Decl): ast.CommentGroup | undefined {
  return decl.kind === 'BadDecl' ? undefined : decl.doc;
}

/** For each spec of a const/var group: whether its type column must be kept for alignment. */
function keepTypeColumn(specs: ast.ValueSpec[]): boolean[] {
  const keep = specs.map(() => false);
  let runStart = -1;
  let keepType = false;
  const populate = (from: number, to: number): void => {
    if (keepType) for (let i = from; i < to; i++) keep[i] = true;
  };
  specs.forEach((spec, i) => {
    if (spec.values.length > 0) {
      if (runStart < 0) {
        runStart = i;
        keepType = false;
      }
    } else if (runStart >= 0) {
      populate(runStart, i);
      runStart = -1;
    }
    if (spec.type !== undefined) keepType = true;
  });
  if (runStart >= 0) populate(runStart, specs.length);
  return keep;
}

/** Removes parentheses around a condition unless they protect a composite literal. */
function stripParens(x: ast.Expr): ast.Expr {
  if (x.kind !== 'ParenExpr') return x;
  let strip = true;
  const visit = (node: ast.Expr): void => {
    if (!strip) return;
    switch (node.kind) {
      case 'ParenExpr':
        return;
      case 'CompositeLit':
        if (node.type !== undefined && isTypeName(node.type)) strip = false;
        return;
      case 'BinaryExpr':
        visit(node.x);
        return visit(node.y);
      case 'UnaryExpr': case 'StarExpr':
        return visit(node.x);
      case 'CallExpr':
        visit(node.fun);
        return node.args.forEach(visit);
      case 'SelectorExpr':
        return visit(node.x);
      case 'IndexExpr':
        visit(node.x);
        return visit(node.index);
      default:
        return;
    }
  };
  visit(x.x);
  return strip ? stripParens(x.x) : x;
}

function isTypeName(x: ast.Expr): boolean {
  return x.kind === 'Ident' || (x.kind === 'SelectorExpr' && isTypeName(x.x));
}

function diffPrec(x: ast.Expr, prec: number): number {
  return x.kind === 'BinaryExpr' && binaryPrecedence(x.op) === prec ? 0 : 1;
}

/** gofmt's rule for where binary operators get blanks, given the expression's nesting depth. */
function cutoff(e: ast.BinaryExpr, depth: number): number {
  const { has4, has5, maxProblem } = walkBinary(e);
  if (maxProblem > 0) return maxProblem + 1;
  if (has4 && has5) return depth === 1 ? 5 : 4;
  return depth === 1 ? 6 : 4;
}

function walkBinary(root: ast.BinaryExpr): { has4: boolean; has5: boolean; maxProblem: number } {
  let has4 = false;
  let has5 = false;
  let maxProblem = 0;
  // An explicit stack: the left spine of a long chain is deep.
  const stack: ast.BinaryExpr[] = [root];
  while (stack.length > 0) {
    const e = stack.pop() as ast.BinaryExpr;
    const prec = binaryPrecedence(e.op);
    if (prec === 4) has4 = true;
    if (prec === 5) has5 = true;
    if (e.x.kind === 'BinaryExpr' && binaryPrecedence(e.x.op) >= prec) stack.push(e.x);
    const r = e.y;
    if (r.kind === 'BinaryExpr') {
      if (binaryPrecedence(r.op) > prec) stack.push(r);
    } else if (r.kind === 'StarExpr') {
      if (e.op === '/') maxProblem = 5;
    } else if (r.kind === 'UnaryExpr') {
      const pair = e.op + r.op;
      if (pair === '/*' || pair === '&&' || pair === '&^') maxProblem = 5;
      else if ((pair === '++' || pair === '--') && maxProblem < 4) maxProblem = 4;
    }
  }
  return { has4, has5, maxProblem };
}

/** Whether a node written over several lines contains a list or block that keeps its breaks. */
function hasLineBreakingList(node: ast.Node, lines: LineIndex): boolean {
  return lines.lineOf(node.pos) !== lines.lineOf(node.end);
}

/** Whether a line break after `token` would end a statement (so none may be added there). */
function impliesSemicolon(token: string): boolean {
  if (token === '') return false;
  if (token === ')' || token === ']' || token === '}' || token === '++' || token === '--') return true;
  if (token === 'break' || token === 'continue' || token === 'fallthrough' || token === 'return') return true;
  const first = token.charCodeAt(0);
  // Identifiers, keywords that are not the ones above, numbers and strings.
  if (/^[\p{L}_]/u.test(token)) return !isKeywordToken(token);
  return (first >= 0x30 && first <= 0x39) || token[0] === '"' || token[0] === '`' || token[0] === "'" || token[0] === '.';
}

function isKeywordToken(token: string): boolean {
  return /^(break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var)$/.test(token);
}

/** Whether two tokens printed back to back would read as another token (`-` `-`, `/` `*`, ...). */
function mayCombine(previous: string, next: string): boolean {
  if (previous === '' || next === '') return false;
  const c = next[0];
  switch (previous) {
    case '+':
      return c === '+';
    case '-':
      return c === '-';
    case '/':
      return c === '*';
    case '<':
      return c === '-';
    case '&':
      return c === '&' || c === '^';
    default:
      return /^[0-9]/.test(previous) && !/[.eEpPi]/.test(previous.slice(1)) && c === '.';
  }
}

function unlabel(stmt: ast.Stmt): ast.Stmt {
  let s = stmt;
  while (s.kind === 'LabeledStmt') s = s.stmt;
  return s;
}

function stripParensAlways(x: ast.Expr): ast.Expr {
  let e = x;
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function stripCarriageReturns(text: string): string {
  return text.includes('\r') ? text.replace(/\r/g, '') : text;
}

/** gofmt's spelling of number literals: lower-case prefixes and exponents; raw strings lose `\r`. */
function normalizeLiteral(lit: ast.BasicLit): string {
  const x = lit.value;
  if (lit.litKind === 'STRING' || lit.litKind === 'CHAR') return x[0] === '`' ? stripCarriageReturns(x) : x;
  if (x.length < 2) return x;
  const prefix = x.slice(0, 2);
  switch (prefix) {
    case '0X':
      return '0x' + x.slice(2).replace(/P/g, 'p');
    case '0x':
      return x.replace(/P/g, 'p');
    case '0O':
      return '0o' + x.slice(2);
    case '0B':
      return '0b' + x.slice(2);
    case '0o': case '0b':
      return x;
    default: {
      if (x.includes('E')) return x.replace('E', 'e');
      if (x.endsWith('i') && !/[.e]/.test(x)) {
        const trimmed = x.replace(/^[0_]+/, '');
        return trimmed === 'i' ? '0i' : trimmed;
      }
      return x;
    }
  }
}

/** Whether `P T` in a one-entry type parameter list would read as an expression (`P *T`). */
function combinesWithName(x: ast.Expr): boolean {
  if (x.kind === 'StarExpr') return !isTypeElem(x.x);
  if (x.kind === 'BinaryExpr') return combinesWithName(x.x) && !isTypeElem(x.y);
  return false;
}

/** The common leading run of blanks and stars of two comment lines. */
function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i] && (a.charCodeAt(i) <= 0x20 || a[i] === '*')) i++;
  return a.slice(0, i);
}

function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/**
 * go/printer's normalization of the lines of a `/* *\/` comment: remove the prefix the inner
 * lines share (keeping a column of stars aligned, and text indented relative to the opening),
 * align a lone closing `*\/`. `lines` is changed in place.
 */
function stripCommonPrefix(lines: string[]): void {
  if (lines.length <= 1) return;
  let prefix = '';
  let prefixSet = false;
  for (let i = 1; i < lines.length - 1; i++) {
    if (isBlank(lines[i])) {
      lines[i] = '';
      continue;
    }
    if (!prefixSet) {
      prefix = lines[i];
      prefixSet = true;
    }
    prefix = commonPrefix(prefix, lines[i]);
  }
  if (!prefixSet) {
    const last = lines[lines.length - 1];
    prefix = commonPrefix(last, last);
  }
  let lineOfStars = false;
  const star = prefix.indexOf('*');
  if (star >= 0) {
    prefix = prefix.slice(0, star).replace(/ $/, '');
    lineOfStars = true;
  } else {
    const first = lines[0];
    if (isBlank(first.slice(2))) {
      // No text on the first line: keep inner text indented relative to the opening.
      let i = prefix.length;
      for (let n = 0; n < 3 && i > 0 && prefix[i - 1] === ' '; n++) i--;
      if (i === prefix.length && i > 0 && prefix[i - 1] === '\t') i--;
      prefix = prefix.slice(0, i);
    } else {
      let n = 2;
      while (n < first.length && first.charCodeAt(n) <= 0x20) n++;
      const suffix = n > 2 && first[2] === '\t' ? first.slice(2, n) : '  ' + first.slice(2, n);
      if (prefix.endsWith(suffix)) prefix = prefix.slice(0, prefix.length - suffix.length);
    }
  }
  const last = lines[lines.length - 1];
  const closing = last.indexOf('*/');
  if (closing >= 0 && isBlank(last.slice(0, closing))) {
    lines[lines.length - 1] = prefix + (lineOfStars ? ' */' : '*/');
  } else {
    prefix = commonPrefix(prefix, last);
  }
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] !== '') lines[i] = lines[i].slice(prefix.length);
  }
}
