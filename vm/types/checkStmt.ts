// Statements and function bodies: blocks and their scopes, assignments, if/for/range/switch and
// type switches (with duplicate and impossible cases), defer and return, break/continue/
// fallthrough placement, local declarations, the "missing return" rule (the spec's terminating
// statements), unused variables and the label rules (labels.ts). Left-out statements (go,
// select, send) are reported as not supported in Amigos.

import type { BlockStmt, CaseClause, Expr, FuncDecl, FuncLit, RangeStmt, Stmt, SwitchStmt, TypeSwitchStmt } from '../syntax/index';
import type { Checker, FuncContext } from './check';
import { assignVars, assignment, lhsVar, rhsOperands, shortVarDecl, typesSummary } from './checkAssign';
import { declStmt } from './checkDecl';
import { convertUntyped, defaultConvert, expr, impossibleAssertion, invalid, rawExpr, unparen } from './checkExpr';
import { notSupported, typExpr } from './checkType';
import { constString } from './constant';
import { checkLabels } from './labels';
import { Var } from './objects';
import { failed, exprString, type Operand } from './operand';
import type { Scope } from './scope';
import { isTerminating } from './terminating';
import {
  ArrayType, BasicKind, MapType, Pointer, Signature, Slice, Typ, comparable, hasNil, identical, isBoolean, isInteger, isInterface,
  isNumeric, isString, isUntyped, isValid, runeType, underlying, type Type,
} from './types';

interface StmtContext {
  inLoop: boolean;
  inSwitch: boolean;
  /** The statement is the last of a switch case clause (fallthrough allowed). */
  fallthroughOk: boolean;
  /** Inside a type switch clause (fallthrough is never allowed). */
  inTypeSwitch: boolean;
  finalCase: boolean;
}

const topContext: StmtContext = { inLoop: false, inSwitch: false, fallthroughOk: false, inTypeSwitch: false, finalCase: false };

/** Checks a function body in `scope` (which already holds the parameters). */
export function funcBody(c: Checker, node: FuncDecl | FuncLit, sig: Signature, body: BlockStmt, scope: Scope): void {
  const saved = c.fn;
  const ctx: FuncContext = { sig, node, locals: [], labels: new Map(), owner: c.depOwner };
  c.fn = ctx;
  try {
    c.withScope(scope, () => stmtList(c, body.list, topContext));
    if (sig.results.length > 0 && !isTerminating(body, '')) {
      const at = body.rbrace >= 0 ? { pos: body.rbrace, end: body.rbrace + 1 } : { pos: body.end, end: body.end };
      c.error(at, 'missing return');
    }
    checkLabels(c, body);
    for (const v of ctx.locals) {
      if (!v.used && v.name !== '_') c.unused(v.fileName, { pos: v.pos, end: v.pos + v.name.length }, `declared and not used: ${v.name}`);
    }
  } finally {
    c.fn = saved;
  }
}

function stmtList(c: Checker, list: Stmt[], ctx: StmtContext): void {
  // Trailing empty statements do not count when deciding whether a fallthrough is last.
  let last = list.length - 1;
  while (last >= 0 && list[last].kind === 'EmptyStmt') last--;
  const plain = ctx.fallthroughOk ? { ...ctx, fallthroughOk: false } : ctx;
  for (let i = 0; i < list.length; i++) stmt(c, list[i], i === last ? ctx : plain);
}

function openBlock(c: Checker, node: Stmt | CaseClause, comment: string, f: (scope: Scope) => void): void {
  const scope = c.openScope(node, comment);
  c.withScope(scope, () => f(scope));
}

/** Builtins whose result may not be discarded in a statement. */
const valueBuiltins = new Set(['append', 'cap', 'complex', 'imag', 'len', 'make', 'max', 'min', 'new', 'real']);

