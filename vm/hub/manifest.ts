// Reads one `amigos.toml` (DESIGN.md section 4) into a typed Manifest plus diagnostics. The TOML
// itself is parsed by smol-toml; this file only checks the Amigos fields (module, kind, version,
// description, [oracle]) and points each mistake at a line and column of the file.
// It never throws and does no IO: the caller reads the file and passes its text. It does not
// decide whether a manifest is a workspace root or a package in a workspace (workspace.ts does).
import type * as SmolToml from 'smol-toml' with { 'resolution-mode': 'import' };
import * as semver from 'semver';

export type PackageKind = 'realm' | 'library';

/** The three oracle networks of `amigos/oracle`, in the order the DESIGN lists them. */
export const oracleSources = ['chainlink', 'band', 'uma'] as const;
export type OracleSource = (typeof oracleSources)[number];

/** The local answers of one feed (e.g. "ETH/USD"), in the feed's integer units. */
export type OracleFeed = Partial<Record<OracleSource, bigint>>;

export interface Manifest {
  /** Absolute (or caller-chosen) path of the amigos.toml this came from. */
  file: string;
  /** The import path; absent in a workspace-settings-only file. */
  module?: string;
  kind: PackageKind;
  /** Normalized MAJOR.MINOR.PATCH[-pre][+build]; "0.0.0" when the file gives none. */
  version: string;
  major: number;
  description: string;
  /** Feed name → answers, in file order. Empty when the file has no [oracle] table. */
  oracle: Map<string, OracleFeed>;
  /** 1-based line of the [oracle] header (or of its first feed), for "ignored here" notes. */
  oracleLine?: number;
  /** The [defaults] table: what commands use when their flags are not given. */
  defaults: WorkspaceDefaults;
}

/** Workspace defaults for commands (`[defaults]` in the workspace root's amigos.toml). */
export interface WorkspaceDefaults {
  /** The caller of `call` without --caller: a named account or an address. */
  caller?: string;
  /** The gas limit of a tx without --gas. */
  gas?: number;
  /** The node's state directory, relative to the workspace root. */
  state?: string;
}

export type Severity = 'error' | 'warning';

export interface ManifestDiagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  message: string;
}

export interface ManifestResult {
  /** Present unless the TOML itself could not be parsed; fields with mistakes get defaults. */
  manifest?: Manifest;
  diagnostics: ManifestDiagnostic[];
}

// smol-toml ships a CommonJS build (dist/index.cjs, which esbuild and tsx load), but its type
// declarations sit in an ES-module package, which TypeScript's Node16 mode refuses to `import`
// from CommonJS; the types come in through a type-only import instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: parseToml, stringify: stringifyToml, TomlError } = require('smol-toml') as typeof SmolToml;

const knownKeys = ['module', 'kind', 'version', 'description', 'oracle', 'defaults'];
const int64Min = -(2n ** 63n);
const int64Max = 2n ** 63n - 1n;

/** Parses and checks the text of one amigos.toml. Never throws. */
export function parseManifest(text: string, file: string): ManifestResult {
  const diagnostics: ManifestDiagnostic[] = [];
  const locator = new KeyLocator(text);
  const report = (where: Position, severity: Severity, message: string): void => {
    diagnostics.push({ file, line: where.line, column: where.column, severity, message });
  };

  let table: Record<string, unknown>;
  try {
    table = parseToml(text, { integersAsBigInt: true }) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      report({ line: error.line, column: error.column }, 'error', `invalid TOML: ${message}`);
    } else {
      report({ line: 1, column: 1 }, 'error', `invalid TOML: ${String(error)}`);
    }
    return { diagnostics };
  }

  const manifest: Manifest = { file, kind: 'library', version: '0.0.0', major: 0, description: '', oracle: new Map(), defaults: {} };

  for (const key of Object.keys(table)) {
    if (!knownKeys.includes(key)) {
      report(locator.key([], key), 'warning', `unknown key "${key}" (amigos.toml knows ${knownKeys.join(', ')})`);
    }
  }

  const moduleValue = table.module;
  if (moduleValue !== undefined) {
    const where = locator.key([], 'module');
    if (typeof moduleValue !== 'string') report(where, 'error', `module must be a string import path, like "hub.amigos.dev/social/forum"`);
    else {
      const problem = importPathProblem(moduleValue);
      if (problem) report(where, 'error', `module "${moduleValue}": ${problem}`);
      else manifest.module = moduleValue;
    }
  }

  const kindValue = table.kind;
  if (kindValue === undefined) {
    if (moduleValue !== undefined) report(locator.key([], 'module'), 'error', 'kind is missing: add kind = "realm" or kind = "library"');
  } else if (kindValue === 'realm' || kindValue === 'library') {
    manifest.kind = kindValue;
    if (moduleValue === undefined) report(locator.key([], 'kind'), 'warning', 'kind has no effect without module (this file holds workspace settings only)');
  } else {
    report(locator.key([], 'kind'), 'error', `kind must be "realm" or "library", not ${describe(kindValue)}`);
  }

  const versionValue = table.version;
  if (versionValue !== undefined) {
    const where = locator.key([], 'version');
    if (typeof versionValue !== 'string') report(where, 'error', `version must be a string like "1.4.0", not ${describe(versionValue)}`);
    else {
      const problem = versionProblem(versionValue);
      if (problem) report(where, 'error', problem);
      else {
        manifest.version = versionValue;
        manifest.major = semver.major(versionValue);
      }
    }
  }

  const descriptionValue = table.description;
  if (descriptionValue !== undefined) {
    if (typeof descriptionValue === 'string') manifest.description = descriptionValue;
    else report(locator.key([], 'description'), 'error', `description must be a string, not ${describe(descriptionValue)}`);
  }

  if (table.oracle !== undefined) readOracle(table.oracle, manifest, locator, report);
  if (table.defaults !== undefined) readDefaults(table.defaults, manifest, locator, report);

  return { manifest, diagnostics };
}

