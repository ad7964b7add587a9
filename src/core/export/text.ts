/**
 * Text helpers shared by the map exporters. Each target language has its own quoting rules (they
 * live beside each renderer); what is common is here: labels are one line, node identifiers are
 * derived from keys without collisions, ordering does not depend on the machine's locale, and a
 * health reads the same colour in every format.
 */
import type { Health } from '../model/vocabulary.js';

/**
 * Collapses every run of whitespace and control characters to one space, because a newline inside
 * a label ends the statement in Mermaid and Structurizr and a name must never be able to do that.
 */
export function singleLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Orders strings by code unit, since `localeCompare` varies with the machine and output must not. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SLUG = /^[a-z0-9-]+$/;

/**
 * An identifier made of `[a-z0-9_]` only, distinct for distinct keys even when compared without
 * regard to case (Structurizr lowercases identifiers). Slugs stay readable (`web-shop` becomes
 * `s_web_shop`); any other key is hex-encoded under a different marker so the two forms can
 * never meet. The prefix keeps identifiers off keywords such as Mermaid's `end`.
 */
export function safeIdentifier(prefix: string, key: string): string {
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
