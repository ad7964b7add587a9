import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';
import { capturePayment } from '../lib/stripeClient';

const logger = new Logger();
const tracer = new Tracer();

interface CaptureInput {
  bookingId: string;
  payment: { paymentIntentId: string };
}

/** Invoked by the booking workflow ("Capture Payment" state) after the booking is confirmed. */
export const handler = async (event: CaptureInput, context: Context) => {
  logger.addContext(context);
  tracer.putAnnotation('bookingId', event.bookingId);

  const intent = await capturePayment(event.payment.paymentIntentId);
  logger.info('Payment captured', { bookingId: event.bookingId, paymentIntentId: intent.id });
  return { status: intent.status };
};
