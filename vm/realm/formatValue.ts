// Stored values as people read them, in Go's composite-literal style: `{ID: 1, Title: "Hello"}`,
// `[1, 2, 3]`, `map["a": 1]`, `&{...}` for a stored pointer, `nil`. Used by `diff`, `trace` and
// the JSON the editor shows. It deliberately does not try to be parseable Go: named types are
// left out except where the value sits in an interface (then `Type(value)` for scalars).
import type { StateValue } from '../state/index';

export function formatValue(value: StateValue): string {
  const text = plain(value);
  if (value.type === undefined || value.type === '' || value.type === '*') return text;
  const short = shortType(value.type);
  if (value.kind === 'struct') return `${short}${text}`;
  return text;
}

function plain(value: StateValue): string {
  switch (value.kind) {
    case 'nil': return 'nil';
    case 'bool': return String(value.value);
    case 'int': return value.value.toString();
    case 'float': return Number.isInteger(value.value) && Math.abs(value.value) < 1e21 ? `${value.value}` : String(value.value);
    case 'string': return JSON.stringify(value.value);
    case 'bytes': return `0x${Buffer.from(value.value).toString('hex')}`;
    case 'struct': return `{${value.fields.map((f) => `${f.name}: ${formatValue(f.value)}`).join(', ')}}`;
    case 'list':
      if (value.type === '*' && value.items.length === 1) return `&${formatValue(value.items[0])}`;
      return `[${value.items.map(formatValue).join(', ')}]`;
    case 'map': return `map[${value.entries.map((e) => `${formatValue(e.key)}: ${formatValue(e.value)}`).join(', ')}]`;
    case 'ref': return `&${value.namespace}:${value.key}`;
  }
}

/** `hub.amigos.dev/social/forum.Post` → `forum.Post`. */
export function shortType(text: string): string {
  return text.replace(/[\w.-]+(?:\/[\w.@-]+)*\/([\w@-]+)\./g, (_m, last: string) => `${last.split('@')[0]}.`);
}
