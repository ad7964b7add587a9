/**
 * A binary min-heap, the priority queue behind the sequencing. Written here rather than taken as
 * a dependency: it is forty lines, no heap package is already installed, and a tiny package's
 * upkeep and supply-chain risk outweigh what it would save.
 */

/** A binary min-heap ordered by `compare` (negative: the first argument comes out first). */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (left: T, right: T) => number) {}

  /** How many items are waiting. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item in O(log n). */
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    // Sift up: swap with the parent while the new item should come out before it.
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = items[parent] as T;
      if (this.compare(item, above) >= 0) break;
      items[index] = above;
      index = parent;
    }
    items[index] = item;
  }

  /** Removes and returns the item that comes out first, or undefined when empty; O(log n). */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    // Sift down: move the last item from the root towards the leaves while a child should come out first.
    const length = items.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let child = left;
      if (right < length && this.compare(items[right] as T, items[left] as T) < 0) child = right;
      const below = items[child] as T;
      if (this.compare(below, last) >= 0) break;
      items[index] = below;
      index = child;
    }
    items[index] = last;
    return top;
  }
}