function stmt(c: Checker, s: Stmt, ctx: StmtContext): void {
  switch (s.kind) {
    case 'BadStmt':
    case 'EmptyStmt':
      return;
    case 'DeclStmt':
      declStmt(c, s.decl);
      return;
    case 'LabeledStmt':
      stmt(c, s.stmt, ctx);
      return;
    case 'ExprStmt':
      exprStmt(c, s.x);
      return;
    case 'SendStmt':
      rawExpr(c, s.chan, {});
      rawExpr(c, s.value, {});
      notSupported(c, s, 'send statement');
      return;
    case 'IncDecStmt': {
      const x = expr(c, s.x);
      if (failed(x)) return;
      if (!isNumeric(x.type)) {
        c.error(s.x, `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${c.t(x.type)})`);
        return;
      }
      lhsAssignable(c, s.x, x);
      return;
    }
    case 'AssignStmt':
      assignStmt(c, s);
      return;
    case 'GoStmt':
      notSupported(c, { pos: s.pos, end: s.pos + 2 }, 'go statement');
      rawExpr(c, s.call, {});
      return;
    case 'DeferStmt': {
      const call = unparen(s.call);
      if (call.kind !== 'CallExpr') {
        c.error(s.call, 'expression in defer must be function call');
        rawExpr(c, s.call, {});
        return;
      }
      const x = rawExpr(c, call, {});
      if (!failed(x) && c.info.calls.get(call) === 'conversion') {
        c.error(s.call, `defer requires function call, not conversion`);
      } else if (!failed(x) && c.info.calls.get(call) === 'builtin' && call.fun.kind === 'Ident' && valueBuiltins.has(call.fun.name)) {
        c.error(s.call, `defer discards result of ${exprString(call)}`);
      }
      return;
    }
    case 'ReturnStmt':
      returnStmt(c, s.results, s);
      return;
    case 'BranchStmt':
      branchStmt(c, s, ctx);
      return;
    case 'BlockStmt':
      openBlock(c, s, 'block', () => stmtList(c, s.list, { ...ctx, fallthroughOk: false }));
      return;
    case 'IfStmt':
      openBlock(c, s, 'if', () => {
        if (s.init) stmt(c, s.init, ctx);
        const x = expr(c, s.cond);
        if (!failed(x) && !isBoolean(x.type)) c.error(s.cond, 'non-boolean condition in if statement');
        else defaultConvert(c, x);
        stmt(c, s.body, { ...ctx, fallthroughOk: false });
        if (s.else) stmt(c, s.else, { ...ctx, fallthroughOk: false });
      });
      return;
    case 'SwitchStmt':
      switchStmt(c, s, ctx);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(c, s, ctx);
      return;
    case 'SelectStmt':
      notSupported(c, { pos: s.pos, end: s.pos + 6 }, 'select statement');
      return;
    case 'ForStmt':
      openBlock(c, s, 'for', (scope) => {
        if (s.init) {
          if (s.init.kind === 'AssignStmt' && s.init.tok === ':=') shortVarDecl(c, s.init, scope, true);
          else stmt(c, s.init, ctx);
        }
        if (s.cond) {
          const x = expr(c, s.cond);
          if (!failed(x) && !isBoolean(x.type)) c.error(s.cond, 'non-boolean condition in for statement');
          else defaultConvert(c, x);
        }
        if (s.post) {
          if (s.post.kind === 'AssignStmt' && s.post.tok === ':=') c.error(s.post, 'cannot declare in post statement of for loop');
          else stmt(c, s.post, ctx);
        }
        stmt(c, s.body, { ...ctx, inLoop: true, fallthroughOk: false });
      });
      return;
    case 'RangeStmt':
      rangeStmt(c, s, ctx);
      return;
    case 'CaseClause':
    case 'CommClause':
      return;
  }
}

function exprStmt(c: Checker, e: Expr): void {
  const x = rawExpr(c, e, {});
  if (failed(x) || x.mode === 'novalue') return;
  const inner = unparen(e);
  if (inner.kind === 'CallExpr') {
    const kind = c.info.calls.get(inner);
    if (kind === 'call') return;
    if (kind === 'builtin' && inner.fun.kind === 'Ident' && !valueBuiltins.has(inner.fun.name)) return;
  }
  if (x.mode === 'builtin') {
    c.error(e, `${c.op(x)} must be called`);
    return;
  }
  if (x.mode === 'typexpr') {
    c.error(e, `${exprString(e)} (type) is not an expression`);
    return;
  }
  c.error(e, `${c.op(x)} is not used`);
}

function lhsAssignable(c: Checker, e: Expr, x: Operand): void {
  if (x.mode === 'variable' || x.mode === 'mapindex') return;
  lhsVar(c, e);
}

