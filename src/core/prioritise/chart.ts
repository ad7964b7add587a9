/**
 * The prioritisation matrix as a standalone SVG, laid out as the strategy guide draws it: value
 * rises upwards and complexity falls to the right, so "Do first" is the top-right corner. The
 * output depends only on its input (no clock, no randomness), so it can be committed and diffed.
 */
import { singleLine } from '../export/text.js';
import { QUADRANTS, QUADRANT_BY_ID, type QuadrantId, type Thresholds } from './quadrant.js';
import type { Prioritisation, PrioritisedIntegration } from './sequence.js';

/** How to draw the matrix. */
export interface MatrixSvgOptions {
  /** Pixels; default 720, kept within 320-4000. */
  width?: number;
  /** Pixels; default 560, kept within 280-4000. */
  height?: number;
  /** The chart's title; default "Integration priorities". */
  title?: string;
  /** How many points get a text label: the top three first, then down the sequence. Default 3, at most 20. */
  maxLabels?: number;
}

/** Fill of each quadrant's background and of its points: light and dark shades of one hue. */
const COLOURS: Readonly<Record<QuadrantId, { area: string; point: string }>> = {
  'do-first': { area: '#e6f4ea', point: '#188038' },
  'plan-carefully': { area: '#e8f0fe', point: '#1967d2' },
  'batch-together': { area: '#fef7e0', point: '#b06000' },
  'reconsider-or-defer': { area: '#fce8e6', point: '#c5221f' },
};

// XML 1.0 forbids most control characters and unpaired surrogates even when escaped; a name
// carrying one would make the whole document unreadable, so each becomes U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with one decimal: enough for the eye, and the same on every machine. */
function px(value: number): string {
  return value.toFixed(1);
}

/** 32-bit FNV-1a with MurmurHash3's finaliser: cheap and stable, and ids differing in one character still land far apart. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** Keeps a number within bounds, falling back when it is not a number at all. */
function clamp(value: number | undefined, low: number, high: number, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(high, Math.max(low, value));
}

/** Shortens a label so one long name cannot cover the chart. */
function shorten(text: string, length: number): string {
  const line = singleLine(text);
  return line.length <= length ? line : `${line.slice(0, length - 1)}…`;
}

