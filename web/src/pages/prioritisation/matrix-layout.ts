/**
 * Where each rated integration is drawn on the value/complexity matrix. The API decides the
 * quadrant; this only decides pixels: complexity 5 on the left and 1 on the right, value 1 at the
 * bottom and 5 at the top, each axis running half a step past the scale so extreme scores sit
 * inside the frame. Points that would cover each other are spread in a small spiral, in the
 * order of their ids, and kept inside the quadrant they count in (a point exactly on a dividing
 * line is drawn just inside its own quadrant), so the picture never misstates where one belongs.
 */
import type { Prioritisation, PrioritisedIntegration, QuadrantId, Thresholds } from './types';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MatrixPoint {
  id: string;
  name: string;
  quadrant: QuadrantId;
  value: number;
  complexity: number;
  rank: number;
  status: string;
  /** Already running (active or deprecated): drawn hollow. */
  built: boolean;
  /** 1-3 when it is one of the top three. */
  pick: number | null;
  x: number;
  y: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  plot: Box;
  splitX: number;
  splitY: number;
  areas: Record<QuadrantId, Box>;
  ticks: { value: number; x: number; y: number }[];
  radius: number;
  points: MatrixPoint[];
}

export const MATRIX_SIZE = { width: 720, height: 540 } as const;

/** The integrations the matrix draws: unrated ones would all sit on the midpoint as guesses. */
export function ratedIntegrations(result: Pick<Prioritisation, 'integrations'>): PrioritisedIntegration[] {
  return result.integrations.filter((item) => !item.unrated);
}

export function matrixLayout(result: Pick<Prioritisation, 'integrations' | 'topThree' | 'thresholds'>, size: { width: number; height: number } = MATRIX_SIZE): MatrixLayout {
  const { width, height } = size;
  const thresholds: Thresholds = result.thresholds;
  const plot: Box = { left: 64, top: 16, right: width - 16, bottom: height - 64 };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;
  const xOf = (complexity: number) => plot.left + ((5.5 - complexity) / 5) * plotWidth;
  const yOf = (value: number) => plot.bottom - ((value - 0.5) / 5) * plotHeight;
  const splitX = xOf(thresholds.complexity);
  const splitY = yOf(thresholds.value);
  const areas: Record<QuadrantId, Box> = {
    'do-first': { left: splitX, top: plot.top, right: plot.right, bottom: splitY },
    'plan-carefully': { left: plot.left, top: plot.top, right: splitX, bottom: splitY },
    'batch-together': { left: splitX, top: splitY, right: plot.right, bottom: plot.bottom },
    'reconsider-or-defer': { left: plot.left, top: splitY, right: splitX, bottom: plot.bottom },
  };
  const ticks = [1, 2, 3, 4, 5].map((value) => ({ value, x: xOf(value), y: yOf(value) }));

  const items = ratedIntegrations(result);
  const radius = items.length <= 60 ? 7 : items.length <= 500 ? 4.5 : 3;
  const picks = new Map(result.topThree.map((id, index) => [id, index + 1]));

  const crowds = new Map<string, PrioritisedIntegration[]>();
  for (const item of items) {
    const key = `${item.quadrant}:${Math.round(xOf(item.complexity) / radius)}:${Math.round(yOf(item.value) / radius)}`;
    crowds.set(key, [...(crowds.get(key) ?? []), item]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const goldenAngle = Math.PI * (3 - Math.sqrt(5));
  for (const crowd of crowds.values()) {
    const members = [...crowd].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    const first = members[0] as PrioritisedIntegration;
    const area = areas[first.quadrant];
    const spacing = radius * 2.3;
    const reach = members.length === 1 ? radius + 1 : spacing * Math.sqrt(members.length - 0.5) + radius;
    const fitX = Math.min(reach, (area.right - area.left) / 2);
    const fitY = Math.min(reach, (area.bottom - area.top) / 2);
    const centreX = clamp(xOf(first.complexity), area.left + fitX, area.right - fitX);
    const centreY = clamp(yOf(first.value), area.top + fitY, area.bottom - fitY);
    members.forEach((member, order) => {
      const distance = members.length === 1 ? 0 : spacing * Math.sqrt(order + 0.5);
      const angle = order * goldenAngle;
      positions.set(member.id, {
        x: clamp(centreX + Math.cos(angle) * distance, area.left + radius, area.right - radius),
        y: clamp(centreY + Math.sin(angle) * distance, area.top + radius, area.bottom - radius),
      });
    });
  }

  const points = items.map((item) => {
    const position = positions.get(item.id) as { x: number; y: number };
    return {
      id: item.id,
      name: item.name,
      quadrant: item.quadrant,
      value: item.value,
      complexity: item.complexity,
      rank: item.rank,
      status: item.status,
      built: item.status === 'active' || item.status === 'deprecated',
      pick: picks.get(item.id) ?? null,
      x: round(position.x),
      y: round(position.y),
    };
  });
  return { width, height, plot, splitX, splitY, areas, ticks, radius, points };
}

/** Which quadrant a drawn point lies in, by its pixels (for checking the layout never misplaces one). */
export function areaAt(layout: Pick<MatrixLayout, 'areas'>, x: number, y: number): QuadrantId | null {
  for (const [id, area] of Object.entries(layout.areas) as [QuadrantId, Box][]) {
    if (x >= area.left && x <= area.right && y >= area.top && y <= area.bottom) return id;
  }
  return null;
}

function clamp(value: number, low: number, high: number): number {
  return low > high ? (low + high) / 2 : Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
