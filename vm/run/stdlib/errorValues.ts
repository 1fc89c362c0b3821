// The error values the standard library makes itself: errors.New's *errors.errorString,
// fmt.Errorf's *fmt.wrapError and *fmt.wrapErrors, and errors.Join's *errors.joinError. Their types
// are unexported, so no program can name them: the descriptors live here, built once, with their
// Error and Unwrap methods, and every native shares them. Exported error types of a package
// (strconv.NumError, ...) come from that package's Go declaration instead (NativeContext.type).

import { Iface, Slice, Types, type Type } from '../values';

function namedStruct(pkg: string, name: string, fields: [string, Type][]): Type {
  const t = Types.named(pkg, pkg, name, 'struct');
  Types.setUnderlying(
    t,
    Types.struct(fields.map(([fieldName, fieldType]) => ({ name: fieldName, key: fieldName, type: fieldType, embedded: false, exported: false, tag: '' }))),
  );
  return t;
}

interface ErrorString {
  s: string;
}

interface WrapError {
  msg: string;
  err: Iface | null;
}

interface WrapErrors {
  msg: string;
  errs: Slice | null;
}

interface JoinError {
  errs: Slice | null;
}

const errorStringType = namedStruct('errors', 'errorString', [['s', Types.string]]);
/** *errors.errorString. */
export const errorStringPointer = Types.pointer(errorStringType);
errorStringPointer.methods.Error = (e: ErrorString) => e.s;

const wrapErrorType = namedStruct('fmt', 'wrapError', [['msg', Types.string], ['err', Types.error]]);
/** *fmt.wrapError: Errorf with one %w. */
export const wrapErrorPointer = Types.pointer(wrapErrorType);
wrapErrorPointer.methods.Error = (e: WrapError) => e.msg;
wrapErrorPointer.methods.Unwrap = (e: WrapError) => e.err;

const wrapErrorsType = namedStruct('fmt', 'wrapErrors', [['msg', Types.string], ['errs', Types.slice(Types.error)]]);
/** *fmt.wrapErrors: Errorf with several %w. */
export const wrapErrorsPointer = Types.pointer(wrapErrorsType);
wrapErrorsPointer.methods.Error = (e: WrapErrors) => e.msg;
wrapErrorsPointer.methods.Unwrap = (e: WrapErrors) => e.errs;

const joinErrorType = namedStruct('errors', 'joinError', [['errs', Types.slice(Types.error)]]);
/** *errors.joinError: errors.Join. */
export const joinErrorPointer = Types.pointer(joinErrorType);
joinErrorPointer.methods.Error = (e: JoinError) => {
  const errs = e.errs === null ? [] : (e.errs.a.slice(e.errs.o, e.errs.o + e.errs.l) as Iface[]);
  return errs.map((err) => errorText(err)).join('\n');
};
joinErrorPointer.methods.Unwrap = (e: JoinError) => e.errs;

/** errors.New(text): a new *errors.errorString (each call a distinct pointer). */
export function newError(text: string): Iface {
  return new Iface(errorStringPointer, { s: text });
}

/** fmt.Errorf's result with one wrapped error. */
export function newWrapError(msg: string, err: Iface): Iface {
  return new Iface(wrapErrorPointer, { msg, err });
}

/** fmt.Errorf's result with several wrapped errors. */
export function newWrapErrors(msg: string, errs: Iface[]): Iface {
  return new Iface(wrapErrorsPointer, { msg, errs: new Slice(errs, 0, errs.length, errs.length) });
}

/** errors.Join's result (nil when every error is nil). */
export function newJoinError(errs: (Iface | null)[]): Iface | null {
  const kept = errs.filter((err): err is Iface => err !== null);
  if (kept.length === 0) return null;
  return new Iface(joinErrorPointer, { errs: new Slice(kept, 0, kept.length, kept.length) });
}

/** err.Error() of a non-nil error value. */
export function errorText(err: Iface): string {
  const method = err.t.methods.Error;
  return method === undefined ? '' : (method(err.v) as string);
}
