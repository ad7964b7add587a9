/**
 * Making facts the same way in every config source: bound values masked, evidence scrubbed of a
 * secret the line's own masking could miss, and reading that never throws.
 */
import type { BindingFact, Evidence, EvidenceAt, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { MASK, maskSetting } from '../../../core/discovery/redact.js';
import type { SourceContext } from '../../source.js';

/** What Helm template actions are replaced by before a template is parsed as YAML. */
export const TEMPLATE_PLACEHOLDER = '__tpl__';

/** Whether a text is usable as a name: present and not computed by a template. */
export function literal(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '' && !text.includes(TEMPLATE_PLACEHOLDER);
}

/** Whether a value is only a reference to a setting held elsewhere, which carries no secret. */
function isReference(value: string): boolean {
  return /^(?:\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|__tpl__)$/.test(value.trim());
}

/** A bound value, masked (see maskSetting). */
export function maskBinding(key: string, value: string): string {
  return maskSetting(key, value, isReference);
}

/**
 * Evidence for a line that binds a secret key, with the raw value removed. The line's own masking
 * works on `key: value` shapes; it misses a value whose key is elsewhere on the line, as in a
 * Kubernetes `- {name: DB_PASSWORD, value: x}`.
 */
export function scrubbedEvidence(evidenceAt: EvidenceAt, line: number, raw: string, masked: string): Evidence {
  const evidence = evidenceAt(line);
  if (masked === raw) return evidence;
  // The whole value becomes its masked form (a URL keeps its host); a line of a multi-line value is masked outright.
  let excerpt = raw.trim().length >= 3 ? evidence.excerpt.split(raw.trim()).join(masked.trim()) : evidence.excerpt;
  const pieces = [raw, ...raw.split(/\r?\n/)].map((piece) => piece.trim()).filter((piece) => piece.length >= 3 && piece !== MASK);
  if (raw.includes('\n')) for (const piece of pieces.slice(1)) excerpt = excerpt.split(piece).join(MASK);
  // A long line is cut with '…'; the part of the secret before the cut must go too.
  if (excerpt.endsWith('…')) {
    const body = excerpt.slice(0, -1);
    cut: for (const piece of pieces) {
      for (let length = Math.min(piece.length, body.length); length >= 3; length -= 1) {
        if (body.endsWith(piece.slice(0, length))) {
          excerpt = `${body.slice(0, body.length - length)}${MASK}…`;
          break cut;
        }
      }
    }
  }
  return { ...evidence, excerpt };
}

/** Whom a binding belongs to: a named component, the folder it applies to, or a group others take in. */
export type BindingOwner = { component: string } | { scope: string } | { group: string };

/**
 * A BindingFact with its value masked and its evidence scrubbed. `sourceKey` is the name the value
 * had where it was read, when that differs from the bound name (a ConfigMap key `password` bound
 * as `DB_PW`): a value secret under either name is masked.
 */
export function bindingFact(owner: BindingOwner, key: string, raw: string, line: number, evidenceAt: EvidenceAt, sourceKey?: string): BindingFact {
  const byKey = maskBinding(key, raw);
  const value = byKey === raw && sourceKey !== undefined ? maskBinding(sourceKey, raw) : byKey;
  return { type: 'binding', ...owner, key, value, evidence: scrubbedEvidence(evidenceAt, line, raw, value) };
}

/** Wraps a reader so that a file it cannot read yields no facts instead of an exception. */
export function neverThrows(read: (file: SourceFile, context: SourceContext) => Fact[]): (file: SourceFile, context: SourceContext) => Fact[] {
  return (file, context) => {
    try {
      return read(file, context);
    } catch {
      return [];
    }
  };
}
