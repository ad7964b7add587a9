export type Tier = 'BRONZE' | 'SILVER' | 'GOLD' | 'PLATINUM';

const TIER_THRESHOLDS: Array<[Tier, number]> = [
  ['PLATINUM', 100_000],
  ['GOLD', 50_000],
  ['SILVER', 10_000],
  ['BRONZE', 0],
];

/** 10 points per whole currency unit spent, rounded down. */
export const pointsForBooking = (amount: number): number => Math.floor(amount) * 10;

export const tierFor = (totalPoints: number): Tier =>
  TIER_THRESHOLDS.find(([, min]) => totalPoints >= min)?.[0] ?? 'BRONZE';
