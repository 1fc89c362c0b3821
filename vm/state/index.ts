// The public entry of the state engine (DESIGN.md section 5): a persistent, content-addressed
// tree of namespaces → keys → values with git-like history and an embedded durable store. Other
// parts of vm/ (realms, the debugger, the CLI) import from here and nowhere else in vm/state.
//
// Typical use by the realm layer, one transaction per call:
//
//   const store = openStateStore('.amigos');          // or createMemoryStateStore()
//   const tx = store.begin();                          // working copy of the current head
//   tx.set('hub.amigos.dev/social/forum', 'vars/posts', { kind: 'int', value: 3n });
//   const sp = tx.savepoint();                         // before a cross-realm call
//   ...; tx.rollback(sp);                              // the call failed and was recovered
//   const snapshot = tx.commit({ caller, function: 'Post', args, gas: { total, byPackage } });
//   // or, when the call panicked / aborted / ran out of gas:
//   tx.fail({ caller, function: 'Post', args, error: 'out of gas' });
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
