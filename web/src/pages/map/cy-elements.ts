/**
 * The map graph as cytoscape element definitions: plain data (sizes, colours, shapes, arrows,
 * patterns) so the stylesheet only maps data to style, and a theme change only rewrites data.
 */
import { nodeSize, type Positions } from './elk-input.js';
import type { MapEdge, MapGraph, MapNode } from './map-graph.js';
import { DIRECTION_ARROWS, healthColour, KIND_SHAPES, MECHANISM_LINES, mix, teamColour, type ThemeColours } from './map-style.js';

export interface ElementDefinition {
  group: 'nodes' | 'edges';
  data: Record<string, unknown> & { id: string };
  position?: { x: number; y: number };
  classes?: string;
}

function nodeData(node: MapNode, colours: ThemeColours, teamOrder: readonly string[]): Record<string, unknown> {
  const hue = teamColour(node.team, teamOrder);
  if (node.type === 'group') {
    const size = nodeSize(node);
    return {
      label: node.label,
      ...size,
      textWidth: size.width - 16,
      shape: 'round-rectangle',
      fill: node.team ? mix(hue, colours.bg, colours.dark ? 0.22 : 0.14) : colours.bgSoft,
      stroke: node.team ? hue : colours.fgMuted,
    };
  }
  const size = nodeSize(node);
  return {
    label: node.label,
    ...size,
    textWidth: size.width - 14,
    shape: KIND_SHAPES[node.kind],
    // A light tint of the team's colour keeps dark text readable; dark mode uses a deep tint.
    fill: mix(hue, colours.bgRaised, colours.dark ? 0.3 : 0.18),
    stroke: hue,
  };
}

function edgeData(edge: MapEdge, colours: ThemeColours): Record<string, unknown> {
  const mechanism = edge.mechanisms.length === 1 ? edge.mechanisms[0]! : null;
  const line = mechanism ? MECHANISM_LINES[mechanism] : { style: 'solid' as const };
  const arrows = DIRECTION_ARROWS[edge.direction];
  const count = edge.integrationIds.length;
  const width = edge.type === 'link' ? Math.min(9, 2 + Math.log2(count) * 1.4) : line.style === 'double' ? 4 : 2;
  const faded = edge.status === 'retired' || edge.status === 'deprecated' ? 0.45 : edge.status === 'planned' || edge.status === 'proposed' ? 0.65 : 1;
  return {
    label: edge.label,
    colour: healthColour(edge.health, colours),
    lineStyle: line.style,
    lineWidth: width,
    selectedWidth: width + 2,
    sourceArrow: arrows.source,
    targetArrow: arrows.target,
    opacity: faded,
  };
}

function edgeClasses(edge: MapEdge): string {
  const classes: string[] = [edge.type, `health-${edge.health}`];
  const mechanism = edge.mechanisms.length === 1 ? edge.mechanisms[0]! : null;
  const dash = mechanism ? MECHANISM_LINES[mechanism].dash : undefined;
  if (dash?.[0] === 9) classes.push('dash-long');
  if (dash?.[0] === 2) classes.push('dash-sparse');
  return classes.join(' ');
}

export function toCyElements(graph: MapGraph, positions: Positions, colours: ThemeColours, teamOrder: readonly string[], contextIds: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const position = positions.get(node.id);
    const classes = [node.type, node.type === 'group' ? (node.collapsed ? 'collapsed' : 'expanded') : `kind-${node.kind}`];
    if (node.type === 'system' && (node.context || contextIds.has(node.systemId))) classes.push('context');
    elements.push({
      group: 'nodes',
      data: { id: node.id, ...nodeData(node, colours, teamOrder), ...(node.type === 'system' && node.parent ? { parent: node.parent } : {}) },
      ...(position ? { position: { ...position } } : {}),
      classes: classes.join(' '),
    });
  }
  for (const edge of graph.edges) {
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, ...edgeData(edge, colours) }, classes: edgeClasses(edge) });
  }
  return elements;
}

/** Data to rewrite on every element when the theme changes (positions and structure stay). */
export function themedData(graph: MapGraph, colours: ThemeColours, teamOrder: readonly string[]): Map<string, Record<string, unknown>> {
  const data = new Map<string, Record<string, unknown>>();
  for (const node of graph.nodes) data.set(node.id, nodeData(node, colours, teamOrder));
  for (const edge of graph.edges) data.set(edge.id, edgeData(edge, colours));
  return data;
}
