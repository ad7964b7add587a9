import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Tracer } from '@aws-lambda-powertools/tracer';

const tracer = new Tracer();

export const ddb = DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true },
});

const tableName = (): string => {
  const name = process.env.LOYALTY_TABLE_NAME;
  if (!name) throw new Error('LOYALTY_TABLE_NAME not set');
  return name;
};

export interface PointsEntry {
  customerId: string;
  bookingId: string;
  points: number;
  flightId: string;
}

/** Idempotently records points for a booking and bumps the customer's running total. */
export const addPoints = async (entry: PointsEntry): Promise<void> => {
  await ddb.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName(),
            Item: { customerId: entry.customerId, sk: `POINTS#${entry.bookingId}`, points: entry.points, flightId: entry.flightId, createdAt: new Date().toISOString() },
            ConditionExpression: 'attribute_not_exists(sk)',
          },
        },
        {
          Update: {
            TableName: tableName(),
            Key: { customerId: entry.customerId, sk: 'PROFILE' },
            UpdateExpression: 'ADD totalPoints :p SET updatedAt = :now',
            ExpressionAttributeValues: { ':p': entry.points, ':now': new Date().toISOString() },
          },
        },
      ],
    }),
  );
};

export const getProfile = async (customerId: string) => {
  const res = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'customerId = :c AND sk = :p',
      ExpressionAttributeValues: { ':c': customerId, ':p': 'PROFILE' },
    }),
  );
  return res.Items?.[0];
};

export const setTier = async (customerId: string, tier: string) => {
  await ddb.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: tableName(),
            Key: { customerId, sk: 'PROFILE' },
            UpdateExpression: 'SET tier = :t',
            ConditionExpression: 'attribute_not_exists(tier) OR tier <> :t',
            ExpressionAttributeValues: { ':t': tier },
          },
        },
      ],
    }),
  );
};
