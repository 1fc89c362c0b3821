// The durable RecordLog: a directory of append-only segment files of checksummed, length-prefixed
// records, a HEAD file replaced atomically (write a temporary file, fsync, rename, fsync the
// directory), and a LOCK file naming the writing process. Opening reads HEAD, checks the few
// records HEAD names, and scans only the bytes written after HEAD was last published; a torn or
// damaged tail is cut there, and if HEAD itself is unusable the segments are scanned to rebuild
// it. It deliberately knows nothing of nodes or snapshots beyond the record type byte, and it
// never reads the bulk of the store when opening.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from './bytes';
import { RECORD_REFS, RECORD_SNAPSHOT } from './trieNode';
import { FoundRecord, HeadState, RecordLog, RecoveryNote, StoreCorruptError, StoreLockedError } from './recordLog';

export interface FileLogOptions {
  readOnly?: boolean;
  /** A segment is closed and a new one begun once it passes this size. */
  segmentBytes?: number;
}

/** Locations are segment * 2^36 + byte offset: 64 GiB per segment, 2^16 segments per generation. */
const SEGMENT_SPAN = 2 ** 36;
const SEGMENT_MAGIC = Buffer.from('AMGSEG01', 'latin1');
const SEGMENT_HEADER_BYTES = 16;
const RECORD_HEADER_BYTES = 8;
const MAX_RECORD_BYTES = 1 << 28;
const FLUSH_BYTES = 4 << 20;
const HEAD_FORMAT = 1;
const SEGMENT_NAME = /^seg-(\d{6})-(\d{6})\.seg(\.tmp)?$/;
/** The head file is rewritten after this many commits or bytes since its last rewrite. */
const HEAD_EVERY_COMMITS = 32;
const HEAD_EVERY_BYTES = 1 << 20;

interface Segment {
  index: number;
  fd: number;
  /** Bytes known good and written to the file (records past it are pending in memory). */
  size: number;
}

interface HeadFile extends HeadState {
  format: number;
  generation: number;
  segments: number;
  end: number;
}

const locksHeldHere = new Set<string>();

export class FileLog implements RecordLog {
  found: FoundRecord[] = [];
  headLost = false;
  recovery: RecoveryNote | null = null;
  private published: HeadState | null = null;
  private segments: Segment[] = [];
  private pending = Buffer.alloc(1 << 16);
  private pendingLength = 0;
  private dirty = new Set<Segment>();
  private closed = false;
  private recordsSeen = 0;
  /** Commits since the head file was last written, and the log size it recorded. */
  private commitsSinceHead = 0;
  private headEnd = 0;

  private constructor(
    private readonly dir: string,
    readonly readOnly: boolean,
    private generation: number,
    private readonly segmentBytes: number,
    private readonly temporary: boolean,
  ) {}

  /** Opens (creating when absent, unless read-only) the log in `dir`. */
  static open(dir: string, options: FileLogOptions = {}): FileLog {
    const readOnly = options.readOnly ?? false;
    if (readOnly && !existsSync(join(dir, 'HEAD')) && listSegments(dir).length === 0) throw new Error(`no state store in ${dir}`);
    mkdirSync(dir, { recursive: true });
    if (!readOnly) acquireLock(dir);
    const log = new FileLog(dir, readOnly, 1, options.segmentBytes ?? 1 << 30, false);
    try {
      log.load();
    } catch (error) {
      log.close();
      throw error;
    }
    return log;
  }

  get head(): HeadState | null {
    return this.published;
  }

  append(body: Uint8Array): number {
    this.assertWritable();
    let segment = this.segments[this.segments.length - 1];
    if (segment.size + this.pendingLength > this.segmentBytes) {
      // Everything so far becomes durable and HEAD lists the new segment before anything is
      // written to it: a commit that lands there must never be a file that HEAD does not name.
      this.syncData();
      segment = this.startSegment(segment.index + 1);
      this.syncData();
      if (this.published && !this.temporary) this.writeHead(this.published);
    }
    const loc = segment.index * SEGMENT_SPAN + segment.size + this.pendingLength;
    const need = this.pendingLength + RECORD_HEADER_BYTES + body.length;
    if (need > this.pending.length) {
      const grown = Buffer.alloc(Math.max(need, this.pending.length * 2));
      this.pending.copy(grown, 0, 0, this.pendingLength);
      this.pending = grown;
    }
    const at = this.pendingLength;
    this.pending.writeUInt32LE(body.length, at);
    this.pending.set(body, at + RECORD_HEADER_BYTES);
    this.pending.writeUInt32LE(recordChecksum(this.pending.subarray(at, at + 4), body), at + 4);
    this.pendingLength = need;
    if (this.pendingLength >= FLUSH_BYTES) this.flushPending();
    return loc;
  }

