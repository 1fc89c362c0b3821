// Freezes Go values into plain display trees at a stop: each node has the value as fmt.Sprint
// prints it, its type, and (for structs, arrays, slices, maps, pointers and interfaces) its
// children, captured to a bounded depth and width so that a stop costs little even over large
// data. The tree is plain data, so a stop can be shown again after the run moved on or was
// replayed (time travel shows what was true then). It deliberately knows nothing of DAP: the
// adapter pages through `children` and hands out its own references.
import { sprintValue } from '../run/stdlib/fmt';
import { GoMap, Iface, Slice, sliceItems, type Type } from '../run/values';

/** One value as shown at a stop. */
export interface ValueNode {
  name: string;
  type: string;
  value: string;
  /** Children when the value is a container; undefined for a leaf, [] for an empty container. */
  children?: ValueNode[];
  /** How many children the value really has (children may hold fewer: the capture is bounded). */
  count?: number;
  /** For a map entry: how to reach it from the map in Go (`["a"]`, `[3]`). */
  access?: string;
  /** True for an indexed container (array, slice): the adapter reports indexedVariables. */
  indexed?: boolean;
}

export interface CaptureLimits {
  /** Levels of children captured below a variable. */
  depth: number;
  /** Children captured per container. */
  width: number;
}

export const DEFAULT_LIMITS: CaptureLimits = { depth: 4, width: 500 };

/** The display tree of `value` of type `type`, named `name`. */
export function captureValue(name: string, type: Type, value: unknown, limits: CaptureLimits = DEFAULT_LIMITS): ValueNode {
  return capture(name, type, value, limits.depth, limits.width);
}

/** The value text alone (fmt.Sprint's %v), never throwing: a value that cannot print says why. */
export function valueText(type: Type, value: unknown): string {
  try {
    return sprintValue(type, value);
  } catch {
    // Values of native types (a *testing.T) have no Go fields to print.
    return `<${type.toString()}>`;
  }
}

function capture(name: string, type: Type, value: unknown, depth: number, width: number): ValueNode {
  const node: ValueNode = { name, type: type.toString(), value: shorten(valueText(type, value)) };
  if (depth <= 0) return node;
  const u = type.underlying;
  const child = (childName: string, childType: Type, childValue: unknown): ValueNode => capture(childName, childType, childValue, depth - 1, width);
  switch (u.kind) {
    case 'struct': {
      const fields = value as Record<string, unknown>;
      node.children = u.fields.map((field) => child(field.name, field.type, fields[field.key]));
      node.count = u.fields.length;
      return node;
    }
    case 'array': {
      const items = value as unknown[];
      node.children = items.slice(0, width).map((item, i) => child(`[${i}]`, u.elem!, item));
      node.count = items.length;
      node.indexed = true;
      return node;
    }
    case 'slice': {
      if (value === null) return node;
      const items = sliceItems(value as Slice);
      node.children = items.slice(0, width).map((item, i) => child(`[${i}]`, u.elem!, item));
      node.count = items.length;
      node.indexed = true;
      return node;
    }
    case 'map': {
      if (value === null) return node;
      const entries = (value as GoMap).entries();
      const named = entries.map(([k, v]) => ({ key: valueText(u.key!, k), raw: k, v }));
      named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      node.children = named.slice(0, width).map(({ key, raw, v }) => {
        const entry = child(`[${key}]`, u.elem!, v);
        if (typeof raw === 'string') entry.access = `[${JSON.stringify(raw)}]`;
        else if (typeof raw === 'number' || typeof raw === 'bigint' || typeof raw === 'boolean') entry.access = `[${String(raw)}]`;
        return entry;
      });
      node.count = entries.length;
      return node;
    }
    case 'pointer': {
      if (value === null) return node;
      const elem = u.elem!;
      const target = elem.underlying.kind === 'struct' || elem.underlying.kind === 'array' ? value : (value as { v: unknown }).v;
      node.children = [child(`*${name}`, elem, target)];
      node.count = 1;
      return node;
    }
    case 'interface': {
      if (value === null) return node;
      const inner = value as Iface;
      const shown = child(name, inner.t, inner.v);
      return { ...shown, type: `${node.type}(${inner.t.toString()})` };
    }
    default:
      return node;
  }
}

/** Values longer than this are cut in the display (their children show everything). */
export const MAX_VALUE_TEXT = 160;

function shorten(text: string): string {
  return text.length <= MAX_VALUE_TEXT ? text : `${text.slice(0, MAX_VALUE_TEXT)}…`;
}
