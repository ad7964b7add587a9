/**
 * A cheap layered layout for landscapes too big for ELK to lay out quickly: left to right in
 * layers by longest path (cycles broken where Kahn's walk gets stuck), nodes ordered within a
 * layer by the barycentre of their neighbours, tall layers wrapped into several columns. Linear
 * in the size of the graph apart from the sweeps, so thousands of systems take milliseconds.
 * Expanded groups are laid out inside, then placed as blocks by the same procedure.
 */
import { nodeSize, type Positions, type Size } from './elk-input.js';
import type { MapGraph } from './map-graph.js';

interface Box extends Size {
  id: string;
}

interface Block {
  width: number;
  height: number;
  /** Centre positions relative to the block's top-left corner. */
  positions: Positions;
}

const LAYER_GAP = 70;
const NODE_GAP = 20;
const GROUP_PADDING = { top: 40, left: 18, bottom: 18, right: 18 };

/** Layers by longest path; when every remaining node waits on another (a cycle), the least-blocked one goes next. */
export function assignLayers(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, number> {
  const incoming = new Map<string, number>(ids.map((id) => [id, 0]));
  const outgoing = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [source, target] of edges) {
    if (source === target || !incoming.has(source) || !incoming.has(target)) continue;
    incoming.set(target, (incoming.get(target) ?? 0) + 1);
    outgoing.get(source)!.push(target);
  }
  const layer = new Map<string, number>();
  const done = new Set<string>();
  const ready = ids.filter((id) => incoming.get(id) === 0);
  const remaining = new Set(ids);
  let cursor = 0;
  while (done.size < ids.length) {
    if (cursor >= ready.length) {
      let pick: string | undefined;
      let fewest = Infinity;
      for (const id of remaining) {
        const waiting = incoming.get(id) ?? 0;
        if (waiting < fewest) {
          fewest = waiting;
          pick = id;
        }
      }
      ready.push(pick!);
    }
    const id = ready[cursor++]!;
    if (done.has(id)) continue;
    done.add(id);
    remaining.delete(id);
    const here = layer.get(id) ?? 0;
    layer.set(id, here);
    for (const next of outgoing.get(id) ?? []) {
      if (done.has(next)) continue; // a back edge of a cycle
      layer.set(next, Math.max(layer.get(next) ?? 0, here + 1));
      const left = (incoming.get(next) ?? 0) - 1;
      incoming.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return layer;
}

function layeredBlock(boxes: readonly Box[], edges: readonly (readonly [string, string])[]): Block {
  const positions: Positions = new Map();
  if (boxes.length === 0) return { width: 0, height: 0, positions };
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const linked = new Set<string>();
  const neighbours = new Map<string, string[]>(boxes.map((box) => [box.id, []]));
  for (const [source, target] of edges) {
    if (source === target || !byId.has(source) || !byId.has(target)) continue;
    linked.add(source);
    linked.add(target);
    neighbours.get(source)!.push(target);
    neighbours.get(target)!.push(source);
  }
  const connected = boxes.filter((box) => linked.has(box.id));
  const loose = boxes.filter((box) => !linked.has(box.id));

  const layerOf = assignLayers(connected.map((box) => box.id), edges);
  const layers: string[][] = [];
  for (const box of connected) {
    const index = layerOf.get(box.id) ?? 0;
    (layers[index] ??= []).push(box.id);
  }
  const filled = layers.filter((layer) => layer && layer.length > 0);

  // Order within layers by the mean position of neighbours already placed, sweeping both ways.
  const rank = new Map<string, number>();
  filled.forEach((layer) => layer.forEach((id, index) => rank.set(id, index / Math.max(1, layer.length))));
  const sweep = (order: string[][]) => {
    for (const layer of order) {
      const score = new Map<string, number>();
      for (const id of layer) {
        const around = neighbours.get(id) ?? [];
        score.set(id, around.length === 0 ? (rank.get(id) ?? 0) : around.reduce((sum, other) => sum + (rank.get(other) ?? 0), 0) / around.length);
      }
      layer.sort((a, b) => (score.get(a) ?? 0) - (score.get(b) ?? 0));
      layer.forEach((id, index) => rank.set(id, index / Math.max(1, layer.length)));
    }
  };
  for (let pass = 0; pass < 2; pass += 1) {
    sweep(filled);
    sweep([...filled].reverse());
  }

  // Wrap tall layers into columns, aiming at a picture roughly as wide as it is tall.
  const totalArea = connected.reduce((sum, box) => sum + (box.width + LAYER_GAP) * (box.height + NODE_GAP), 0);
  const maxColumnHeight = Math.max(400, Math.sqrt(totalArea) * 0.75);
  const columns: string[][] = [];
  for (const layer of filled) {
    let column: string[] = [];
    let height = 0;
    for (const id of layer) {
      const box = byId.get(id)!;
      if (column.length > 0 && height + box.height > maxColumnHeight) {
        columns.push(column);
        column = [];
        height = 0;
      }
      column.push(id);
      height += box.height + NODE_GAP;
    }
    if (column.length > 0) columns.push(column);
  }
  const heights = columns.map((column) => column.reduce((sum, id) => sum + byId.get(id)!.height + NODE_GAP, -NODE_GAP));
  const tallest = Math.max(0, ...heights);
  let x = 0;
  columns.forEach((column, index) => {
    const width = Math.max(...column.map((id) => byId.get(id)!.width));
    let y = (tallest - heights[index]!) / 2;
    for (const id of column) {
      const box = byId.get(id)!;
      positions.set(id, { x: x + width / 2, y: y + box.height / 2 });
      y += box.height + NODE_GAP;
    }
    x += width + LAYER_GAP;
  });
  let width = Math.max(0, x - LAYER_GAP);
  let height = tallest;

  // Unconnected nodes go in rows underneath, so they neither stretch the layers nor hide.
  if (loose.length > 0) {
    const rowWidth = Math.max(width, 600, Math.sqrt(loose.length) * 180);
    let rowX = 0;
    let rowY = connected.length > 0 ? height + LAYER_GAP : 0;
    let rowHeight = 0;
    for (const box of loose) {
      if (rowX > 0 && rowX + box.width > rowWidth) {
        rowX = 0;
        rowY += rowHeight + NODE_GAP;
        rowHeight = 0;
      }
      positions.set(box.id, { x: rowX + box.width / 2, y: rowY + box.height / 2 });
      rowX += box.width + NODE_GAP;
      rowHeight = Math.max(rowHeight, box.height);
      width = Math.max(width, rowX - NODE_GAP);
    }
    height = rowY + rowHeight;
  }
  return { width, height, positions };
}

/** Boxes in rows, in the given order, aiming at a width:height of `aspect`. */
export function packRows(boxes: readonly Box[], aspect: number): Block {
  const gap = 36;
  const area = boxes.reduce((sum, box) => sum + (box.width + gap) * (box.height + gap), 0);
  const rowWidth = Math.max(...boxes.map((box) => box.width), Math.sqrt(area * aspect));
  const positions: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    positions.set(box.id, { x: x + box.width / 2, y: y + box.height / 2 });
    x += box.width + gap;
    width = Math.max(width, x - gap);
    rowHeight = Math.max(rowHeight, box.height);
  }
  return { width, height: y + rowHeight, positions };
}

export function quickLayout(graph: MapGraph): Positions {
  const expanded = new Map<string, Box[]>();
  for (const node of graph.nodes) if (node.type === 'group' && !node.collapsed) expanded.set(node.id, []);
  const topLevel: Box[] = [];
  for (const node of graph.nodes) {
    if (node.type === 'group' && !node.collapsed) continue;
    const box = { id: node.id, ...nodeSize(node) };
    const parent = node.type === 'system' && node.parent ? expanded.get(node.parent) : undefined;
    if (parent) parent.push(box);
    else topLevel.push(box);
  }
  const pairs = graph.edges.map((edge) => [edge.source, edge.target] as const);
  if (expanded.size === 0) return layeredBlock(topLevel, pairs).positions;

  const blocks = new Map<string, Block>();
  for (const [id, members] of expanded) {
    if (members.length === 0) continue;
    const ids = new Set(members.map((member) => member.id));
    const block = layeredBlock(members, pairs.filter(([source, target]) => ids.has(source) && ids.has(target)));
    blocks.set(id, block);
    topLevel.push({ id, width: block.width + GROUP_PADDING.left + GROUP_PADDING.right, height: block.height + GROUP_PADDING.top + GROUP_PADDING.bottom });
  }
  // As with ELK (elk-input.ts), groups are packed in rows to the screen's shape, not layered.
  const outer = packRows(topLevel, 1.7);
  const positions: Positions = new Map();
  for (const box of topLevel) {
    const centre = outer.positions.get(box.id)!;
    const block = blocks.get(box.id);
    if (!block) {
      positions.set(box.id, centre);
      continue;
    }
    const left = centre.x - box.width / 2 + GROUP_PADDING.left;
    const top = centre.y - box.height / 2 + GROUP_PADDING.top;
    for (const [id, inner] of block.positions) positions.set(id, { x: left + inner.x, y: top + inner.y });
  }
  return positions;
}
