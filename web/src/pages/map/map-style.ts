/**
 * How the map looks: shapes per system kind, a colour per owning team, line colour per health,
 * line pattern per mechanism, arrowheads per direction. Colours come from the theme's CSS
 * variables (read by the page at render time), so light and dark both stay readable. The legend
 * is built from the same tables, so it cannot drift from the drawing.
 */
import type { Direction, Health, Mechanism, SystemKind } from '../../../../src/core/model/vocabulary.js';

export interface ThemeColours {
  bg: string;
  bgSoft: string;
  bgRaised: string;
  fg: string;
  fgMuted: string;
  border: string;
  accent: string;
  ok: string;
  warn: string;
  bad: string;
  unknown: string;
  focus: string;
  dark: boolean;
}

export const KIND_SHAPES: Readonly<Record<SystemKind, string>> = {
  application: 'round-rectangle',
  saas: 'ellipse',
  database: 'barrel',
  'message-broker': 'cut-rectangle',
  'file-store': 'rhomboid',
  'external-partner': 'round-tag',
  'manual-process': 'concave-hexagon',
  'data-warehouse': 'barrel',
  gateway: 'round-hexagon',
  other: 'rectangle',
};

/** Line pattern per mechanism: API calls solid, messages dashed, files dotted, the rest apart. */
export const MECHANISM_LINES: Readonly<Record<Mechanism, { style: 'solid' | 'dotted' | 'dashed' | 'double'; dash?: [number, number]; label: string }>> = {
  rest: { style: 'solid', label: 'API (REST, GraphQL, gRPC, SOAP)' },
  graphql: { style: 'solid', label: 'API (REST, GraphQL, gRPC, SOAP)' },
  grpc: { style: 'solid', label: 'API (REST, GraphQL, gRPC, SOAP)' },
  soap: { style: 'solid', label: 'API (REST, GraphQL, gRPC, SOAP)' },
  messaging: { style: 'dashed', dash: [9, 4], label: 'Messaging' },
  'file-transfer': { style: 'dotted', label: 'File transfer' },
  database: { style: 'double', label: 'Shared database' },
  manual: { style: 'dashed', dash: [2, 7], label: 'Manual, e-mail, other' },
  email: { style: 'dashed', dash: [2, 7], label: 'Manual, e-mail, other' },
  other: { style: 'dashed', dash: [2, 7], label: 'Manual, e-mail, other' },
};

export const DIRECTION_ARROWS: Readonly<Record<Direction, { source: string; target: string; label: string }>> = {
  'one-way': { source: 'none', target: 'triangle', label: 'One-way' },
  bidirectional: { source: 'triangle', target: 'triangle', label: 'Both ways' },
  'publish-subscribe': { source: 'circle', target: 'vee', label: 'Publish-subscribe' },
};

export function healthColour(health: Health, colours: ThemeColours): string {
  return health === 'fragile' ? colours.bad : health === 'unknown' ? colours.unknown : colours.ok;
}

/** Twelve categorical hues that stay apart in both themes (Tableau-like, slightly deepened). */
const TEAM_HUES = ['#3b7dd8', '#e07b24', '#2f9e6e', '#c8414b', '#8a5cc2', '#8c6d31', '#d45fa6', '#5f7f8f', '#a3a51c', '#1ea3b5', '#6b6ecf', '#bd9e39'];

/** A stable colour per team id: the same team keeps its colour whatever else is on the map. */
export function teamColour(team: string | null, teamOrder: readonly string[]): string {
  if (!team) return '#8a8f98';
  const index = teamOrder.indexOf(team);
  if (index >= 0) return TEAM_HUES[index % TEAM_HUES.length]!;
  let hash = 0;
  for (const char of team) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TEAM_HUES[hash % TEAM_HUES.length]!;
}

function parseHex(colour: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** `a` mixed into `b` by `amount` (0..1), as hex; non-hex input is returned as `a`. */
export function mix(a: string, b: string, amount: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return a;
  return `#${x.map((value, i) => Math.round(value * amount + y[i]! * (1 - amount)).toString(16).padStart(2, '0')).join('')}`;
}

type Style = { selector: string; style: Record<string, unknown> };

/** The cytoscape stylesheet for a theme; `big` trades some finery for speed on thousands of edges. */
export function mapStylesheet(colours: ThemeColours, big: boolean, edgeCount = 0): Style[] {
  // Curves and a text label per bundle cost more to draw than they help on a crowded map.
  const curved = !big && edgeCount <= 600;
  const bundleLabels = edgeCount <= 400;
  const styles: Style[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 14,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: colours.fg,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': 'data(textWidth)',
        width: 'data(width)',
        height: 'data(height)',
        shape: 'data(shape)',
        'background-color': 'data(fill)',
        'border-color': 'data(stroke)',
        'border-width': 2,
        // Below this on-screen size labels are unreadable anyway; skipping them keeps zooming fast.
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.context', style: { opacity: 0.5 } },
    {
      selector: 'node.group',
      style: { 'font-weight': 'bold', 'font-size': 15, 'border-width': 3, 'border-style': 'double', 'text-max-width': 'data(textWidth)' },
    },
    {
      selector: 'node:parent',
      style: {
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'text-max-width': '480px',
        'text-wrap': 'ellipsis',
        'font-size': 17,
        'font-weight': 'bold',
        'background-opacity': colours.dark ? 0.22 : 0.35,
        'border-width': 2,
        'border-style': 'solid',
        padding: '14px',
        shape: 'round-rectangle',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(lineWidth)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'source-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(targetArrow)',
        'source-arrow-shape': 'data(sourceArrow)',
        'arrow-scale': 1,
        'line-style': 'data(lineStyle)',
        // Thousands of edges: haystack lines are by far the cheapest to draw. They have no
        // arrowheads, which at the zoom that shows thousands of edges are invisible anyway.
        'curve-style': big ? 'haystack' : curved ? 'bezier' : 'straight',
        'haystack-radius': 0,
        opacity: 'data(opacity)',
        label: '',
        'font-size': 11,
        color: colours.fg,
        'text-background-color': colours.bg,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge.dash-long', style: { 'line-dash-pattern': [9, 4] } },
    { selector: 'edge.dash-sparse', style: { 'line-dash-pattern': [2, 7] } },
    { selector: 'edge.link', style: { label: bundleLabels ? 'data(label)' : '', 'font-weight': 'bold' } },
    { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', width: 'data(selectedWidth)', 'z-index': 10 } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': colours.accent } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': colours.focus, 'overlay-color': colours.focus, 'overlay-opacity': 0.12, 'overlay-padding': 4 },
    },
    { selector: 'edge:selected', style: { 'overlay-color': colours.focus, 'overlay-opacity': 0.2, 'overlay-padding': 3 } },
    { selector: '.dim', style: { opacity: 0.12 } },
    { selector: 'node.lit', style: { 'border-width': 4, 'border-color': colours.accent, opacity: 1 } },
    { selector: 'node.impact-root', style: { 'border-width': 6, 'border-style': 'double' } },
    { selector: 'edge.lit', style: { opacity: 1, width: 'data(selectedWidth)', 'z-index': 5 } },
  ];
  return styles;
}
