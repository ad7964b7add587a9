import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { handler } from '../src/get';

const ddbMock = mockClient(DynamoDBDocumentClient);

const apiEvent = (customerId: string, sub: string) =>
  ({
    pathParameters: { customerId },
    requestContext: { authorizer: { claims: { sub } } },
  }) as unknown as APIGatewayProxyEvent;

describe('get loyalty', () => {
  beforeEach(() => ddbMock.reset());

  it('returns points and tier', async () => {
    ddbMock.on(QueryCommand).resolves({ Items: [{ customerId: 'cust-42', sk: 'PROFILE', totalPoints: 12_500 }] });
    const res = await handler(apiEvent('cust-42', 'cust-42'));
    expect(JSON.parse(res.body)).toMatchObject({ points: 12_500, tier: 'SILVER' });
  });

  it('rejects other customers', async () => {
    const res = await handler(apiEvent('cust-42', 'cust-7'));
    expect(res.statusCode).toBe(403);
  });
});
