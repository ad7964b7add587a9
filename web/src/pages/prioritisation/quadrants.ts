/**
 * The four quadrants as the API names them (the API answers with ids only; a unit test keeps these
 * equal to the server's QUADRANTS). Laid out as the strategy guide draws them: value rises upwards
 * and complexity falls to the right, so "Do first" is the top-right corner.
 */
import type { QuadrantId } from './types';

export interface QuadrantLabel {
  id: QuadrantId;
  name: string;
  meaning: string;
  position: 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';
}

export const QUADRANT_LABELS: readonly QuadrantLabel[] = [
  { id: 'do-first', name: 'Do first', meaning: 'Pays off well for little effort. Start here: quick wins show the programme working.', position: 'top-right' },
  { id: 'plan-carefully', name: 'Plan carefully', meaning: 'Pays off well but is hard to build. Worth doing, once it has a design, people and a realistic plan.', position: 'top-left' },
  { id: 'batch-together', name: 'Batch together', meaning: 'Easy but of modest benefit. Group these and build them together when there is spare capacity.', position: 'bottom-right' },
  { id: 'reconsider-or-defer', name: 'Reconsider or defer', meaning: 'Hard and of modest benefit. Ask whether it is needed at all; leave it until something changes.', position: 'bottom-left' },
];

export const QUADRANT_NAME: Readonly<Record<QuadrantId, string>> = Object.fromEntries(QUADRANT_LABELS.map((quadrant) => [quadrant.id, quadrant.name])) as Record<QuadrantId, string>;

export function quadrantLabel(id: QuadrantId): QuadrantLabel {
  return QUADRANT_LABELS.find((quadrant) => quadrant.id === id) as QuadrantLabel;
}
