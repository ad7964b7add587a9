/**
 * Appending and replacing an array's contents without one call argument per item. `push(...items)`
 * and `splice(0, n, ...items)` pass every item as an argument, and V8 throws a RangeError ("Maximum
 * call stack size exceeded") somewhere past 120,000 of them: a scan of a very large tree gathers
 * that many connections or bindings. Used wherever the items are the scan's, not one file's.
 */

/** `target.push(...items)`, one item at a time; gives the target. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  // An array appended to itself is read before it grows, as the spread did.
  for (const item of items === target ? [...target] : items) target.push(item);
  return target;
}

/** `target.splice(0, target.length, ...items)`: the target, in place, holds the items and nothing else. */
export function replaceAll<T>(target: T[], items: readonly T[]): T[] {
  if (items === target) return target;
  target.length = 0;
  return pushAll(target, items);
}
