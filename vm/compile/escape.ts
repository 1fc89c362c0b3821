// A conservative pass over every function body that finds (1) the variables that must live in a
// box because their address is taken (`&x`, or a pointer-method call on a non-composite `x`), and
// (2) the struct/array parameters and receivers a function must copy on entry because it may
// change them, take their address or capture them in a closure (callers pass composites without
// copying). It deliberately does no real escape analysis: a variable is boxed whenever `&x` occurs.

import * as A from '../syntax/index';
import * as T from '../types/index';
import type { CheckedPackage } from '../types/program';

export interface EscapeFacts {
  /** Non-composite variables accessed through a Box (`x.v`). */
  boxed: Set<T.Var>;
  /** Composite parameters copied on entry. */
  copyParam: Set<T.Var>;
}

export function analyzeEscapes(packages: CheckedPackage[]): EscapeFacts {
  const facts: EscapeFacts = { boxed: new Set(), copyParam: new Set() };
  for (const p of packages) {
    for (const file of p.files) new Walker(p.info, facts).node(file, 0, new Set());
  }
  return facts;
}

class Walker {
  constructor(private readonly info: T.Info, private readonly facts: EscapeFacts) {}

  private varOf(e: A.Expr): T.Var | null {
    if (e.kind !== 'Ident') return null;
    const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
    return obj !== undefined && obj !== null && obj.kind === 'var' ? (obj as T.Var) : null;
  }

  /** The variable at the root of `x.f[i].g`, if any. */
  private root(e: A.Expr): T.Var | null {
    for (;;) {
      if (e.kind === 'ParenExpr') e = e.x;
      else if (e.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(e);
        if (sel === undefined) return null;
        e = e.x;
      } else if (e.kind === 'IndexExpr') {
        const u = T.underlying(this.info.types.get(e.x)?.type ?? T.invalidType);
        if (!(u instanceof T.ArrayType)) return null;
        e = e.x;
      } else break;
    }
    return this.varOf(e);
  }

  private mutated(e: A.Expr): void {
    const v = this.root(e);
    if (v !== null && v.isParam) this.facts.copyParam.add(v);
  }

  node(n: A.Node, depth: number, litParams: Set<T.Var>): void {
    switch (n.kind) {
      case 'UnaryExpr':
        if (n.op === '&') {
          let x = n.x;
          while (x.kind === 'ParenExpr') x = x.x;
          const v = this.varOf(x);
          if (v !== null && !isComposite(v.type)) this.facts.boxed.add(v);
          this.mutated(x);
        }
        break;
      case 'AssignStmt':
        for (const l of n.lhs) this.mutated(l);
        break;
      case 'IncDecStmt':
        this.mutated(n.x);
        break;
      case 'RangeStmt':
        if (n.tok === '=') {
          if (n.key) this.mutated(n.key);
          if (n.value) this.mutated(n.value);
        }
        break;
      case 'SliceExpr':
        this.mutated(n.x);
        break;
      case 'CallExpr': {
        let f = n.fun;
        while (f.kind === 'ParenExpr') f = f.x;
        if (f.kind === 'SelectorExpr') {
          const sel = this.info.selections.get(f);
          if (sel !== undefined && sel.kind === 'method') {
            const m = sel.obj as T.Func;
            const wantPtr = m.recv !== null && T.underlying(m.recv.type) instanceof T.Pointer;
            const havePtr = T.underlying(sel.recv) instanceof T.Pointer;
            if (wantPtr && !havePtr && sel.index.length === 1) {
              const v = this.varOf(unparenExpr(f.x));
              if (v !== null && !isComposite(v.type)) this.facts.boxed.add(v);
              this.mutated(f.x);
            }
          }
        }
        break;
      }
      case 'SelectorExpr': {
        // A method value `x.M` binds (a copy of, or a pointer to) x.
        const sel = this.info.selections.get(n);
        if (sel !== undefined && sel.kind === 'method') this.mutated(n.x);
        break;
      }
      case 'FuncLit': {
        const own = new Set<T.Var>();
        for (const field of n.type.params.list) for (const id of field.names) {
          const v = this.info.defs.get(id);
          if (v && v.kind === 'var') own.add(v as T.Var);
        }
        this.children(n, depth + 1, own);
        return;
      }
      case 'Ident':
        if (depth > 0) {
          const v = this.varOf(n);
          if (v !== null && v.isParam && !litParams.has(v)) this.facts.copyParam.add(v);
        }
        break;
      default:
        break;
    }
    this.children(n, depth, litParams);
  }

  private children(n: A.Node, depth: number, litParams: Set<T.Var>): void {
    for (const key of Object.keys(n)) {
      const value = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) this.node(item, depth, litParams);
      } else if (isNode(value)) this.node(value, depth, litParams);
    }
  }
}

function isNode(value: unknown): value is A.Node {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function unparenExpr(e: A.Expr): A.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function isComposite(t: T.Type): boolean {
  const u = T.underlying(t);
  return u instanceof T.Struct || u instanceof T.ArrayType;
}
