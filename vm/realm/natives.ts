// The natives of the built-in packages `amigos` and `amigos/oracle` (declared in
// vm/types/stdlib/amigos.ts and oracle.ts), registered with the VM's natives registry on import.
// Each run's loader finds the transaction through `Host.realm` (a TxContext) and attaches it to
// the run, so realm frames are followed from the first step. Two reserved tree paths starting
// with a NUL byte carry the generated bind and begin calls of bindings.ts; no realm can reach
// them through a path it could name on purpose, since they are refused below for any other use.
// It deliberately holds no state-tree policy (TxContext has it) and does no I/O.
import { registerNatives, type NativeContext } from '../run/natives';
import { Abort, GoPanic, Iface, Types, goString, jsString, panicString, sliceItems, sliceOf, type Slice, type Type } from '../run/values';
import { int64 } from '../run/ints';
import { realmAddress } from './accounts';
import { TxContext } from './txContext';

/** The reserved paths of the generated calls (bindings.ts writes them in Go source). */
export const BIND_PATH = '\u0000bind';
export const BEGIN_PATH = '\u0000begin';

/** Gas of the state tree operations, on top of the call. */
const TREE_READ_GAS = 10;
const TREE_WRITE_GAS = 25;
const EMIT_GAS = 10;

interface TreeValue {
  path: string;
}

/**
 * Makes zero values of a struct type declared in the package. The compiler registers a type's
 * descriptor only when the program names the type; a program that only calls methods on a
 * native's result gets a plain object of the same shape (the representation of values.ts).
 */
function structMaker<V>(ctx: NativeContext, name: string, plain: () => V): () => V {
  let type: Type | null | undefined;
  return () => {
    if (type === undefined) {
      try {
        type = ctx.type(name);
      } catch {
        type = null;
      }
    }
    return type === null ? plain() : (type.zero() as V);
  };
}

function context(ctx: NativeContext): TxContext {
  const realm = ctx.rt.host.realm;
  if (!(realm instanceof TxContext)) throw panicString('amigos: this needs a node: run the realm with `amigos call` or `amigos test`');
  realm.attach(ctx.rt, (pkgPath, name) => ctx.typeIn(pkgPath, name));
  return realm;
}

registerNatives({
  path: 'amigos',
  load(ctx) {
    const realm = ctx.rt.host.realm instanceof TxContext ? context(ctx) : null;
    const need = (): TxContext => realm ?? context(ctx);
    const makeTree = structMaker<TreeValue>(ctx, 'Tree', () => ({ path: '' }));
    const tree = (path: string): TreeValue => {
      const value = makeTree();
      value.path = goString(path);
      return value;
    };
    const pathOf = (t: TreeValue | null): string => {
      if (t === null) throw panicString('runtime error: invalid memory address or nil pointer dereference');
      return jsString(t.path);
    };
    const join = (base: string, more: string): string => [...base.split('/'), ...more.split('/')].filter((segment) => segment !== '').join('/');
    const reserved = (path: string): boolean => path.startsWith('\u0000');
    return {
      State: () => tree(''),
      'Tree.For': (t: TreeValue | null, path: string) => tree(join(pathOf(t), jsString(path))),
      'Tree.Get': (t: TreeValue | null, key: string) => tree(join(pathOf(t), jsString(key))),
      'Tree.Path': (t: TreeValue | null) => goString(pathOf(t)),
      'Tree.Value': (t: TreeValue | null) => {
        ctx.rt.charge(TREE_READ_GAS);
        return need().treeGet(pathOf(t));
      },
      'Tree.Has': (t: TreeValue | null) => {
        ctx.rt.charge(TREE_READ_GAS);
        return need().treeHas(pathOf(t));
      },
      'Tree.Keys': (t: TreeValue | null) => {
        ctx.rt.charge(TREE_READ_GAS);
        const keys = need().treeKeys(pathOf(t));
        ctx.rt.charge(keys.length);
        return keys.length === 0 ? null : sliceOf(keys.map(goString));
      },
      'Tree.Set': (t: TreeValue | null, value: Iface | null) => {
        const path = pathOf(t);
        const tx = need();
        if (path === BIND_PATH && value !== null) return tx.bind(sliceItems(value.v as Slice));
        if (path === BEGIN_PATH && value !== null && tx.phase === 'init') return tx.begin(value.v as Record<string, unknown>);
        if (reserved(path)) throw panicString(`amigos: the state path ${JSON.stringify(path)} is reserved`);
        ctx.rt.charge(TREE_WRITE_GAS);
        tx.treeSet(path, value);
      },
      'Tree.Delete': (t: TreeValue | null) => {
        ctx.rt.charge(TREE_WRITE_GAS);
        need().treeDelete(pathOf(t));
      },
      Emit: (event: string, attrs: Slice | null) => {
        ctx.rt.charge(EMIT_GAS);
        const items = sliceItems(attrs) as string[];
        if (items.length % 2 !== 0) throw panicString(`amigos.Emit(${JSON.stringify(jsString(event))}): attrs must be key, value pairs, got ${items.length} string${items.length === 1 ? '' : 's'}`);
        const pairs: [string, string][] = [];
        for (let i = 0; i < items.length; i += 2) pairs.push([jsString(items[i]), jsString(items[i + 1])]);
        need().emit(jsString(event), pairs);
      },
      Realm: () => goString(need().currentRealm()),
      RealmAddr: (path: string) => realmAddress(jsString(path)),
      Abort: (reason: string) => {
        throw new Abort(jsString(reason));
      },
    };
  },
});

interface OracleResult {
  Feed: string;
  answers: Slice | null;
}

registerNatives({
  path: 'amigos/oracle',
  load(ctx) {
    const makeResult = structMaker<OracleResult>(ctx, 'Result', () => ({ Feed: '', answers: null }));
    const answersOf = (r: OracleResult): bigint[] => sliceItems(r.answers).map((v) => BigInt(v as number | bigint));
    return {
      Fetch: (feed: string, sources: Slice | null) => {
        const tx = context(ctx);
        const names = sliceItems(sources) as string[];
        if (names.length === 0) throw new Abort(`oracle: Fetch(${JSON.stringify(jsString(feed))}) needs at least one source`);
        const answers = names.map((source) => {
          ctx.rt.charge(TREE_READ_GAS);
          return int64(tx.oracleAnswer(jsString(feed), jsString(source)));
        });
        const result = makeResult();
        result.Feed = feed;
        result.answers = sliceOf(answers);
        return result;
      },
      'Result.Median': (r: OracleResult) => {
        const sorted = answersOf(r).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (sorted.length === 0) throw new GoPanic(new Iface(Types.string, 'oracle: no answers'));
        const middle = sorted.length >> 1;
        const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2n;
        return int64(median);
      },
      'Result.Answers': (r: OracleResult) => sliceOf(answersOf(r).map((v) => int64(v))),
    };
  },
});