  read(loc: number): Uint8Array {
    const segmentIndex = Math.floor(loc / SEGMENT_SPAN);
    const offset = loc - segmentIndex * SEGMENT_SPAN;
    const segment = this.segments[segmentIndex];
    if (!segment || offset < SEGMENT_HEADER_BYTES) throw new StoreCorruptError(`no record at location ${loc}`);
    const last = segmentIndex === this.segments.length - 1;
    if (last && offset >= segment.size) return this.readPending(loc, offset - segment.size);
    const speculative = Math.min(512, segment.size - offset);
    if (speculative < RECORD_HEADER_BYTES) throw new StoreCorruptError(`record at ${describe(segment, offset)} lies past the end of its segment`);
    let buffer = Buffer.alloc(speculative);
    readFully(segment.fd, buffer, offset);
    const length = buffer.readUInt32LE(0);
    if (length === 0 || length > MAX_RECORD_BYTES || offset + RECORD_HEADER_BYTES + length > segment.size) {
      throw new StoreCorruptError(`record at ${describe(segment, offset)} has an impossible length`);
    }
    if (RECORD_HEADER_BYTES + length > buffer.length) {
      const whole = Buffer.alloc(RECORD_HEADER_BYTES + length);
      buffer.copy(whole);
      readFully(segment.fd, whole.subarray(buffer.length), offset + buffer.length);
      buffer = whole;
    }
    const body = buffer.subarray(RECORD_HEADER_BYTES, RECORD_HEADER_BYTES + length);
    if (recordChecksum(buffer.subarray(0, 4), body) !== buffer.readUInt32LE(4)) {
      throw new StoreCorruptError(`record at ${describe(segment, offset)} fails its checksum`);
    }
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  }

  commit(head: HeadState): void {
    this.assertWritable();
    this.syncData();
    this.published = structuredClone(head);
    this.commitsSinceHead++;
    if (this.commitsSinceHead >= HEAD_EVERY_COMMITS || this.bytesOnDisk() - this.headEnd >= HEAD_EVERY_BYTES) this.writeHead(head);
  }

  publish(head: HeadState): void {
    this.assertWritable();
    this.syncData();
    this.writeHead(head);
  }

  rewrite(copy: (append: (body: Uint8Array) => number, read: (loc: number) => Uint8Array) => HeadState): void {
    this.assertWritable();
    this.syncData();
    const next = new FileLog(this.dir, false, this.generation + 1, this.segmentBytes, true);
    next.startSegment(0);
    const head = copy(
      (body) => next.append(body),
      (loc) => this.read(loc),
    );
    next.syncData();
    for (const segment of next.segments) renameSync(next.segmentPath(segment.index), segmentPath(this.dir, next.generation, segment.index, false));
    syncDirectory(this.dir);
    const old = this.segments.map((segment) => ({ fd: segment.fd, path: this.segmentPath(segment.index) }));
    this.segments = next.segments;
    this.generation = next.generation;
    this.pendingLength = 0;
    this.dirty.clear();
    this.writeHead(head);
    for (const file of old) {
      closeSync(file.fd);
      removeQuietly(file.path);
    }
  }

