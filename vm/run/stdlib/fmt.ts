// Package fmt: Print, Println, Printf to the run's standard output, Sprint, Sprintln, Sprintf, and
// Errorf with %w wrapping, all through printer.ts. Output goes through Runtime.write only; gas for
// formatting is charged by the size of the text produced. It does not implement the Scan family,
// Fprint to arbitrary writers, or the Formatter interface.

import { AddressBook, Printer } from './printer';
import { newError, newWrapError, newWrapErrors } from './errorValues';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { Iface, runtimeError, Slice, type Type } from '../values';
import { appendString, stringToBytes } from './support';
import { scan } from './scan';
// Loading fmt registers the whole native standard library (index.ts), so that a loader importing
// only some packages still links every one of them.
import './index';

/** The operands of a variadic ...any parameter. */
export function operands(args: Slice | null): (Iface | null)[] {
  if (args === null) return [];
  return args.a.slice(args.o, args.o + args.l) as (Iface | null)[];
}

/**
 * A Go value of type `t` as fmt.Sprint prints it (or with another format, e.g. '%#v'), for hosts
 * that show values: `call --json` results, the debugger's variables. An interface-typed value is
 * its Iface (or null), as values.ts represents it.
 */
export function sprintValue(t: Type, value: unknown, format = '%v', addresses = new AddressBook()): string {
  const arg = t.underlying.kind === 'interface' ? (value as Iface | null) : new Iface(t, value);
  const p = new Printer(addresses);
  p.doPrintf(format, [arg]);
  return p.buf;
}

/** The formatting functions over one address book (one per run), usable by other natives. */
export function formatters(addresses: AddressBook) {
  const sprint = (args: Slice | null): string => {
    const p = new Printer(addresses);
    p.doPrint(operands(args));
    return p.buf;
  };
  const sprintln = (args: Slice | null): string => {
    const p = new Printer(addresses);
    p.doPrintln(operands(args));
    return p.buf;
  };
  const sprintf = (format: string, args: Slice | null): string => {
    const p = new Printer(addresses);
    p.doPrintf(format, operands(args));
    return p.buf;
  };
  const errorf = (format: string, args: Slice | null): Iface => {
    const p = new Printer(addresses);
    p.wrapErrs = true;
    p.doPrintf(format, operands(args));
    if (p.wrapped.length === 0) return newError(p.buf);
    if (p.wrapped.length === 1) return newWrapError(p.buf, p.wrapped[0]);
    return newWrapErrors(p.buf, p.wrapped);
  };
  return { sprint, sprintln, sprintf, errorf };
}

export function loadFmt(ctx: NativeContext): NativeExports {
  const { rt } = ctx;
  const f = formatters(new AddressBook());
  const out = (text: string): [number, null] => {
    rt.charge(text.length);
    rt.write(text);
    return [text.length, null];
  };
  return {
    Print: (args: Slice | null) => out(f.sprint(args)),
    Println: (args: Slice | null) => out(f.sprintln(args)),
    Printf: (format: string, args: Slice | null) => out(f.sprintf(format, args)),
    Sprint: (args: Slice | null) => charged(rt, f.sprint(args)),
    Sprintln: (args: Slice | null) => charged(rt, f.sprintln(args)),
    Sprintf: (format: string, args: Slice | null) => charged(rt, f.sprintf(format, args)),
    Errorf: (format: string, args: Slice | null) => f.errorf(format, args),
    Fprint: (w: Iface, args: Slice | null) => writeTo(w, f.sprint(args)),
    Fprintln: (w: Iface, args: Slice | null) => writeTo(w, f.sprintln(args)),
    Fprintf: (w: Iface, format: string, args: Slice | null) => writeTo(w, f.sprintf(format, args)),
    Append: (b: Slice | null, args: Slice | null) => appendString(b, charged(rt, f.sprint(args))),
    Appendln: (b: Slice | null, args: Slice | null) => appendString(b, charged(rt, f.sprintln(args))),
    Appendf: (b: Slice | null, format: string, args: Slice | null) => appendString(b, charged(rt, f.sprintf(format, args))),
    Sscan: (str: string, args: Slice | null) => scan(str, null, operands(args)),
    Sscanf: (str: string, format: string, args: Slice | null) => scan(str, format, operands(args)),
  };
}

/** Fprint*: hands the bytes to the writer's Write method. */
function writeTo(w: Iface | null, text: string): [number, Iface | null] {
  if (w === null) throw runtimeError('invalid memory address or nil pointer dereference');
  const write = w.t.methods.Write;
  if (write === undefined) throw runtimeError(`method Write missing on ${w.t}`);
  return write(w.v, stringToBytes(text)) as [number, Iface | null];
}

function charged(rt: NativeContext['rt'], text: string): string {
  rt.charge(text.length);
  return text;
}

registerNatives({ path: 'fmt', load: loadFmt });
