/**
 * Frameworks whose messaging is always through a Redis (Sidekiq's job queues are Redis lists,
 * MessageBus's channels a Redis backlog and pub/sub): a producer or consumer of theirs whose Redis
 * no setting names goes through the one Redis the files deploy, as any Redis used as a queue does
 * (resolve.ts brokerFor), never through a system named after the framework, which would take over
 * a deployable of that name (a compose service called `sidekiq`).
 */
import { SIDEKIQ } from './shared-codebase.js';

/** The technology of MessageBus's publishers and subscribers (the message_bus gem, sources/code/rails-queues.ts). */
export const MESSAGE_BUS = 'MessageBus';

/** The technologies queuing in Redis whatever their configuration says. */
const REDIS_QUEUED = new Set([SIDEKIQ, MESSAGE_BUS]);

/** A connection of a Redis-queued framework as a Redis messaging connection, to find its broker by; any other as it is. */
export function asRedisQueue<T extends { technology?: string }>(fact: T): T {
  return fact.technology !== undefined && REDIS_QUEUED.has(fact.technology) ? { ...fact, technology: 'Redis' } : fact;
}
