import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '../export/test-support/sample-snapshot.js';
import type { IntegrationInput } from '../model/schemas.js';
import { escapeXml, matrixSvg } from './chart.js';
import { QUADRANTS } from './quadrant.js';
import { prioritise } from './sequence.js';
import { SYSTEMS, item } from './test-support/fixtures.js';

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/y;
const TEXT = /^(?:[^&<>]|&(?:amp|lt|gt|quot|apos);)*$/;

/**
 * Checks the XML is well formed as far as this renderer writes it: every tag matched and nested,
 * attributes quoted, text escaped, one root. Returns the element names in document order.
 */
function wellFormed(xml: string): string[] {
  const open: string[] = [];
  const elements: string[] = [];
  let position = 0;
  let roots = 0;
  while (position < xml.length) {
    if (xml[position] === '<') {
      TAG.lastIndex = position;
      const match = TAG.exec(xml);
      if (!match) throw new Error(`bad tag at ${position}: ${xml.slice(position, position + 40)}`);
      const [whole, closing, name, , selfClosing] = match as unknown as [string, string, string, string, string];
      if (closing) {
        if (open.pop() !== name) throw new Error(`</${name}> closes the wrong element at ${position}`);
      } else {
        if (open.length === 0) roots += 1;
        elements.push(name);
        if (!selfClosing) open.push(name);
      }
      position += whole.length;
    } else {
      const next = xml.indexOf('<', position);
      const text = xml.slice(position, next === -1 ? undefined : next);
      if (open.length === 0 ? text.trim() !== '' : !TEXT.test(text)) throw new Error(`bad text at ${position}: ${JSON.stringify(text.slice(0, 40))}`);
      position = next === -1 ? xml.length : next;
    }
  }
  if (open.length > 0) throw new Error(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  return elements;
}

/** The circles' centres, in document order. */
function centres(svg: string): { x: number; y: number }[] {
  return [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
}

const SAMPLE: IntegrationInput[] = [
  item('orders', { value: 5, complexity: 1, name: 'Orders to ERP' }),
  item('invoices', { value: 5, complexity: 5, name: 'Invoices' }),
  item('stock', { value: 1, complexity: 1, name: 'Stock levels', status: 'active' }),
  item('legacy', { value: 1, complexity: 5, name: 'Legacy export' }),
  item('payments', { value: 4, complexity: 2, name: 'Payments', dependsOn: ['orders'] }),
];

describe('matrixSvg', () => {
  it('draws a well-formed standalone SVG with the four quadrants named and one circle per integration', () => {
    const result = prioritise({ integrations: SAMPLE, systems: SYSTEMS });
    const svg = matrixSvg(result);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const elements = wellFormed(svg);
    expect(elements.filter((name) => name === 'circle')).toHaveLength(SAMPLE.length);
    for (const quadrant of QUADRANTS) expect(svg).toContain(`${quadrant.name} (`);
    expect(svg).toContain('Technical complexity');
    expect(svg).toContain('Business value');
  });

  it('lays the matrix out as the guide does: do first top-right, reconsider bottom-left', () => {
    const result = prioritise({ integrations: SAMPLE, systems: SYSTEMS });
    const svg = matrixSvg(result);
    const at = Object.fromEntries(result.integrations.map((entry, index) => [entry.id, centres(svg)[index]]));
    const width = 720;
    const height = 560;
    expect(at['orders']).toSatisfy((point: { x: number; y: number }) => point.x > width / 2 && point.y < height / 2);
    expect(at['invoices']).toSatisfy((point: { x: number; y: number }) => point.x < width / 2 && point.y < height / 2);
    expect(at['stock']).toSatisfy((point: { x: number; y: number }) => point.x > width / 2 && point.y > height / 2);
    expect(at['legacy']).toSatisfy((point: { x: number; y: number }) => point.x < width / 2 && point.y > height / 2);
  });

  it('gives each point a title with its id, value and complexity', () => {
    const svg = matrixSvg(prioritise({ integrations: SAMPLE, systems: SYSTEMS }));
    expect(svg).toMatch(/<circle [^>]*><title>orders: Orders to ERP\. Value 5\.00, complexity 1\.00; Do first, planned, #1 in sequence, pick 1 of the top three\.<\/title><\/circle>/);
  });

  it('labels the top three, numbered', () => {
    const result = prioritise({ integrations: SAMPLE, systems: SYSTEMS });
    const svg = matrixSvg(result);
    const labels = [...svg.matchAll(/<g class="labels"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((match) => [...(match[1] ?? '').matchAll(/>([^<]+)<\/text>/g)].map((text) => text[1]));
    expect(result.topThree).toEqual(['orders', 'payments', 'invoices']);
    expect(labels).toEqual(['1. Orders to ERP', '2. Payments', '3. Invoices']);
    expect(matrixSvg(result, { maxLabels: 0 })).not.toContain('class="labels"');
  });

  it.each(HOSTILE_NAMES.map((name, index) => [index, name]))('escapes hostile name %i', (_index, name) => {
    const svg = matrixSvg(prioritise({ integrations: [item('x', { value: 4, complexity: 2, name })], systems: SYSTEMS }), { title: name });
    wellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain(escapeXml(name.replace(/\s+/g, ' ').trim().slice(0, 10)));
  });

  it('replaces characters XML cannot carry at all', () => {
    expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('😀 & "x" <y> \'z\'')).toBe('😀 &amp; &quot;x&quot; &lt;y&gt; &apos;z&apos;');
  });

  it('spreads points with the same scores apart, deterministically, without leaving their quadrant', () => {
    const crowd = Array.from({ length: 40 }, (_, index) => item(`same-${index}`, { value: 4, complexity: 2 }));
    const result = prioritise({ integrations: crowd, systems: SYSTEMS });
    const svg = matrixSvg(result);
    expect(matrixSvg(result)).toBe(svg);
    const points = centres(svg);
    expect(new Set(points.map((point) => `${point.x},${point.y}`)).size).toBeGreaterThan(35);
    // Do first is right of the complexity-3 line and above the value-3 line.
    const splitX = 72 + ((5 - 3) / 4) * (720 - 24 - 72);
    const splitY = 560 - 72 - ((3 - 1) / 4) * (560 - 72 - 44);
    for (const point of points) {
      expect(point.x).toBeGreaterThan(splitX);
      expect(point.y).toBeLessThan(splitY);
    }
  });

  it('draws a point on a dividing line inside the quadrant it counts in', () => {
    const result = prioritise({ integrations: [item('edge', { value: 3, complexity: 3 })], systems: SYSTEMS });
    expect(result.integrations[0]?.quadrant).toBe('plan-carefully');
    const [point] = centres(matrixSvg(result));
    const splitX = 72 + ((5 - 3) / 4) * (720 - 24 - 72);
    const splitY = 560 - 72 - ((3 - 1) / 4) * (560 - 72 - 44);
    expect(point?.x).toBeLessThan(splitX);
    expect(point?.y).toBeLessThan(splitY);
  });

  it('draws an empty matrix for an empty catalog and honours the size options', () => {
    const svg = matrixSvg(prioritise({ integrations: [], systems: [] }), { width: 400, height: 300 });
    wellFormed(svg);
    expect(svg).toContain('width="400" height="300"');
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('0 integrations');
  });

  it('stays well formed and shrinks its points for a large catalog', () => {
    const many = Array.from({ length: 2_000 }, (_, index) => item(`i${index}`, { value: 1 + (index % 5), complexity: 1 + ((index * 7) % 5), status: index % 3 === 0 ? 'active' : 'planned' }));
    const svg = matrixSvg(prioritise({ integrations: many, systems: SYSTEMS }), { maxLabels: 50 });
    const elements = wellFormed(svg);
    expect(elements.filter((name) => name === 'circle')).toHaveLength(2_000);
    expect(svg).toContain('r="3"');
    // Labels are capped at 20 whatever is asked.
    const labelGroup = /<g class="labels"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(labelGroup.match(/<text /g)).toHaveLength(20);
  });
});
