// Package time, deterministic: Now() is the block time the host gives (Host.blockTimeNanos, the
// Unix epoch when absent), never the wall clock. Times are UTC only: a Time is {sec, nsec} with
// sec counted from January 1 of year 1 (so the zero Time is Go's zero time) and 0 ≤ nsec < 1e9.
// Durations print and parse as Go's (`1h2m3.5s`, `1.5µs`); Format and Parse follow Go's layout
// words (2006 01 02 15 04 05 Jan Monday MST -0700 Z07:00 .000 ...). Time zones other than UTC,
// monotonic readings and timers are deliberately absent.

import { newError } from './errorValues';
import { declaredType, panicWith } from './support';
import { quote } from './quote';
import { registerNatives, type NativeContext, type NativeExports } from '../natives';
import { int64, toNumber, type I64 } from '../ints';
import { Iface, Types, type Type } from '../values';

const secondsPerDay = 86400;
/** Seconds from 0001-01-01 to 1970-01-01. */
const unixToInternal = 62135596800;
const nanosPerSecond = 1_000_000_000n;
const maxDuration = (1n << 63n) - 1n;
const minDuration = -(1n << 63n);

interface TimeValue {
  sec: I64;
  nsec: I64;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// ---------------------------------------------------------------------------------------------
// Civil calendar (proleptic Gregorian), from days since 1970-01-01

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  weekday: number;
  yearDay: number;
}

