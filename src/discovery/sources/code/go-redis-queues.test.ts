import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** The Redis roles a Go file's commands are read as: `role channel@line`. */
async function rolesOf(body: string): Promise<string[]> {
  const text = code`
    package queue
    import (
    	"context"
    	"github.com/redis/go-redis/v9"
    )
    var client = redis.NewClient(&redis.Options{Addr: "redis:6379"})
    ${body}`;
  const facts = await readSnippet(goCodeSource, 'modules/queue/queue.go', text);
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection' && fact.mechanism === 'messaging')
    .map((fact) => `${fact.role}${fact.channel ? ` ${fact.channel}` : ''}`)
    .sort();
}

describe('go-redis lists as work queues: only keys named as queues', () => {
  it.each([
    ['a push and a pop of a key a setting names as a queue: both ends', 'type q struct{ name string }\nfunc (x *q) push(ctx context.Context, queueName, t string) { client.RPush(ctx, queueName, t) }\nfunc (x *q) pop(ctx context.Context, queueName string) { client.LPop(ctx, queueName) }', ['consumes', 'produces']],
    ['a push to a literal key named as a queue', 'func push(ctx context.Context, t string) { client.LPush(ctx, "mail_queue", t) }', ['produces mail_queue']],
    ['a blocking pop of a key named as a queue', 'func work(ctx context.Context) { client.BRPop(ctx, 0, "events:queue") }', ['consumes events:queue']],
    ['a constant key named as a queue', 'const taskQueue = "tasks"\nfunc work(ctx context.Context) { client.BLPop(ctx, 0, taskQueue) }', ['consumes tasks']],
    ['not: a list of builds pushed and popped (data kept in a list)', 'func add(ctx context.Context, repo string) { client.LPush(ctx, "builds", repo) }\nfunc next(ctx context.Context) { client.RPop(ctx, "builds") }', []],
    ['not: a blocking pop of a key not named as a queue', 'func drain(ctx context.Context, kind string) { client.BLPop(ctx, 0, "depot:jobs:"+kind) }', []],
  ])('%s', async (_name, body, expected) => {
    expect(await rolesOf(body)).toEqual(expected);
  });
});