  bytesOnDisk(): number {
    let total = this.pendingLength;
    for (const segment of this.segments) total += segment.size;
    return total;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.readOnly && this.segments.length > 0) {
      this.syncData();
      if (this.commitsSinceHead > 0 && this.published) this.writeHead(this.published);
    }
    for (const segment of this.segments) if (segment.fd >= 0) closeSync(segment.fd);
    this.segments = [];
    if (!this.readOnly && !this.temporary) releaseLock(this.dir);
  }

  private load(): void {
    const head = readHeadFile(this.dir);
    const problem = typeof head === 'string' ? head : this.openPublished(head);
    if (problem === null) return;
    this.closeSegments();
    this.headLost = true;
    this.rebuild(problem);
  }

  /** Opens what HEAD names and scans the unpublished tail; returns why it cannot, or null. */
  private openPublished(head: HeadFile): string | null {
    this.generation = head.generation;
    for (let index = 0; index < head.segments; index++) {
      const path = this.segmentPath(index);
      if (!existsSync(path)) return `segment ${path} named by HEAD is missing`;
      const fd = openSync(path, this.readOnly ? 'r' : 'r+');
      const size = fstatSync(fd).size;
      this.segments.push({ index, fd, size });
      if (!checkSegmentHeader(fd, this.generation, index)) return `segment ${path} has a damaged header`;
    }
    const last = this.segments[this.segments.length - 1];
    const fileSize = last.size;
    if (fileSize < head.end) return `segment ${this.segmentPath(last.index)} is shorter than HEAD records`;
    const scan = scanRecords(last.fd, head.end, fileSize, (offset, body) => {
      if (body[0] === RECORD_SNAPSHOT || body[0] === RECORD_REFS) this.found.push({ loc: last.index * SEGMENT_SPAN + offset, body });
    });
    last.size = scan.end;
    for (const ref of Object.values(head.refs)) {
      for (const loc of [ref.head, ref.tip]) {
        try {
          if (this.read(loc)[0] !== RECORD_SNAPSHOT) return `HEAD names location ${loc}, which is not a snapshot`;
        } catch (error) {
          return `HEAD names a damaged snapshot (${(error as Error).message})`;
        }
      }
    }
    if (scan.end < fileSize) {
      this.recovery = { kind: 'tail', reason: scan.reason, droppedBytes: fileSize - scan.end };
      if (!this.readOnly) {
        ftruncateSync(last.fd, scan.end);
        fsyncSync(last.fd);
      }
    }
    this.published = { current: head.current, refs: head.refs, detached: (head.detached ?? []).filter((loc) => this.readable(loc)) };
    this.headEnd = this.bytesOnDisk() - (scan.end - head.end);
    if (!this.readOnly) this.removeStrayFiles();
    return null;
  }

  /** HEAD is unusable: find the newest generation with a snapshot and keep its longest whole prefix. */
  private rebuild(problem: string): void {
    const generations = [...new Set(listSegments(this.dir).filter((s) => !s.temporary).map((s) => s.generation))].sort((a, b) => b - a);
    let dropped = 0;
    this.recordsSeen = 0;
    for (const generation of generations) {
      this.generation = generation;
      this.found = [];
      const result = this.scanGeneration();
      if (this.found.length > 0) {
        dropped = result.dropped;
        this.recovery = { kind: 'rebuilt', reason: `${problem}; ${result.reason}`, droppedBytes: dropped };
        if (!this.readOnly) this.removeStrayFiles();
        return;
      }
      this.closeSegments();
    }
    // Nothing whole survives. A directory that never held a snapshot (a crash while it was
    // being created) starts afresh; anything else is damage, reported and left for the user.
    const used = listSegments(this.dir).some((segment) => statSync(join(this.dir, segment.name)).size > SEGMENT_HEADER_BYTES);
    if (existsSync(join(this.dir, 'HEAD')) || this.recordsSeen > 0 || used) {
      throw new StoreCorruptError(`no whole snapshot in ${this.dir} (${problem}); move the directory away to start a new store`);
    }
    this.generation = (generations[0] ?? 0) + 1;
    this.recovery = null;
    if (this.readOnly) throw new Error(`no state store in ${this.dir}`);
    this.startSegment(0);
    this.removeStrayFiles();
  }

  private scanGeneration(): { reason: string; dropped: number } {
    const names = listSegments(this.dir).filter((s) => s.generation === this.generation && !s.temporary);
    for (let index = 0; ; index++) {
      if (!names.some((s) => s.index === index)) return { reason: 'scanned every segment', dropped: 0 };
      const fd = openSync(this.segmentPath(index), this.readOnly ? 'r' : 'r+');
      const fileSize = fstatSync(fd).size;
      const segment: Segment = { index, fd, size: fileSize };
      this.segments.push(segment);
      if (!checkSegmentHeader(fd, this.generation, index)) {
        this.segments.pop();
        closeSync(fd);
        return { reason: `segment ${index} has a damaged header`, dropped: fileSize };
      }
      const scan = scanRecords(fd, SEGMENT_HEADER_BYTES, fileSize, (offset, body) => {
        this.recordsSeen++;
        if (body[0] === RECORD_SNAPSHOT || body[0] === RECORD_REFS) this.found.push({ loc: index * SEGMENT_SPAN + offset, body });
      });
      segment.size = scan.end;
      if (scan.end < fileSize) {
        if (!this.readOnly) {
          ftruncateSync(fd, scan.end);
          fsyncSync(fd);
        }
        return { reason: scan.reason, dropped: fileSize - scan.end };
      }
    }
  }

  private readable(loc: number): boolean {
    try {
      return this.read(loc)[0] === RECORD_SNAPSHOT;
    } catch {
      return false;
    }
  }

  private startSegment(index: number): Segment {
    const path = this.segmentPath(index);
    const fd = openSync(path, 'w+');
    const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
    SEGMENT_MAGIC.copy(header);
    header.writeUInt32LE(this.generation, 8);
    header.writeUInt32LE(index, 12);
    writeSync(fd, header, 0, header.length, 0);
    const segment: Segment = { index, fd, size: SEGMENT_HEADER_BYTES };
    this.segments.push(segment);
    this.dirty.add(segment);
    return segment;
  }

  private readPending(loc: number, at: number): Uint8Array {
    if (at + RECORD_HEADER_BYTES > this.pendingLength) throw new StoreCorruptError(`no record at location ${loc}`);
    const length = this.pending.readUInt32LE(at);
    const body = this.pending.subarray(at + RECORD_HEADER_BYTES, at + RECORD_HEADER_BYTES + length);
    return Uint8Array.from(body);
  }

  private flushPending(): void {
    if (this.pendingLength === 0) return;
    const segment = this.segments[this.segments.length - 1];
    let written = 0;
    while (written < this.pendingLength) {
      written += writeSync(segment.fd, this.pending, written, this.pendingLength - written, segment.size + written);
    }
    segment.size += this.pendingLength;
    this.pendingLength = 0;
    this.dirty.add(segment);
  }

  private syncData(): void {
    this.flushPending();
    for (const segment of this.dirty) fsyncSync(segment.fd);
    this.dirty.clear();
  }

  private writeHead(head: HeadState): void {
    const last = this.segments[this.segments.length - 1];
    const file: HeadFile = {
      format: HEAD_FORMAT,
      generation: this.generation,
      segments: this.segments.length,
      end: last.size,
      current: head.current,
      refs: head.refs,
      detached: head.detached ?? [],
    };
    const text = JSON.stringify(file);
    const content = JSON.stringify({ ...file, checksum: crc32(Buffer.from(text)) }) + '\n';
    const temporary = join(this.dir, 'HEAD.tmp');
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, join(this.dir, 'HEAD'));
    syncDirectory(this.dir);
    this.published = structuredClone(head);
    this.commitsSinceHead = 0;
    this.headEnd = this.bytesOnDisk();
  }

  private removeStrayFiles(): void {
    for (const segment of listSegments(this.dir)) {
      const live = !segment.temporary && segment.generation === this.generation && segment.index < this.segments.length;
      if (!live) removeQuietly(join(this.dir, segment.name));
    }
    removeQuietly(join(this.dir, 'HEAD.tmp'));
  }

  private closeSegments(): void {
    for (const segment of this.segments) if (segment.fd >= 0) closeSync(segment.fd);
    this.segments = [];
  }

  private segmentPath(index: number): string {
    return segmentPath(this.dir, this.generation, index, this.temporary);
  }

  private assertWritable(): void {
    if (this.readOnly) throw new Error('the state store is open read-only');
    if (this.closed) throw new Error('the state store is closed');
  }
}

