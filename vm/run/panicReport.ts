// The text Go prints for an uncaught panic: the `panic: ...` line(s), in the runtime's wording
// (error values by their Error(), Stringers by String(), basic values as print prints them, named
// basic types as `main.T(5)`), and the `goroutine 1 [running]:` stack in Amigos positions. It
// deliberately prints no JS stack and no addresses that could differ between runs.

import { printFloat } from './helpers';
import { GoPanic, Iface, type Type } from './values';
import type { StackFrame } from './runtime';

/** The value part of a `panic: ` line. Calls the value's Error or String method (Go code) if any. */
export function panicValueText(value: Iface | null): string {
  if (value === null) return 'panic called with nil argument (goexit?)';
  const t = value.t;
  const error = t.methods.Error;
  if (error !== undefined && t.methods.RuntimeError === undefined && t.kind !== 'interface') {
    return safeCall(() => String(error(value.v)));
  }
  if (error !== undefined) return String(error(value.v));
  const stringer = t.methods.String;
  if (stringer !== undefined) return safeCall(() => String(stringer(value.v)));
  return basicText(t, value.v);
}

function safeCall(f: () => string): string {
  try {
    return f();
  } catch (error) {
    if (error instanceof GoPanic) return `(panic in Error/String method: ${panicValueText(error.value)})`;
    throw error;
  }
}

function basicText(t: Type, v: unknown): string {
  const u = t.underlying;
  let text: string;
  switch (u.kind) {
    case 'string': text = t.name === 'string' && t.pkgPath === '' ? (v as string) : `"${v as string}"`; break;
    case 'float32': case 'float64': text = printFloat(v as number); break;
    case 'bool': case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      text = String(v);
      break;
    default:
      return `(${t}) 0xc000012120`;
  }
  if (t.pkgPath !== '' || (t.name !== '' && t.name !== u.kind)) return `${t}(${text})`;
  return text;
}

/** Every line Go prints for panic `p`, before the goroutine trace. */
export function panicLines(p: GoPanic): string[] {
  const chain: { panic: GoPanic; recovered: boolean }[] = [];
  const walk = (q: GoPanic): void => {
    if (q.previousRecovered !== null) walk(q.previousRecovered);
    if (q.previous !== null) walk(q.previous);
    chain.push({ panic: q, recovered: q !== p && q.recovered });
  };
  walk(p);
  return chain.map((c, i) => `${i === 0 ? '' : '\t'}panic: ${panicValueText(c.panic.value)}${c.recovered ? ' [recovered]' : ''}`);
}

/** The goroutine trace: `goroutine 1 [running]:` and two lines per frame. */
export function stackText(frames: StackFrame[]): string {
  const lines = ['goroutine 1 [running]:'];
  for (const f of frames) {
    lines.push(`${f.func}()`);
    lines.push(`\t${f.file}:${f.line}`);
  }
  return lines.join('\n');
}
