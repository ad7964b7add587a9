import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SNSEvent } from 'aws-lambda';
import { addPoints } from './lib/table';
import { pointsForBooking } from './lib/points';

const logger = new Logger();
const metrics = new Metrics();

interface BookingEvent {
  bookingId: string;
  customerId: string;
  outboundFlightId: string;
  amount: number;
}

/** Subscribed to the booking service's BookingTopic (CONFIRMED messages only, via FilterPolicy). */
export const handler = async (event: SNSEvent, context: Context): Promise<void> => {
  logger.addContext(context);
  for (const record of event.Records) {
    const booking = JSON.parse(record.Sns.Message) as BookingEvent;
    const points = pointsForBooking(booking.amount);
    try {
      await addPoints({ customerId: booking.customerId, bookingId: booking.bookingId, points, flightId: booking.outboundFlightId });
      metrics.addMetric('LoyaltyPointsAwarded', MetricUnit.Count, points);
      logger.info('Points awarded', { customerId: booking.customerId, points });
    } catch (err) {
      if ((err as Error).name === 'TransactionCanceledException') {
        logger.info('Duplicate booking event ignored', { bookingId: booking.bookingId });
        continue;
      }
      throw err;
    }
  }
  metrics.publishStoredMetrics();
};
