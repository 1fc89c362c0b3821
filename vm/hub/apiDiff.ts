// Compares the exported APIs of two versions of a package (apiModel.ts) and classifies every
// change: an addition is compatible; a removal or a change is breaking, with what changed. It also
// holds the release rule of DESIGN.md section 4: a breaking change needs a new major version (in
// major 0, a new minor will do, as semantic versioning allows), and a version never goes down.
// It works on plain API data only: getting that data (parsing, checking) is the caller's job.
import * as semver from 'semver';
import type { ApiFunc, ApiType, PackageApi } from './apiModel';
import type { PackageKind } from './manifest';

export type ChangeKind = 'compatible' | 'breaking';

export interface ApiChange {
  kind: ChangeKind;
  /** What changed: `func Transfer`, `type Post`, `field Post.Body`, `method (*Ledger).Mint`... */
  subject: string;
  /** A sentence: `added`, `removed`, `signature changed from (address, int64) to (address, int64) error`. */
  detail: string;
}

export interface ApiDiff {
  oldPath: string;
  newPath: string;
  /** Breaking changes first, then compatible ones; each group sorted by subject. */
  changes: ApiChange[];
  breaking: number;
  compatible: number;
}

export function diffApis(oldApi: PackageApi, newApi: PackageApi): ApiDiff {
  const changes: ApiChange[] = [];
  const add = (kind: ChangeKind, subject: string, detail: string): void => {
    changes.push({ kind, subject, detail });
  };

  compareNamed(oldApi.funcs, newApi.funcs, (name) => `func ${name}`, add, (before, after) => {
    if (before.shape !== after.shape) add('breaking', `func ${after.name}`, `signature changed from ${before.shape} to ${after.shape}`);
  });
  compareNamed(oldApi.consts, newApi.consts, (name) => `const ${name}`, add, (before, after) => {
    if (before.type !== after.type) add('breaking', `const ${after.name}`, `type changed from ${before.type} to ${after.type}`);
    else if (before.value !== after.value) add('breaking', `const ${after.name}`, `value changed from ${before.value} to ${after.value}`);
  });
  compareNamed(oldApi.vars, newApi.vars, (name) => `var ${name}`, add, (before, after) => {
    if (before.type !== after.type) add('breaking', `var ${after.name}`, `type changed from ${before.type} to ${after.type}`);
  });
  compareNamed(oldApi.types, newApi.types, (name) => `type ${name}`, add, (before, after) => compareTypes(before, after, add));

  const order = (change: ApiChange): number => (change.kind === 'breaking' ? 0 : 1);
  changes.sort((a, b) => order(a) - order(b) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
  const breaking = changes.filter((change) => change.kind === 'breaking').length;
  return { oldPath: oldApi.path, newPath: newApi.path, changes, breaking, compatible: changes.length - breaking };
}

/**
 * Why publishing `newVersion` after `oldVersion` with this diff is refused, or undefined when it
 * is allowed. A breaking change needs a new major (or, below 1.0.0, at least a new minor).
 */
export function releaseProblem(oldVersion: string, newVersion: string, diff: ApiDiff): string | undefined {
  if (!semver.valid(oldVersion) || !semver.valid(newVersion)) return `cannot compare versions "${oldVersion}" and "${newVersion}"`;
  if (!semver.gt(newVersion, oldVersion)) return `version ${newVersion} is not newer than ${oldVersion}`;
  if (diff.breaking === 0) return undefined;
  const oldMajor = semver.major(oldVersion);
  const newMajor = semver.major(newVersion);
  if (newMajor > oldMajor) return undefined;
  if (oldMajor === 0 && semver.minor(newVersion) > semver.minor(oldVersion)) return undefined;
  const subjects = diff.changes.filter((change) => change.kind === 'breaking').map((change) => `${change.subject} ${change.detail}`);
  const next = oldMajor === 0 ? `${oldMajor}.${semver.minor(oldVersion) + 1}.0 or 1.0.0` : `${oldMajor + 1}.0.0`;
  const plural = diff.breaking === 1 ? 'change' : 'changes';
  return `${oldVersion} → ${newVersion} is not a major version bump but has ${diff.breaking} breaking ${plural} (${subjects.join('; ')}); publish it as ${next}`;
}

/** What a node keeps of a deployed package version to judge the next one (plain JSON). */
export interface PublishedApi {
  version: string;
  kind: PackageKind;
  api: PackageApi;
}

/**
 * The diff between a deployed version and the next, a change of kind included (a realm keeps
 * state between transactions and a library does not, so every user is affected).
 */
export function diffPublished(deployed: PublishedApi, next: PublishedApi): ApiDiff {
  const diff = diffApis(deployed.api, next.api);
  if (deployed.kind !== next.kind) {
    diff.changes.unshift({ kind: 'breaking', subject: 'package kind', detail: `changed from ${deployed.kind} to ${next.kind}` });
    diff.breaking++;
  }
  return diff;
}

/** Why deploying `next` over `deployed` is refused (see releaseProblem), or undefined. */
export function upgradeProblem(deployed: PublishedApi, next: PublishedApi): string | undefined {
  return releaseProblem(deployed.version, next.version, diffPublished(deployed, next));
}

/** The diff as text, one change a line, for `amigos api-diff`. */
export function formatApiDiff(diff: ApiDiff): string {
  const lines: string[] = [];
  const title = diff.oldPath === diff.newPath ? diff.oldPath : `${diff.oldPath} → ${diff.newPath}`;
  lines.push(`${title}: ${diff.breaking} breaking, ${diff.compatible} compatible`);
  for (const change of diff.changes) lines.push(`  ${change.kind === 'breaking' ? 'breaking  ' : 'compatible'}  ${change.subject}: ${change.detail}`);
  return lines.join('\n') + '\n';
}

type Add = (kind: ChangeKind, subject: string, detail: string) => void;

function compareNamed<T extends { name: string }>(
  before: T[],
  after: T[],
  subjectOf: (name: string) => string,
  add: Add,
  compare: (before: T, after: T) => void,
): void {
  const afterByName = new Map(after.map((item) => [item.name, item]));
  const beforeNames = new Set(before.map((item) => item.name));
  for (const item of before) {
    const next = afterByName.get(item.name);
    if (next === undefined) add('breaking', subjectOf(item.name), 'removed');
    else compare(item, next);
  }
  for (const item of after) if (!beforeNames.has(item.name)) add('compatible', subjectOf(item.name), 'added');
}

function compareTypes(before: ApiType, after: ApiType, add: Add): void {
  const subject = `type ${after.name}`;
  if (before.alias !== after.alias || before.kind !== after.kind || (before.kind === 'other' && before.underlying !== after.underlying)) {
    add('breaking', subject, `changed from ${describeType(before)} to ${describeType(after)}`);
    return;
  }
  if (before.kind === 'struct') {
    compareNamed(before.fields, after.fields, (name) => `field ${after.name}.${name}`, add, (old, next) => {
      if (old.type !== next.type) add('breaking', `field ${after.name}.${next.name}`, `type changed from ${old.type} to ${next.type}`);
    });
  }
  // Adding a method to an interface breaks every type that implemented it.
  const added: 'compatible' | 'breaking' = before.kind === 'interface' ? 'breaking' : 'compatible';
  compareMethods(before.methods, after.methods, after.name, added, add);
}

function compareMethods(before: ApiFunc[], after: ApiFunc[], typeName: string, addedKind: ChangeKind, add: Add): void {
  const afterByName = new Map(after.map((method) => [method.name, method]));
  const beforeNames = new Set(before.map((method) => method.name));
  for (const method of before) {
    const next = afterByName.get(method.name);
    if (next === undefined) add('breaking', `method ${typeName}.${method.name}`, 'removed');
    else if (next.shape !== method.shape) add('breaking', `method ${typeName}.${method.name}`, `signature changed from ${method.shape} to ${next.shape}`);
    else if (receiverOf(next) !== receiverOf(method)) {
      // From *T to T the method joins T's method set and stays in *T's: nobody loses it.
      const grows = receiverOf(method) === `*${receiverOf(next)}`;
      const detail = `receiver changed from ${receiverOf(method)} to ${receiverOf(next)}`;
      add(grows ? 'compatible' : 'breaking', `method ${typeName}.${method.name}`, grows ? `${detail} (its method sets only grow)` : detail);
    }
  }
  for (const method of after) {
    if (!beforeNames.has(method.name)) {
      add(addedKind, `method ${typeName}.${method.name}`, addedKind === 'breaking' ? 'added to an interface (its implementations break)' : 'added');
    }
  }
}

function receiverOf(method: ApiFunc): string {
  const match = /^func \(([^)]*)\)/.exec(method.signature);
  return match ? match[1] : '';
}

function describeType(type: ApiType): string {
  const what = type.kind === 'other' ? type.underlying : type.kind;
  return type.alias ? `an alias of ${type.underlying}` : what;
}
