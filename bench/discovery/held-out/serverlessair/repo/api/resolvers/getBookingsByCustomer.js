import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

/** Query BookingTable's byCustomer index for the signed-in customer. */
export function request(ctx) {
  const { limit = 20, nextToken } = ctx.arguments;
  return ddb.query({
    index: 'byCustomer',
    query: { customerId: { eq: ctx.identity.sub } },
    limit,
    nextToken,
    scanIndexForward: false,
  });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return { items: ctx.result.items, nextToken: ctx.result.nextToken };
}