/**
 * The text of an amigos.toml for a package (for tools that create one, such as `fork`), written
 * by smol-toml so that any description is quoted correctly. It round-trips through parseManifest.
 */
export function manifestText(fields: { module: string; kind: PackageKind; version: string; description?: string }): string {
  const table: Record<string, string> = { module: fields.module, kind: fields.kind, version: fields.version };
  if (fields.description !== undefined && fields.description !== '') table.description = fields.description;
  return stringifyToml(table) + '\n';
}

/** Why `path` is not a valid module path, or undefined when it is. Versions never go in a path. */
export function importPathProblem(path: string): string | undefined {
  if (path === '') return 'the import path is empty';
  if (path.includes('@')) return 'a module path has no "@": the version goes in the version field';
  if (path.startsWith('/') || path.endsWith('/')) return 'an import path neither starts nor ends with "/"';
  for (const segment of path.split('/')) {
    if (segment === '') return 'an import path has no empty segment ("//")';
    if (segment === '.' || segment === '..') return `an import path has no "${segment}" segment`;
    if (segment.startsWith('.')) return `segment "${segment}" starts with "."`;
    const bad = /[^A-Za-z0-9._~-]/.exec(segment);
    if (bad) return `segment "${segment}" has the character "${bad[0]}" (use letters, digits, ".", "_", "~", "-")`;
  }
  return undefined;
}

/** Why `version` is not a MAJOR.MINOR.PATCH semantic version, or undefined when it is. */
export function versionProblem(version: string): string | undefined {
  if (semver.valid(version) === version) return undefined;
  const cleaned = semver.valid(semver.clean(version) ?? '');
  if (cleaned) return `version "${version}" should be written "${cleaned}"`;
  return `version "${version}" is not a semantic version MAJOR.MINOR.PATCH (like "1.4.0")`;
}

function readOracle(
  value: unknown,
  manifest: Manifest,
  locator: KeyLocator,
  report: (where: Position, severity: Severity, message: string) => void,
): void {
  const firstFeed = isTable(value) ? Object.keys(value)[0] : undefined;
  const header =
    locator.table(['oracle']) ??
    locator.find([], 'oracle') ??
    (firstFeed === undefined ? undefined : (locator.table(['oracle', firstFeed]) ?? locator.find(['oracle'], firstFeed))) ??
    { line: 1, column: 1 };
  manifest.oracleLine = header.line;
  if (!isTable(value)) {
    report(header, 'error', `[oracle] must be a table of feeds, like "ETH/USD" = { chainlink = 345012, band = 345100, uma = 344990 }`);
    return;
  }
  for (const [feed, answers] of Object.entries(value)) {
    const feedWhere = locator.find(['oracle'], feed) ?? locator.key(['oracle', feed], Object.keys(isTable(answers) ? answers : {})[0] ?? '');
    if (!isTable(answers)) {
      report(feedWhere, 'error', `oracle feed "${feed}" must be a table like { chainlink = 345012, band = 345100, uma = 344990 }, not ${describe(answers)}`);
      continue;
    }
    const parsed: OracleFeed = {};
    for (const [source, answer] of Object.entries(answers)) {
      const where = locator.find(['oracle', feed], source) ?? locator.inline(feedWhere, source);
      if (!(oracleSources as readonly string[]).includes(source)) {
        report(where, 'error', `oracle feed "${feed}": unknown source "${source}" (the sources are ${oracleSources.join(', ')})`);
        continue;
      }
      if (typeof answer !== 'bigint') {
        report(where, 'error', `oracle feed "${feed}": ${source} must be an integer in the feed's units, not ${describe(answer)}`);
        continue;
      }
      if (answer < int64Min || answer > int64Max) {
        report(where, 'error', `oracle feed "${feed}": ${source} = ${answer} does not fit in an int64`);
        continue;
      }
      parsed[source as OracleSource] = answer;
    }
    if (Object.keys(answers).length === 0) report(feedWhere, 'error', `oracle feed "${feed}" has no answers (give chainlink, band and/or uma)`);
    if (Object.keys(parsed).length > 0) manifest.oracle.set(feed, parsed);
  }
}

