// One transaction as the realm layer sees it while the VM runs: the RealmHost the `amigos` and
// `amigos/oracle` natives talk to. It knows which package is a realm, a library or the call's
// driver; follows realm boundaries (a stack of packages kept from the VM's gas attribution
// switches) so that Realm(), msg.Sender and write permission name the innermost realm frame;
// keeps the events and oracle answers of the tx; binds each package's variables (the bind file
// of bindings.ts hands over pointers at the end of the package's init) to load a deployed
// realm's variables from state and save them back; and enforces that a realm writes only its own
// namespace and that a library's variables stay as its init left them.
//
// Realm boundaries during the tx (after the inits). The rule: a realm's package variables may
// change only while its own code runs (its frame is the innermost realm frame). Between two
// crossings only one realm runs, so at each crossing every other realm's variables are compared
// with their encoding from when that realm last stopped running; a difference (an assignment to
// `other.Counter`, a write through a pointer into another realm's objects) panics naming both
// realms and fails the tx even if recovered. A call from one realm into another takes a state
// savepoint; when a panic unwinds out of the callee into the caller's frames, the callee's writes
// are undone (the state tree through the savepoint, package variables from those encodings, its
// events dropped), so a caller that recovers goes on and may commit. The cost is one encoding of
// the resting realms' variables per crossing (keep large collections in `amigos.State()`).
//
// Deploy is "init once": every run executes every package's init, so the init of a realm that
// is already deployed runs again (inits run under a gas allowance of their own; only deploys
// count against the tx's limit) but its writes and events are dropped,
// and its variables are then overwritten with the stored ones. It deliberately does not open,
// commit or fail the store transaction (node.ts does) and does no I/O.
import type { StateValue } from '../state/index';
import { valuesEqual } from '../state/index';
import { Runtime } from '../run/runtime';
import type { RealmHost } from '../run/runtime';
import { Abort, OutOfGas, assignInto, Iface, Types, panicString, jsString, type Type } from '../run/values';
import { upgradeProblem, type OracleFeed, type PackageApi } from '../hub/index';
import { accountAddress, realmAddress } from './accounts';
import { decodeGo, encodeGo, PointerSharing, typeText, type ObjectLoader, type TypeLookup } from './valueCodec';
import type { WorkingState } from './workingState';

/** Gas the inits of a run may use beyond the tx's limit (they re-run on every tx). */
export const INIT_GAS_ALLOWANCE = 100_000_000;

export type PackageRole = 'realm' | 'library' | 'driver' | 'builtin';

export interface TxEvent {
  type: string;
  realm: string;
  attrs: Record<string, string>;
}

export interface OracleAnswer {
  feed: string;
  source: string;
  value: string;
}

/** Something that happened during the tx, in order, for `trace`. */
export type TraceNote =
  | { kind: 'realm'; from: string; to: string; direction: 'call' | 'return' }
  | { kind: 'write'; namespace: string; key: string; old?: StateValue; new?: StateValue }
  | { kind: 'event'; event: TxEvent }
  /** A Go function entered (trace's debug hooks add these); args as text. */
  | { kind: 'call'; func: string; pkg: string; depth: number; args: { name: string; value: string }[] }
  | { kind: 'return'; func: string; pkg: string; depth: number; results?: string[] }
  /** A panic left a call from realm to realm: its writes were undone. */
  | { kind: 'rollback'; from: string; to: string };

export interface TxContextOptions {
  state: WorkingState;
  roles: Map<string, PackageRole>;
  /** Each package's version (realms and libraries), stored at deploy. */
  versions: Map<string, string>;
  /** Each realm's exported API (JSON text): stored at deploy, compared when the version changes. */
  apis?: Map<string, string>;
  origin: string;
  height: number;
  /** Block time, seconds since the epoch. */
  time: bigint;
  oracle: Map<string, OracleFeed>;
  /** Answers recorded by the tx being replayed: used instead of `oracle`, in order. */
  replayOracle?: OracleAnswer[];
  /** Collects trace notes when given. */
  trace?: TraceNote[];
  /** Whether a path outside the program is a realm's (so a write there names its owner). */
  realmAt?: (path: string) => boolean;
}

