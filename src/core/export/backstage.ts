/**
 * The catalog as Backstage catalog entities (multi-document YAML, `backstage.io/v1alpha1`), so an
 * organisation that runs Backstage sees Patchbay's systems there without typing them twice.
 *
 * The mapping (also in docs/exports.md):
 *
 * - Team → `Group` (`spec.type: team`, `spec.children: []`); contact and on-call become
 *   `patchbay.dev/contact` and `patchbay.dev/on-call` annotations.
 * - Domain → `Domain`, and also → a `System` of the same name in that domain. Backstage only lets
 *   components join a domain through a system (Component has `spec.system`, not `spec.domain`),
 *   so each Patchbay domain gets one Backstage system to hold its members.
 * - System → `Component` or `Resource` by kind: application and gateway → Component `service`;
 *   SaaS and external partner → Component `external-service`; manual process → Component
 *   `manual-process`; other → Component `other`; database, message broker, file store and data
 *   warehouse → Resource `database`, `message-broker`, `file-store`, `data-warehouse`.
 *   `spec.system` is the system's domain. Components get `spec.lifecycle` (active → production,
 *   planned → experimental, deprecated and retired → deprecated); Resources have no lifecycle in
 *   Backstage, so the exact Patchbay lifecycle and kind are kept in annotations on both.
 * - Owner → `group:default/<team>`; Backstage requires an owner, so `unknown` when there is none.
 * - Integration → `spec.dependsOn` on the side that needs the other: the source depends on the
 *   target for one-way (the sender needs the receiver up), the target on the source for
 *   publish-subscribe (a subscriber needs the publisher; a publisher does not need subscribers),
 *   and each on the other for bidirectional. Every system lists the ids of the integrations it
 *   takes part in, comma-separated, in the `patchbay.dev/integrations` annotation.
 * - Names are ids. Backstage allows 63 characters and Patchbay 64, so a longer id is cut to 54
 *   and given a hash suffix; tags are reduced to Backstage's alphabet (`[a-z0-9+#]` and `-`).
 */
import { stringify } from 'yaml';
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import type { DomainInput, IntegrationInput, LinkValue, SystemInput, TeamInput } from '../model/schemas.js';
import type { Lifecycle, SystemKind } from '../model/vocabulary.js';
import { compareKeys } from './text.js';

/** The API version of every entity written; the one Backstage's core kinds use. */
export const BACKSTAGE_API_VERSION = 'backstage.io/v1alpha1';

/** Owner written when a Patchbay entity has none, because Backstage rejects an entity without one. */
export const UNKNOWN_OWNER = 'unknown';

/** Annotation listing the integrations a system takes part in, so they can be traced back to Patchbay. */
export const INTEGRATIONS_ANNOTATION = 'patchbay.dev/integrations';

/** Backstage's limit on `metadata.name`. */
const MAX_NAME_LENGTH = 63;

/** The Backstage kind and `spec.type` each system kind becomes. */
export const BACKSTAGE_KIND_OF: Readonly<Record<SystemKind, { kind: 'Component' | 'Resource'; type: string }>> = {
  application: { kind: 'Component', type: 'service' },
  gateway: { kind: 'Component', type: 'service' },
  saas: { kind: 'Component', type: 'external-service' },
  'external-partner': { kind: 'Component', type: 'external-service' },
  'manual-process': { kind: 'Component', type: 'manual-process' },
  other: { kind: 'Component', type: 'other' },
  database: { kind: 'Resource', type: 'database' },
  'message-broker': { kind: 'Resource', type: 'message-broker' },
  'file-store': { kind: 'Resource', type: 'file-store' },
  'data-warehouse': { kind: 'Resource', type: 'data-warehouse' },
};

/** Backstage's lifecycle for each Patchbay lifecycle; Backstage has no "planned" or "retired". */
export const BACKSTAGE_LIFECYCLE_OF: Readonly<Record<Lifecycle, string>> = {
  planned: 'experimental',
  active: 'production',
  deprecated: 'deprecated',
  retired: 'deprecated',
};

