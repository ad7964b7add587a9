import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { getProfile, setTier } from './lib/table';
import { tierFor } from './lib/points';

const logger = new Logger();

/** Triggered by LoyaltyTable's stream when new POINTS# items are inserted. */
export const handler = async (event: DynamoDBStreamEvent): Promise<void> => {
  const customers = new Set(
    event.Records.map((r) => r.dynamodb?.Keys?.customerId?.S).filter((c): c is string => Boolean(c)),
  );
  for (const customerId of customers) {
    const profile = await getProfile(customerId);
    const tier = tierFor(Number(profile?.totalPoints ?? 0));
    try {
      await setTier(customerId, tier);
      logger.info('Tier updated', { customerId, tier });
    } catch (err) {
      if ((err as Error).name !== 'TransactionCanceledException') throw err;
    }
  }
};