interface Binding {
  pkg: string;
  role: PackageRole;
  vars: { name: string; type: Type; pointer: unknown }[];
  /** Stored values as loaded (realms), or the encodings right after init (libraries). */
  before: Map<string, StateValue | undefined>;
  fresh: boolean;
  /** A deployed realm whose code has a new version: its deploy marker is rewritten. */
  upgraded: boolean;
}

/** A realm's variables (and shared objects) encoded, or why they cannot be. */
interface VarsImage {
  entries: Map<string, StateValue>;
  error?: string;
}

/** A call from one realm into another that has not returned yet. */
interface CallScope {
  /** The index in the frame stack of the callee's first frame. */
  depth: number;
  savepoint: number;
  events: number;
  /** Every realm's variables as they were when the call began. */
  images: Map<string, VarsImage>;
}

/** The key of the deploy marker, of a package variable and of a state tree node in a realm's namespace. */
export const DEPLOYED_KEY = '@deployed';
export const varKey = (name: string): string => `var/${name}`;
export const treeKey = (rest: string): string => (rest === '' ? 'tree' : `tree/${rest}`);

export class TxContext implements RealmHost {
  [service: string]: unknown;
  readonly events: TxEvent[] = [];
  readonly oracleAnswers: OracleAnswer[] = [];
  /** Realms deployed by this tx (their init ran for real). */
  readonly deployedNow: string[] = [];
  phase: 'init' | 'tx' = 'init';
  private rt: Runtime | null = null;
  private stack: number[] = [];
  private msgValue: Record<string, unknown> | null = null;
  private readonly bindings: Binding[] = [];
  private readonly deployedCache = new Map<string, boolean>();
  private lookup: TypeLookup = () => undefined;
  private gasMark = 0;
  /** The tx's gas limit (the gas left when the run began). */
  private limit = 0;
  private readonly deployGas = new Map<string, number>();
  private txStartByPackage: Record<string, number> = {};
  private replayIndex = 0;
  private readonly realms: string[];
  /** Each realm not running now: its variables as they were when its code last stopped running (tx phase). */
  private resting = new Map<string, VarsImage>();
  private readonly scopes: CallScope[] = [];
  /** A write into another realm's variables: fails the tx even when its panic was recovered. */
  private violation: string | null = null;

  constructor(readonly options: TxContextOptions) {
    this.realms = [...options.roles].filter(([, role]) => role === 'realm').map(([path]) => path).sort((a, b) => b.length - a.length);
  }

  // ------------------------------------------------------------------------------------------
  // Attaching to a run

  /** Called by the `amigos` natives' loader with the run's Runtime: follows package switches. */
  attach(rt: Runtime, lookup: TypeLookup): void {
    if (this.rt === rt) return;
    this.rt = rt;
    this.lookup = lookup;
    this.stack = [this.nextInit(-1)];
    // Inits run under an allowance of their own: re-running the init of a deployed package is
    // free, and only deploys count against the tx's limit (checked at each bind and at begin).
    this.limit = rt.gas;
    rt.gas += INIT_GAS_ALLOWANCE;
    this.gasMark = rt.gasUsed();
    const switchPkg = Runtime.prototype.switchPkg;
    rt.switchPkg = (pkg: number): void => {
      switchPkg.call(rt, pkg);
      this.entered(pkg);
    };
    rt.ret = <V>(value: V, pkg: number): V => {
      if (rt.pkg !== pkg) {
        switchPkg.call(rt, pkg);
        this.returned(pkg);
      }
      return value;
    };
  }

  /**
   * The package whose init runs after package `after` (by index): the next hub package or the
   * driver. Variable initializers run without a package switch, so during the init phase the
   * realm frame is known from the init order instead.
   */
  private nextInit(after: number): number {
    const rt = this.rt!;
    for (let i = after + 1; i < rt.pkgPaths.length; i++) {
      const role = this.options.roles.get(rt.pkgPaths[i]);
      if (role === 'realm' || role === 'library' || role === 'driver') return i;
    }
    return Math.max(after, 0);
  }

