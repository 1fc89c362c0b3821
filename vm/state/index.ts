// The public entry of the state engine (DESIGN.md section 5): a persistent, content-addressed
// tree of namespaces → keys → values with git-like history and an embedded durable store. Other
// parts of vm/ (realms, the debugger, the CLI) import from here and nowhere else in vm/state.
//
// Typical use by the realm layer, one transaction per call:
//
//   const store = openStateStore('.amigos');          // or createMemoryStateStore()
//   const tx = store.begin();                          // working copy of the current head
//   tx.set('hub.amigos.dev/social/forum', 'vars/posts', { kind: 'int', value: 3n, type: 'int' });
//   const sp = tx.savepoint();                         // before a cross-realm call
//   ...; tx.rollback(sp);                              // it failed and was recovered (or release(sp))
//   const snapshot = tx.commit({ caller, function: 'Post', args, gas: { total, byPackage } });
//   // or, when the call panicked / aborted / ran out of gas (state and head stay as they were):
//   tx.fail({ caller, function: 'Post', args, error: 'out of gas' });
//
// Suggested mapping (the engine does not enforce it): one namespace per package identity
// (`p`, `p@v2`); keys `vars/<name>` for package-level variables, `state/<path>` for the
// amigos.State() subtree (list it with `keys(ns, { prefix: 'state/' })`), and `obj/<id>` for
// objects reached through pointers, which values hold as `{ kind: 'ref', namespace, key }` so that
// two realms pointing at one object share it. `fork FROM TO` is `tx.fork(from, to)` (O(1));
// `diff`, `log`, `checkout`, `revert` and `gc` are StateStore methods; tx records are JSON
// (bigints as strings), stored verbatim and hashed into the snapshot id.
//
// Readers (the debugger, views) use `openStateStore(dir, { readOnly: true })`: no lock, a
// consistent state as of opening (open again to see later commits; opening costs about a
// millisecond at a million keys) and `store.view(id)` for any snapshot.
//
// It deliberately exports no node, record or log internals.
export { openStateStore, createMemoryStateStore, StateStore } from './stateStore';
export type { StateStoreOptions, DiffEntry, LogPage, BranchInfo, GcReport } from './stateStore';
export { Transaction } from './transaction';
export type { Savepoint } from './transaction';
export { StateView, StateError } from './stateView';
export type { Page, PageOptions, StateEntry } from './stateView';
export type { Snapshot, TxRecord } from './snapshot';
export { canonicalJson } from './snapshot';
export { encodeValue, decodeValue, valuesEqual, valueToJSON, valueFromJSON } from './values';
export type { StateValue, StructField, MapEntry, JsonValue } from './values';
export { StoreCorruptError, StoreLockedError } from './recordLog';
export type { RecoveryNote } from './recordLog';
