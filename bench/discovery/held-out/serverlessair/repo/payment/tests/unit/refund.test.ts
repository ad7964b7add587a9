import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Context, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import nock from 'nock';
import { handler } from '../../src/handlers/refund';
import refundMessage from '../../events/refund-message.json';

const ssmMock = mockClient(SSMClient);
const context = { functionName: 'refund', awsRequestId: 'req-2' } as unknown as Context;

describe('refund consumer', () => {
  beforeEach(() => {
    ssmMock.reset();
    ssmMock.on(GetParameterCommand).resolves({ Parameter: { Value: 'sk_test_123' } });
  });

  it('refunds each message and reports no failures', async () => {
    nock('https://api.stripe.com').post('/v1/refunds').reply(200, { id: 're_1', status: 'succeeded' });

    const result = await handler(refundMessage as unknown as SQSEvent, context);

    expect(result.batchItemFailures).toHaveLength(0);
  });

  it('reports failed records for retry', async () => {
    nock('https://api.stripe.com').post('/v1/refunds').reply(500, { error: { type: 'api_error', message: 'boom' } });

    const result = await handler(refundMessage as unknown as SQSEvent, context);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'msg-1' }]);
  });
});
