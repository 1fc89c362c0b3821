// The child process of crash.test.ts: opens the store in argv[2] (repairing whatever the last
// kill left), then appends the entries of crashPlan.ts forever, printing "height id" on stdout
// as soon as each commit returns (that is, once it is durable). The test kills it with SIGKILL at
// random moments. It deliberately has no exit path of its own.
import { writeSync } from 'node:fs';
import { openStateStore } from './stateStore';
import { CRASH_NAMESPACE, crashStep } from './crashPlan';

// Small segments, so that kills also land while a commit rolls over to a new segment file.
const store = openStateStore(process.argv[2], { segmentBytes: 256 * 1024 });
writeSync(1, 'ready\n');
for (;;) {
  const height = store.log('main', { limit: 1 }).entries[0].height + 1;
  const step = crashStep(height);
  const tx = store.begin();
  let snapshot;
  if (step.failed) {
    tx.set(CRASH_NAMESPACE, 'never', { kind: 'string', value: 'a failed attempt leaves no trace in state' });
    snapshot = tx.fail({ height, error: 'abort' });
  } else {
    for (const [key, value] of step.set) tx.set(CRASH_NAMESPACE, key, value);
    for (const key of step.remove) tx.delete(CRASH_NAMESPACE, key);
    snapshot = tx.commit({ height });
  }
  writeSync(1, `${snapshot.height} ${snapshot.id}\n`);
}
