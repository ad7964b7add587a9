/**
 * MicroProfile Config and Spring property expressions, and the several names one MicroProfile
 * setting goes by. Pure: the lookup of a name is the caller's.
 *
 * - A value may hold expressions (`http://${FLIGHT_SERVICE:localhost:9083/flight}`, nested
 *   `${a:${b}}`): each is the named setting (an environment variable or another key) when the
 *   service's configuration binds it, otherwise its default. Sources bind the value with its
 *   defaults filled in; the expression as written travels beside it so that resolution can put in
 *   what the deployment sets.
 * - A REST client's base URL is one setting written four ways: MicroProfile's
 *   `<key>/mp-rest/url` (or `/uri`), Quarkus's `quarkus.rest-client.<key>.url` (the key quoted
 *   when it holds dots: `quarkus.rest-client."com.acme.Client".url`) and `mp.rest-client.<key>.url`.
 *   Each, in any form, is also read from the environment by MicroProfile's mapping (every
 *   character other than a letter or digit becomes `_`, then upper case), which resolution's
 *   lookup by normalised key already does.
 */
import { closingBrace } from './compose-interpolation.js';

/** Replaces each outermost `${...}` whose body `resolve` can answer; nested placeholders are matched by brace depth. */
export function replacePlaceholders(value: string, resolve: (body: string) => string | undefined): string {
  let result = '';
  let index = 0;
  while (index < value.length) {
    const start = value.indexOf('${', index);
    if (start < 0) break;
    const end = closingBrace(value, start + 1);
    if (end < 0) break;
    const body = value.slice(start + 2, end);
    const replaced = resolve(body);
    result += value.slice(index, start) + (replaced ?? value.slice(start, end + 1));
    index = end + 1;
  }
  return result + value.slice(index);
}

/** The name and default of an expression's body (`FLIGHT_SERVICE:localhost:9083` → name, default); undefined when the name is itself computed (`${${a}}`). */
export function expressionParts(body: string): { name: string; fallback?: string } | undefined {
  const colon = body.indexOf(':');
  const name = (colon < 0 ? body : body.slice(0, colon)).trim();
  if (name === '' || name.includes('${')) return undefined;
  if (colon < 0) return { name };
  // Micronaut quotes a default holding colons in backticks: `${TRACKING_URL:`http://localhost:8083`}`.
  const fallback = body.slice(colon + 1);
  const quoted = /^`([^`]*)`$/.exec(fallback.trim());
  return { name, fallback: quoted ? (quoted[1] as string) : fallback };
}

/** A value with every expression that has a default replaced by it (which may itself hold expressions); `${VAR}` stays as written. */
export function withDefaults(value: string): string {
  return replacePlaceholders(value, (body) => {
    const fallback = expressionParts(body)?.fallback;
    return fallback === undefined ? undefined : withDefaults(fallback);
  });
}

/** What a name was found bound to. */
export interface Found<E> {
  value: string;
  confidence: number;
  evidence: E;
}

/**
 * An expression with each name put in: `lookup(name, hasDefault)` answers for a name the service's
 * configuration binds (the caller decides how sure a binding must be to beat a default), a
 * default stands in otherwise, and a name with neither stays as written. Undefined when no name
 * was bound (the value as bound, defaults filled in, is already the answer).
 */
export function expandExpression<E>(written: string, lookup: (name: string, hasDefault: boolean) => Found<E> | undefined, depth = 0): { value: string; confidence: number; evidence: E[] } | undefined {
  if (depth > 4) return undefined;
  let confidence = 1;
  const evidence: E[] = [];
  const value = replacePlaceholders(written, (body) => {
    const parts = expressionParts(body);
    if (!parts) return undefined;
    const bound = lookup(parts.name, parts.fallback !== undefined);
    if (bound) {
      confidence = Math.min(confidence, bound.confidence);
      evidence.push(bound.evidence);
      return bound.value;
    }
    if (parts.fallback === undefined) return undefined;
    const inner = expandExpression(parts.fallback, lookup, depth + 1);
    if (!inner) return withDefaults(parts.fallback);
    confidence = Math.min(confidence, inner.confidence);
    evidence.push(...inner.evidence);
    return inner.value;
  });
  return evidence.length > 0 ? { value, confidence, evidence } : undefined;
}

/** A REST client's key in any of the forms its base URL is written in, or undefined. */
export function restClientOf(key: string): string | undefined {
  const microProfile = /^(.+)\/mp-rest\/(?:url|uri)$/i.exec(key);
  if (microProfile) return microProfile[1];
  const named = /^(?:quarkus|mp)\.rest-client\.(?:"([^"]+)"|(.+))\.(?:url|uri)$/i.exec(key);
  return named ? (named[1] ?? named[2]) : undefined;
}

/**
 * A Micronaut HTTP client's base URL: `micronaut.http.services.<id>.url`, also written as the
 * first of its `urls` list (round-robin over several).
 */
const MICRONAUT_SERVICE_URL = /^(micronaut\.http\.services\.[^.]+)\.urls?(?:\[0\])?$/i;

/** The names a setting goes by: itself, and for a REST client's base URL every form of it. */
export function equivalentKeys(key: string): string[] {
  const service = MICRONAUT_SERVICE_URL.exec(key)?.[1];
  if (service !== undefined) return [...new Set([key, `${service}.url`, `${service}.urls[0]`, `${service}.urls`])];
  const client = restClientOf(key);
  if (client === undefined) return [key];
  const quoted = client.includes('.') ? `"${client}"` : client;
  return [...new Set([key, `${client}/mp-rest/url`, `${client}/mp-rest/uri`, `quarkus.rest-client.${quoted}.url`, `quarkus.rest-client.${quoted}.uri`, `mp.rest-client.${quoted}.url`])];
}
