// The file access the hub needs, as an interface the host passes in (vm/ does no IO of its own),
// and the implementation on Node's fs for the CLI and the tests. A language server can pass an
// implementation that answers from its open documents first.
// Deliberately synchronous and read-only: discovery reads a few small files and directory lists.
import { readdirSync, readFileSync } from 'node:fs';

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
}

export interface HubFileSystem {
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** The entries of a directory, or an empty list when it does not exist or cannot be read. */
  readDirectory(path: string): DirectoryEntry[];
}

export const nodeFileSystem: HubFileSystem = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  readDirectory(path) {
    try {
      return readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
    } catch {
      return [];
    }
  },
};
