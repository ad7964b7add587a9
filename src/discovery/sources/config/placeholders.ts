/**
 * `${...}` placeholders in config values. Compose (`${CART_HOST:-cart}`) and Spring
 * (`${CART_HOST:cart}`) both let a value fall back to a default; the default is what runs when
 * nothing overrides it, so discovery binds the default. A placeholder without a default is left
 * as written: its value is decided at deploy time and the key it names is all there is to follow.
 */

/** Replaces each outermost `${...}` whose body `resolve` can answer; nested placeholders are matched by brace depth. */
function replacePlaceholders(value: string, resolve: (body: string) => string | undefined): string {
  let result = '';
  let index = 0;
  while (index < value.length) {
    const start = value.indexOf('${', index);
    if (start < 0) break;
    let depth = 0;
    let end = -1;
    for (let cursor = start + 1; cursor < value.length; cursor += 1) {
      if (value[cursor] === '{') depth += 1;
      else if (value[cursor] === '}') {
        depth -= 1;
        if (depth === 0) {
          end = cursor;
          break;
        }
      }
    }
    if (end < 0) break;
    const body = value.slice(start + 2, end);
    const replaced = resolve(body);
    result += value.slice(index, start) + (replaced ?? value.slice(start, end + 1));
    index = end + 1;
  }
  return result + value.slice(index);
}

/** Compose interpolation: `${VAR:-default}` and `${VAR-default}` become their default. */
export function withComposeDefaults(value: string): string {
  return replacePlaceholders(value, (body) => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*(:?-)([\s\S]*)$/.exec(body);
    return match ? withComposeDefaults(match[2] ?? '') : undefined;
  });
}

/** Spring placeholders: `${VAR:default}` becomes its default (which may itself hold a placeholder). */
export function withSpringDefaults(value: string): string {
  return replacePlaceholders(value, (body) => {
    const colon = body.indexOf(':');
    // `${a.b:x}`: the first colon ends the name; a name holding `${` is a nested reference, not ours.
    if (colon < 0 || body.slice(0, colon).includes('${')) return undefined;
    return withSpringDefaults(body.slice(colon + 1));
  });
}

/** The variable a value consists of, when the value is one placeholder and nothing else (`${DB_URL}`). */
export function soleVariable(value: string): string | undefined {
  return /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}$/.exec(value.trim())?.[1];
}
