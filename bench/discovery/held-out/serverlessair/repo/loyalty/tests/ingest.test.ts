import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SNSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { handler } from '../src/ingest';
import snsEvent from '../events/sns-booking-confirmed.json';

const ddbMock = mockClient(DynamoDBDocumentClient);

describe('ingest', () => {
  beforeEach(() => ddbMock.reset());

  it('awards 10 points per currency unit', async () => {
    ddbMock.on(TransactWriteCommand).resolves({});

    await handler(snsEvent as unknown as SNSEvent, {} as Context);

    expect(ddbMock).toHaveReceivedCommandTimes(TransactWriteCommand, 1);
    const call = ddbMock.commandCalls(TransactWriteCommand)[0];
    expect(call.args[0].input.TransactItems?.[0].Put?.Item?.points).toBe(1290);
  });

  it('ignores duplicate deliveries', async () => {
    const dup = Object.assign(new Error('dup'), { name: 'TransactionCanceledException' });
    ddbMock.on(TransactWriteCommand).rejects(dup);

    await expect(handler(snsEvent as unknown as SNSEvent, {} as Context)).resolves.toBeUndefined();
  });
});
