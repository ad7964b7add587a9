/**
 * The graph of prerequisites between integrations (`dependsOn`), its cycles and how long each
 * chain of unfinished prerequisites is. Everything is iterative with typed arrays, because a
 * catalog of 100,000 integrations with long chains would overflow the call stack of a recursive
 * walk and spend most of its time allocating.
 */

/** One integration as the dependency graph sees it. */
export interface DependencyNode {
  id: string;
  dependsOn?: readonly string[] | undefined;
  /** Already running (status `active`): it counts as in place, so it neither blocks nor lengthens a chain. */
  inPlace: boolean;
}

/** Prerequisite edges between nodes, by index; only prerequisites in the list and not in place are edges. */
export interface DependencyGraph {
  ids: readonly string[];
  /** For each node, the indices of its prerequisites that are in the list and not in place (a node may list itself). */
  prerequisites: readonly (readonly number[])[];
  /** `dependsOn` entries naming an id that is not in the list, for the caller to report. */
  outside: readonly { node: number; dependsOn: string }[];
}

/** Builds the graph; node ids must be unique (the caller checks). */
export function buildDependencyGraph(nodes: readonly DependencyNode[]): DependencyGraph {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, index) => indexOf.set(node.id, index));
  const prerequisites: number[][] = [];
  const outside: { node: number; dependsOn: string }[] = [];
  nodes.forEach((node, index) => {
    const edges: number[] = [];
    // Sorted and de-duplicated so the graph, and so every tie below, does not depend on how the
    // list was written. Most lists have zero or one entry, so those skip the copy.
    const listed = node.dependsOn ?? [];
    const ids = listed.length < 2 ? listed : [...listed].sort();
    for (let position = 0; position < ids.length; position += 1) {
      const id = ids[position] as string;
      if (position > 0 && id === ids[position - 1]) continue;
      const target = indexOf.get(id);
      if (target === undefined) outside.push({ node: index, dependsOn: id });
      else if (!(nodes[target] as DependencyNode).inPlace) edges.push(target);
    }
    prerequisites.push(edges);
  });
  return { ids: nodes.map((node) => node.id), prerequisites, outside };
}

/** The strongly connected components of a graph. */
export interface Components {
  /** Component index of each node. */
  componentOf: Int32Array;
  /** Members of each component, prerequisites' components before their dependants'. */
  members: number[][];
  /** Whether each component is a cycle: two or more members, or one that lists itself. */
  cyclic: boolean[];
}

/**
 * Tarjan's algorithm with an explicit stack. Tarjan finishes a component only after every
 * component it reaches, and edges point at prerequisites, so components come out prerequisites
 * first: the order the chain depths need.
 */
export function stronglyConnected(graph: DependencyGraph): Components {
  const count = graph.ids.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const cursor = new Int32Array(count);
  const stack = new Int32Array(count);
  const calls = new Int32Array(count);
  const componentOf = new Int32Array(count).fill(-1);
  const members: number[][] = [];
  const cyclic: boolean[] = [];
  let stackSize = 0;
  let next = 0;

  for (let root = 0; root < count; root += 1) {
    if (order[root] !== -1) continue;
    let depth = 0;
    calls[depth++] = root;
    order[root] = low[root] = next++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const node = calls[depth - 1] as number;
      const edges = graph.prerequisites[node] as readonly number[];
      const edgeIndex = cursor[node] as number;
      if (edgeIndex < edges.length) {
        cursor[node] = edgeIndex + 1;
        const target = edges[edgeIndex] as number;
        if (order[target] === -1) {
          // "Recurse": the target's frame goes on the explicit stack instead of the call stack.
          order[target] = low[target] = next++;
          stack[stackSize++] = target;
          onStack[target] = 1;
          calls[depth++] = target;
        } else if (onStack[target] === 1) {
          low[node] = Math.min(low[node] as number, order[target] as number);
        }
        continue;
      }
      depth -= 1;
      if (depth > 0) {
        const parent = calls[depth - 1] as number;
        low[parent] = Math.min(low[parent] as number, low[node] as number);
      }
      if (low[node] === order[node]) {
        const component = members.length;
        const group: number[] = [];
        let member: number;
        do {
          member = stack[--stackSize] as number;
          onStack[member] = 0;
          componentOf[member] = component;
          group.push(member);
        } while (member !== node);
        members.push(group);
        cyclic.push(group.length > 1 || (graph.prerequisites[node] as readonly number[]).includes(node));
      }
    }
  }
  return { componentOf, members, cyclic };
}

/** How long the chain of unfinished prerequisites behind one integration is. */
export interface ChainInfo {
  /** Links in the longest chain of prerequisites not yet in place; null when a cycle makes it endless. */
  depth: number | null;
  /** The integration is itself in a dependency cycle. */
  inCycle: boolean;
  /** The integration is not in a cycle but something it waits for is. */
  waitsOnCycle: boolean;
  /** The direct prerequisite at the head of the longest chain (ties: the smallest id), if any. */
  via?: string;
}

/** The chain behind every node, computed component by component, prerequisites first. */
export function chainDepths(graph: DependencyGraph, components: Components): ChainInfo[] {
  const count = graph.ids.length;
  // -1 stands for "endless": in a cycle or waiting on one.
  const depthOf = new Int32Array(count);
  const chains: ChainInfo[] = new Array<ChainInfo>(count);
  components.members.forEach((group, component) => {
    if (components.cyclic[component]) {
      for (const member of group) {
        depthOf[member] = -1;
        chains[member] = { depth: null, inCycle: true, waitsOnCycle: false };
      }
      return;
    }
    // Not cyclic, so the component is a single node whose prerequisites are all settled already.
    const node = group[0] as number;
    let depth = 0;
    let via: number | undefined;
    let endless = false;
    for (const prerequisite of graph.prerequisites[node] as readonly number[]) {
      const behind = depthOf[prerequisite] as number;
      if (behind === -1) {
        if (!endless) via = prerequisite;
        endless = true;
      } else if (!endless && behind + 1 > depth) {
        // Prerequisites are sorted by id, so a strict ">" keeps the smallest id among equals.
        depth = behind + 1;
        via = prerequisite;
      }
    }
    depthOf[node] = endless ? -1 : depth;
    const info: ChainInfo = { depth: endless ? null : depth, inCycle: false, waitsOnCycle: endless };
    if (via !== undefined) info.via = graph.ids[via] as string;
    chains[node] = info;
  });
  return chains;
}