function segmentPath(dir: string, generation: number, index: number, temporary: boolean): string {
  return join(dir, `seg-${String(generation).padStart(6, '0')}-${String(index).padStart(6, '0')}.seg${temporary ? '.tmp' : ''}`);
}

function listSegments(dir: string): { name: string; generation: number; index: number; temporary: boolean }[] {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const match = SEGMENT_NAME.exec(name);
    if (match) out.push({ name, generation: Number(match[1]), index: Number(match[2]), temporary: match[3] !== undefined });
  }
  return out;
}

function recordChecksum(lengthBytes: Uint8Array, body: Uint8Array): number {
  return crc32(body, crc32(lengthBytes));
}

function describe(segment: Segment, offset: number): string {
  return `segment ${segment.index} offset ${offset}`;
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new StoreCorruptError(`unexpected end of segment at offset ${position + done}`);
    done += n;
  }
}

function checkSegmentHeader(fd: number, generation: number, index: number): boolean {
  const header = Buffer.alloc(SEGMENT_HEADER_BYTES);
  if (readSync(fd, header, 0, SEGMENT_HEADER_BYTES, 0) !== SEGMENT_HEADER_BYTES) return false;
  return header.subarray(0, 8).equals(SEGMENT_MAGIC) && header.readUInt32LE(8) === generation && header.readUInt32LE(12) === index;
}

