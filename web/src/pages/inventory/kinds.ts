/** What the inventory calls each kind, and where its views live. */
import type { ListKind } from './listParams';

export interface KindInfo {
  kind: ListKind;
  plural: 'teams' | 'domains' | 'systems' | 'integrations';
  singular: string;
  title: string;
}

export const KINDS: Record<ListKind, KindInfo> = {
  integration: { kind: 'integration', plural: 'integrations', singular: 'integration', title: 'Integrations' },
  system: { kind: 'system', plural: 'systems', singular: 'system', title: 'Systems' },
  team: { kind: 'team', plural: 'teams', singular: 'team', title: 'Teams' },
  domain: { kind: 'domain', plural: 'domains', singular: 'domain', title: 'Domains' },
};

export const KIND_ORDER: ListKind[] = ['integration', 'system', 'team', 'domain'];

export function kindOfPlural(plural: string | undefined): KindInfo | null {
  return Object.values(KINDS).find((info) => info.plural === plural) ?? null;
}

export function listPath(kind: ListKind): string {
  return `/inventory/${KINDS[kind].plural}`;
}

export function detailPath(kind: ListKind, id: string): string {
  return `${listPath(kind)}/${encodeURIComponent(id)}`;
}

export function apiPath(kind: ListKind, id?: string): string {
  return `/api/v1/${KINDS[kind].plural}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
}