function civil(t: TimeValue): Civil {
  const unixSeconds = toNumber(t.sec) - unixToInternal;
  const days = Math.floor(unixSeconds / secondsPerDay);
  const secondOfDay = unixSeconds - days * secondsPerDay;
  const [year, month, day] = civilFromDays(days);
  return {
    year, month, day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanosecond: toNumber(t.nsec),
    weekday: (((days + 4) % 7) + 7) % 7,
    yearDay: days - daysFromCivil(year, 1, 1) + 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Durations

/** Duration.String, as Go writes it. */
export function durationString(d: bigint): string {
  const negative = d < 0n;
  let u = negative ? -d : d;
  let out: string;
  if (u < nanosPerSecond) {
    if (u === 0n) return '0s';
    let unit: string;
    let precision: number;
    if (u < 1000n) {
      unit = 'ns';
      precision = 0;
    } else if (u < 1000000n) {
      unit = '\xc2\xb5s'; // µs in UTF-8
      precision = 3;
    } else {
      unit = 'ms';
      precision = 6;
    }
    const [fraction, whole] = fractionText(u, precision);
    out = whole.toString() + fraction + unit;
  } else {
    const [fraction, seconds] = fractionText(u, 9);
    u = seconds;
    out = (u % 60n).toString() + fraction + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return negative ? '-' + out : out;
}

/** The fractional digits of v / 10^precision without trailing zeros ('' when none), and the quotient. */
function fractionText(v: bigint, precision: number): [string, bigint] {
  let digits = '';
  let printed = false;
  let rest = v;
  for (let i = 0; i < precision; i++) {
    const digit = rest % 10n;
    printed = printed || digit !== 0n;
    if (printed) digits = digit.toString() + digits;
    rest /= 10n;
  }
  return [printed ? '.' + digits : '', rest];
}

const unitNanos: Record<string, bigint> = {
  ns: 1n, us: 1000n, '\xc2\xb5s': 1000n, '\xce\xbcs': 1000n, ms: 1000000n, s: nanosPerSecond, m: 60n * nanosPerSecond, h: 3600n * nanosPerSecond,
};

/** time.ParseDuration: the duration, or Go's error text. */
export function parseDuration(s: string): bigint | string {
  const original = s;
  const invalid = 'time: invalid duration ' + quote(original);
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.substring(1);
  }
  if (s === '0') return 0n;
  if (s === '') return invalid;
  let total = 0n;
  while (s !== '') {
    const number = /^([0-9]*)(\.([0-9]*))?/.exec(s)!;
    const whole = number[1];
    const fraction = number[3] ?? '';
    if (whole === '' && fraction === '') return invalid;
    s = s.substring(number[0].length);
    const unitMatch = /^[^0-9.]*/.exec(s)![0];
    if (unitMatch === '') return 'time: missing unit in duration ' + quote(original);
    const unit = unitNanos[unitMatch];
    if (unit === undefined) return 'time: unknown unit ' + quote(unitMatch) + ' in duration ' + quote(original);
    s = s.substring(unitMatch.length);
    let value = BigInt(whole === '' ? '0' : whole) * unit;
    if (fraction !== '') value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
    total += value;
    if (total > 1n << 63n) return invalid;
  }
  if (negative) total = -total;
  if (total > maxDuration || total < minDuration) return invalid;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Layouts

type Token = { kind: 'text'; text: string } | { kind: 'field'; name: string };

const layoutWords = [
  'January', 'Jan', 'Monday', 'Mon', 'MST', '2006', '-07:00:00', '-0700', '-07:00', '-070000', '-07', 'Z07:00:00', 'Z0700',
  'Z07:00', 'Z070000', 'Z07', '002', '__2', '_2', '01', '02', '03', '04', '05', '06', '15', 'PM', 'pm', '1', '2', '3', '4', '5',
];

/** Splits a layout into literal text and Go's layout words (std chunks). */
function tokenize(layout: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let i = 0;
  while (i < layout.length) {
    // Fractional seconds: .000 / ,000 / .999 / ,999 after a seconds field.
    const fraction = /^[.,](0+|9+)(?![0-9])/.exec(layout.substring(i));
    if (fraction !== null) {
      if (literal !== '') tokens.push({ kind: 'text', text: literal });
      literal = '';
      tokens.push({ kind: 'field', name: fraction[0] });
      i += fraction[0].length;
      continue;
    }
    const word = layoutWords.find((w) => layout.startsWith(w, i) && !(w === 'Jan' && layout.startsWith('January', i)) && !(w === 'Mon' && layout.startsWith('Monday', i)));
    if (word !== undefined && !(word === '1' && /[0-9]/.test(layout[i + 1] ?? '')) && !(word === '2' && layout.startsWith('2006', i))) {
      if (literal !== '') tokens.push({ kind: 'text', text: literal });
      literal = '';
      tokens.push({ kind: 'field', name: word });
      i += word.length;
      continue;
    }
    literal += layout[i];
    i++;
  }
  if (literal !== '') tokens.push({ kind: 'text', text: literal });
  return tokens;
}

const pad = (n: number, width: number, fill = '0') => String(n).padStart(width, fill);

export function format(t: TimeValue, layout: string): string {
  const c = civil(t);
  let out = '';
  for (const token of tokenize(layout)) {
    if (token.kind === 'text') {
      out += token.text;
      continue;
    }
    const name = token.name;
    switch (name) {
      case 'January': out += monthNames[c.month - 1]; break;
      case 'Jan': out += monthNames[c.month - 1].substring(0, 3); break;
      case 'Monday': out += dayNames[c.weekday]; break;
      case 'Mon': out += dayNames[c.weekday].substring(0, 3); break;
      case 'MST': out += 'UTC'; break;
      case '2006': out += c.year < 0 ? '-' + pad(-c.year, 4) : pad(c.year, 4); break;
      case '06': out += pad(((c.year % 100) + 100) % 100, 2); break;
      case '01': out += pad(c.month, 2); break;
      case '1': out += String(c.month); break;
      case '02': out += pad(c.day, 2); break;
      case '2': out += String(c.day); break;
      case '_2': out += pad(c.day, 2, ' '); break;
      case '002': out += pad(c.yearDay, 3); break;
      case '__2': out += pad(c.yearDay, 3, ' '); break;
      case '15': out += pad(c.hour, 2); break;
      case '03': out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2); break;
      case '3': out += String(c.hour % 12 === 0 ? 12 : c.hour % 12); break;
      case '04': out += pad(c.minute, 2); break;
      case '4': out += String(c.minute); break;
      case '05': out += pad(c.second, 2); break;
      case '5': out += String(c.second); break;
      case 'PM': out += c.hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += c.hour >= 12 ? 'pm' : 'am'; break;
      case 'Z07:00': case 'Z0700': case 'Z07': case 'Z070000': case 'Z07:00:00': out += 'Z'; break;
      case '-07:00': out += '+00:00'; break;
      case '-0700': out += '+0000'; break;
      case '-07': out += '+00'; break;
      case '-070000': out += '+000000'; break;
      case '-07:00:00': out += '+00:00:00'; break;
      default: {
        // Fractional seconds: 0s keep their width, 9s drop trailing zeros (and the point).
        const digits = name.length - 1;
        const text = pad(c.nanosecond, 9).substring(0, digits);
        if (name[1] === '0') out += name[0] + text;
        else {
          const trimmed = text.replace(/0+$/, '');
          if (trimmed !== '') out += name[0] + trimmed;
        }
      }
    }
  }
  return out;
}

/** time.Parse for UTC layouts: the time, or Go's error text. */
export function parse(layout: string, value: string): TimeValue | string {
  const fail = (element: string, rest: string) =>
    `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(rest)} as ${quote(element)}`;
  let year = 1;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let pm: boolean | null = null;
  let rest = value;
  const outOfRange = (what: string) => `parsing time ${quote(value)}: ${what} out of range`;
  const number = (min: number, max: number): number | null => {
    const match = new RegExp(`^[0-9]{${min},${max}}`).exec(rest);
    if (match === null) return null;
    rest = rest.substring(match[0].length);
    return Number(match[0]);
  };
  for (const token of tokenize(layout)) {
    if (token.kind === 'text') {
      if (!rest.startsWith(token.text)) return fail(token.text, rest);
      rest = rest.substring(token.text.length);
      continue;
    }
    const name = token.name;
    const before = rest;
    let ok = true;
    switch (name) {
      case '2006': { const v = number(4, 4); ok = v !== null; if (v !== null) year = v; break; }
      case '06': { const v = number(2, 2); ok = v !== null; if (v !== null) year = v >= 69 ? 1900 + v : 2000 + v; break; }
      case '01': case '1': {
        const v = number(name === '01' ? 2 : 1, 2);
        ok = v !== null;
        if (v !== null && (v < 1 || v > 12)) return outOfRange('month');
        if (v !== null) month = v;
        break;
      }
      case '02': case '2': case '_2': {
        if (name === '_2' && rest[0] === ' ') rest = rest.substring(1);
        const v = number(name === '02' ? 2 : 1, 2);
        ok = v !== null;
        if (v !== null) day = v;
        break;
      }
      case '15': {
        const v = number(1, 2);
        ok = v !== null;
        if (v !== null && v >= 24) return outOfRange('hour');
        if (v !== null) hour = v;
        break;
      }
      case '03': case '3': {
        const v = number(name === '03' ? 2 : 1, 2);
        ok = v !== null;
        if (v !== null && (v < 1 || v > 12)) return outOfRange('hour');
        if (v !== null) hour = v;
        break;
      }
      case '04': case '4': {
        const v = number(name === '04' ? 2 : 1, 2);
        ok = v !== null;
        if (v !== null && v >= 60) return outOfRange('minute');
        if (v !== null) minute = v;
        break;
      }
      case '05': case '5': {
        const v = number(name === '05' ? 2 : 1, 2);
        ok = v !== null;
        if (v !== null && v >= 60) return outOfRange('second');
        if (v !== null) second = v;
        // A fraction after seconds is accepted even when the layout has none.
        const fraction = /^[.,]([0-9]+)/.exec(rest);
        if (ok && fraction !== null && !layout.includes('.0') && !layout.includes('.9')) {
          nanos = Number(fraction[1].substring(0, 9).padEnd(9, '0'));
          rest = rest.substring(fraction[0].length);
        }
        break;
      }
      case 'PM': case 'pm': {
        const word = rest.substring(0, 2).toUpperCase();
        ok = word === 'AM' || word === 'PM';
        if (ok) {
          pm = word === 'PM';
          rest = rest.substring(2);
        }
        break;
      }
      case 'January': case 'Jan': {
        const names = name === 'January' ? monthNames : monthNames.map((m) => m.substring(0, 3));
        const index = names.findIndex((m) => rest.startsWith(m));
        ok = index >= 0;
        if (ok) {
          month = index + 1;
          rest = rest.substring(names[index].length);
        }
        break;
      }
      case 'Monday': case 'Mon': {
        const names = name === 'Monday' ? dayNames : dayNames.map((d) => d.substring(0, 3));
        const found = names.find((d) => rest.startsWith(d));
        ok = found !== undefined;
        if (found !== undefined) rest = rest.substring(found.length);
        break;
      }
      case 'MST': {
        const zone = /^[A-Z]{3,5}/.exec(rest);
        ok = zone !== null;
        if (zone !== null) rest = rest.substring(zone[0].length);
        break;
      }
      case 'Z07:00': case 'Z0700': case 'Z07': case '-07:00': case '-0700': case '-07': {
        if (rest[0] === 'Z' && name[0] === 'Z') {
          rest = rest.substring(1);
          break;
        }
        const zone = /^[+-][0-9]{2}(:?[0-9]{2})?/.exec(rest);
        ok = zone !== null && /^[+-]00(:?00)?$/.test(zone[0]);
        if (zone !== null) rest = rest.substring(zone[0].length);
        if (!ok) return `parsing time ${quote(value)}: time zones other than UTC are not supported`;
        break;
      }
      default: {
        if (name[0] === '.' || name[0] === ',') {
          const fraction = /^[.,]([0-9]+)/.exec(rest);
          if (fraction === null) {
            ok = name[1] === '9';
            break;
          }
          nanos = Number(fraction[1].substring(0, 9).padEnd(9, '0'));
          rest = rest.substring(fraction[0].length);
        } else ok = false;
      }
    }
    if (!ok) return fail(name, before);
  }
  if (rest !== '') return `parsing time ${quote(value)}: extra text: ${quote(rest)}`;
  if (pm !== null) {
    if (pm && hour < 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
  }
  const monthDays = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > monthDays) return outOfRange('day');
  return fromCivil(year, month, day, hour, minute, second, nanos);
}

function fromCivil(year: number, month: number, day: number, hour: number, minute: number, second: number, nanos: number): TimeValue {
  // Normalise overflowing fields the way time.Date does.
  let total = BigInt(daysFromCivilNormalized(year, month, day)) * 86400n + BigInt(hour) * 3600n + BigInt(minute) * 60n + BigInt(second);
  let ns = BigInt(nanos);
  total += ns / nanosPerSecond;
  ns %= nanosPerSecond;
  if (ns < 0n) {
    ns += nanosPerSecond;
    total -= 1n;
  }
  return { sec: int64(total + BigInt(unixToInternal)), nsec: Number(ns) };
}

function daysFromCivilNormalized(year: number, month: number, day: number): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = ((m0 % 12) + 12) % 12 + 1;
  return daysFromCivil(y, m, 1) + day - 1;
}

// ---------------------------------------------------------------------------------------------
// The package

function totalNanos(t: TimeValue): bigint {
  return BigInt(t.sec) * nanosPerSecond + BigInt(t.nsec);
}

function saturate(d: bigint): I64 {
  if (d > maxDuration) return int64(maxDuration);
  if (d < minDuration) return int64(minDuration);
  return int64(d);
}

export function loadTime(ctx: NativeContext): NativeExports {
  const { rt } = ctx;
  const fallback = (name: string, fields: [string, Type][]) => () => {
    const t = Types.named('time', 'time', name, 'struct');
    Types.setUnderlying(t, Types.struct(fields.map(([fieldName, type]) => ({ name: fieldName, key: fieldName, type, embedded: false, exported: false, tag: '' }))));
    return t;
  };
  const timeType = declaredType(ctx, 'Time', fallback('Time', [['sec', Types.int64], ['nsec', Types.int64]]));
  const locationType = declaredType(ctx, 'Location', fallback('Location', [['name', Types.string]]));
  const utc = locationType.zero() as { name: string };
  utc.name = 'UTC';
  // *Location prints its name (time.UTC is "UTC"), as Go's (*Location).String does.
  const locationString = (l: { name: string } | null) => (l === null ? 'UTC' : l.name);
  Types.pointer(locationType).methods.String ??= locationString;
  const make = (sec: bigint, nsec: bigint): TimeValue => {
    let s = sec + nsec / nanosPerSecond;
    let n = nsec % nanosPerSecond;
    if (n < 0n) {
      n += nanosPerSecond;
      s -= 1n;
    }
    const t = timeType.zero() as TimeValue;
    t.sec = int64(s);
    t.nsec = Number(n);
    return t;
  };
  const fromUnixNanos = (nanos: bigint): TimeValue => make(BigInt(unixToInternal), nanos);
  const copy = (t: TimeValue): TimeValue => make(BigInt(t.sec), BigInt(t.nsec));
  const now = (): TimeValue => fromUnixNanos(rt.host.blockTimeNanos ?? 0n);
  const sub = (t: TimeValue, u: TimeValue): I64 => saturate(totalNanos(t) - totalNanos(u));
  const unixSeconds = (t: TimeValue): bigint => BigInt(t.sec) - BigInt(unixToInternal);
  const durationUnit = (d: I64, unit: bigint): number => {
    const value = BigInt(d);
    const whole = value / unit;
    const rest = value % unit;
    return Number(whole) + Number(rest) / Number(unit);
  };
  const roundDuration = (d: bigint, m: bigint): bigint => {
    if (m <= 0n) return d;
    let r = d % m;
    if (d < 0n) {
      r = -r;
      if (r + r < m) return d + r;
      const d1 = d - m + r;
      return d1 < d ? d1 : minDuration;
    }
    if (r + r < m) return d - r;
    const d1 = d + m - r;
    return d1 > d ? d1 : maxDuration;
  };
  const durationError = (text: string): Iface => newError(text);
  const monthString = (m: I64): string => {
    const n = toNumber(m);
    return n >= 1 && n <= 12 ? monthNames[n - 1] : '%!Month(' + String(m) + ')';
  };
  const weekdayString = (d: I64): string => {
    const n = toNumber(d);
    return n >= 0 && n <= 6 ? dayNames[n] : '%!Weekday(' + String(d) + ')';
  };
  const timeString = (t: TimeValue) => format(t, '2006-01-02 15:04:05.999999999 -0700 MST');
  timeType.methods.String ??= timeString;
  return {
    UTC: () => utc,
    'Location.String': locationString,
    Now: now,
    Unix: (sec: I64, nsec: I64) => make(BigInt(sec) + BigInt(unixToInternal), BigInt(nsec)),
    UnixMilli: (msec: I64) => fromUnixNanos(BigInt(msec) * 1000000n),
    // Every Location is UTC (time.UTC, the native UTC's value); a nil one panics as in Go.
    Date: (year: I64, month: I64, day: I64, hour: I64, min: I64, sec: I64, nsec: I64, loc: unknown) => {
      if (loc === null) panicWith('time: missing Location in call to Date');
      return copy(fromCivil(toNumber(year), toNumber(month), toNumber(day), toNumber(hour), toNumber(min), toNumber(sec), toNumber(nsec)));
    },
    Since: (t: TimeValue) => sub(now(), t),
    Until: (t: TimeValue) => sub(t, now()),
    ParseDuration: (s: string) => {
      const result = parseDuration(s);
      return typeof result === 'string' ? [0, durationError(result)] : [int64(result), null];
    },
    Parse: (layout: string, value: string) => {
      const result = parse(layout, value);
      return typeof result === 'string' ? [timeType.zero(), newError(result)] : [copy(result), null];
    },
    'Duration.String': (d: I64) => durationString(BigInt(d)),
    'Duration.Hours': (d: I64) => durationUnit(d, 3600n * nanosPerSecond),
    'Duration.Minutes': (d: I64) => durationUnit(d, 60n * nanosPerSecond),
    'Duration.Seconds': (d: I64) => durationUnit(d, nanosPerSecond),
    'Duration.Milliseconds': (d: I64) => int64(BigInt(d) / 1000000n),
    'Duration.Microseconds': (d: I64) => int64(BigInt(d) / 1000n),
    'Duration.Nanoseconds': (d: I64) => d,
    'Duration.Round': (d: I64, m: I64) => int64(roundDuration(BigInt(d), BigInt(m))),
    'Duration.Truncate': (d: I64, m: I64) => (BigInt(m) <= 0n ? d : int64(BigInt(d) - (BigInt(d) % BigInt(m)))),
    'Duration.Abs': (d: I64) => {
      const v = BigInt(d);
      if (v >= 0n) return d;
      return v === minDuration ? int64(maxDuration) : int64(-v);
    },
    'Month.String': monthString,
    'Weekday.String': weekdayString,
    'Time.Unix': (t: TimeValue) => int64(unixSeconds(t)),
    'Time.UnixMilli': (t: TimeValue) => int64(unixSeconds(t) * 1000n + BigInt(t.nsec) / 1000000n),
    'Time.UnixNano': (t: TimeValue) => int64(BigInt.asIntN(64, unixSeconds(t) * nanosPerSecond + BigInt(t.nsec))),
    'Time.Add': (t: TimeValue, d: I64) => make(BigInt(t.sec), BigInt(t.nsec) + BigInt(d)),
    'Time.AddDate': (t: TimeValue, years: I64, months: I64, days: I64) => {
      const c = civil(t);
      return copy(fromCivil(c.year + toNumber(years), c.month + toNumber(months), c.day + toNumber(days), c.hour, c.minute, c.second, c.nanosecond));
    },
    'Time.Sub': sub,
    'Time.After': (t: TimeValue, u: TimeValue) => totalNanos(t) > totalNanos(u),
    'Time.Before': (t: TimeValue, u: TimeValue) => totalNanos(t) < totalNanos(u),
    'Time.Equal': (t: TimeValue, u: TimeValue) => totalNanos(t) === totalNanos(u),
    'Time.Compare': (t: TimeValue, u: TimeValue) => {
      const a = totalNanos(t);
      const b = totalNanos(u);
      return a < b ? -1 : a > b ? 1 : 0;
    },
    'Time.IsZero': (t: TimeValue) => BigInt(t.sec) === 0n && BigInt(t.nsec) === 0n,
    'Time.Year': (t: TimeValue) => civil(t).year,
    'Time.Month': (t: TimeValue) => civil(t).month,
    'Time.Day': (t: TimeValue) => civil(t).day,
    'Time.Hour': (t: TimeValue) => civil(t).hour,
    'Time.Minute': (t: TimeValue) => civil(t).minute,
    'Time.Second': (t: TimeValue) => civil(t).second,
    'Time.Nanosecond': (t: TimeValue) => civil(t).nanosecond,
    'Time.Weekday': (t: TimeValue) => civil(t).weekday,
    'Time.YearDay': (t: TimeValue) => civil(t).yearDay,
    'Time.Date': (t: TimeValue) => {
      const c = civil(t);
      return [c.year, c.month, c.day];
    },
    'Time.Clock': (t: TimeValue) => {
      const c = civil(t);
      return [c.hour, c.minute, c.second];
    },
    'Time.UTC': (t: TimeValue) => copy(t),
    'Time.Truncate': (t: TimeValue, d: I64) => {
      const m = BigInt(d);
      if (m <= 0n) return copy(t);
      const total = totalNanos(t);
      return make(0n, total - (total % m));
    },
    'Time.Format': (t: TimeValue, layout: string) => format(t, layout),
    'Time.String': timeString,
  };
}

registerNatives({ path: 'time', load: loadTime });
