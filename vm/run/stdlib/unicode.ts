// Package unicode's classes and case mappings for runes (IsLetter, IsSpace, ToUpper, ...), shared
// by strings and bytes. Classes come from the host's Unicode property escapes (\p{Lu} ...), which
// are deterministic for one Node version; case mapping is Unicode's simple (one rune to one rune)
// mapping, so a rune whose full mapping has several runes (ß) maps to itself, as in Go. It does not
// carry Go's RangeTable values (unicode.In, unicode.Is with tables).

import { registerNatives, type NativeExports } from '../natives';

const classes = {
  letter: /^\p{L}$/u,
  digit: /^\p{Nd}$/u,
  number: /^\p{N}$/u,
  upper: /^\p{Lu}$/u,
  lower: /^\p{Ll}$/u,
  title: /^\p{Lt}$/u,
  punct: /^\p{P}$/u,
  symbol: /^\p{S}$/u,
  mark: /^\p{M}$/u,
  control: /^\p{Cc}$/u,
  space: /^\p{White_Space}$/u,
  graphic: /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u,
  print: /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u,
};

function valid(r: number): boolean {
  return r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
}

function test(pattern: RegExp, r: number): boolean {
  return valid(r) && pattern.test(String.fromCodePoint(r));
}

export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return test(classes.space, r);
}

export function isLetter(r: number): boolean {
  if (r < 0x80) return (r | 0x20) >= 0x61 && (r | 0x20) <= 0x7a;
  return test(classes.letter, r);
}

export function isDigit(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39;
  return test(classes.digit, r);
}

export function isUpper(r: number): boolean {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a;
  return test(classes.upper, r);
}

export function isLower(r: number): boolean {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a;
  return test(classes.lower, r);
}

export function toUpper(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  return simpleMap(r, (s) => s.toUpperCase());
}

export function toLower(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r === 0x130) return 0x69; // İ: the simple mapping (the full one adds a combining dot)
  return simpleMap(r, (s) => s.toLowerCase());
}

const titleDigraphs: Record<number, number> = {
  0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8,
  0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2,
};

export function toTitle(r: number): number {
  return titleDigraphs[r] ?? toUpper(r);
}

function simpleMap(r: number, map: (s: string) => string): number {
  if (!valid(r)) return r;
  const mapped = map(String.fromCodePoint(r));
  const first = mapped.codePointAt(0)!;
  return mapped.length === String.fromCodePoint(first).length ? first : r;
}

export function loadUnicode(): NativeExports {
  return {
    IsSpace: isSpace,
    IsLetter: isLetter,
    IsDigit: isDigit,
    IsNumber: (r: number) => (r < 0x80 ? r >= 0x30 && r <= 0x39 : test(classes.number, r)),
    IsUpper: isUpper,
    IsLower: isLower,
    IsTitle: (r: number) => test(classes.title, r),
    IsPunct: (r: number) => test(classes.punct, r),
    IsSymbol: (r: number) => test(classes.symbol, r),
    IsMark: (r: number) => test(classes.mark, r),
    IsControl: (r: number) => test(classes.control, r),
    IsGraphic: (r: number) => test(classes.graphic, r),
    IsPrint: (r: number) => r === 0x20 || test(classes.print, r),
    ToUpper: toUpper,
    ToLower: toLower,
    ToTitle: toTitle,
    SimpleFold: simpleFold,
  };
}

/** unicode.SimpleFold: the next rune of r's case-folding orbit (upper and lower here). */
export function simpleFold(r: number): number {
  if (!valid(r)) return r;
  const candidates = [toUpper(r), toLower(r), toTitle(r)].filter((c) => c !== r).sort((a, b) => a - b);
  const larger = candidates.find((c) => c > r);
  return larger ?? candidates[0] ?? r;
}

registerNatives({ path: 'unicode', load: loadUnicode });
