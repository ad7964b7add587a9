/**
 * The map graph as ELK's input (layered, left to right, so data flows across the screen), and
 * ELK's answer as centre positions for the drawing. Node sizes are estimated from the labels so
 * the layout leaves room for the text the drawing will print.
 */
import type { MapGraph, MapNode } from './map-graph.js';

export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  edges?: ElkEdge[];
  layoutOptions?: Record<string, string>;
}

export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
}

export interface Size {
  width: number;
  height: number;
}

export type Positions = Map<string, { x: number; y: number }>;

/** Average glyph width of the map's 12px system font, measured on typical names. */
const CHAR_WIDTH = 7.9;
export const SYSTEM_MAX_WIDTH = 160;
const GROUP_PADDING = '[top=40,left=18,bottom=18,right=18]';

export function nodeSize(node: MapNode): Size {
  const lines = node.label.split('\n');
  const longest = Math.max(...lines.map((line) => line.length));
  if (node.type === 'group') {
    // Group labels are bold and larger (15px): about 9px a character.
    return { width: Math.min(340, Math.max(140, Math.round(longest * 9 + 36))), height: lines.length > 1 ? 62 : 48 };
  }
  const width = Math.round(longest * CHAR_WIDTH + 26);
  // Long names wrap onto a second line rather than stretching the node across the layer.
  return width <= SYSTEM_MAX_WIDTH ? { width: Math.max(90, width), height: 40 } : { width: SYSTEM_MAX_WIDTH, height: 58 };
}

/** Layered layout options: tighter and less thorough beyond a few hundred nodes, to stay fast. */
export function layoutOptions(nodeCount: number): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.spacing.nodeNode': '18',
    'elk.layered.spacing.nodeNodeBetweenLayers': '45',
    'elk.spacing.componentComponent': '40',
    'elk.layered.spacing.edgeNodeBetweenLayers': '20',
    'elk.layered.thoroughness': nodeCount > 300 ? '2' : '7',
    'elk.layered.nodePlacement.strategy': nodeCount > 300 ? 'SIMPLE' : 'BRANDES_KOEPF',
    'elk.edgeRouting': 'POLYLINE',
  };
}

export function toElkGraph(graph: MapGraph): ElkNode {
  const expandedGroups = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', children: [], edges: [] };
  for (const node of graph.nodes) {
    if (node.type === 'group' && !node.collapsed) {
      const group: ElkNode = { id: node.id, children: [], layoutOptions: { 'elk.padding': GROUP_PADDING } };
      expandedGroups.set(node.id, group);
      root.children!.push(group);
    }
  }
  for (const node of graph.nodes) {
    if (node.type === 'group' && !node.collapsed) continue;
    const child: ElkNode = { id: node.id, ...nodeSize(node) };
    const parent = node.type === 'system' && node.parent ? expandedGroups.get(node.parent) : undefined;
    (parent?.children ?? root.children!).push(child);
  }
  // Empty compound nodes (every member filtered away) would be laid out as zero-sized boxes.
  root.children = root.children!.filter((child) => !expandedGroups.has(child.id) || (child.children?.length ?? 0) > 0);
  // Each expanded group is laid out on its own (ELK's default for nested graphs, and much faster
  // than one layout across the hierarchy); between groups, one edge per pair decides their order.
  const containerOf = new Map<string, string>();
  for (const node of graph.nodes) if (node.type === 'system' && node.parent && expandedGroups.has(node.parent)) containerOf.set(node.id, node.parent);
  const between = new Set<string>();
  root.edges = [];
  for (const edge of graph.edges) {
    const from = containerOf.get(edge.source) ?? edge.source;
    const to = containerOf.get(edge.target) ?? edge.target;
    if (from === to && expandedGroups.has(from)) {
      const group = expandedGroups.get(from)!;
      (group.edges ??= []).push({ id: edge.id, sources: [edge.source], targets: [edge.target] });
    } else if (from !== to && !between.has(`${from}>${to}`)) {
      between.add(`${from}>${to}`);
      root.edges.push({ id: `${from}>${to}`, sources: [from], targets: [to] });
    }
  }
  for (const group of expandedGroups.values()) group.layoutOptions = { ...layoutOptions(group.children?.length ?? 0), 'elk.padding': GROUP_PADDING };
  // Groups are packed into a block shaped like the screen: laid out as layers, a landscape's
  // groups (all linked to one another) would form one long unreadable row.
  root.layoutOptions =
    expandedGroups.size > 0
      ? { 'elk.algorithm': 'rectpacking', 'elk.aspectRatio': '1.7', 'elk.spacing.nodeNode': '36', 'elk.padding': '[top=12,left=12,bottom=12,right=12]' }
      : layoutOptions(graph.nodes.length);
  return root;
}

/** Centre positions of every leaf node (compound parents are sized by the drawing from their children). */
export function positionsFromElk(result: ElkNode): Positions {
  const positions: Positions = new Map();
  const visit = (node: ElkNode, offsetX: number, offsetY: number) => {
    for (const child of node.children ?? []) {
      const x = offsetX + (child.x ?? 0);
      const y = offsetY + (child.y ?? 0);
      if (child.children && child.children.length > 0) visit(child, x, y);
      else positions.set(child.id, { x: x + (child.width ?? 0) / 2, y: y + (child.height ?? 0) / 2 });
    }
  };
  visit(result, 0, 0);
  return positions;
}
