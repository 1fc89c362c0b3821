// Markers in fixture sources: comments `//@name(arg, ...)` whose arguments are JSON values
// (strings, numbers, booleans). A marker belongs to the line it is written on; a location
// argument is a needle found on that line (before the comment), `|` inside it marking the cursor.

export interface Marker {
  name: string;
  args: unknown[];
  /** The file (workspace-relative) and the 0-based line the marker is on. */
  file: string;
  line: number;
  /** The text of the line before the marker comment. */
  code: string;
  /** Offset in the file where the line starts. */
  lineStart: number;
}

export function parseMarkers(file: string, text: string): Marker[] {
  const markers: Marker[] = [];
  let lineStart = 0;
  text.split('\n').forEach((lineText, line) => {
    const at = lineText.indexOf('//@');
    if (at >= 0) {
      const code = lineText.slice(0, at);
      for (const call of splitCalls(lineText.slice(at + 3))) {
        markers.push({ name: call.name, args: call.args, file, line, code, lineStart });
      }
    }
    lineStart += lineText.length + 1;
  });
  return markers;
}

function splitCalls(text: string): { name: string; args: unknown[] }[] {
  const calls: { name: string; args: unknown[] }[] = [];
  let index = 0;
  while (index < text.length) {
    const match = /^[\s,]*([A-Za-z]+)\(/.exec(text.slice(index));
    if (!match) break;
    index += match[0].length;
    let depth = 1;
    let inString = false;
    const start = index;
    for (; index < text.length && depth > 0; index++) {
      const char = text[index];
      if (inString) {
        if (char === '\\') index++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '(') depth++;
      else if (char === ')') depth--;
    }
    const body = text.slice(start, index - 1);
    calls.push({ name: match[1], args: JSON.parse(`[${body}]`) as unknown[] });
  }
  return calls;
}

/** The offset a needle on the marker's line stands for: at `|` if it has one, else at its start (or end with `atEnd`). */
export function needleOffset(marker: Marker, needle: string, atEnd = false): number {
  const bar = needle.indexOf('|');
  const plain = needle.replace('|', '');
  const column = marker.code.indexOf(plain);
  if (column < 0) throw new Error(`${marker.file}:${marker.line + 1}: needle ${JSON.stringify(plain)} is not on the line`);
  if (bar >= 0) return marker.lineStart + column + bar;
  return marker.lineStart + column + (atEnd ? plain.length : 0);
}