function assignStmt(c: Checker, s: Extract<Stmt, { kind: 'AssignStmt' }>): void {
  if (s.tok === ':=') {
    shortVarDecl(c, s, c.scope);
    return;
  }
  if (s.tok === '=') {
    assignVars(c, s.lhs, s.rhs);
    return;
  }
  // x op= y
  if (s.lhs.length !== 1 || s.rhs.length !== 1) {
    c.error({ pos: s.tokPos, end: s.tokPos + s.tok.length }, `assignment operation ${s.tok} requires single-valued expressions`);
    return;
  }
  const op = s.tok.slice(0, -1);
  const synthetic = { kind: 'BinaryExpr' as const, x: s.lhs[0], op: op as never, opPos: s.tokPos, y: s.rhs[0], pos: s.pos, end: s.end };
  const x = rawExpr(c, synthetic, {});
  c.info.types.delete(synthetic);
  if (failed(x)) return;
  const t = lhsVar(c, s.lhs[0]);
  if (t === null || !isValid(t)) return;
  x.expr = s.rhs[0];
  assignment(c, { ...x, expr: s.rhs[0] }, t, 'assignment');
}

function returnStmt(c: Checker, results: Expr[], s: Stmt): void {
  const fn = c.fn;
  if (fn === null) return;
  const want = fn.sig.results.vars;
  if (results.length === 0) {
    if (want.length > 0 && want[0].name === '') {
      c.error(s, `not enough return values\n\thave ()\n\twant ${typesSummary(c, want.map((v) => v.type))}`);
      return;
    }
    // A bare return with named results: they must not be shadowed here.
    for (const v of want) {
      const r = c.scope.lookupParent(v.name, s.pos);
      if (v.name !== '_' && r !== undefined && r.obj !== v) {
        c.error(s, `result parameter ${v.name} not in scope at return\n\tinner declaration of ${v.name}`);
        return;
      }
    }
    return;
  }
  if (want.length === 0) {
    c.error(results[0], 'too many return values\n\thave ' + typesSummary(c, results.map((e) => expr(c, e).type)) + '\n\twant ()');
    return;
  }
  const ops = rhsOperands(c, want.length, results, want.map((v) => v.type), (l, r, got) => {
    const qualifier = r > l ? 'too many' : 'not enough';
    const at = r > l ? (results[l] ?? results[0]) : results[results.length - 1];
    c.error(at, `${qualifier} return values\n\thave ${typesSummary(c, got.map((o) => o.type))}\n\twant ${typesSummary(c, want.map((v) => v.type))}`);
  });
  if (ops === null) return;
  ops.forEach((x, i) => assignment(c, x, want[i].type, 'return statement'));
}

function branchStmt(c: Checker, s: Extract<Stmt, { kind: 'BranchStmt' }>, ctx: StmtContext): void {
  if (s.label !== undefined) return; // labelled branches are checked by checkLabels
  switch (s.tok) {
    case 'break':
      if (!ctx.inLoop && !ctx.inSwitch) c.error(s, 'break is not in a loop, switch, or select');
      return;
    case 'continue':
      if (!ctx.inLoop) c.error(s, 'continue is not in a loop');
      return;
    case 'fallthrough':
      if (ctx.inTypeSwitch) c.error(s, 'cannot fallthrough in type switch');
      else if (!ctx.fallthroughOk) c.error(s, 'fallthrough statement out of place');
      else if (ctx.finalCase) c.error(s, 'cannot fallthrough final case in switch');
      return;
    case 'goto':
      return;
  }
}

function caseClauses(body: BlockStmt): CaseClause[] {
  return body.list.filter((s): s is CaseClause => s.kind === 'CaseClause');
}

function switchStmt(c: Checker, s: SwitchStmt, ctx: StmtContext): void {
  openBlock(c, s, 'switch', () => {
    if (s.init) stmt(c, s.init, ctx);
    let tag: Operand;
    if (s.tag) {
      tag = expr(c, s.tag);
      if (!failed(tag)) {
        defaultConvert(c, tag);
        if (!failed(tag) && !isValidSwitchTag(tag.type)) {
          c.error(s.tag, `cannot switch on ${c.op(tag)} (${c.t(tag.type)} is not comparable)`);
          tag = invalid(s.tag);
        }
      }
    } else {
      tag = { mode: 'constant', expr: undefined, type: Typ[BasicKind.Bool], value: { kind: 'bool', value: true } };
    }
    const clauses = caseClauses(s.body);
    let firstDefault: CaseClause | null = null;
    const seen = new Map<string, Expr>();
    clauses.forEach((clause, i) => {
      if (clause.list === undefined) {
        if (firstDefault) c.error(clause, `multiple defaults (first at ${c.positionText(c.fileName, firstDefault.pos)})`);
        else firstDefault = clause;
      } else {
        for (const e of clause.list) caseValue(c, e, tag, s.tag, seen);
      }
      openBlock(c, clause, 'case', () =>
        stmtList(c, clause.body, { ...ctx, inSwitch: true, fallthroughOk: true, inTypeSwitch: false, finalCase: i === clauses.length - 1 }),
      );
    });
  });
}

