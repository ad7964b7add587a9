/**
 * The map as a Mermaid flowchart, for pasting into Markdown that GitHub, GitLab and most wikis
 * render. Node ids are derived identifiers, never names, and every label is quoted with the
 * characters Mermaid could read as syntax written as entity codes, so any name renders as text.
 *
 * Integration health is shown with `linkStyle` (by edge index) rather than `classDef`: classes
 * apply only to nodes in the Mermaid versions the common hosts run, and health belongs to edges.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import { HEALTHS, SYSTEM_KINDS, type Direction, type Health, type SystemKind } from '../model/vocabulary.js';
import { rollUp, type MapNode, type MapOptions } from './rollup.js';
import { HEALTH_COLOURS, safeIdentifier } from './text.js';

/** Delimiters of each kind's node shape; the label sits quoted between them. */
const SHAPES: Readonly<Record<SystemKind, readonly [string, string]>> = {
  application: ['[', ']'],
  saas: ['(', ')'],
  database: ['[(', ')]'],
  'message-broker': ['[[', ']]'],
  'file-store': ['[/', '/]'],
  'external-partner': ['([', '])'],
  'manual-process': ['>', ']'],
  'data-warehouse': ['[(', ')]'],
  gateway: ['{{', '}}'],
  other: ['[', ']'],
};

/** Fill and stroke of each kind, so kinds stay distinguishable where shapes look alike. */
const KIND_STYLES: Readonly<Record<SystemKind, string>> = {
  application: 'fill:#e8f0fe,stroke:#4a6fa5',
  saas: 'fill:#f3e8fd,stroke:#8e44ad',
  database: 'fill:#fff4e5,stroke:#d68910',
  'message-broker': 'fill:#e8f8f5,stroke:#148f77',
  'file-store': 'fill:#fdf2e9,stroke:#a04000',
  'external-partner': 'fill:#eeeeee,stroke:#666666,stroke-dasharray:4 2',
  'manual-process': 'fill:#fdedec,stroke:#b03a2e',
  'data-warehouse': 'fill:#fff4e5,stroke:#d68910',
  gateway: 'fill:#eaf2f8,stroke:#2e86c1',
  other: 'fill:#ffffff,stroke:#999999',
};

const GROUP_STYLE = 'fill:#f4f6f7,stroke:#34495e,stroke-width:2px';

/** Arrow per direction: both heads for bidirectional, dotted for publish-subscribe. */
const ARROWS: Readonly<Record<Direction, string>> = {
  'one-way': '-->',
  bidirectional: '<-->',
  'publish-subscribe': '-.->',
};

/**
 * Characters that still mean something inside a quoted Mermaid label: the quote that ends it, `#`
 * and `&` that start entities, `%` that starts directives (`%%{init}%%` is found anywhere), HTML
 * and Markdown delimiters, and the pipe that delimits edge labels. Brackets need nothing: quoting
 * is Mermaid's documented way to put them in a label.
 */
const MERMAID_SPECIAL = /["#%&<>`|]/g;

/** A label as a quoted Mermaid string whose special characters are numeric entity codes (`#34;`). */
export function mermaidLabel(text: string): string {
  return `"${text.replace(MERMAID_SPECIAL, (char) => `#${char.codePointAt(0)};`)}"`;
}

/** Class name of a system kind; hyphens are avoided because class names are parsed as words. */
function kindClass(kind: SystemKind): string {
  return `kind_${kind.replaceAll('-', '_')}`;
}

/** Mermaid node id: systems and groups use different prefixes so they could never be confused. */
function nodeId(node: Pick<MapNode, 'type' | 'key'>): string {
  return safeIdentifier(node.type === 'system' ? 's' : 'g', node.key);
}

/** Renders the catalog (or its roll-up) as a `flowchart LR`, byte-for-byte the same for the same input. */
export function toMermaid(snapshot: CatalogSnapshot, options: MapOptions = {}): string {
  const graph = rollUp(snapshot, options.groupBy ?? 'none');
  const nodeType = graph.groupBy === 'none' ? 'system' : 'group';
  const lines = ['flowchart LR'];

  for (const node of graph.nodes) {
    if (node.type === 'system') {
      const [open, close] = SHAPES[node.kind];
      lines.push(`  ${nodeId(node)}${open}${mermaidLabel(node.label)}${close}:::${kindClass(node.kind)}`);
    } else {
      lines.push(`  ${nodeId(node)}[${mermaidLabel(node.label)}]:::group`);
    }
  }

  const byHealth = new Map<Health, number[]>();
  graph.edges.forEach((edge, index) => {
    const source = nodeId({ type: nodeType, key: edge.source });
    const target = nodeId({ type: nodeType, key: edge.target });
    lines.push(`  ${source} ${ARROWS[edge.direction]}|${mermaidLabel(edge.label)}| ${target}`);
    byHealth.set(edge.health, [...(byHealth.get(edge.health) ?? []), index]);
  });

  const kindsUsed = new Set(graph.nodes.flatMap((node) => (node.type === 'system' ? [node.kind] : [])));
  for (const kind of SYSTEM_KINDS) {
    if (kindsUsed.has(kind)) lines.push(`  classDef ${kindClass(kind)} ${KIND_STYLES[kind]}`);
  }
  if (nodeType === 'group' && graph.nodes.length > 0) lines.push(`  classDef group ${GROUP_STYLE}`);

  // One linkStyle per colour (monitored and reliable share green), colours in the vocabulary's order.
  const byColour = new Map<string, number[]>();
  for (const health of HEALTHS) {
    const colour = HEALTH_COLOURS[health];
    byColour.set(colour, [...(byColour.get(colour) ?? []), ...(byHealth.get(health) ?? [])]);
  }
  for (const [colour, indexes] of byColour) {
    if (indexes.length > 0) {
      lines.push(`  linkStyle ${indexes.sort((a, b) => a - b).join(',')} stroke:${colour},color:${colour}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
