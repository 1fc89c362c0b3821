// Bad input for the disk store: each file in test-fixtures/state/damage/ damages a copy of one
// known store (a segment truncated, zeroed, bit-flipped or extended with a torn record; HEAD
// garbled, deleted or lying) and says what opening must give: `intact` (every entry, same ids
// and states), `prefix` (the newest entries may be gone, the rest intact) or `corrupt` (a
// StoreCorruptError naming the damage). Then random bit flips, where either a prefix or a
// StoreCorruptError is fine but wrong data never is. One check(fixture) runs every case.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, unlinkSync, writeFileSync, statSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { after, before, test } from 'node:test';
import { CRASH_NAMESPACE, crashModel, crashState, crashStep } from './crashPlan';
import { StoreCorruptError, openStateStore } from './index';

type Damage =
  | { op: 'truncate'; dropBytes?: number; keepFraction?: number }
  | { op: 'zero'; fromFraction: number; bytes: number }
  | { op: 'flip'; atFraction: number; bit: number }
  | { op: 'append'; hex: string }
  | { op: 'head'; text: string }
  | { op: 'headJson'; set: Record<string, unknown>; fixChecksum: boolean }
  | { op: 'deleteHead' };

interface Fixture {
  description: string;
  damage: Damage[];
  expect: 'intact' | 'prefix' | 'corrupt' | 'prefix-or-corrupt';
  recovery?: 'tail' | 'rebuilt';
  message?: string;
}

const FIXTURES = join(__dirname, '..', '..', 'test-fixtures', 'state', 'damage');
const ENTRIES = 20;
let root = '';
let template = '';
const ids: string[] = [];

before(() => {
  root = mkdtempSync(join(tmpdir(), 'amigos-damage-'));
  template = join(root, 'template');
  const store = openStateStore(template);
  ids.push(store.head().id);
  for (let height = 1; height <= ENTRIES; height++) {
    const step = crashStep(height);
    const tx = store.begin();
    if (step.failed) {
      ids.push(tx.fail({ height }).id);
      continue;
    }
    for (const [key, value] of step.set) tx.set(CRASH_NAMESPACE, key, value);
    for (const key of step.remove) tx.delete(CRASH_NAMESPACE, key);
    ids.push(tx.commit({ height }).id);
  }
  store.close();
});

after(() => rmSync(root, { recursive: true, force: true }));

for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.json')).sort()) {
  test(`damage: ${name.replace(/\.json$/, '')}`, () => {
    check(name, JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture);
  });
}

test('damage: 150 random bit flips give a prefix or a StoreCorruptError, never wrong data', (t) => {
  let seed = 20261125;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const outcomes = { prefix: 0, corrupt: 0 };
  for (let i = 0; i < 150; i++) {
    const outcome = check(`flip-${i}`, { description: 'random flip', damage: [{ op: 'flip', atFraction: random(), bit: Math.floor(random() * 8) }], expect: 'prefix-or-corrupt' });
    outcomes[outcome]++;
  }
  t.diagnostic(`bit flips: ${JSON.stringify(outcomes)}`);
  assert.equal(outcomes.corrupt + outcomes.prefix, 150);
});

function check(name: string, fixture: Fixture): 'prefix' | 'corrupt' {
  const dir = join(root, name);
  cpSync(template, dir, { recursive: true });
  for (const damage of fixture.damage) apply(dir, damage);
  let seen: number;
  try {
    seen = readEverything(dir, fixture);
  } catch (error) {
    if (!(error instanceof StoreCorruptError)) throw error;
    assert.ok(fixture.expect === 'corrupt' || fixture.expect === 'prefix-or-corrupt', `${fixture.description}: unexpected ${error.message}`);
    if (fixture.message) assert.match(error.message, new RegExp(fixture.message));
    return 'corrupt';
  }
  assert.notEqual(fixture.expect, 'corrupt', `${fixture.description}: opened without reporting damage`);
  if (fixture.expect === 'intact') assert.equal(seen, ENTRIES + 1, `${fixture.description}: entries were lost`);
  return 'prefix';
}

/** Opens the store, checks recovery, every entry's id and state, then that it still takes commits. */
function readEverything(dir: string, fixture: Fixture): number {
  let store = openStateStore(dir);
  let seen = 0;
  try {
    if (fixture.recovery) assert.equal(store.recovery?.kind, fixture.recovery, `${fixture.description}: recovery ${JSON.stringify(store.recovery)}`);
    let cursor: string | undefined;
    for (;;) {
      const page = store.log('main', { limit: 7, cursor });
      for (const entry of page.entries) {
        assert.equal(entry.id, ids[entry.height], `${fixture.description}: entry ${entry.height} differs`);
        const height = entry.failed ? entry.height - 1 : entry.height;
        assert.deepEqual(crashState(store.view(entry.id)), crashModel(height), `${fixture.description}: state at ${entry.height} differs`);
        seen++;
      }
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    assert.equal(store.log('main').entries.at(-1)!.height, 0, 'the log reaches genesis');
    const tx = store.begin();
    tx.set('after', 'repair', { kind: 'bool', value: true });
    const next = tx.commit({ after: 'repair' }).id;
    store.close();
    store = openStateStore(dir);
    assert.equal(store.recovery, null, 'a repaired store opens cleanly');
    assert.equal(store.head().id, next);
  } finally {
    store.close();
  }
  return seen;
}

function apply(dir: string, damage: Damage): void {
  const segment = join(dir, readdirSync(dir).find((file) => file.endsWith('.seg'))!);
  const size = statSync(segment).size;
  const header = 16;
  const at = (fraction: number) => Math.min(size - 1, header + Math.floor((size - header) * fraction));
  switch (damage.op) {
    case 'truncate':
      truncateSync(segment, damage.dropBytes !== undefined ? size - damage.dropBytes : header + Math.floor((size - header) * damage.keepFraction!));
      break;
    case 'zero': {
      const bytes = readFileSync(segment);
      const from = damage.fromFraction === 0 ? 0 : at(damage.fromFraction);
      bytes.fill(0, from, damage.bytes < 0 ? size : from + damage.bytes);
      writeFileSync(segment, bytes);
      break;
    }
    case 'flip': {
      const bytes = readFileSync(segment);
      bytes[at(damage.atFraction)] ^= 1 << damage.bit;
      writeFileSync(segment, bytes);
      break;
    }
    case 'append':
      appendFileSync(segment, Buffer.from(damage.hex, 'hex'));
      break;
    case 'head':
      writeFileSync(join(dir, 'HEAD'), damage.text);
      break;
    case 'headJson': {
      const { checksum, ...head } = JSON.parse(readFileSync(join(dir, 'HEAD'), 'utf8')) as Record<string, unknown>;
      const firstLength = readFileSync(segment).readUInt32LE(header);
      const secondRecord = header + 8 + firstLength;
      const set = JSON.parse(JSON.stringify(damage.set).replaceAll('"$secondRecord"', String(secondRecord))) as Record<string, unknown>;
      const edited = { ...head, ...set };
      const sum = damage.fixChecksum ? crc32(Buffer.from(JSON.stringify(edited))) >>> 0 : checksum;
      writeFileSync(join(dir, 'HEAD'), JSON.stringify({ ...edited, checksum: sum }));
      break;
    }
    case 'deleteHead':
      unlinkSync(join(dir, 'HEAD'));
      break;
  }
}
