// The spec's terminating statements, which decide "missing return": a return or goto, a call of
// panic, a block or if/else ending in one, a for loop without condition and without a break out
// of it, a switch with a default whose every clause terminates and that is not broken out of,
// and a labeled statement whose statement terminates. It looks only at syntax (a shadowed
// `panic` is not detected, as the spec's rule is syntactic in spirit).

import type { Stmt } from '../syntax/index';

/** Whether `s` is a terminating statement; `label` is the label of an enclosing labeled statement. */
export function isTerminating(s: Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      let x = s.x;
      while (x.kind === 'ParenExpr') x = x.x;
      return x.kind === 'CallExpr' && x.fun.kind === 'Ident' && x.fun.name === 'panic';
    }
    case 'BlockStmt':
      return isTerminatingList(s.list);
    case 'IfStmt':
      return s.else !== undefined && isTerminating(s.body, '') && isTerminating(s.else, '');
    case 'LabeledStmt':
      return isTerminating(s.stmt, s.label.name);
    case 'ForStmt':
      return s.cond === undefined && !hasBreak(s.body, label, true);
    case 'SwitchStmt':
    case 'TypeSwitchStmt': {
      let sawDefault = false;
      for (const clause of s.body.list) {
        if (clause.kind !== 'CaseClause') continue;
        if (clause.list === undefined) sawDefault = true;
        if (!isTerminatingList(clause.body) || hasBreakList(clause.body, label, true)) return false;
      }
      return sawDefault;
    }
    case 'SelectStmt':
      return false;
    default:
      return false;
  }
}

function isTerminatingList(list: Stmt[]): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === 'EmptyStmt') i--;
  return i >= 0 && isTerminating(list[i], '');
}

function hasBreakList(list: Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

/** Whether `s` contains a break that leaves the statement being examined. */
function hasBreak(s: Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      return s.tok === 'break' && ((s.label === undefined && implicit) || (s.label !== undefined && s.label.name === label));
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== undefined && hasBreak(s.else, label, implicit));
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'CaseClause':
      return hasBreakList(s.body, label, implicit);
    // Inside nested breakable statements an unlabeled break refers to them.
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
    case 'SelectStmt':
      return label !== '' && s.body.list.some((cl) => hasBreak(cl, label, false));
    default:
      return false;
  }
}

