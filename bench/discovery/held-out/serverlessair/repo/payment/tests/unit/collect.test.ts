import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import nock from 'nock';
import { handler } from '../../src/handlers/collect';

const ssmMock = mockClient(SSMClient);
const context = { functionName: 'collect', awsRequestId: 'req-1' } as unknown as Context;

describe('collect payment', () => {
  beforeEach(() => {
    ssmMock.reset();
    ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: 'sk_test_123' } });
  });
  afterEach(() => nock.cleanAll());

  it('authorises the payment with manual capture', async () => {
    const scope = nock('https://api.stripe.com')
      .post('/v1/payment_intents', (body) => body.capture_method === 'manual' && body.amount === '12900')
      .reply(200, { id: 'pi_123', status: 'requires_capture', amount: 12900, currency: 'eur' });

    const result = await handler(
      { bookingId: 'bk-1', customerId: 'cust-42', chargeToken: 'tok_visa', amount: 129, currency: 'EUR' },
      context,
    );

    expect(result).toEqual({ paymentIntentId: 'pi_123', status: 'requires_capture' });
    expect(scope.isDone()).toBe(true);
  });

  it('throws PaymentDeclinedError for card errors', async () => {
    nock('https://api.stripe.com')
      .post('/v1/payment_intents')
      .reply(402, { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } });

    await expect(
      handler({ bookingId: 'bk-2', customerId: 'cust-42', chargeToken: 'tok_chargeDeclined', amount: 50, currency: 'EUR' }, context),
    ).rejects.toThrow('Your card was declined.');
  });
});
