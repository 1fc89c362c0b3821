// The in-memory RecordLog: records in an array, the head in a field. Used by tests, the debugger
// and `run`, through the very same engine as the disk store, so a property proven against one
// holds for the other's logic. It deliberately keeps no durability and takes no lock.
import { FoundRecord, HeadState, RecordLog, StoreCorruptError } from './recordLog';

export class MemoryLog implements RecordLog {
  readonly readOnly = false;
  readonly found: FoundRecord[] = [];
  readonly headLost = false;
  readonly recovery = null;
  private records: Uint8Array[] = [];
  private published: HeadState | null = null;
  private bytes = 0;

  get head(): HeadState | null {
    return this.published;
  }

  append(body: Uint8Array): number {
    this.records.push(body);
    this.bytes += body.length + 8;
    return this.records.length;
  }

  read(loc: number): Uint8Array {
    const body = this.records[loc - 1];
    if (!body) throw new StoreCorruptError(`no record at location ${loc}`);
    return body;
  }

  commit(head: HeadState): void {
    this.publish(head);
  }

  publish(head: HeadState): void {
    this.published = structuredClone(head);
  }

  rewrite(copy: (append: (body: Uint8Array) => number, read: (loc: number) => Uint8Array) => HeadState): void {
    const next = new MemoryLog();
    const head = copy(
      (body) => next.append(body),
      (loc) => this.read(loc),
    );
    this.records = next.records;
    this.bytes = next.bytes;
    this.publish(head);
  }

  bytesOnDisk(): number {
    return this.bytes;
  }

  close(): void {}
}
