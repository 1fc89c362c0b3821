// Elastic tabstops, as gofmt aligns columns: the formatter writes text in which `\t` (hard) and
// `\v` (soft) end a cell, `\n` ends a line and `\f` ends a line and every alignment block, and
// text between two NUL characters is opaque (strings and comments may hold tabs; NUL cannot occur
// in a file that parses). Consecutive lines that have a cell in the same column form a block
// whose cells are padded with spaces to the widest one plus one; leading empty cells (indentation)
// become tabs; a column of only empty soft cells takes no room; trailing blanks are dropped. This is the behaviour of Go's text/tabwriter in
// the configuration go/printer uses (TabIndent, DiscardEmptyColumns, padding 1, tab width 8),
// written for this formatter. It knows nothing about Go syntax.

export const escapeChar = '\0';

interface Cell {
  text: string;
  /** The text ends with escaped (verbatim) characters, whose trailing blanks must stay. */
  verbatimEnd: boolean;
  /** Width in Unicode code points, as tabwriter counts. */
  width: number;
  /** Terminated by `\t` (true) or by `\v` (false); meaningless for the last cell of a line. */
  hard: boolean;
}

const tabWidth = 8;
const padding = 1;

/** Aligns `input` and returns the final text (escape characters removed). */
export function alignColumns(input: string): string {
  const out: string[] = [];
  let lines: Cell[][] = [];
  let cells: Cell[] = [];
  let text = '';
  let escaped = false;
  let verbatimEnd = false;

  const endCell = (hard: boolean): void => {
    cells.push({ text, width: codePointCount(text), hard, verbatimEnd });
    text = '';
    verbatimEnd = false;
  };
  const flush = (): void => {
    if (lines.length > 0) writeBlock(lines, out);
    lines = [];
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (escaped) {
      if (ch === escapeChar) escaped = false;
      else {
        text += ch;
        verbatimEnd = true;
      }
      continue;
    }
    switch (ch) {
      case escapeChar:
        escaped = true;
        break;
      case '\t':
      case '\v':
        endCell(ch === '\t');
        break;
      case '\n':
      case '\f': {
        endCell(true);
        lines.push(cells);
        const single = cells.length === 1;
        cells = [];
        // A line with one cell cannot affect the alignment of the following lines.
        if (ch === '\f' || single) flush();
        break;
      }
      default:
        text += ch;
        verbatimEnd = false;
    }
  }
  endCell(true);
  lines.push(cells);
  writeBlock(lines, out, true);
  return out.join('');
}

function writeBlock(lines: Cell[][], out: string[], last = false): void {
  const widths: number[] = [];
  const emit = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const isFinal = last && i === lines.length - 1;
      out.push(renderLine(lines[i], widths) + (isFinal ? '' : '\n'));
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current].length - 1) continue;
      // A cell in this column starts a block: print the lines before it, then size the column.
      emit(start, current);
      start = current;
      let width = 0;
      let discardable = true;
      for (; current < line1; current++) {
        const line = lines[current];
        if (column >= line.length - 1) break;
        const cell = line[column];
        width = Math.max(width, cell.width + padding);
        if (cell.width > 0 || cell.hard) discardable = false;
      }
      if (discardable) width = 0;
      widths.push(width);
      format(start, current);
      widths.pop();
      // The line that ended the block has no cell in this column: the loop may step past it.
      start = current;
    }
    emit(start, line1);
  };
  format(0, lines.length);
}

function renderLine(cells: Cell[], widths: number[]): string {
  let line = '';
  let leading = true;
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    const isLast = j === cells.length - 1;
    if (cell.text === '') {
      if (j < widths.length && !isLast) {
        if (leading) {
          // Indentation: tabs, each standing for the padded width rounded up to a tab stop.
          const cellWidth = Math.ceil(widths[j] / tabWidth) * tabWidth;
          line += '\t'.repeat(Math.ceil(cellWidth / tabWidth));
        } else line += ' '.repeat(widths[j]);
      }
      continue;
    }
    leading = false;
    line += cell.text;
    if (j < widths.length && !isLast) line += ' '.repeat(widths[j] - cell.width);
  }
  return trimTrailingBlanks(line, cells);
}

/** Drops trailing spaces and tabs, but never verbatim ones (a raw string may end in blanks). */
function trimTrailingBlanks(line: string, cells: Cell[]): string {
  const last = cells[cells.length - 1];
  if (last !== undefined && last.verbatimEnd && last.text !== '') return line;
  return line.replace(/[ \t]+$/, '');
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) count++;
  }
  return count;
}