function readDefaults(
  value: unknown,
  manifest: Manifest,
  locator: KeyLocator,
  report: (where: Position, severity: Severity, message: string) => void,
): void {
  const header = locator.table(['defaults']) ?? locator.key([], 'defaults');
  if (!isTable(value)) {
    report(header, 'error', `[defaults] must be a table, like caller = "alice", gas = 10000000, state = ".amigos"`);
    return;
  }
  for (const [key, setting] of Object.entries(value)) {
    const where = locator.find(['defaults'], key) ?? header;
    if (key === 'caller' || key === 'state') {
      if (typeof setting === 'string' && setting !== '') manifest.defaults[key] = setting;
      else report(where, 'error', `defaults.${key} must be a non-empty string, not ${describe(setting)}`);
    } else if (key === 'gas') {
      if (typeof setting === 'bigint' && setting > 0n && setting <= BigInt(Number.MAX_SAFE_INTEGER)) manifest.defaults.gas = Number(setting);
      else report(where, 'error', `defaults.gas must be a positive integer, not ${describe(setting)}`);
    } else {
      report(where, 'warning', `unknown default "${key}" ([defaults] knows caller, gas, state)`);
    }
  }
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string "${value}"`;
  if (typeof value === 'bigint') return `the integer ${value}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the float ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return 'an array';
  if (isTable(value)) return 'a table';
  return 'a date';
}

interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a key was written, for diagnostics: smol-toml returns plain values without
 * positions. It follows [table] headers line by line and matches `key =` (bare or quoted) at the
 * start of a line, or inside an inline table on a given line. A key it cannot find is reported at
 * the table header or at line 1: the message still names the key.
 */
class KeyLocator {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  /** The position of `[name.of.table]`, if the file has that header. */
  table(path: string[]): Position | undefined {
    for (let index = 0; index < this.lines.length; index++) {
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$/.exec(this.lines[index]);
      if (header && splitDotted(header[1]).join('\u0000') === path.join('\u0000')) {
        return { line: index + 1, column: this.lines[index].indexOf('[') + 1 };
      }
    }
    return undefined;
  }

  /** The position of `key` in the table `path`, else of the table's header, else line 1. */
  key(path: string[], key: string): Position {
    return this.find(path, key) ?? (path.length > 0 ? this.table(path) : undefined) ?? { line: 1, column: 1 };
  }

  /** The position of `key` inside the inline table that starts at `holder`, else `holder`. */
  inline(holder: Position, key: string): Position {
    const column = findKeyIn(this.lines[holder.line - 1] ?? '', key, holder.column);
    return column === undefined ? holder : { line: holder.line, column };
  }

  /** The position of `key =` written in the table `path` (under its header or dotted). */
  find(path: string[], key: string): Position | undefined {
    let current: string[] = [];
    for (let index = 0; index < this.lines.length; index++) {
      const line = this.lines[index];
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$/.exec(line);
      if (header) {
        current = splitDotted(header[1]);
        continue;
      }
      // A key is matched by its full dotted path, so `oracle."ETH/USD" = {...}` at the top
      // and `"ETH/USD" = {...}` under [oracle] are both found.
      const match = /^\s*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=/.exec(line);
      if (!match) continue;
      const keys = [...current, ...splitDotted(match[1])];
      if (keys.join('\u0000') === [...path, key].join('\u0000')) return { line: index + 1, column: line.indexOf(match[1]) + 1 };
    }
    return undefined;
  }
}

/** Splits a dotted TOML key (`oracle."ETH/USD"`) into its parts, unquoting them. */
function splitDotted(dotted: string): string[] {
  const parts: string[] = [];
  const pattern = /\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^.\s]+)\s*(?:\.|$)/g;
  for (const match of dotted.matchAll(pattern)) {
    const raw = match[1];
    if (raw.startsWith('"')) parts.push(unquote(raw));
    else if (raw.startsWith("'")) parts.push(raw.slice(1, -1));
    else parts.push(raw);
  }
  return parts;
}

function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The 1-based column of `key =` on `line` at or after `fromColumn`, bare or quoted. */
function findKeyIn(line: string, key: string, fromColumn: number): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?:^|[{,\\s])((?:${escaped}|"${escaped}"|'${escaped}')\\s*=)`, 'g');
  pattern.lastIndex = Math.max(0, fromColumn - 1);
  const inlineStart = line.indexOf('{', fromColumn - 1);
  if (inlineStart >= 0) pattern.lastIndex = inlineStart;
  const match = pattern.exec(line);
  return match ? match.index + match[0].indexOf(match[1]) + 1 : undefined;
}
