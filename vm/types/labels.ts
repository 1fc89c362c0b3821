// The label rules of a function body, checked in one walk after the body's statements: labels
// are declared once per function ("label L already defined"), must be used ("label L defined
// and not used"), `goto L` needs L in the function ("label L not defined"), may not jump into a
// block or over a variable declaration, and labeled break/continue must name an enclosing
// for/switch/select (continue: a for). Closures have their own labels.

import type { BlockStmt, Stmt } from '../syntax/index';
import type { Checker } from './check';
import { Label } from './objects';
import { invalidType } from './types';

interface LabelInfo {
  obj: Label;
  stmt: Extract<Stmt, { kind: 'LabeledStmt' }>;
  /** The block holding the labeled statement and the statement's index in it. */
  block: Stmt[];
  index: number;
}

export function checkLabels(c: Checker, body: BlockStmt): void {
  const labels = new Map<string, LabelInfo>();
  let labeledBranch = false;
  const collect = (list: Stmt[]): void => {
    list.forEach((s, index) => {
      let cur: Stmt = s;
      while (cur.kind === 'LabeledStmt') {
        const name = cur.label.name;
        if (name !== '_') {
          const prior = labels.get(name);
          if (prior) c.error(cur.label, `label ${name} already defined at ${c.where(prior.obj)}`);
          else {
            const obj = new Label(name, invalidType, c.pkg, c.fileName, cur.label.pos);
            obj.decl = cur;
            c.info.defs.set(cur.label, obj);
            labels.set(name, { obj, stmt: cur, block: list, index });
          }
        }
        cur = cur.stmt;
      }
      if (cur.kind === 'BranchStmt' && cur.label !== undefined) labeledBranch = true;
      forChildren(cur, collect);
    });
  };
  collect(body.list);
  // Most bodies have neither labels nor labeled branches: nothing below could report or record.
  if (labels.size === 0 && !labeledBranch) return;

  // Walk with the stack of enclosing labeled statements and blocks.
  const walk = (list: Stmt[], enclosing: { name: string; kind: string }[], blocks: Stmt[][]): void => {
    list.forEach((s, index) => {
      let cur: Stmt = s;
      const names: string[] = [];
      while (cur.kind === 'LabeledStmt') {
        names.push(cur.label.name);
        cur = cur.stmt;
      }
      if (cur.kind === 'BranchStmt' && cur.label !== undefined) {
        const name = cur.label.name;
        const info = labels.get(name);
        if (info === undefined) {
          c.error(cur.label, `label ${name} not defined`);
        } else {
          info.obj.used = true;
          c.info.uses.set(cur.label, info.obj);
          if (cur.tok === 'goto') checkGoto(c, cur, info, list, index, blocks);
          else {
            const target = enclosing.find((e) => e.name === name);
            const loop = target && (target.kind === 'ForStmt' || target.kind === 'RangeStmt');
            const breakable = target && (loop || target.kind === 'SwitchStmt' || target.kind === 'TypeSwitchStmt' || target.kind === 'SelectStmt');
            if (cur.tok === 'break' && !breakable) c.error(cur.label, `invalid break label ${name}`);
            if (cur.tok === 'continue' && !loop) c.error(cur.label, `invalid continue label ${name}`);
          }
        }
      }
      // A duplicate label does not label its statement: the first declaration is the label.
      const own = names.filter((name) => {
        let s2: Stmt = s;
        while (s2.kind === 'LabeledStmt' && s2.label.name !== name) s2 = s2.stmt;
        return labels.get(name)?.stmt === s2;
      });
      const inner = [...enclosing, ...own.map((name) => ({ name, kind: cur.kind }))];
      forChildren(cur, (child) => walk(child, inner, [...blocks, child]));
    });
  };
  walk(body.list, [], [body.list]);

  for (const [name, info] of labels) {
    if (!info.obj.used) c.unused(c.fileName, info.stmt.label, `label ${name} defined and not used`);
  }
}

function checkGoto(c: Checker, s: Extract<Stmt, { kind: 'BranchStmt' }>, target: LabelInfo, list: Stmt[], index: number, blocks: Stmt[][]): void {
  const name = target.obj.name;
  if (!blocks.includes(target.block)) {
    c.error(s.label!, `goto ${name} jumps into block`);
    return;
  }
  if (target.block === list && target.index > index) {
    for (let i = index + 1; i < target.index; i++) {
      const d = list[i];
      if ((d.kind === 'DeclStmt' && d.decl.tok === 'var') || (d.kind === 'AssignStmt' && d.tok === ':=')) {
        c.error(s.label!, `goto ${name} jumps over variable declaration`);
        return;
      }
    }
  }
}

/** Calls `f` with each statement list directly inside `s` (not inside function literals). */
function forChildren(s: Stmt, f: (list: Stmt[]) => void): void {
  switch (s.kind) {
    case 'BlockStmt': f(s.list); break;
    case 'IfStmt':
      f(s.body.list);
      if (s.else) f([s.else]);
      break;
    case 'ForStmt': case 'RangeStmt': f(s.body.list); break;
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
      for (const cl of s.body.list) if (cl.kind === 'CaseClause' || cl.kind === 'CommClause') f(cl.body);
      break;
    case 'LabeledStmt': f([s.stmt]); break;
    default: break;
  }
}