  private entered(pkg: number): void {
    const rt = this.rt!;
    const before = this.currentRealm();
    const top = this.stack[this.stack.length - 1];
    if (top === pkg) return;
    const at = this.stack.lastIndexOf(pkg);
    if (rt.panics.length > 0 && at >= 0) {
      // A deferred call while a panic unwinds: the frames above it are gone. A panic that left a
      // realm into another realm's frames undoes that call's writes (the caller may recover).
      this.stack.length = at + 1;
      this.unwind(before);
      this.updateMsg();
      return;
    }
    this.stack.push(pkg);
    const now = this.currentRealm();
    if (now !== before && this.phase === 'tx') {
      this.guard(before);
      if (before !== '') this.openScope();
      this.resting.delete(now);
    }
    this.realmChanged(before);
  }

  private returned(pkg: number): void {
    const before = this.currentRealm();
    const at = this.stack.lastIndexOf(pkg);
    if (at >= 0) this.stack.length = at + 1;
    else this.stack = [pkg];
    const now = this.currentRealm();
    if (now !== before && this.phase === 'tx') {
      this.closeScopes();
      this.guard(before);
      this.resting.delete(now);
    }
    this.realmChanged(before);
  }

  // ------------------------------------------------------------------------------------------
  // Realm boundaries: whose variables may change, and undoing a failed call (see the top)

  /** The variables of `realm` encoded as saveVariables would store them. */
  private image(realm: string): VarsImage {
    const entries = new Map<string, StateValue>();
    const binding = this.bindings.find((b) => b.pkg === realm && b.role === 'realm');
    if (binding === undefined) return { entries };
    try {
      const sharing = new PointerSharing(realm);
      for (const v of binding.vars) sharing.count(v.type, load(v.type, v.pointer));
      for (const v of binding.vars) entries.set(varKey(v.name), encodeGo(v.type, load(v.type, v.pointer), sharing));
      for (let object = sharing.next(); object !== undefined; object = sharing.next()) entries.set(object.key, encodeGo(object.type, object.target, sharing));
    } catch (error) {
      return { entries, error: error instanceof Error ? error.message : panicText(error) };
    }
    return { entries };
  }

  /** The first variable (or shared object) whose encoding differs between two images, or null. */
  private static changed(before: VarsImage, now: VarsImage): string | null {
    if (before.error !== undefined || now.error !== undefined) return before.error === now.error ? null : 'a value that cannot be stored';
    for (const [key, value] of now.entries) {
      const old = before.entries.get(key);
      if (old === undefined || !valuesEqual(old, value)) return key;
    }
    for (const key of before.entries.keys()) if (!now.entries.has(key)) return key;
    return null;
  }

  /** Every realm's variables when this tx's own code begins: all are resting. */
  private restAll(): void {
    this.resting = new Map();
    for (const binding of this.bindings) if (binding.role === 'realm') this.resting.set(binding.pkg, this.image(binding.pkg));
  }

  /**
   * Realm `writer` stops running: every other resting realm must be as it was (else `writer`
   * changed it: panic); then `writer` rests. The caller removes the realm that starts running.
   */
  private guard(writer: string): void {
    for (const [realm, was] of this.resting) {
      if (realm === writer) continue;
      const now = this.image(realm);
      const key = TxContext.changed(was, now);
      if (key === null) continue;
      if (writer === '') {
        // The driver (or a test) ran: it may set realms up.
        this.resting.set(realm, now);
        continue;
      }
      const what = key.startsWith('var/') ? `package variable ${key.slice(4)}` : `an object held by package variables`;
      this.violation ??= `amigos: realm ${writer} cannot change ${what} of realm ${realm}: a realm's variables change only while its own code runs`;
      throw panicString(this.violation);
    }
    if (writer !== '') this.resting.set(writer, this.image(writer));
  }

  /** A call from one realm into another begins (the callee's frame is on top of the stack). */
  private openScope(): void {
    this.scopes.push({ depth: this.stack.length - 1, savepoint: this.options.state.savepoint(), events: this.events.length, images: new Map(this.resting) });
  }

