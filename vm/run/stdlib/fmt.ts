// Package fmt: Print, Println, Printf to the run's standard output, Sprint, Sprintln, Sprintf, and
// Errorf with %w wrapping, all through printer.ts. Output goes through Runtime.write only; gas for
// formatting is charged by the size of the text produced. It does not implement the Scan family,
// Fprint to arbitrary writers, or the Formatter interface.

import { AddressBook, Printer } from './printer';
import { newError, newWrapError, newWrapErrors } from './errorValues';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { Iface, Slice } from '../values';

/** The operands of a variadic ...any parameter. */
export function operands(args: Slice | null): (Iface | null)[] {
  if (args === null) return [];
  return args.a.slice(args.o, args.o + args.l) as (Iface | null)[];
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
  };
}

function charged(rt: NativeContext['rt'], text: string): string {
  rt.charge(text.length);
  return text;
}

registerNatives({ path: 'fmt', load: loadFmt });
