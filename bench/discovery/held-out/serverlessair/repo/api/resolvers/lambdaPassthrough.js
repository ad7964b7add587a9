import { util } from '@aws-appsync/utils';

/** Forwards the full resolver context to the Lambda data source. */
export function request(ctx) {
  return {
    operation: 'Invoke',
    payload: { arguments: ctx.arguments, identity: ctx.identity, info: ctx.info },
  };
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
