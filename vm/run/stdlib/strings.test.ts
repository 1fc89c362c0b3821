// Checks packages strings, unicode/utf8 and unicode against Go's results recorded in
// testdata/strings.txt (`go run testdata/gen/strings.go`), rendered with fmt's %q and %v.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './strings';
import './utf8';
import './unicode';
import { failuresOf, loadNatives, readGolden, stringArg, type GoldenLine } from './testing';
import { AddressBook } from './printer';
import { formatters } from './fmt';
import { stringToBytes } from './support';
import { goString, Iface, Slice, Types } from '../values';

const strings = loadNatives('strings');
const utf8 = loadNatives('unicode/utf8');
const unicode = loadNatives('unicode');
const sprintf = (format: string, ...args: Iface[]) => formatters(new AddressBook()).sprintf(format, new Slice(args, 0, args.length, args.length));
const str = (s: string) => new Iface(Types.string, s);

function result(value: unknown): string {
  if (typeof value === 'string') return sprintf('%q', str(value));
  if (value instanceof Slice || value === null) return sprintf('%q', new Iface(Types.slice(Types.string), value));
  if (typeof value === 'boolean') return String(value);
  return String(value);
}

function check(line: GoldenLine): string {
  const name = line.name;
  const a = line.args.map((arg, i) => (name === 'IndexRune' && i === 1 ? arg : arg === '' ? '' : stringArg(arg)));
  switch (name) {
    case 'FieldsFuncPunct': return result(strings.FieldsFunc(a[0], unicode.IsPunct));
    case 'MapRot': return result(strings.Map((r: number) => (r === 0x61 ? -1 : unicode.IsLetter(r) ? r + 1 : r), a[0]));
    case 'Repeat': return result(strings.Repeat(a[0], 3));
    case 'ToValidUTF8': return result(strings.ToValidUTF8(a[0], '?'));
    case 'RuneCountInString': case 'ValidString': return result(utf8[name](a[0]));
    case 'DecodeLastRuneInString': case 'DecodeRuneInString': return result(utf8[name](a[0]).join(' '));
    case 'SplitN2': return result(strings.SplitN(a[0], a[1], 2));
    case 'SplitN0': return result(strings.SplitN(a[0], a[1], 0) === null);
    case 'ReplaceAll': return result(strings.ReplaceAll(a[0], a[1], '<>'));
    case 'Replace2': return result(strings.Replace(a[0], a[1], '_', 2));
    case 'Cut': {
      const [before, after, found] = strings.Cut(a[0], a[1]);
      return result(sprintf('%q %q %v', str(before), str(after), new Iface(Types.bool, found)));
    }
    case 'Join': return result(strings.Join(strings.Fields(a[0]), a[1]));
    case 'IndexRune': return result(strings.IndexRune(a[0], Number(line.args[1])));
    case 'Replacer': return result(strings['Replacer.Replace'](strings.NewReplacer(new Slice(['a', '1', 'b', '2', 'ab', 'X', '<', '&lt;', '>', '&gt;'], 0, 10, 10)), a[0]));
    case 'ReplacerEmpty': return result(strings['Replacer.Replace'](strings.NewReplacer(new Slice(['', '-'], 0, 2, 2)), a[0]));
    case 'ReplacerOrder': return result(strings['Replacer.Replace'](strings.NewReplacer(new Slice(['aaa', '3', 'aa', '2', 'a', '1'], 0, 6, 6)), a[0]));
    case 'Builder': {
      const b = {};
      strings['Builder.WriteString'](b, goString('héllo'));
      strings['Builder.WriteByte'](b, 32);
      strings['Builder.WriteRune'](b, 0x4e16);
      strings['Builder.Write'](b, stringToBytes('!'));
      return result(sprintf('%q %d', str(strings['Builder.String'](b)), new Iface(Types.int, strings['Builder.Len'](b))));
    }
  }
  if (!(name in strings)) throw new Error(`no adapter for ${name}`);
  return result(strings[name](...a));
}

test('strings, utf8 and unicode match Go', () => {
  const lines = readGolden('strings.txt');
  const failures = failuresOf(lines, check);
  assert.equal(failures.length, 0, `${failures.length} of ${lines.length} differ:\n${failures.slice(0, 30).join('\n')}`);
});
