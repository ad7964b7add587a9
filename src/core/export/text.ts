/**
 * Text helpers shared by the map exporters. Each target language has its own quoting rules (they
 * live beside each renderer); what is common is here: labels are one line, node identifiers are
 * derived from keys without collisions, ordering does not depend on the machine's locale, and a
 * health reads the same colour in every format.
 */
import type { Health } from '../model/vocabulary.js';

/** Collapses whitespace and control runs to a space: a newline in a label would end a Mermaid or Structurizr statement. */
export function singleLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Orders strings by code unit, since `localeCompare` varies with the machine and output must not. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SLUG = /^[a-z0-9-]+$/;

/** An `[a-z0-9_]` identifier that differs for different keys even ignoring case, as Structurizr compares them. */
export function safeIdentifier(prefix: string, key: string): string {
  // Slugs stay readable (`web-shop` → `s_web_shop`; ids never contain `_`, so this is one-to-one).
  // Anything else is hex under a `<prefix>x_` marker a slug never produces. The prefix keeps
  // identifiers off keywords such as Mermaid's `end`.
  if (SLUG.test(key)) return `${prefix}_${key.replaceAll('-', '_')}`;
  const hex = [...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}x_${hex}`;
}

/** One colour per health so the three map formats agree: known-bad red, unknown grey, good green. */
export const HEALTH_COLOURS: Readonly<Record<Health, string>> = {
  monitored: '#2ca02c',
  reliable: '#2ca02c',
  fragile: '#d62728',
  unknown: '#7f7f7f',
};
