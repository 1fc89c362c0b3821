// The text of a file with its top-level function bodies blanked out, for checking a package only
// as far as its importers need (its declarations): a body becomes spaces with `panic("")` on
// its first line long enough for it, every newline kept and the length unchanged, so that every offset and line of the
// blanked text is the original's and declarations found in it point at the real source. The
// scan is textual (strings, runes, raw strings and comments skipped; braces counted), so it
// costs far less than parsing; on text it does not understand (a body it cannot find the end
// of) it leaves the rest unchanged. It does not blank function literals or method bodies'
// closures separately: a blanked body takes everything inside it.
const stub = 'panic("")';

/** Offset just past a string, rune, raw string or comment starting at `at`, or `at` when none starts there. */
function skipLiteral(text: string, at: number): number {
  const char = text[at];
  if (char === '/' && text[at + 1] === '/') {
    const newline = text.indexOf('\n', at);
    return newline < 0 ? text.length : newline;
  }
  if (char === '/' && text[at + 1] === '*') {
    const close = text.indexOf('*/', at + 2);
    return close < 0 ? text.length : close + 2;
  }
  if (char === '`') {
    const close = text.indexOf('`', at + 1);
    return close < 0 ? text.length : close + 1;
  }
  if (char === '"' || char === "'") {
    let end = at + 1;
    while (end < text.length && text[end] !== char && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
    return Math.min(text.length, end + 1);
  }
  return at;
}

/** The offset of the `}` matching the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; ) {
    const skipped = skipLiteral(text, at);
    if (skipped !== at) {
      at = skipped;
      continue;
    }
    const char = text[at];
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return at;
    at++;
  }
  return -1;
}

/** The `{` that opens the body of the function whose `func` keyword ends at `from`, or -1 (a declaration without a body). */
function bodyStart(text: string, from: number): number {
  let parens = 0;
  for (let at = from; at < text.length; ) {
    const skipped = skipLiteral(text, at);
    if (skipped !== at) {
      at = skipped;
      continue;
    }
    const char = text[at];
    if (char === '(' || char === '[') parens++;
    else if (char === ')' || char === ']') parens--;
    else if (char === '\n' && parens === 0) {
      // A declaration without a body ends at its line, unless the line ends in a way that continues it.
      const before = text.slice(from, at).trimEnd();
      if (!/[,(]$/.test(before)) return -1;
    } else if (char === '{') {
      // `struct{`, `interface{` in a signature open a type, not the body.
      const word = /(struct|interface)\s*$/.exec(text.slice(Math.max(from, at - 20), at));
      if (parens > 0 || word) {
        const close = matchingBrace(text, at);
        if (close < 0) return -1;
        at = close + 1;
        continue;
      }
      return at;
    }
    at++;
  }
  return -1;
}

/** A body's inside as spaces (newlines kept) with the stub on its first line long enough, or undefined when none is. */
function blankWithStub(inside: string): string | undefined {
  const blank = inside.replace(/[^\n]/g, ' ');
  let lineStart = 0;
  for (const line of blank.split('\n')) {
    if (line.length >= stub.length) return blank.slice(0, lineStart) + stub + blank.slice(lineStart + stub.length);
    lineStart += line.length + 1;
  }
  return undefined;
}

export function withoutFunctionBodies(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let depth = 0;
  for (let at = 0; at < text.length; ) {
    const skipped = skipLiteral(text, at);
    if (skipped !== at) {
      at = skipped;
      continue;
    }
    const char = text[at];
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0 && char === 'f' && text.startsWith('func', at) && (at === 0 || text[at - 1] === '\n') && /[\s(]/.test(text[at + 4] ?? '')) {
      const open = bodyStart(text, at + 4);
      const close = open < 0 ? -1 : matchingBrace(text, open);
      if (close < 0) {
        at += 4;
        continue;
      }
      const blanked = blankWithStub(text.slice(open + 1, close));
      if (blanked !== undefined) {
        parts.push(text.slice(copied, open + 1), blanked);
        copied = close;
      }
      at = close + 1;
      continue;
    }
    at++;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
