// Positions in one source file: a line index built once per text that turns the offsets the
// tree carries (indices into the JavaScript string, i.e. UTF-16 code units) into 0-based lines
// with two kinds of column (UTF-16 code units, as LSP counts, and UTF-8 bytes), into Go's
// 1-based `file:line:col` (columns in bytes, as the Go toolchain prints them), and back from a
// 0-based line and UTF-16 column to an offset. Only `\n` ends a line, as in Go (a `\r` before it
// is part of the line). It deliberately knows nothing about tokens or the tree.

/** A 0-based line with both column kinds, 0-based. */
export interface LineColumn {
  line: number;
  /** Column in UTF-16 code units (LSP's default `character`). */
  character: number;
  /** Column in UTF-8 bytes. */
  byteColumn: number;
}

/** A Go-style position: 1-based line and 1-based byte column. */
export interface GoPosition {
  fileName: string;
  line: number;
  column: number;
}

export class LineIndex {
  readonly fileName: string;
  readonly text: string;
  /** Offsets at which each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];

  constructor(fileName: string, text: string) {
    this.fileName = fileName;
    this.text = text;
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The offset where 0-based `line` starts (clamped to the file). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line];
  }

  /** The offset of the end of 0-based `line`, before its `\n` (and before a `\r` preceding it). */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** The 0-based line holding `offset` (offsets are clamped to the file). */
  lineOf(offset: number): number {
    const target = clamp(offset, 0, this.text.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= target) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** 0-based line, UTF-16 column and byte column of `offset`. */
  position(offset: number): LineColumn {
    const target = clamp(offset, 0, this.text.length);
    const line = this.lineOf(target);
    const start = this.lineStarts[line];
    return { line, character: target - start, byteColumn: utf8Length(this.text, start, target) };
  }

  /** The offset of a 0-based line and UTF-16 column; a column past the line's end is clamped to it. */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line];
    const limit = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return clamp(start + Math.max(0, character), start, limit);
  }

  /** Go's position of `offset`: 1-based line and 1-based column counted in bytes. */
  goPosition(offset: number): GoPosition {
    const target = clamp(offset, 0, this.text.length);
    const line = this.lineOf(target);
    if (line > 0 && target === this.text.length && this.lineStarts[line] === target) {
      // Go has no line after a final newline: the end of such a file is on the last line,
      // one column past its newline.
      const start = this.lineStarts[line - 1];
      return { fileName: this.fileName, line, column: utf8Length(this.text, start, target) + 1 };
    }
    return { fileName: this.fileName, line: line + 1, column: utf8Length(this.text, this.lineStarts[line], target) + 1 };
  }

  /** `file:line:col` as the Go toolchain prints a position. */
  format(offset: number): string {
    const { fileName, line, column } = this.goPosition(offset);
    return `${fileName}:${line}:${column}`;
  }
}

/** The number of UTF-8 bytes of `text[from, to)`; a lone surrogate counts as the 3 bytes of U+FFFD. */
export function utf8Length(text: string, from = 0, to = text.length): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}