/** A switch tag must be comparable, or at least comparable to nil. */
function isValidSwitchTag(t: Type): boolean {
  return !isValid(t) || comparable(t) || hasNil(t);
}

function caseValue(c: Checker, e: Expr, tag: Operand, tagExpr: Expr | undefined, seen: Map<string, Expr>): void {
  const x = expr(c, e, !failed(tag) ? tag.type : undefined);
  if (failed(x) || failed(tag)) return;
  if (tagExpr === undefined) {
    if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Bool]);
    if (!failed(x) && !isBoolean(x.type)) {
      c.error(e, `invalid case ${exprString(e)} in switch (mismatched types ${c.t(x.type)} and bool)`);
      return;
    }
  } else {
    if (isUntyped(x.type)) {
      convertUntyped(c, x, tag.type);
      if (failed(x)) return;
    }
    if (!identical(x.type, tag.type) && !(isInterface(x.type) || isInterface(tag.type))) {
      c.error(e, `invalid case ${exprString(e)} in switch on ${exprString(tagExpr)} (mismatched types ${c.t(x.type)} and ${c.t(tag.type)})`);
      return;
    }
  }
  if (x.mode === 'constant' && x.value) {
    const key = `${c.t(x.type)}:${x.value.kind}:${constString(x.value)}`;
    if (seen.has(key)) c.error(e, `duplicate case ${exprString(e)} in expression switch`);
    else seen.set(key, e);
  }
}

function typeSwitchStmt(c: Checker, s: TypeSwitchStmt, ctx: StmtContext): void {
  openBlock(c, s, 'type switch', () => {
    if (s.init) stmt(c, s.init, ctx);
    let lhs: Extract<Expr, { kind: 'Ident' }> | undefined;
    let guard: Expr | undefined;
    if (s.assign.kind === 'AssignStmt' && s.assign.lhs.length === 1 && s.assign.rhs.length === 1) {
      const l = s.assign.lhs[0];
      if (l.kind === 'Ident') lhs = l;
      guard = s.assign.rhs[0];
    } else if (s.assign.kind === 'ExprStmt') guard = s.assign.x;
    const ta = guard ? unparen(guard) : undefined;
    if (ta === undefined || ta.kind !== 'TypeAssertExpr') {
      if (guard) rawExpr(c, guard, {});
      c.error(s.assign, 'invalid type switch guard');
      return;
    }
    if (lhs !== undefined && lhs.name === '_') {
      c.error(lhs, 'no new variable on left side of :=');
      lhs = undefined;
    }
    const x = expr(c, ta.x);
    let xOk = !failed(x);
    if (xOk && !isInterface(x.type)) {
      c.error(ta.x, `${c.op(x)} is not an interface`);
      xOk = false;
    }
    if (lhs !== undefined) c.info.defs.set(lhs, null);
    const clauses = caseClauses(s.body);
    const symbolics: Var[] = [];
    let firstDefault: CaseClause | null = null;
    const seen: { type: Type | null; e: Expr }[] = [];
    for (const clause of clauses) {
      let single: Type | null | undefined;
      if (clause.list === undefined) {
        if (firstDefault) c.error(clause, `multiple defaults (first at ${c.positionText(c.fileName, firstDefault.pos)})`);
        else firstDefault = clause;
      } else {
        for (const e of clause.list) {
          const T = caseType(c, e, xOk ? x : null, seen);
          single = clause.list.length === 1 ? T : undefined;
        }
      }
      openBlock(c, clause, 'case', (scope) => {
        if (lhs !== undefined) {
          const t = single !== undefined && single !== null ? single : xOk ? x.type : Typ[BasicKind.Invalid];
          const v = new Var(lhs.name, t, c.pkg, c.fileName, lhs.pos);
          v.decl = s;
          scope.insert(v, clause.colon);
          c.info.implicits.set(clause, v);
          symbolics.push(v);
        }
        stmtList(c, clause.body, { ...ctx, inSwitch: true, inTypeSwitch: true, fallthroughOk: true, finalCase: false });
      });
    }
    if (lhs !== undefined && !symbolics.some((v) => v.used)) {
      c.unused(c.fileName, lhs, `declared and not used: ${lhs.name}`);
    }
  });
}

