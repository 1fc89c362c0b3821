// Normalises the node's state data from the CLI for the views: a `diff A B --json` (for the State
// History's diff editor, and for the State Explorer, which shows the head as the diff from the
// empty state), and a tx's gas by line (`trace SNAPSHOT --json`, or a debug session's gas
// profile) for the heat map. It accepts the shapes the CLI prints (a list of rows or an object
// keyed by realm) and knows no VS Code API.
//
// It does not fetch anything and never guesses a value it cannot find: unknown shapes give an
// empty result, and the caller shows the raw JSON instead.

export interface StateEntry {
  realm: string;
  key: string;
  value: string;
}

export interface StateChange {
  realm: string;
  key: string;
  /** undefined when the key was added. */
  before?: string;
  /** undefined when the key was deleted. */
  after?: string;
}

export interface GasLine {
  /** A file path or URI as the VM reports it. */
  file: string;
  /** 1-based. */
  line: number;
  gas: number;
}

/** A `diff A B --json`: a list of changes, `{changes: [...]}`, or `{realms: {realm: [...]}}`. */
export function parseDiff(json: unknown): StateChange[] {
  const changes: StateChange[] = [];
  const addRow = (row: unknown, realmHint?: string): void => {
    if (!isRecord(row)) return;
    const realm = str(row.realm) ?? str(row.package) ?? realmHint;
    const key = str(row.key) ?? str(row.path);
    if (realm === undefined || key === undefined) return;
    const before = pick(row, ['old', 'before', 'from', 'a']);
    const after = pick(row, ['new', 'after', 'to', 'b']);
    changes.push({ realm, key, before, after });
  };
  const list = isRecord(json) ? (json.changes ?? json.diff ?? json.realms) : json;
  if (Array.isArray(list)) for (const row of list) addRow(row);
  else if (isRecord(list)) {
    for (const [realm, rows] of Object.entries(list)) {
      if (Array.isArray(rows)) for (const row of rows) addRow(row, realm);
      else if (isRecord(rows)) for (const [key, change] of Object.entries(rows)) addRow({ ...(isRecord(change) ? change : { new: change }), key }, realm);
    }
  }
  return changes.sort((a, b) => a.realm.localeCompare(b.realm) || a.key.localeCompare(b.key));
}

/** The two sides of a diff as text, one `realm key = value` line per changed key. */
export function diffSides(changes: StateChange[]): { before: string; after: string } {
  const line = (change: StateChange, value: string | undefined): string => (value === undefined ? '' : `${change.realm}  ${change.key} = ${value}\n`);
  return {
    before: changes.map((change) => line(change, change.before)).join(''),
    after: changes.map((change) => line(change, change.after)).join(''),
  };
}

/** Gas by line from `{gasByLine: [...]}`, `{profile: {lines: [...]}}`, `{lines: [...]}` or a list. */
export function parseGasLines(json: unknown): GasLine[] {
  const list = isRecord(json)
    ? (json.gasByLine ?? json.lines ?? (isRecord(json.profile) ? json.profile.lines : undefined) ?? (isRecord(json.gas) ? json.gas.byLine : undefined))
    : json;
  if (!Array.isArray(list)) return [];
  const lines: GasLine[] = [];
  for (const row of list) {
    if (!isRecord(row)) continue;
    const file = str(row.file) ?? str(row.path) ?? str(row.source);
    const line = typeof row.line === 'number' ? row.line : undefined;
    const gas = typeof row.gas === 'number' ? row.gas : undefined;
    if (file !== undefined && line !== undefined && gas !== undefined && line >= 1 && gas >= 0) lines.push({ file, line, gas });
  }
  return lines;
}

function pick(row: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) if (name in row && row[name] !== null && row[name] !== undefined) return show(row[name]);
  return undefined;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