/** One Backstage entity as written: the fixed envelope with a kind-specific spec. */
export interface BackstageEntity {
  apiVersion: typeof BACKSTAGE_API_VERSION;
  kind: 'Group' | 'Domain' | 'System' | 'Component' | 'Resource';
  metadata: {
    name: string;
    title?: string;
    description?: string;
    tags?: string[];
    links?: { url: string; title?: string; type?: string }[];
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

/** FNV-1a, 32 bits: a short, stable hash for the name suffix; not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The Backstage name of an id: the id itself, or when too long a cut id plus a hash of the whole. */
export function backstageName(id: string): string {
  if (id.length <= MAX_NAME_LENGTH) return id;
  return `${id.slice(0, MAX_NAME_LENGTH - 9).replace(/-+$/, '')}-${fnv1a(id)}`;
}

/** Patchbay tags in Backstage's stricter alphabet; a tag with nothing left is dropped. */
export function backstageTags(tags: readonly string[] | undefined): string[] {
  const result: string[] = [];
  for (const tag of tags ?? []) {
    const cleaned = tag
      .toLowerCase()
      .replace(/[^a-z0-9+#]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_NAME_LENGTH)
      .replace(/-+$/, '');
    if (cleaned && !result.includes(cleaned)) result.push(cleaned);
  }
  return result;
}

/** A team reference, or the placeholder Backstage needs when there is no owner. */
function ownerRef(team: string | undefined): string {
  return team === undefined ? UNKNOWN_OWNER : `group:default/${backstageName(team)}`;
}

/** The metadata every entity shares, leaving out what is empty so the YAML stays clean. */
function metadataOf(
  entity: { id: string; name?: string; description?: string; tags?: string[]; links?: LinkValue[] },
  annotations: Record<string, string>,
): BackstageEntity['metadata'] {
  const tags = backstageTags(entity.tags);
  const links = (entity.links ?? []).map((link) => ({
    url: link.url,
    ...(link.title === undefined ? {} : { title: link.title }),
    ...(link.type === undefined ? {} : { type: link.type }),
  }));
  return {
    name: backstageName(entity.id),
    ...(entity.name === undefined ? {} : { title: entity.name }),
    ...(entity.description === undefined ? {} : { description: entity.description }),
    ...(tags.length > 0 ? { tags } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}

/** A team as a Backstage Group. */
function groupEntity(team: TeamInput): BackstageEntity {
  const annotations: Record<string, string> = {};
  if (team.contact !== undefined) annotations['patchbay.dev/contact'] = team.contact;
  if (team.onCall !== undefined) annotations['patchbay.dev/on-call'] = team.onCall;
  return {
    apiVersion: BACKSTAGE_API_VERSION,
    kind: 'Group',
    metadata: metadataOf(team, annotations),
    spec: { type: 'team', profile: { displayName: team.name }, children: [] },
  };
}

/** A domain as a Backstage Domain, and the System that lets components belong to it. */
function domainEntities(domain: DomainInput): BackstageEntity[] {
  return [
    { apiVersion: BACKSTAGE_API_VERSION, kind: 'Domain', metadata: metadataOf(domain, {}), spec: { owner: ownerRef(domain.owner) } },
    {
      apiVersion: BACKSTAGE_API_VERSION,
      kind: 'System',
      metadata: metadataOf(domain, {}),
      spec: { owner: ownerRef(domain.owner), domain: backstageName(domain.id) },
    },
  ];
}

/** The entity reference of a system, whose kind depends on the system's kind. */
function systemRef(system: SystemInput | undefined, id: string): string {
  // A dangling integration end is still worth a reference; Backstage reports it as unresolved.
  const kind = system ? BACKSTAGE_KIND_OF[system.kind].kind : 'Component';
  return `${kind.toLowerCase()}:default/${backstageName(id)}`;
}

/** For each system id, the systems it depends on, following the direction rules in the header. */
function dependencies(integrations: IntegrationInput[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const add = (dependent: string, dependency: string): void => {
    if (dependent === dependency) return;
    result.set(dependent, (result.get(dependent) ?? new Set<string>()).add(dependency));
  };
  for (const integration of integrations) {
    const direction = integration.direction ?? 'one-way';
    if (direction !== 'publish-subscribe') add(integration.source, integration.target);
    if (direction !== 'one-way') add(integration.target, integration.source);
  }
  return result;
}

/** A system as a Backstage Component or Resource. */
function systemEntity(
  system: SystemInput,
  systemsById: Map<string, SystemInput>,
  dependsOn: Set<string> | undefined,
  integrationIds: string[],
): BackstageEntity {
  const { kind, type } = BACKSTAGE_KIND_OF[system.kind];
  const lifecycle = system.lifecycle ?? 'active';
  const annotations: Record<string, string> = {
    'patchbay.dev/kind': system.kind,
    'patchbay.dev/lifecycle': lifecycle,
  };
  if (integrationIds.length > 0) annotations[INTEGRATIONS_ANNOTATION] = integrationIds.join(',');
  const refs = [...(dependsOn ?? [])].map((id) => systemRef(systemsById.get(id), id)).sort(compareKeys);
  return {
    apiVersion: BACKSTAGE_API_VERSION,
    kind,
    metadata: metadataOf(system, annotations),
    spec: {
      type,
      ...(kind === 'Component' ? { lifecycle: BACKSTAGE_LIFECYCLE_OF[lifecycle] } : {}),
      owner: ownerRef(system.owner),
      ...(system.domain === undefined ? {} : { system: backstageName(system.domain) }),
      ...(refs.length > 0 ? { dependsOn: refs } : {}),
    },
  };
}

/** Every entity of the catalog, in a fixed order: groups, domains with their systems, then systems by id. */
export function toBackstageEntities(snapshot: CatalogSnapshot): BackstageEntity[] {
  const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => compareKeys(a.id, b.id));
  const systemsById = new Map(snapshot.systems.map((system) => [system.id, system]));
  const dependsOn = dependencies(snapshot.integrations);
  const integrationsOf = new Map<string, string[]>();
  for (const integration of byId(snapshot.integrations)) {
    for (const end of new Set([integration.source, integration.target])) {
      integrationsOf.set(end, [...(integrationsOf.get(end) ?? []), integration.id]);
    }
  }
  return [
    ...byId(snapshot.teams).map(groupEntity),
    ...byId(snapshot.domains).flatMap(domainEntities),
    ...byId(snapshot.systems).map((system) =>
      systemEntity(system, systemsById, dependsOn.get(system.id), integrationsOf.get(system.id) ?? []),
    ),
  ];
}

/** Renders the catalog as multi-document Backstage YAML, byte-for-byte the same for the same input. */
export function toBackstage(snapshot: CatalogSnapshot): string {
  // lineWidth 0: never fold long descriptions, so a changed width setting cannot change the bytes.
  return toBackstageEntities(snapshot)
    .map((entity) => `---\n${stringify(entity, { lineWidth: 0 })}`)
    .join('');
}
