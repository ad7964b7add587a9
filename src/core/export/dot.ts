/**
 * The map as a Graphviz DOT digraph, for `dot -Tsvg` and the many tools that read DOT. Every id
 * and label is a quoted string, so keywords and punctuation in names are plain text; inside quotes
 * DOT gives meaning only to `"` and to backslash sequences, which are therefore escaped.
 */
import type { CatalogSnapshot } from '../catalog/snapshot.js';
import type { SystemKind } from '../model/vocabulary.js';
import { rollUp, type MapEdge, type MapOptions } from './rollup.js';
import { HEALTH_COLOURS } from './text.js';

/** Node attributes of each kind: a shape people associate with it (cylinder for stores...). */
const KIND_ATTRIBUTES: Readonly<Record<SystemKind, string>> = {
  application: 'shape=box',
  saas: 'shape=box, style="rounded"',
  database: 'shape=cylinder',
  'message-broker': 'shape=cds',
  'file-store': 'shape=folder',
  'external-partner': 'shape=box, style="dashed"',
  'manual-process': 'shape=note',
  'data-warehouse': 'shape=cylinder, peripheries=2',
  gateway: 'shape=hexagon',
  other: 'shape=ellipse',
};

/** A DOT quoted string; backslashes are doubled so a name cannot smuggle in label escapes such as `\N` or `\l`. */
export function dotString(text: string): string {
  // Line breaks become `\n`: labels arrive single-line, but ids are not touched by singleLine.
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replace(/\r\n|[\r\n]/g, '\\n');
  return `"${escaped}"`;
}

/** The attribute list of one edge: label, health colour, and how its direction is drawn. */
function edgeAttributes(edge: MapEdge): string {
  const colour = dotString(HEALTH_COLOURS[edge.health]);
  const attributes = [`label=${dotString(edge.label)}`, `color=${colour}`, `fontcolor=${colour}`];
  if (edge.direction === 'bidirectional') attributes.push('dir=both');
  if (edge.direction === 'publish-subscribe') attributes.push('style="dashed"');
  return attributes.join(', ');
}

/** Renders the catalog (or its roll-up) as a left-to-right digraph, byte-for-byte the same for the same input. */
export function toDot(snapshot: CatalogSnapshot, options: MapOptions = {}): string {
  const graph = rollUp(snapshot, options.groupBy ?? 'none');
  const lines = [
    'digraph patchbay {',
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of graph.nodes) {
    const attributes = node.type === 'system' ? KIND_ATTRIBUTES[node.kind] : 'shape=box3d';
    lines.push(`  ${dotString(node.key)} [label=${dotString(node.label)}, ${attributes}];`);
  }
  for (const edge of graph.edges) {
    lines.push(`  ${dotString(edge.source)} -> ${dotString(edge.target)} [${edgeAttributes(edge)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
