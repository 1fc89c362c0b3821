// A bounded map with approximate least-recently-used eviction in O(1): two generations of Maps;
// a hit in the old generation is promoted, and when the young one fills, the old one is dropped
// whole. (A single Map used as an LRU with delete-and-reinsert degrades badly in V8 because
// deleted slots linger until the table is rebuilt.) It deliberately offers no iteration.
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;

  /** Holds at least `capacity / 2` and at most `capacity` entries. */
  constructor(capacity: number) {
    this.generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: K): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
