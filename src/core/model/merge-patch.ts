/**
 * JSON Merge Patch (RFC 7396), the semantics of PATCH in the REST API and of `update` in the CLI.
 * Written by hand because it is ten lines and the packages for it add nothing but a dependency.
 */

/** Applies a merge patch: objects merge recursively, null removes a key, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete base[key];
    else base[key] = applyMergePatch(base[key], value);
  }
  return base;
}
