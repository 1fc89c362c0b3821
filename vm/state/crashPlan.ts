// The deterministic workload shared by the crash test and its child writer: entry n of the log
// either commits a few changes to namespace `crash` or is a failed attempt, so the state at any
// height can be recomputed by the test without trusting the store, and the form (key → canonical
// value hex) in which the tests compare that with what a snapshot holds. It deliberately does no IO.
import { toHex } from './bytes';
import type { StateView } from './stateView';
import { StateValue, encodeValue } from './values';

export const CRASH_NAMESPACE = 'crash';

export type CrashStep = { failed: true } | { failed: false; set: [string, StateValue][]; remove: string[] };

export function crashStep(height: number): CrashStep {
  if (height % 5 === 0) return { failed: true };
  const set: [string, StateValue][] = [[`k${height % 37}`, { kind: 'int', value: BigInt(height) * 1_000_000_007n }]];
  if (height % 4 === 1) set.push([`big${height % 3}`, { kind: 'string', value: `${height}:`.padEnd(40_000, String.fromCharCode(97 + (height % 26))) }]);
  const remove = height % 3 === 0 ? [`k${(height * 7) % 37}`] : [];
  return { failed: false, set, remove };
}

/** The state of namespace `crash` (key → canonical value hex) after every entry up to `height`. */
export function crashModel(height: number): Map<string, string> {
  const model = new Map<string, string>();
  for (let n = 1; n <= height; n++) {
    const step = crashStep(n);
    if (step.failed) continue;
    for (const [key, value] of step.set) model.set(key, canonicalHex(value));
    for (const key of step.remove) model.delete(key);
  }
  return model;
}

/** What a snapshot holds in namespace `crash`, in crashModel's form. */
export function crashState(view: StateView): Map<string, string> {
  return new Map(view.entries(CRASH_NAMESPACE, { limit: 1000 }).items.map((entry) => [entry.key, canonicalHex(entry.value)]));
}

function canonicalHex(value: StateValue): string {
  return toHex(encodeValue(value));
}
