// The gas table: what every step of a running program costs, in one place. The compiler charges
// the static part of each statement inline (one subtraction and one comparison per straight run of
// statements); the runtime helpers and natives charge the parts that depend on sizes (copying,
// allocation, hashing) through `Runtime.charge`. It deliberately holds no accounting logic: that
// is Runtime's (per-package attribution, the out-of-gas error).

/** Gas costs. Each entry is charged every time the step runs. */
export const Gas = {
  /** Any statement (assignment, expression statement, declaration, return, branch, inc/dec). */
  stmt: 1,
  /** One iteration of a for or range loop (the condition or the next element). */
  loopIteration: 1,
  /** A call of a Go function or method, on top of its statements (frame setup, arguments). */
  call: 5,
  /** A call of a native standard library function, on top of what the native charges itself. */
  nativeCall: 5,
  /** A map read, write or delete (hashing the key). */
  mapOp: 3,
  /** Making a composite value: struct or array literal, make, new, a closure. */
  alloc: 2,
  /** Per element copied or allocated by append growth, copy, make, string conversion and concatenation, per 8 elements/bytes. */
  perElements8: 1,
  /** A conversion to or from an interface, a type assertion or a type switch case test. */
  iface: 1,
  /** A defer statement (the deferred call costs a call when it runs). */
  defer: 3,
} as const;

/** The default gas limit of one transaction (`call`, `test`); `run` has none unless `--gas N`. */
export const DEFAULT_TX_GAS = 10_000_000;

/** The gas limit that stands for "no limit" (still a finite number so arithmetic stays exact). */
export const UNLIMITED_GAS = 2 ** 52;
