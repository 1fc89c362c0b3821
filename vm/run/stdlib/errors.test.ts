// Checks errors.Join and the Is/As walk over Unwrap() []error trees, which Go 1.20 added (the
// recorded goldens come from Go 1.19, so these expectations are written from the Go documentation:
// Join drops nils, returns nil for none, and its Error joins the messages with newlines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './errors';
import './fmt';
import { loadNatives } from './testing';
import { newError } from './errorValues';
import { AddressBook } from './printer';
import { formatters } from './fmt';
import { GoPanic, Iface, Slice, Types } from '../values';

const errors = loadNatives('errors');
const slice = (items: unknown[]) => new Slice(items, 0, items.length, items.length);

test('Join drops nils, joins messages with newlines, and is walked by Is', () => {
  const a = newError('a');
  const b = newError('b');
  assert.equal(errors.Join(slice([null, null])), null);
  const joined = errors.Join(slice([a, null, b])) as Iface;
  assert.equal(joined.t.methods.Error(joined.v), 'a\nb');
  assert.equal(errors.Is(joined, b), true);
  assert.equal(errors.Is(joined, newError('b')), false);
  assert.equal(errors.Unwrap(joined), null);
});

test('Errorf with two %w wraps both', () => {
  const a = newError('a');
  const b = newError('b');
  const f = formatters(new AddressBook());
  const err = f.errorf('%w and %w', slice([a, b]));
  assert.equal(err.t.methods.Error(err.v), 'a and b');
  assert.equal(errors.Is(err, a), true);
  assert.equal(errors.Is(err, b), true);
  assert.equal(errors.Unwrap(err), null);
});

test('As panics on a nil or non-pointer target with the messages of Go', () => {
  const err = newError('x');
  const panicText = (e: unknown) => (e instanceof GoPanic && e.value !== null ? e.value.v : undefined);
  assert.throws(() => errors.As(err, null), (e: unknown) => panicText(e) === 'errors: target cannot be nil');
  assert.throws(() => errors.As(err, new Iface(Types.int, 1)), (e: unknown) => panicText(e) === 'errors: target must be a non-nil pointer');
});
