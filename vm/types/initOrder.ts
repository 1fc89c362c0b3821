// The initialization order of package-level variables (the spec's "Package initialization"):
// repeatedly pick the earliest variable in declaration order that has no uninitialized
// dependencies, where dependencies are the package-level variables its initializer refers to,
// directly or through the functions and methods it refers to. A dependency cycle is reported as
// an initialization cycle and broken. The result is Info.initOrder.

import type { Checker } from './check';
import { Func, Var, type TypeObject } from './objects';

export function computeInitOrder(c: Checker): void {
  // Package-level variables in declaration order (source order across files as given).
  const vars: Var[] = [];
  for (const [obj, info] of c.decls) {
    if (obj instanceof Var && (info.init !== undefined || info.lhs !== undefined) && obj.name !== undefined) vars.push(obj);
    else if (obj instanceof Var) vars.push(obj);
  }
  const varDeps = new Map<Var, Set<Var>>();
  const funcClosure = new Map<TypeObject, Set<Var>>();
  const closureOf = (f: TypeObject, visiting: Set<TypeObject>): Set<Var> => {
    const done = funcClosure.get(f);
    if (done) return done;
    const out = new Set<Var>();
    if (visiting.has(f)) return out;
    visiting.add(f);
    for (const d of c.deps.get(f) ?? []) {
      if (d instanceof Var) out.add(d);
      else if (d instanceof Func) for (const v of closureOf(d, visiting)) out.add(v);
    }
    visiting.delete(f);
    if (visiting.size === 0) funcClosure.set(f, out);
    return out;
  };
  for (const v of vars) {
    const out = new Set<Var>();
    for (const d of c.deps.get(v) ?? []) {
      if (d instanceof Var) out.add(d);
      else if (d instanceof Func) for (const w of closureOf(d, new Set())) out.add(w);
    }
    varDeps.set(v, out);
  }
  reportCycles(c, vars, varDeps);

  const done = new Set<Var>();
  const emitted = new Set<unknown>();
  const remaining = [...vars];
  while (remaining.length > 0) {
    let index = remaining.findIndex((v) => [...(varDeps.get(v) ?? [])].every((d) => d === v || done.has(d) || !varDeps.has(d)));
    if (index < 0) index = 0; // a cycle (already reported): take the earliest
    const v = remaining.splice(index, 1)[0];
    done.add(v);
    const info = c.decls.get(v);
    if (info === undefined || info.init === undefined) continue;
    if (info.lhs !== undefined) {
      if (emitted.has(info.init)) continue;
      emitted.add(info.init);
      for (const w of info.lhs) done.add(w);
      c.info.initOrder.push({ lhs: info.lhs, rhs: info.init });
    } else {
      c.info.initOrder.push({ lhs: [v], rhs: info.init });
    }
  }
}

/** Reports each dependency cycle among variables once, naming the path as Go does. */
function reportCycles(c: Checker, vars: Var[], varDeps: Map<Var, Set<Var>>): void {
  const state = new Map<Var, 'visiting' | 'done'>();
  const stack: Var[] = [];
  const visit = (v: Var): void => {
    state.set(v, 'visiting');
    stack.push(v);
    for (const d of varDeps.get(v) ?? []) {
      const s = state.get(d);
      if (s === 'visiting') {
        const path = stack.slice(stack.indexOf(d));
        if (!path.some((p) => c.reportedCycles.has(p))) {
          for (const p of path) c.reportedCycles.add(p);
          const first = path[0];
          const info = c.decls.get(first);
          if (info) {
            c.inFile(info.file, info.fileScope, () => {
              const at = { pos: first.pos, end: first.pos + first.name.length };
              if (path.length === 1 && directSelf(c, first)) c.error(at, `initialization cycle: ${first.name} refers to itself`);
              else c.error(at, `initialization cycle for ${first.name}`);
            });
          }
        }
      } else if (s === undefined) visit(d);
    }
    stack.pop();
    state.set(v, 'done');
  };
  for (const v of vars) if (!state.has(v)) visit(v);
}

function directSelf(c: Checker, v: Var): boolean {
  return c.deps.get(v)?.has(v) ?? false;
}