/** Reads records from `start` in large chunks, checking each; stops at the first bad or torn one. */
function scanRecords(fd: number, start: number, fileSize: number, onRecord: (offset: number, body: Uint8Array) => void): { end: number; reason: string } {
  const chunkBytes = 1 << 22;
  let buffer = Buffer.alloc(0);
  let bufferStart = start;
  let offset = start;
  const ensure = (count: number): boolean => {
    if (offset + count > fileSize) return false;
    if (offset + count <= bufferStart + buffer.length) return true;
    const from = offset;
    const length = Math.min(fileSize - from, Math.max(count, chunkBytes));
    const next = Buffer.alloc(length);
    readFully(fd, next, from);
    buffer = next;
    bufferStart = from;
    return true;
  };
  while (offset < fileSize) {
    if (!ensure(RECORD_HEADER_BYTES)) return { end: offset, reason: `torn record header at offset ${offset}` };
    const at = offset - bufferStart;
    const length = buffer.readUInt32LE(at);
    if (length === 0 || length > MAX_RECORD_BYTES) return { end: offset, reason: `impossible record length at offset ${offset}` };
    if (!ensure(RECORD_HEADER_BYTES + length)) return { end: offset, reason: `torn record at offset ${offset}` };
    const base = offset - bufferStart;
    const body = buffer.subarray(base + RECORD_HEADER_BYTES, base + RECORD_HEADER_BYTES + length);
    if (recordChecksum(buffer.subarray(base, base + 4), body) !== buffer.readUInt32LE(base + 4)) {
      return { end: offset, reason: `checksum mismatch at offset ${offset}` };
    }
    onRecord(offset, Uint8Array.from(body));
    offset += RECORD_HEADER_BYTES + length;
  }
  return { end: offset, reason: '' };
}

function readHeadFile(dir: string): HeadFile | string {
  const path = join(dir, 'HEAD');
  if (!existsSync(path)) return 'HEAD is missing';
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return 'HEAD is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'HEAD is not an object';
  const { checksum, ...rest } = parsed as { checksum?: unknown } & Record<string, unknown>;
  if (checksum !== crc32(Buffer.from(JSON.stringify(rest)))) return 'HEAD fails its checksum';
  const head = rest as unknown as HeadFile;
  if (head.format !== HEAD_FORMAT) return `HEAD has unknown format ${String(head.format)}`;
  const counts = [head.generation, head.segments, head.end];
  if (!counts.every((n) => Number.isSafeInteger(n) && n >= 0) || head.segments < 1) return 'HEAD has malformed fields';
  if (typeof head.current !== 'string' || typeof head.refs !== 'object' || head.refs === null) return 'HEAD has malformed refs';
  for (const ref of Object.values(head.refs)) {
    if (!Number.isSafeInteger(ref?.head) || !Number.isSafeInteger(ref?.tip)) return 'HEAD has malformed refs';
  }
  if (head.detached !== undefined && !(Array.isArray(head.detached) && head.detached.every((loc) => Number.isSafeInteger(loc)))) return 'HEAD has malformed detached tips';
  return head;
}

function acquireLock(dir: string): void {
  const path = join(dir, 'LOCK');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      locksHeldHere.add(path);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let pid = NaN;
    try {
      pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    } catch {
      continue;
    }
    const heldHere = pid === process.pid && locksHeldHere.has(path);
    if (heldHere || (pid !== process.pid && processAlive(pid))) {
      throw new StoreLockedError(`state directory ${dir} is locked by pid ${pid}`, pid);
    }
    removeQuietly(path);
  }
  throw new Error(`could not take the lock of state directory ${dir}`);
}

function releaseLock(dir: string): void {
  const path = join(dir, 'LOCK');
  if (!locksHeldHere.delete(path)) return;
  removeQuietly(path);
}

function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function syncDirectory(dir: string): void {
  let fd = -1;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or held open elsewhere (Windows): the next open removes it.
  }
}
