// The natives of package `testing` (declared in vm/types/stdlib/testing.ts) for `amigos test`:
// a *testing.T records failures, logs and skips into the TestRecord the test runner puts on the
// transaction (`TxContext.testing`). FailNow, Fatal and Skip end the test function at once (as an
// Abort carrying a reserved marker, which runs no deferred calls, unlike Go's Goexit). Cleanup
// functions are accepted but not run. B (benchmarks) is not supported. The VM's own registration
// of `testing`, when it has one, takes precedence.
import { registerNatives, nativePackage, type NativeContext } from '../run/natives';
import { Abort, goString, jsString, panicString, type Slice } from '../run/values';
import { formatters } from '../run/stdlib/fmt';
import { AddressBook } from '../run/stdlib/printer';
import { TxContext } from './txContext';

/** What one test function did. */
export interface TestRecord {
  name: string;
  failed: boolean;
  skipped: boolean;
  /** Error and Fatal messages, in order. */
  errors: string[];
  logs: string[];
}

/** The Abort message that ends a test early (FailNow, SkipNow). */
export const STOP_TEST = '\u0000testing.stop';

function record(ctx: NativeContext): TestRecord {
  const realm = ctx.rt.host.realm;
  const test = realm instanceof TxContext ? (realm.testing as TestRecord | undefined) : undefined;
  if (test === undefined) throw panicString('testing: a *testing.T is only usable under `amigos test`');
  return test;
}

if (nativePackage('testing') === undefined) {
  registerNatives({
    path: 'testing',
    load(ctx) {
      const fmt = formatters(new AddressBook());
      const line = (text: string): string => jsString(text).replace(/\n$/, '');
      const fail = (text: string): void => {
        const test = record(ctx);
        test.failed = true;
        test.errors.push(text);
      };
      const stop = (): never => {
        throw new Abort(STOP_TEST);
      };
      const skip = (): never => {
        record(ctx).skipped = true;
        return stop();
      };
      const methods = {
        Error: (_t: unknown, args: Slice | null) => fail(line(fmt.sprintln(args))),
        Errorf: (_t: unknown, format: string, args: Slice | null) => fail(line(fmt.sprintf(format, args))),
        Fail: () => {
          record(ctx).failed = true;
        },
        FailNow: () => {
          record(ctx).failed = true;
          stop();
        },
        Failed: () => record(ctx).failed,
        Fatal: (_t: unknown, args: Slice | null) => {
          fail(line(fmt.sprintln(args)));
          stop();
        },
        Fatalf: (_t: unknown, format: string, args: Slice | null) => {
          fail(line(fmt.sprintf(format, args)));
          stop();
        },
        Helper: () => undefined,
        Log: (_t: unknown, args: Slice | null) => {
          record(ctx).logs.push(line(fmt.sprintln(args)));
        },
        Logf: (_t: unknown, format: string, args: Slice | null) => {
          record(ctx).logs.push(line(fmt.sprintf(format, args)));
        },
        Name: () => goString(record(ctx).name),
        Skip: (_t: unknown, args: Slice | null) => {
          record(ctx).logs.push(line(fmt.sprintln(args)));
          skip();
        },
        SkipNow: () => skip(),
        Skipf: (_t: unknown, format: string, args: Slice | null) => {
          record(ctx).logs.push(line(fmt.sprintf(format, args)));
          skip();
        },
        Skipped: () => record(ctx).skipped,
        Run: (t: unknown, name: string, f: (t: unknown) => void) => {
          const test = record(ctx);
          const outer = test.name;
          test.name = `${outer}/${jsString(name).replace(/ /g, '_')}`;
          const before = test.errors.length;
          try {
            f(t);
          } finally {
            test.name = outer;
          }
          return test.errors.length === before;
        },
        Cleanup: () => undefined,
      };
      const exports: Record<string, (...args: never[]) => unknown> = {};
      for (const [name, fn] of Object.entries(methods)) exports[`T.${name}`] = fn as (...args: never[]) => unknown;
      return exports;
    },
  });
}
