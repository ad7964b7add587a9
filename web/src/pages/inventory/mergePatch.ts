/**
 * JSON Merge Patch (RFC 7396) between two versions of a form's body, and the comparison behind
 * the conflict view. An edit is sent as the patch from what the form opened with to what the user
 * made of it, so fields the form does not show (ratings, provenance...) and fields the user left
 * alone are never sent, and a concurrent change to them is kept.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/**
 * The merge patch that turns `before` into `after`: changed values as they are now, removed keys
 * as null, nested objects as nested patches, arrays whole (a merge patch cannot edit an array).
 */
export function mergePatchBetween(before: JsonObject, after: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key];
    const now = after[key];
    if (now === undefined) {
      if (was !== undefined) patch[key] = null;
    } else if (was === undefined || !jsonEqual(was, now)) {
      patch[key] = isObject(was) && isObject(now) ? mergePatchBetween(was, now) : now;
    }
  }
  return patch;
}

/** Applies a merge patch (RFC 7396 section 2). */
export function applyMergePatch(target: JsonObject, patch: JsonObject): JsonObject {
  const result: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else if (isObject(value)) result[key] = applyMergePatch(isObject(result[key]) ? result[key] : {}, value);
    else result[key] = value;
  }
  return result;
}

/** One field that differs between the server's current version and the user's. */
export interface ConflictRow {
  /** Dotted path, e.g. `owner.maintainedBy`, `data`. */
  path: string;
  /** Value when the form was opened. */
  base: Json | undefined;
  /** Value on the server now. */
  server: Json | undefined;
  /** Value in the user's form. */
  mine: Json | undefined;
  /** Someone else changed it since the form was opened. */
  changedOnServer: boolean;
  /** The user changed it in the form. */
  changedByMe: boolean;
}

function leaves(value: JsonObject, prefix = ''): Map<string, Json> {
  const found = new Map<string, Json>();
  for (const [key, item] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(item) && Object.keys(item).length > 0) for (const [inner, leaf] of leaves(item, path)) found.set(inner, leaf);
    else if (!(isObject(item) && Object.keys(item).length === 0)) found.set(path, item);
  }
  return found;
}

/**
 * Every field (nested objects flattened, arrays whole) where the server's version and the user's
 * differ, in the order the form lists them (`order` names top-level keys), each saying who changed it.
 */
export function conflictRows(base: JsonObject, server: JsonObject, mine: JsonObject, order: readonly string[] = []): ConflictRow[] {
  const baseLeaves = leaves(base);
  const serverLeaves = leaves(server);
  const mineLeaves = leaves(mine);
  const paths = [...new Set([...serverLeaves.keys(), ...mineLeaves.keys(), ...baseLeaves.keys()])];
  const rank = (path: string) => {
    const index = order.indexOf(path.split('.')[0] ?? path);
    return index === -1 ? order.length : index;
  };
  return paths
    .filter((path) => !jsonEqual(serverLeaves.get(path), mineLeaves.get(path)))
    .sort((a, b) => rank(a) - rank(b))
    .map((path) => ({
      path,
      base: baseLeaves.get(path),
      server: serverLeaves.get(path),
      mine: mineLeaves.get(path),
      changedOnServer: !jsonEqual(baseLeaves.get(path), serverLeaves.get(path)),
      changedByMe: !jsonEqual(baseLeaves.get(path), mineLeaves.get(path)),
    }));
}

/**
 * Reload-and-reapply: the server's version with the user's own changes (from `base` to `mine`)
 * applied on top, so nothing the user typed is lost and nothing the other writer did is undone
 * unless the user changed the same field.
 */
export function reapply(base: JsonObject, server: JsonObject, mine: JsonObject): JsonObject {
  return applyMergePatch(server, mergePatchBetween(base, mine));
}
