/**
 * The drawing: one cytoscape instance for the page's life, fed new elements (with preset
 * positions from the layout) whenever the view changes. Tells the page when a drawing is on
 * screen, which is what the tests and the benchmark wait for.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import svg from 'cytoscape-svg';
import { useEffect, useRef, type MutableRefObject } from 'react';
import { themedData, toCyElements } from './cy-elements';
import type { Positions } from './elk-input';
import type { MapGraph } from './map-graph';
import { mapStylesheet, type ThemeColours } from './map-style';

cytoscape.use(svg);

/** Beyond this many edges, straight lines and hiding edges while panning keep the map fluid. */
const BIG_EDGES = 1500;

/** Below this zoom a small map's labels are unreadable; a big one is shown whole (as an overview) instead. */
const READABLE_ZOOM = 0.6;

/** Fits the map, but for small maps never so far out that names become unreadable: better to pan. */
function fitReadably(cy: Core): void {
  cy.fit(undefined, 24);
  if (cy.zoom() > 1.3) cy.zoom({ level: 1.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  if (cy.zoom() < READABLE_ZOOM && cy.nodes().length <= 60) {
    cy.zoom(READABLE_ZOOM);
    cy.center();
  }
}

export interface DrawnInfo {
  nodes: number;
  edges: number;
  /** Adding the elements with their styles and fitting the view. */
  addMs: number;
  /** From adding until the drawing is on screen. */
  renderMs: number;
}

export interface MapCanvasProps {
  graph: MapGraph;
  positions: Positions;
  colours: ThemeColours;
  teamOrder: readonly string[];
  litIds: ReadonlySet<string> | null;
  impactRootId: string | null;
  selectedId: string | null;
  /** When set, the drawing centres on this element after it is drawn (a search or a deep link). */
  focusId: string | null;
  onSelect: (elementId: string | null) => void;
  onToggleGroup: (groupNodeId: string) => void;
  onDrawn: (info: DrawnInfo) => void;
  cyRef: MutableRefObject<Core | null>;
  label: string;
}

export function MapCanvas(props: MapCanvasProps) {
  const { graph, positions, colours, teamOrder, litIds, impactRootId, selectedId, focusId, cyRef } = props;
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const big = graph.edges.length > BIG_EDGES;

  // One instance per size class: cytoscape reads its viewport options only when created.
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      elements: [],
      style: mapStylesheet(colours, big, graph.edges.length) as never,
      layout: { name: 'preset' },
      minZoom: 0.03,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: big,
      textureOnViewport: big,
    });
    cyRef.current = cy;
    // The details panel narrows the canvas; cytoscape only notices window resizes by itself.
    const resizing = new ResizeObserver(() => cy.resize());
    if (container.current) resizing.observe(container.current);
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) callbacks.current.onSelect(null);
    });
    cy.on('tap', 'node, edge', (event: EventObject) => callbacks.current.onSelect(event.target.id()));
    cy.on('dbltap', 'node.group', (event: EventObject) => callbacks.current.onToggleGroup(event.target.id()));
    cy.on('mouseover', 'node, edge', (event: EventObject) => event.target.addClass('hover'));
    cy.on('mouseout', 'node, edge', (event: EventObject) => event.target.removeClass('hover'));
    return () => {
      resizing.disconnect();
      cyRef.current = null;
      cy.destroy();
    };
    // Colours are applied by their own effect; recreating the instance for them would lose the viewport.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [big, cyRef]);

  // New elements whenever the view (and so its layout) changes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const started = performance.now();
    cy.style(mapStylesheet(colours, big, graph.edges.length) as never);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toCyElements(graph, positions, colours, teamOrder) as never);
    });
    fitReadably(cy);
    const addMs = performance.now() - started;
    let frame = requestAnimationFrame(() => {
      // cytoscape draws on the next animation frame; one more frame later the map is on screen.
      frame = requestAnimationFrame(() => callbacks.current.onDrawn({ nodes: cy.nodes().length, edges: cy.edges().length, addMs, renderMs: performance.now() - started }));
    });
    return () => cancelAnimationFrame(frame);
    // Colours and teams only restyle (below); positions always come with a new graph.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, positions, cyRef, big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.style(mapStylesheet(colours, big, graph.edges.length) as never);
    const data = themedData(graph, colours, teamOrder);
    cy.batch(() => {
      for (const [id, values] of data) cy.getElementById(id).data(values);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [colours, teamOrder]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('lit dim impact-root');
      if (!litIds) return;
      cy.elements().forEach((element) => {
        element.addClass(litIds.has(element.id()) ? 'lit' : 'dim');
      });
      if (impactRootId) cy.getElementById(impactRootId).addClass('impact-root');
    });
  }, [litIds, impactRootId, graph, positions, cyRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
  }, [selectedId, graph, positions, cyRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focusId) return;
    const target = cy.getElementById(focusId);
    if (target.empty()) return;
    cy.animate({ center: { eles: target }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  }, [focusId, graph, positions, cyRef]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 80;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const actions: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      '+': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      '=': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }),
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre }),
      '0': () => fitReadably(cy),
      Escape: () => callbacks.current.onSelect(null),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={container}
      className="map-canvas"
      role="application"
      aria-roledescription="integration map"
      aria-label={props.label}
      aria-describedby="map-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
