import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { getProfile } from './lib/table';
import { tierFor } from './lib/points';

const logger = new Logger();

const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
  body: JSON.stringify(body),
});

/** GET /loyalty/{customerId} - called by the web app with the customer's Cognito id token. */
export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const customerId = event.pathParameters?.customerId;
  const caller = event.requestContext.authorizer?.claims?.sub;
  if (!customerId) return json(400, { message: 'customerId is required' });
  if (caller !== customerId) return json(403, { message: 'Forbidden' });

  const profile = await getProfile(customerId);
  const points = Number(profile?.totalPoints ?? 0);
  logger.debug('Loyalty lookup', { customerId, points });

  const tier = tierFor(points);
  return json(200, { customerId, points, tier, remainingPoints: Math.max(0, 10_000 - points) });
};
