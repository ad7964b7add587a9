import { Context, Next } from "koa";
import { RateLimiterRedis, RateLimiterMemory, IRateLimiterStoreOptions } from "rate-limiter-flexible";
import env from "@server/env";
import Redis from "@server/storage/redis";

export enum RateLimiterStrategy {
  OneThousandPerHour = "1000/h",
  TenPerHour = "10/h",
}

export default class RateLimiter {
  static readonly RATE_LIMITER_REDIS_KEY_PREFIX = "rl";

  static readonly rateLimiterMap = new Map<string, RateLimiterRedis>();

  static readonly defaultRateLimiter = new RateLimiterRedis({
    storeClient: Redis.defaultClient,
    points: env.RATE_LIMITER_REQUESTS,
    duration: env.RATE_LIMITER_DURATION_WINDOW,
    keyPrefix: this.RATE_LIMITER_REDIS_KEY_PREFIX,
    insuranceLimiter: new RateLimiterMemory({
      points: env.RATE_LIMITER_REQUESTS,
      duration: env.RATE_LIMITER_DURATION_WINDOW,
    }),
  });

  static getRateLimiter(path: string): RateLimiterRedis {
    return this.rateLimiterMap.get(path) || this.defaultRateLimiter;
  }

  static setRateLimiter(path: string, config: IRateLimiterStoreOptions): void {
    this.rateLimiterMap.set(path, new RateLimiterRedis({ ...config, storeClient: Redis.defaultClient }));
  }
}

export function defaultRateLimiter() {
  return async function rateLimiterMiddleware(ctx: Context, next: Next) {
    const key = ctx.request.ip;
    try {
      await RateLimiter.getRateLimiter(ctx.path).consume(key);
    } catch (rateLimiterRes) {
      ctx.set("Retry-After", `${Math.round(rateLimiterRes.msBeforeNext / 1000)}`);
      ctx.throw(429, "Too many requests");
    }
    return next();
  };
}
