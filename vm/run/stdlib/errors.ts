// Package errors: New, Unwrap, Is, As and Join with Go's rules (Is compares with == when the target
// is comparable and asks an Is method; As assigns to *target when the error's type is assignable
// and asks an As method; both walk Unwrap() error and Unwrap() []error trees depth first). The
// panics of As on a bad target carry Go's messages.

import { newError, newJoinError } from './errorValues';
import { items, panicWith } from './support';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { assignInto, ifaceEqual, Iface, Slice, Types, type Type } from '../values';

/** The errors an error wraps: [] when it has no Unwrap method, or it returns nil. */
function unwrapAll(err: Iface): { single: Iface | null; many: (Iface | null)[] | null } {
  const unwrap = err.t.methods.Unwrap;
  if (unwrap === undefined) return { single: null, many: null };
  const result: unknown = unwrap(err.v);
  // Unwrap() []error gives a slice; a nil result ends the walk under either signature.
  if (result instanceof Slice) return { single: null, many: items<Iface | null>(result) };
  return { single: (result ?? null) as Iface | null, many: null };
}

export function unwrap(err: Iface | null): Iface | null {
  if (err === null) return null;
  return unwrapAll(err).single;
}

export function is(err: Iface | null, target: Iface | null): boolean {
  if (err === null || target === null) return err === target;
  const comparable = target.t.comparable();
  return isWalk(err, target, comparable);
}

function isWalk(err: Iface | null, target: Iface, comparable: boolean): boolean {
  for (;;) {
    if (err === null) return false;
    if (comparable && err.t === target.t && ifaceEqual(err, target)) return true;
    const isMethod = err.t.methods.Is;
    if (isMethod !== undefined && isMethod(err.v, target) === true) return true;
    const { single, many } = unwrapAll(err);
    if (many !== null) return many.some((inner) => isWalk(inner, target, comparable));
    err = single;
  }
}

export function as(err: Iface | null, target: Iface | null, errorType: Type): boolean {
  if (err === null) return false;
  if (target === null) panicWith('errors: target cannot be nil');
  const pointerType = target.t.underlying;
  if (pointerType.kind !== 'pointer' || target.v === null) panicWith('errors: target must be a non-nil pointer');
  const targetType = pointerType.elem!;
  if (targetType.underlying.kind !== 'interface' && !targetType.implements(errorType)) {
    panicWith('errors: *target must be interface or implement error');
  }
  return asWalk(err, target, targetType);
}

function asWalk(err: Iface | null, target: Iface, targetType: Type): boolean {
  for (;;) {
    if (err === null) return false;
    const isInterface = targetType.underlying.kind === 'interface';
    if (isInterface ? err.t.implements(targetType) : err.t === targetType) {
      if (targetType.isComposite()) assignInto(targetType, target.v, err.v);
      else (target.v as { v: unknown }).v = isInterface ? err : err.v;
      return true;
    }
    const asMethod = err.t.methods.As;
    if (asMethod !== undefined && asMethod(err.v, target) === true) return true;
    const { single, many } = unwrapAll(err);
    if (many !== null) return many.some((inner) => asWalk(inner, target, targetType));
    err = single;
  }
}

export function loadErrors(_ctx: NativeContext): NativeExports {
  const errorType = Types.error;
  return {
    New: (text: string) => newError(text),
    Unwrap: (err: Iface | null) => unwrap(err),
    Is: (err: Iface | null, target: Iface | null) => is(err, target),
    As: (err: Iface | null, target: Iface | null) => as(err, target, errorType),
    Join: (errs: Slice | null) => newJoinError(items<Iface | null>(errs)),
  };
}

registerNatives({ path: 'errors', load: loadErrors });
