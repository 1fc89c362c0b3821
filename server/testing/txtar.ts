// The txtar format of the marker fixtures: a comment, then files introduced by `-- name --`
// lines. Names starting with `@` are golden sections rather than workspace files. Parsing and
// printing round-trip, so goldens can be rewritten in place.

export interface Txtar {
  comment: string;
  files: { name: string; text: string }[];
}

export function parseTxtar(text: string): Txtar {
  const lines = text.split('\n');
  const files: Txtar['files'] = [];
  const comment: string[] = [];
  let current: { name: string; lines: string[] } | undefined;
  const flush = () => {
    if (current) files.push({ name: current.name, text: current.lines.join('\n') });
  };
  for (const line of lines) {
    const header = /^-- (.+) --$/.exec(line);
    if (header) {
      flush();
      current = { name: header[1].trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      comment.push(line);
    }
  }
  flush();
  return { comment: comment.join('\n'), files };
}

export function printTxtar(archive: Txtar): string {
  const parts = [archive.comment];
  for (const file of archive.files) parts.push(`-- ${file.name} --\n${file.text}`);
  return parts.join('\n');
}
