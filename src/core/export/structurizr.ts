/**
 * The map as a Structurizr DSL workspace: systems (or groups) as software systems in one
 * system-landscape view. Structurizr is stricter than the other formats, and this module exists
 * mostly to honour that:
 *
 * - identifiers are compared without case, and older parsers reject hyphens, so they are derived
 *   from ids (`web-shop` → `s_web_shop`) and kept to `[a-z0-9_]`;
 * - top-level element names must be unique, and so must the description of relationships between
 *   the same two elements, so clashing names get the id appended;
 * - inside a string only `\"` and `\n` are escapes and a backslash is otherwise literal, with no
 *   way to write a backslash before a quote or an `n`; backslashes are therefore written as `⧵`
 *   (U+29F5), and `${` as `$ {` because the parser substitutes `${NAME}` with constants and
 *   environment variables, which a system's name must never read.
 *
 * Teams are not modelled as elements: ownership and domain travel as tags (`team:<id>`,
 * `domain:<id>`), which Structurizr can filter and style by.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { HEALTHS, SYSTEM_KINDS, type SystemKind } from '../model/vocabulary.js';
import { rollUp, type MapEdge, type MapNode, type MapOptions } from './rollup.js';
import { HEALTH_COLOURS, compareKeys, safeIdentifier, singleLine } from './text.js';

/** Tag on partners' systems; Structurizr's convention for things outside the organisation. */
export const EXTERNAL_TAG = 'External';

/** Structurizr shapes for the kinds that have an obvious one; the rest keep the default box. */
const KIND_SHAPES: Readonly<Partial<Record<SystemKind, string>>> = {
  saas: 'RoundedBox',
  database: 'Cylinder',
  'data-warehouse': 'Cylinder',
  'message-broker': 'Pipe',
  'file-store': 'Folder',
  gateway: 'Hexagon',
};

/** A Structurizr DSL string literal that stores exactly the (single-line) text, less the substitutions above. */
export function structurizrString(text: string): string {
  const escaped = singleLine(text).replaceAll('\\', '\u29F5').replaceAll('"', '\\"').replaceAll('${', '$ {');
  return `"${escaped}"`;
}

/** A tag list; commas separate tags in Structurizr, so none may appear inside one. */
function tagList(tags: string[]): string {
  return structurizrString(tags.map((tag) => tag.replaceAll(',', ' ')).join(','));
}

/** Structurizr identifier of a node; systems and groups use different prefixes. */
function identifierOf(node: Pick<MapNode, 'type' | 'key'>): string {
  return safeIdentifier(node.type === 'system' ? 's' : 'g', node.key);
}

/**
 * Makes each value unique (case-insensitively, to be safe) by appending ` (<key>)` to every value
 * that clashes, in key order so the result does not depend on input order.
 */
function uniqueBy<T>(items: T[], keyOf: (item: T) => string, valueOf: (item: T) => string): Map<string, string> {
  const sorted = [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const occurrences = new Map<string, number>();
  for (const item of sorted) {
    const folded = valueOf(item).toLowerCase();
    occurrences.set(folded, (occurrences.get(folded) ?? 0) + 1);
  }
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const item of sorted) {
    const key = keyOf(item);
    let value = valueOf(item);
    if ((occurrences.get(value.toLowerCase()) ?? 0) > 1) value = `${value} (${key})`;
    while (taken.has(value.toLowerCase())) value = `${value} (${key})`;
    taken.add(value.toLowerCase());
    result.set(key, value);
  }
  return result;
}

/** The tags of a node: its kind, externality, owner, domain and lifecycle for systems; its grouping for groups. */
function nodeTags(node: MapNode): string[] {
  if (node.type === 'group') return node.unassigned ? [`group:${node.groupBy}`, 'unassigned'] : [`group:${node.groupBy}`];
  return [
    `kind:${node.kind}`,
    ...(node.kind === 'external-partner' ? [EXTERNAL_TAG] : []),
    ...(node.owner ? [`team:${node.owner}`] : []),
    ...(node.domain ? [`domain:${node.domain}`] : []),
    ...(node.lifecycle === 'active' ? [] : [`lifecycle:${node.lifecycle}`]),
  ];
}

