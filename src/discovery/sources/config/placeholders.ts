/**
 * `${...}` placeholders in config values. Compose (`${CART_HOST:-cart}`) and Spring
 * (`${CART_HOST:cart}`) both let a value fall back to a default; the default is what runs when
 * nothing overrides it, so discovery binds the default. A placeholder without a default is left
 * as written: its value is decided at deploy time and the key it names is all there is to follow.
 */
import { replacePlaceholders, withDefaults } from '../../../core/discovery/property-expressions.js';

/** Compose interpolation: `${VAR:-default}` and `${VAR-default}` become their default. */
export function withComposeDefaults(value: string): string {
  return replacePlaceholders(value, (body) => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*(:?-)([\s\S]*)$/.exec(body);
    return match ? withComposeDefaults(match[2] ?? '') : undefined;
  });
}

/** Spring and MicroProfile placeholders: `${VAR:default}` becomes its default (which may itself hold a placeholder). */
export const withSpringDefaults = withDefaults;

/** The variable a value consists of, when the value is one placeholder and nothing else (`${DB_URL}`). */
export function soleVariable(value: string): string | undefined {
  return /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}$/.exec(value.trim())?.[1];
}
