import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { refundPayment } from '../lib/stripeClient';

const processor = new BatchProcessor(EventType.SQS);
const logger = new Logger();
const tracer = new Tracer();

interface RefundRequest {
  bookingId: string;
  paymentIntentId: string;
  reason: string;
}

const recordHandler = async (record: SQSRecord): Promise<void> => {
  const request = JSON.parse(record.body) as RefundRequest;
  const refund = await refundPayment(request.paymentIntentId, request.reason);
  logger.info('Refund issued', { bookingId: request.bookingId, refundId: refund.id, status: refund.status });
};

/** Consumes refund requests from RefundQueue (sent by the booking service when a booking is cancelled). */
export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  tracer.putMetadata('batchSize', event.Records.length);
  return processPartialResponse(event, recordHandler, processor, { context });
};