  /** Calls from realm to realm that returned normally: their writes stay. */
  private closeScopes(): void {
    let outer: CallScope | undefined;
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth >= this.stack.length) outer = this.scopes.pop();
    if (outer !== undefined) this.options.state.release(outer.savepoint);
  }

  /** A panic left calls from realm to realm: everything they changed is undone. */
  private unwind(before: string): void {
    let outer: CallScope | undefined;
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth >= this.stack.length) outer = this.scopes.pop();
    if (outer === undefined) return;
    this.options.state.rollback(outer.savepoint);
    this.events.length = outer.events;
    for (const [realm, was] of outer.images) {
      const binding = this.bindings.find((b) => b.pkg === realm && b.role === 'realm');
      if (binding === undefined || TxContext.changed(was, this.image(realm)) === null) continue;
      const objects: ObjectLoader = { get: (key) => was.entries.get(key), cache: new Map() };
      for (const v of binding.vars) {
        const stored = was.entries.get(varKey(v.name));
        if (stored !== undefined) store(v.type, v.pointer, decodeGo(v.type, stored, this.lookup, objects));
      }
    }
    this.resting = new Map(outer.images);
    const into = this.currentRealm();
    this.resting.delete(into);
    this.options.trace?.push({ kind: 'rollback', from: before, to: into });
  }

  private realmChanged(before: string): void {
    const now = this.currentRealm();
    if (now === before) return;
    this.updateMsg();
  }

  /** The run's Runtime once the run has begun (trace observes returned values through it). */
  get runtime(): Runtime | null {
    return this.rt;
  }

  /** The package path of the innermost realm frame, or '' when only the driver runs. */
  currentRealm(): string {
    return this.realmFrames(1)[0] ?? '';
  }

  /** The innermost `count` realm frames' paths, innermost first. */
  private realmFrames(count: number): string[] {
    const rt = this.rt;
    const out: string[] = [];
    if (rt === null) return out;
    for (let i = this.stack.length - 1; i >= 0 && out.length < count; i--) {
      const path = rt.pkgPaths[this.stack[i]];
      if (this.options.roles.get(path) === 'realm' && out[out.length - 1] !== path) out.push(path);
    }
    return out;
  }

  private updateMsg(): void {
    if (this.msgValue === null) return;
    const [, caller] = this.realmFrames(2);
    this.msgValue.Sender = caller === undefined ? this.options.origin : realmAddress(caller);
  }

  // ------------------------------------------------------------------------------------------
  // RealmHost

  msg(): { sender: string; origin: string; height: number; time: bigint } {
    return { sender: this.options.origin, origin: this.options.origin, height: this.options.height, time: this.options.time };
  }

  emit(type: string, attrs: [string, string][]): void {
    const realm = this.currentRealm();
    if (this.suppressed(realm)) return;
    const event: TxEvent = { type, realm, attrs: Object.fromEntries(attrs) };
    this.events.push(event);
    this.options.trace?.push({ kind: 'event', event });
  }

  stateGet(path: string[], key: string): unknown {
    return this.treeGet([...path, key].join('/'));
  }

  stateSet(path: string[], key: string, value: unknown): void {
    this.treeSet([...path, key].join('/'), value as Iface | null);
  }

  // ------------------------------------------------------------------------------------------
  // The state tree

  /** The realm owning a tree path and the key below it, or null for a path no realm owns. */
  locate(path: string): { realm: string; key: string } | null {
    for (const realm of this.realms) {
      if (path === realm) return { realm, key: treeKey('') };
      if (path.startsWith(`${realm}/`)) return { realm, key: treeKey(path.slice(realm.length + 1)) };
    }
    const realmAt = this.options.realmAt;
    if (realmAt === undefined) return null;
    const segments = path.split('/');
    for (let count = segments.length; count > 0; count--) {
      const realm = segments.slice(0, count).join('/');
      if (realmAt(realm)) return { realm, key: treeKey(segments.slice(count).join('/')) };
    }
    return null;
  }

  treeGet(path: string): Iface | null {
    const where = this.locate(path);
    if (where === null) return null;
    const stored = this.options.state.get(where.realm, where.key);
    if (stored === undefined) return null;
    return decodeGo(Types.any, stored, this.lookup) as Iface | null;
  }

  treeHas(path: string): boolean {
    const where = this.locate(path);
    return where !== null && this.options.state.get(where.realm, where.key) !== undefined;
  }

  treeKeys(path: string): string[] {
    const where = this.locate(path);
    if (where === null) return [];
    const prefix = `${where.key}/`;
    const names: string[] = [];
    for (const key of this.options.state.keysWithPrefix(where.realm, prefix)) {
      const name = key.slice(prefix.length).split('/')[0];
      if (names[names.length - 1] !== name) names.push(name);
    }
    return names;
  }

  treeSet(path: string, value: Iface | null): void {
    const where = this.writable(path);
    if (where === null) return;
    this.write(where.realm, where.key, encodeGo(Types.any, value));
  }

  treeDelete(path: string): void {
    const where = this.writable(path);
    if (where === null) return;
    for (const key of [where.key, ...this.options.state.keysWithPrefix(where.realm, `${where.key}/`)]) this.write(where.realm, key, undefined);
  }

  /** Where a write to `path` goes, null when it is to be dropped (a redeployed init); panics when not allowed. */
  private writable(path: string): { realm: string; key: string } | null {
    const writer = this.currentRealm();
    const where = this.locate(path);
    if (writer === '') throw panicString(`amigos: only a realm can write the state tree (writing ${path})`);
    if (where === null || where.realm !== writer) {
      const owner = where === null ? 'no realm' : `realm ${where.realm}`;
      throw panicString(`amigos: realm ${writer} cannot write ${path || '/'}: it belongs to ${owner}; a realm writes only under State().For("${writer}")`);
    }
    return this.suppressed(writer) ? null : where;
  }

  private write(namespace: string, key: string, value: StateValue | undefined): void {
    const old = this.options.state.get(namespace, key);
    if (value === undefined) {
      if (old === undefined) return;
      this.options.state.delete(namespace, key);
    } else {
      if (old !== undefined && valuesEqual(old, value)) return;
      this.options.state.set(namespace, key, value);
    }
    this.options.trace?.push({ kind: 'write', namespace, key, old, new: value });
  }

  /** True while the init of an already deployed realm re-runs: its effects are dropped. */
  private suppressed(realm: string): boolean {
    return this.phase === 'init' && realm !== '' && this.isDeployed(realm);
  }

  isDeployed(realm: string): boolean {
    let known = this.deployedCache.get(realm);
    if (known === undefined) {
      known = this.options.state.get(realm, DEPLOYED_KEY) !== undefined;
      this.deployedCache.set(realm, known);
    }
    return known;
  }

  // ------------------------------------------------------------------------------------------
  // Oracle

  oracleAnswer(feed: string, source: string): bigint {
    const replay = this.options.replayOracle;
    if (replay !== undefined) {
      const answer = replay[this.replayIndex++];
      if (answer === undefined || answer.feed !== feed || answer.source !== source) {
        throw new Abort(`oracle: the replayed tx asked for ${feed} from ${source}, which the recorded tx did not`);
      }
      this.oracleAnswers.push(answer);
      return BigInt(answer.value);
    }
    const answers = this.options.oracle.get(feed);
    if (answers === undefined) throw new Abort(`oracle: no feed "${feed}" in the [oracle] table of amigos.toml`);
    const value = answers[source as keyof OracleFeed];
    if (value === undefined) throw new Abort(`oracle: feed "${feed}" has no answer from ${source} in the [oracle] table of amigos.toml`);
    this.oracleAnswers.push({ feed, source, value: value.toString() });
    return value;
  }

  // ------------------------------------------------------------------------------------------
  // Package variables

  /**
   * The end of a package's init: `pairs` is [name, pointer, name, pointer, ...] (pointers as
   * interface values). A deployed realm's variables are loaded from state; a library's are
   * remembered to check that the tx leaves them alone.
   */
  bind(pairs: unknown[]): void {
    const rt = this.rt!;
    const pkg = rt.pkgPaths[rt.pkg];
    const role = this.options.roles.get(pkg) ?? 'builtin';
    // The gas since the previous bind is this package's init (with any standard library inits
    // before it): a deploy when the realm is new, free otherwise (see attach).
    const used = rt.gasUsed();
    const segment = used - this.gasMark;
    this.gasMark = used;
    this.stack = [this.nextInit(rt.pkg)];
    this.updateMsg();
    const binding: Binding = { pkg, role, vars: [], before: new Map(), fresh: false, upgraded: false };
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const name = jsString((pairs[i] as Iface).v as string);
      const pointer = pairs[i + 1] as Iface;
      binding.vars.push({ name, type: pointer.t.elem!, pointer: pointer.v });
    }
    if (role === 'realm') {
      if (this.isDeployed(pkg)) {
        binding.upgraded = this.checkUpgrade(pkg);
        const objects: ObjectLoader = { get: (key) => this.options.state.get(pkg, key), cache: new Map() };
        for (const v of binding.vars) {
          const stored = this.options.state.get(pkg, varKey(v.name));
          binding.before.set(v.name, stored);
          if (stored !== undefined) store(v.type, v.pointer, decodeGo(v.type, stored, this.lookup, objects));
        }
      } else {
        binding.fresh = true;
        this.deployedNow.push(pkg);
        this.deployGas.set(pkg, segment);
        if (this.deployTotal() > this.limit) throw new OutOfGas(this.limit);
      }
    } else if (role === 'library') {
      for (const v of binding.vars) binding.before.set(v.name, encodeGo(v.type, load(v.type, v.pointer)));
    }
    this.bindings.push(binding);
  }

  /**
   * Whether a deployed realm's code has another version than the deployed one; aborts the tx when
   * that version may not follow the deployed one (a breaking API change without a new major).
   */
  private checkUpgrade(pkg: string): boolean {
    const marker = this.options.state.get(pkg, DEPLOYED_KEY);
    if (marker === undefined || marker.kind !== 'struct') return false;
    const field = (name: string): string => {
      const value = marker.fields.find((f) => f.name === name)?.value;
      return value !== undefined && value.kind === 'string' ? value.value : '';
    };
    const version = this.options.versions.get(pkg) ?? '';
    const deployed = field('version');
    if (deployed === version) return false;
    const storedApi = field('api');
    const api = this.options.apis?.get(pkg);
    if (storedApi !== '' && api !== undefined) {
      const problem = upgradeProblem(
        { version: deployed, kind: 'realm', api: JSON.parse(storedApi) as PackageApi },
        { version, kind: 'realm', api: JSON.parse(api) as PackageApi },
      );
      if (problem !== undefined) throw new Abort(`amigos: ${pkg} ${version} cannot replace the deployed ${deployed}: ${problem}`);
    }
    return true;
  }

  /** The driver's init: the end of the init phase, and the `msg` value to keep up to date. */
  begin(msgValue: Record<string, unknown>): void {
    const rt = this.rt!;
    this.msgValue = msgValue;
    this.phase = 'tx';
    this.stack = [rt.pkg];
    this.updateMsg();
    // From here on the tx's own limit applies, less what its deploys used.
    rt.gas = this.limit - this.deployTotal();
    if (rt.gas < 0) rt.outOfGas();
    this.txStartByPackage = rt.gasByPackage();
    this.restAll();
  }

  private deployTotal(): number {
    let total = 0;
    for (const used of this.deployGas.values()) total += used;
    return total;
  }

  /** Gas used by the run so far (0 before the run starts), for per-line attribution. */
  gasUsedNow(): number {
    return this.rt === null ? 0 : this.rt.gasUsed();
  }

  /** Gas of this tx: the deploys it made plus everything after the driver began, by package. */
  gas(): { total: number; byPackage: Record<string, number> } {
    const rt = this.rt;
    const byPackage: Record<string, number> = {};
    for (const [pkg, used] of this.deployGas) if (used > 0) byPackage[pkg] = used;
    if (rt !== null && this.phase === 'tx') {
      for (const [pkg, used] of Object.entries(rt.gasByPackage())) {
        const role = this.options.roles.get(pkg);
        const spent = used - (this.txStartByPackage[pkg] ?? 0);
        if (spent <= 0) continue;
        // The driver's own steps (calling, printing results) and natives run on its behalf are the call's plumbing.
        if (role === 'driver') continue;
        byPackage[pkg] = (byPackage[pkg] ?? 0) + spent;
      }
    }
    const sorted = Object.fromEntries(Object.entries(byPackage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { total: Object.values(sorted).reduce((a, b) => a + b, 0), byPackage: sorted };
  }

  /**
   * After a successful run: writes changed realm variables and deploy markers; returns an error
   * message when a library's variable changed or a value cannot be stored.
   */
  finish(): string | null {
    if (this.violation !== null) return this.violation;
    for (const binding of this.bindings) {
      if (binding.role === 'library') {
        for (const v of binding.vars) {
          const now = encodeGo(v.type, load(v.type, v.pointer));
          const before = binding.before.get(v.name)!;
          if (!valuesEqual(now, before)) return `amigos: package variable ${v.name} of library ${binding.pkg} was changed; a library's variables are frozen after init`;
        }
      }
      if (binding.role !== 'realm') continue;
      const problem = this.saveVariables(binding);
      if (problem !== null) return problem;
      if (binding.fresh || binding.upgraded) {
        this.write(binding.pkg, DEPLOYED_KEY, {
          kind: 'struct',
          fields: [
            { name: 'version', value: { kind: 'string', value: this.options.versions.get(binding.pkg) ?? '' } },
            { name: 'height', value: { kind: 'int', value: BigInt(this.options.height) } },
            { name: 'api', value: { kind: 'string', value: this.options.apis?.get(binding.pkg) ?? '' } },
          ],
        });
      }
    }
    return null;
  }

  /**
   * Writes a realm's changed variables, and its shared objects (pointers reached more than once)
   * as `obj/N` entries, dropping entries no longer reached. Returns why a value cannot be stored.
   */
  private saveVariables(binding: Binding): string | null {
    const sharing = new PointerSharing(binding.pkg);
    let current = '';
    try {
      for (const v of binding.vars) sharing.count(v.type, load(v.type, v.pointer));
      for (const v of binding.vars) {
        current = `package variable ${v.name}`;
        const now = encodeGo(v.type, load(v.type, v.pointer), sharing);
        const before = binding.before.get(v.name);
        if (before === undefined || !valuesEqual(before, now)) this.write(binding.pkg, varKey(v.name), now);
      }
      const kept = new Set<string>();
      for (let object = sharing.next(); object !== undefined; object = sharing.next()) {
        current = `a value shared by several pointers`;
        kept.add(object.key);
        this.write(binding.pkg, object.key, encodeGo(object.type, object.target, sharing));
      }
      for (const key of this.options.state.keysWithPrefix(binding.pkg, 'obj/')) if (!kept.has(key)) this.write(binding.pkg, key, undefined);
    } catch (error) {
      const message = error instanceof Error ? error.message : panicText(error);
      return `${message} (${current} of realm ${binding.pkg})`;
    }
    return null;
  }

  /** The Go type text of a variable, for `trace` and `render`. */
  static typeOf(t: Type): string {
    return typeText(t);
  }
}

function load(t: Type, pointer: unknown): unknown {
  return t.isComposite() ? pointer : (pointer as { v: unknown }).v;
}

function store(t: Type, pointer: unknown, value: unknown): void {
  if (t.isComposite()) assignInto(t, pointer, value);
  else (pointer as { v: unknown }).v = value;
}

function panicText(error: unknown): string {
  const value = (error as { value?: Iface | null }).value;
  if (value instanceof Iface && typeof value.v === 'string') return jsString(value.v);
  return String(error);
}

export { accountAddress };