/** The tags of an edge: its health always, its direction when not the default. */
function edgeTags(edge: MapEdge): string[] {
  return [`health:${edge.health}`, ...(edge.direction === 'one-way' ? [] : [edge.direction])];
}

/** The `styles` block, only for tags the model uses so the output stays short. */
function styleLines(nodes: MapNode[], edges: MapEdge[]): string[] {
  const lines: string[] = [];
  const kinds = new Set(nodes.flatMap((node) => (node.type === 'system' ? [node.kind] : [])));
  for (const kind of SYSTEM_KINDS) {
    const shape = KIND_SHAPES[kind];
    if (shape && kinds.has(kind)) lines.push(`element "kind:${kind}" {`, `    shape ${shape}`, '}');
  }
  if (kinds.has('external-partner')) lines.push(`element "${EXTERNAL_TAG}" {`, '    background #999999', '    color #ffffff', '}');
  const groupTypes = new Set(nodes.flatMap((node) => (node.type === 'group' ? [node.groupBy] : [])));
  for (const groupBy of groupTypes) lines.push(`element "group:${groupBy}" {`, '    shape Folder', '}');
  if (edges.length > 0) {
    // Structurizr draws relationships dashed by default; solid frees dashes for publish-subscribe.
    lines.push('relationship "Relationship" {', '    style solid', '}');
  }
  const healths = new Set(edges.map((edge) => edge.health));
  for (const health of HEALTHS) {
    if (healths.has(health)) lines.push(`relationship "health:${health}" {`, `    color ${HEALTH_COLOURS[health]}`, '}');
  }
  if (edges.some((edge) => edge.direction === 'publish-subscribe')) {
    lines.push('relationship "publish-subscribe" {', '    style dashed', '}');
  }
  return lines;
}

/** Relationships between the same two elements need distinct descriptions, so clashing titles get the id. */
function relationshipDescriptions(edges: MapEdge[]): Map<MapEdge, string> {
  const pairs = new Map<string, MapEdge[]>();
  for (const edge of edges) {
    const pair = `${edge.source}\u0000${edge.target}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), edge]);
  }
  const keyOf = (edge: MapEdge): string => edge.integrationIds.join(',');
  const result = new Map<MapEdge, string>();
  for (const pairEdges of pairs.values()) {
    const unique = uniqueBy(pairEdges, keyOf, (edge) => edge.title);
    for (const edge of pairEdges) result.set(edge, unique.get(keyOf(edge)) ?? edge.title);
  }
  return result;
}

/** Renders the catalog (or its roll-up) as a Structurizr workspace, byte-for-byte the same for the same input. */
export function toStructurizr(snapshot: CatalogSnapshot, options: MapOptions = {}): string {
  const graph = rollUp(snapshot, options.groupBy ?? 'none');
  const nodeType = graph.groupBy === 'none' ? 'system' : 'group';
  const names = uniqueBy(graph.nodes, (node) => node.key, (node) => node.name);
  const lines = [
    'workspace "Patchbay" "Systems and the integrations between them, exported from Patchbay." {',
    '    model {',
  ];

  for (const node of graph.nodes) {
    const description = node.type === 'system' ? (node.description ?? '') : node.summary;
    const name = names.get(node.key) ?? node.name;
    lines.push(
      `        ${identifierOf(node)} = softwareSystem ${structurizrString(name)} ${structurizrString(description)} ${tagList(nodeTags(node))}`,
    );
  }

  const descriptions = relationshipDescriptions(graph.edges);

  for (const edge of graph.edges) {
    const source = identifierOf({ type: nodeType, key: edge.source });
    const target = identifierOf({ type: nodeType, key: edge.target });
    const description = descriptions.get(edge) ?? edge.title;
    lines.push(
      `        ${source} -> ${target} ${structurizrString(description)} ${structurizrString(edge.technology)} ${tagList(edgeTags(edge))}`,
    );
  }

  lines.push('    }', '', '    views {', '        systemLandscape "landscape" {', '            include *', '            autoLayout lr', '        }');
  const styles = styleLines(graph.nodes, graph.edges);
  if (styles.length > 0) {
    lines.push('', '        styles {', ...styles.map((line) => `            ${line}`), '        }');
  }
  lines.push('    }', '}');
  return `${lines.join('\n')}\n`;
}