/** Checks one type switch case (a type or nil); returns the type, or null for nil. */
function caseType(c: Checker, e: Expr, x: Operand | null, seen: { type: Type | null; e: Expr }[]): Type | null {
  const inner = unparen(e);
  if (inner.kind === 'Ident' && inner.name === 'nil' && c.scope.lookupParent('nil')?.obj.kind === 'nil') {
    rawExpr(c, e, {});
    const prior = seen.find((s) => s.type === null);
    if (prior) c.error(e, `multiple nil cases in type switch (first at ${c.positionText(c.fileName, prior.e.pos)})`);
    seen.push({ type: null, e });
    return null;
  }
  const T = typExpr(c, e);
  if (!isValid(T)) return T;
  if (seen.some((s) => s.type !== null && identical(s.type, T))) {
    c.error(e, `duplicate case ${c.t(T)} in type switch`);
  }
  seen.push({ type: T, e });
  if (x !== null) {
    const cause = impossibleAssertion(c, x.type, T);
    if (cause !== null) {
      c.error(e, `impossible type switch case: ${exprString(e)}\n\t${c.op(x)} cannot have dynamic type ${c.t(T)} ${cause}`);
    }
  }
  return T;
}

function rangeStmt(c: Checker, s: RangeStmt, ctx: StmtContext): void {
  openBlock(c, s, 'range', (scope) => {
    const x = expr(c, s.x);
    let key: Type = Typ[BasicKind.Invalid];
    let val: Type | null = null;
    let ok = !failed(x);
    // The operand as written, for a message printed before conversion changed its type.
    const asWritten = { ...x };
    if (ok) {
      const u = underlying(x.type);
      if (isString(u)) {
        key = Typ[BasicKind.Int];
        val = runeType;
        if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.String]);
      } else if (u instanceof ArrayType) {
        key = Typ[BasicKind.Int];
        val = u.elem;
      } else if (u instanceof Pointer && underlying(u.elem) instanceof ArrayType) {
        key = Typ[BasicKind.Int];
        val = (underlying(u.elem) as ArrayType).elem;
      } else if (u instanceof Slice) {
        key = Typ[BasicKind.Int];
        val = u.elem;
      } else if (u instanceof MapType) {
        key = u.key;
        val = u.elem;
      } else if (isInteger(u)) {
        if (isUntyped(x.type)) convertUntyped(c, x, Typ[BasicKind.Int]);
        key = x.type;
        val = null;
      } else if (u instanceof Signature) {
        notSupported(c, s.x, 'range over function');
        ok = false;
      } else {
        c.error(s.x, `cannot range over ${c.op(x)}`);
        ok = false;
      }
    }
    if (ok && s.value !== undefined && val === null) {
      c.error(s.value, `range over ${c.op(asWritten)} permits only one iteration variable`);
      ok = false;
    }
    const targets = [s.key, s.value];
    const types = [key, val ?? Typ[BasicKind.Invalid]];
    if (s.tok === ':=') {
      const vars: Var[] = [];
      targets.forEach((t, i) => {
        if (t === undefined) return;
        if (t.kind !== 'Ident') {
          c.error(t, `non-name ${exprString(t)} on left side of :=`);
          return;
        }
        const v = new Var(t.name, ok ? types[i] : Typ[BasicKind.Invalid], c.pkg, c.fileName, t.pos);
        v.decl = s;
        v.perIteration = true;
        c.info.defs.set(t, t.name === '_' ? null : v);
        if (t.name !== '_') vars.push(v);
      });
      if (vars.length === 0 && targets.every((t) => t === undefined || (t.kind === 'Ident' && t.name === '_'))) {
        if (s.key !== undefined) c.error({ pos: s.tokPos, end: s.tokPos + 2 }, 'no new variables on left side of :=');
      }
      for (const v of vars) {
        scope.insert(v, s.body.pos);
        c.fn?.locals.push(v);
      }
    } else if (s.tok === '=') {
      targets.forEach((t, i) => {
        if (t === undefined) return;
        const lt = lhsVar(c, t);
        if (lt === null || !isValid(lt) || !ok) return;
        const op: Operand = { mode: 'value', expr: t, type: types[i] };
        const r = assignableTo2(c, op, lt);
        if (!r) c.error(t, `cannot use ${exprString(t)} (value of type ${c.t(types[i])}) as ${c.t(lt)} value in range clause`);
      });
    }
    stmt(c, s.body, { ...ctx, inLoop: true, fallthroughOk: false });
  });
}

function assignableTo2(c: Checker, x: Operand, T: Type): boolean {
  const before = c.diagnostics.length;
  const y = { ...x, expr: undefined };
  assignment(c, y, T, 'range clause');
  c.diagnostics.length = before;
  return !failed(y);
}

