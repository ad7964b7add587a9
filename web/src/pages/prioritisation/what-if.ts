/**
 * A what-if: other weights or thresholds for the matrix, nothing kept. They live in the URL
 * (`?weights=value.revenue:2,complexity.security:0&thresholds=value:3.5`) so a what-if can be
 * shared; only what differs from the configured settings is written.
 */
import type { Thresholds, Weights } from './types';

export interface WhatIf {
  weights?: { value?: Record<string, number>; complexity?: Record<string, number> };
  thresholds?: Partial<Thresholds>;
}

type Side = 'value' | 'complexity';

function pairs(text: string | null): [string, number][] {
  if (!text) return [];
  return text
    .split(',')
    .map((part) => part.split(':'))
    .filter((part): part is [string, string] => part.length === 2 && part[0] !== '' && part[1] !== '')
    .map(([key, number]) => [key, Number(number)]);
}

/** The what-if in the URL, or null when there is none. Numbers are passed on as written so the API can say what is wrong with them. */
export function parseWhatIf(params: URLSearchParams): WhatIf | null {
  const whatIf: WhatIf = {};
  for (const [path, number] of pairs(params.get('weights'))) {
    const [side, key] = path.split('.') as [string, string | undefined];
    if ((side !== 'value' && side !== 'complexity') || !key) continue;
    whatIf.weights ??= {};
    whatIf.weights[side] = { ...(whatIf.weights[side] ?? {}), [key]: number };
  }
  for (const [key, number] of pairs(params.get('thresholds'))) {
    if (key !== 'value' && key !== 'complexity') continue;
    whatIf.thresholds = { ...(whatIf.thresholds ?? {}), [key]: number };
  }
  return whatIf.weights || whatIf.thresholds ? whatIf : null;
}

/** The URL form of a what-if, leaving out what equals the configured settings. */
export function formatWhatIf(whatIf: WhatIf, configured: { weights: Weights; thresholds: Thresholds }): { weights: string | null; thresholds: string | null } {
  const weights: string[] = [];
  for (const side of ['value', 'complexity'] as Side[]) {
    const base = configured.weights[side] as Record<string, number>;
    for (const [key, number] of Object.entries(whatIf.weights?.[side] ?? {})) if (base[key] !== number) weights.push(`${side}.${key}:${number}`);
  }
  const thresholds: string[] = [];
  for (const side of ['value', 'complexity'] as Side[]) {
    const number = whatIf.thresholds?.[side];
    if (number !== undefined && number !== configured.thresholds[side]) thresholds.push(`${side}:${number}`);
  }
  return { weights: weights.length > 0 ? weights.join(',') : null, thresholds: thresholds.length > 0 ? thresholds.join(',') : null };
}

/** The what-if form's fields as text, starting from the settings in force. */
export function whatIfForm(settings: { weights: Weights; thresholds: Thresholds }): Record<string, string> {
  const form: Record<string, string> = {};
  for (const side of ['value', 'complexity'] as Side[]) for (const [key, number] of Object.entries(settings.weights[side])) form[`weights.${side}.${key}`] = String(number);
  for (const side of ['value', 'complexity'] as Side[]) form[`thresholds.${side}`] = String(settings.thresholds[side]);
  return form;
}

/** The form back as a what-if; a blank field keeps the configured figure. */
export function whatIfFromForm(form: Record<string, string>): WhatIf {
  const whatIf: WhatIf = {};
  for (const [name, text] of Object.entries(form)) {
    if (text.trim() === '') continue;
    const parts = name.split('.');
    if (parts[0] === 'weights' && (parts[1] === 'value' || parts[1] === 'complexity') && parts[2]) {
      whatIf.weights ??= {};
      whatIf.weights[parts[1]] = { ...(whatIf.weights[parts[1]] ?? {}), [parts[2]]: Number(text) };
    } else if (parts[0] === 'thresholds' && (parts[1] === 'value' || parts[1] === 'complexity')) {
      whatIf.thresholds = { ...(whatIf.thresholds ?? {}), [parts[1]]: Number(text) };
    }
  }
  return whatIf;
}