/** A rectangle in pixels. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Renders the 2×2 matrix with one circle per integration, its quadrants named and the top picks labelled. */
export function matrixSvg(prioritisation: Prioritisation, options: MatrixSvgOptions = {}): string {
  const width = Math.round(clamp(options.width, 320, 4000, 720));
  const height = Math.round(clamp(options.height, 280, 4000, 560));
  const maxLabels = Math.floor(clamp(options.maxLabels, 0, 20, 3));
  const title = options.title ?? 'Integration priorities';
  const thresholds: Thresholds = prioritisation.thresholds;
  // Unrated integrations would all sit on the midpoint as guesses; the chart shows judgements only.
  const items = prioritisation.integrations.filter((item) => !item.unrated);

  const plot: Box = { left: 72, top: 44, right: width - 24, bottom: height - 72 };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  // Complexity 5 towards the left, 1 towards the right; value 1 towards the bottom, 5 towards the
  // top. Each axis runs half a step past the scale (0.5 to 5.5) so the extreme scores sit inside
  // the frame, clear of the quadrant names in the corners.
  const xOf = (complexity: number): number => plot.left + ((5.5 - complexity) / 5) * plotWidth;
  const yOf = (value: number): number => plot.bottom - ((value - 0.5) / 5) * plotHeight;
  const splitX = xOf(thresholds.complexity);
  const splitY = yOf(thresholds.value);
  const areas: Record<QuadrantId, Box> = {
    'do-first': { left: splitX, top: plot.top, right: plot.right, bottom: splitY },
    'plan-carefully': { left: plot.left, top: plot.top, right: splitX, bottom: splitY },
    'batch-together': { left: splitX, top: splitY, right: plot.right, bottom: plot.bottom },
    'reconsider-or-defer': { left: plot.left, top: splitY, right: splitX, bottom: plot.bottom },
  };

  const counts = prioritisation.summary.byQuadrant;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="matrix-title matrix-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
  );
  out.push(`<title id="matrix-title">${escapeXml(title)}</title>`);
  const description = `${items.length} integration${items.length === 1 ? '' : 's'} by business value (up) and technical complexity (easier to the right): ${QUADRANTS.map((quadrant) => `${counts[quadrant.id]} in ${quadrant.name}`).join(', ')}${prioritisation.summary.unrated > 0 ? `; ${prioritisation.summary.unrated} without value ratings not drawn` : ''}.`;
  out.push(`<desc id="matrix-desc">${escapeXml(description)}</desc>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${px(plot.left)}" y="24" font-size="16" font-weight="600" fill="#202124">${escapeXml(title)}</text>`);

  // Quadrant backgrounds, with their names in the outer corners where points are least likely.
  out.push('<g class="quadrants">');
  for (const quadrant of QUADRANTS) {
    const area = areas[quadrant.id];
    out.push(
      `<rect class="quadrant ${quadrant.id}" x="${px(area.left)}" y="${px(area.top)}" width="${px(area.right - area.left)}" height="${px(area.bottom - area.top)}" fill="${COLOURS[quadrant.id].area}"><title>${escapeXml(`${quadrant.name}: ${quadrant.meaning}`)}</title></rect>`,
    );
    const right = quadrant.position.endsWith('right');
    const top = quadrant.position.startsWith('top');
    const x = right ? plot.right - 8 : plot.left + 8;
    const y = top ? plot.top + 18 : plot.bottom - 10;
    out.push(
      `<text x="${px(x)}" y="${px(y)}" text-anchor="${right ? 'end' : 'start'}" font-size="13" font-weight="600" fill="${COLOURS[quadrant.id].point}">${escapeXml(`${quadrant.name} (${counts[quadrant.id]})`)}</text>`,
    );
  }
  out.push('</g>');

  // Grid, ticks and axes.
  out.push('<g class="axes" fill="#5f6368">');
  for (let tick = 1; tick <= 5; tick += 1) {
    const x = xOf(tick);
    const y = yOf(tick);
    out.push(`<line x1="${px(x)}" y1="${px(plot.top)}" x2="${px(x)}" y2="${px(plot.bottom)}" stroke="#000000" stroke-opacity="0.06"/>`);
    out.push(`<line x1="${px(plot.left)}" y1="${px(y)}" x2="${px(plot.right)}" y2="${px(y)}" stroke="#000000" stroke-opacity="0.06"/>`);
    out.push(`<text x="${px(x)}" y="${px(plot.bottom + 16)}" text-anchor="middle">${tick}</text>`);
    out.push(`<text x="${px(plot.left - 8)}" y="${px(y + 4)}" text-anchor="end">${tick}</text>`);
  }
  out.push(`<line x1="${px(splitX)}" y1="${px(plot.top)}" x2="${px(splitX)}" y2="${px(plot.bottom)}" stroke="#5f6368" stroke-width="1.5"/>`);
  out.push(`<line x1="${px(plot.left)}" y1="${px(splitY)}" x2="${px(plot.right)}" y2="${px(splitY)}" stroke="#5f6368" stroke-width="1.5"/>`);
  out.push(`<rect x="${px(plot.left)}" y="${px(plot.top)}" width="${px(plotWidth)}" height="${px(plotHeight)}" fill="none" stroke="#5f6368"/>`);
  // Each axis says which way is better at its ends, so the reversed complexity axis cannot be misread.
  const axisY = plot.bottom + 36;
  out.push(`<g class="axis-label" font-size="13" fill="#202124">`);
  out.push(`<text x="${px(plot.left)}" y="${px(axisY)}" text-anchor="start">${escapeXml('← harder')}</text>`);
  out.push(`<text x="${px(plot.left + plotWidth / 2)}" y="${px(axisY)}" text-anchor="middle" font-weight="600">Technical complexity</text>`);
  out.push(`<text x="${px(plot.right)}" y="${px(axisY)}" text-anchor="end">${escapeXml('easier →')}</text>`);
  const axisX = 24;
  const rotate = (y: number): string => `transform="rotate(-90 ${axisX} ${px(y)})"`;
  out.push(`<text x="${axisX}" y="${px(plot.bottom)}" ${rotate(plot.bottom)} text-anchor="start">${escapeXml('← lower')}</text>`);
  const middleY = plot.top + plotHeight / 2;
  out.push(`<text x="${axisX}" y="${px(middleY)}" ${rotate(middleY)} text-anchor="middle" font-weight="600">Business value</text>`);
  out.push(`<text x="${axisX}" y="${px(plot.top)}" ${rotate(plot.top)} text-anchor="end">${escapeXml('higher →')}</text>`);
  out.push('</g>');
  out.push(
    `<text class="legend" x="${px(plot.left)}" y="${px(plot.bottom + 58)}" font-size="11">${escapeXml('Filled: still to build. Hollow: already running. Numbered: where to start.')}</text>`,
  );
  out.push('</g>');

  // Points. Many integrations share a score (ratings are whole numbers), so points that would
  // cover each other are laid out as a sunflower spiral around their spot, in the order of a hash
  // of their ids: stable from run to run, evenly spaced, and never moved out of their own
  // quadrant, which would misstate where they belong.
  const radius = items.length <= 50 ? 6 : items.length <= 500 ? 4 : items.length <= 5_000 ? 3 : 2;
  const crowds = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = `${item.quadrant}:${Math.round(xOf(item.complexity) / radius)}:${Math.round(yOf(item.value) / radius)}`;
    const crowd = crowds.get(key);
    if (crowd === undefined) crowds.set(key, [index]);
    else crowd.push(index);
  });
  const positions: { x: number; y: number }[] = new Array<{ x: number; y: number }>(items.length);
  const goldenAngle = Math.PI * (3 - Math.sqrt(5));
  for (const crowd of crowds.values()) {
    const first = items[crowd[0] as number] as PrioritisedIntegration;
    const area = areas[first.quadrant];
    const members = crowd
      .map((index) => ({ index, hash: hashId((items[index] as PrioritisedIntegration).id), id: (items[index] as PrioritisedIntegration).id }))
      .sort((left, right) => left.hash - right.hash || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    // The spiral's reach; its centre moves just far enough into the quadrant for all of it to fit
    // (a point on a dividing line, value exactly 3 say, is drawn inside the quadrant it counts in).
    const spacing = radius * 2.1;
    const reach = crowd.length === 1 ? radius : spacing * Math.sqrt(crowd.length - 0.5) + radius;
    const fitX = Math.min(reach, (area.right - area.left) / 2);
    const fitY = Math.min(reach, (area.bottom - area.top) / 2);
    const centreX = Math.min(area.right - fitX, Math.max(area.left + fitX, xOf(first.complexity)));
    const centreY = Math.min(area.bottom - fitY, Math.max(area.top + fitY, yOf(first.value)));
    members.forEach((member, order) => {
      const distance = crowd.length === 1 ? 0 : spacing * Math.sqrt(order + 0.5);
      const angle = order * goldenAngle;
      positions[member.index] = {
        x: Math.min(area.right - radius, Math.max(area.left + radius, centreX + Math.cos(angle) * distance)),
        y: Math.min(area.bottom - radius, Math.max(area.top + radius, centreY + Math.sin(angle) * distance)),
      };
    });
  }
  const rankOf = new Map<string, number>();
  prioritisation.topThree.forEach((id, index) => rankOf.set(id, index + 1));
  out.push('<g class="points">');
  items.forEach((item, index) => {
    const position = positions[index] as { x: number; y: number };
    const colour = COLOURS[item.quadrant].point;
    const built = item.status === 'active' || item.status === 'deprecated';
    const paint = built ? `fill="#ffffff" stroke="${colour}" stroke-width="1.5"` : `fill="${colour}" stroke="#ffffff" stroke-width="1"`;
    const pick = rankOf.get(item.id);
    const tooltip = `${item.id}: ${singleLine(item.name)}. Value ${item.value.toFixed(2)}, complexity ${item.complexity.toFixed(2)}; ${QUADRANT_BY_ID[item.quadrant].name}, ${item.status}, #${item.rank} in sequence${pick === undefined ? '' : `, pick ${pick} of the top three`}.`;
    out.push(`<circle cx="${px(position.x)}" cy="${px(position.y)}" r="${radius}" ${paint}><title>${escapeXml(tooltip)}</title></circle>`);
  });
  out.push('</g>');

  // Labels: the top three first, then further down the sequence, up to the cap. Each is nudged
  // down until it clears the labels already placed, so neighbours stay legible.
  const labelled: PrioritisedIntegration[] = [];
  const indexOf = new Map<string, number>();
  items.forEach((item, index) => indexOf.set(item.id, index));
  for (const id of prioritisation.topThree) {
    const index = indexOf.get(id);
    if (index !== undefined && labelled.length < maxLabels) labelled.push(items[index] as PrioritisedIntegration);
  }
  for (const item of items) {
    if (labelled.length >= maxLabels) break;
    if (!labelled.includes(item)) labelled.push(item);
  }
  if (labelled.length > 0) {
    out.push('<g class="labels" font-size="12" fill="#202124" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">');
    const placed: Box[] = [];
    labelled.forEach((item, order) => {
      const position = positions[indexOf.get(item.id) as number] as { x: number; y: number };
      const text = `${order + 1}. ${shorten(item.name, 28)}`;
      const textWidth = text.length * 6.6;
      const toLeft = position.x + radius + 4 + textWidth > width - 4;
      const left = toLeft ? position.x - radius - 4 - textWidth : position.x + radius + 4;
      let top = position.y - 8;
      for (let attempt = 0; attempt < 8 && placed.some((box) => left < box.right && left + textWidth > box.left && top < box.bottom && top + 14 > box.top); attempt += 1) top += 14;
      placed.push({ left, top, right: left + textWidth, bottom: top + 14 });
      const x = toLeft ? position.x - radius - 4 : position.x + radius + 4;
      out.push(`<text x="${px(x)}" y="${px(top + 11)}" text-anchor="${toLeft ? 'end' : 'start'}">${escapeXml(text)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
