import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import { authorisePayment } from '../lib/stripeClient';

const logger = new Logger();
const tracer = new Tracer();
const metrics = new Metrics();

interface CollectInput {
  bookingId: string;
  customerId: string;
  chargeToken: string;
  amount: number;
  currency: string;
}

/** Invoked by the booking workflow ("Collect Payment" state). */
export const handler = async (event: CollectInput, context: Context) => {
  logger.addContext(context);
  tracer.putAnnotation('bookingId', event.bookingId);

  try {
    const intent = await authorisePayment(event.bookingId, Math.round(event.amount * 100), event.currency, event.chargeToken);
    metrics.addMetric('PaymentsAuthorised', MetricUnit.Count, 1);
    logger.info('Payment authorised', { bookingId: event.bookingId, paymentIntentId: intent.id });
    return { paymentIntentId: intent.id, status: intent.status };
  } catch (err) {
    metrics.addMetric('PaymentsDeclined', MetricUnit.Count, 1);
    logger.error('Payment authorisation failed', err as Error);
    throw err;
  } finally {
    metrics.publishStoredMetrics();
  }
};
