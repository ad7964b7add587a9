/**
 * Redis as a queue or a pub/sub bus from Java and Kotlin (jvm-redis-queues.ts): which commands
 * produce and consume, on which key, and which are a use of Redis as a store.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import { readsAsQueue } from './jvm-redis-queues.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';

/** Each connection as `role mechanism channel @line`, data calls marked `data`, messaging through Redis `via-store`. */
const brief = (facts: readonly Fact[]): string[] =>
  facts.flatMap((fact) =>
    fact.type === 'connection' && !fact.endpoint ? [`${fact.role} ${fact.mechanism} ${fact.channel ?? '-'} @${fact.evidence.line}${fact.dataAccess ? ' data' : ''}${fact.throughStore ? ' via-store' : ''}`] : [],
  );

const CASES: { name: string; path: string; text: string; facts: string[] }[] = [
  { name: 'Jedis: a delayed job pushed with zadd to a queue-named constant produces', path: 'JobQueue.java', text: code`
      import redis.clients.jedis.Jedis;
      class JobQueue {
        static final String JOBS_READY = "jobs.ready";
        void push(Jedis jedis, String json, long at) { jedis.zadd(JOBS_READY, at, json); }
      }`, facts: ['produces messaging jobs.ready @4 via-store'] },
  { name: 'Jedis: zrangeByScore then zrem of the same key consumes (the zrem is the taking, no fact of its own)', path: 'Poller.java', text: code`
      import redis.clients.jedis.Jedis;
      class Poller {
        private static final String DUE = "due";
        void poll(Jedis jedis, double now) {
          for (String job : jedis.zrangeByScore(DUE, 0, now, 0, 1)) {
            if (jedis.zrem(DUE, job) == 1) run(job);
          }
        }
      }`, facts: ['consumes messaging due @5 via-store'] },
  { name: 'Jedis: a leaderboard zadd read by score and never removed from is data', path: 'Leaderboard.java', text: code`
      import redis.clients.jedis.Jedis;
      class Leaderboard {
        void sold(Jedis jedis, String sku) { jedis.zadd("leaderboard:weekly", 1, sku); }
        Object top(Jedis jedis) { return jedis.zrangeByScore("leaderboard:weekly", 10, 100); }
      }`, facts: ['uses database - @3 data', 'uses database - @4 data'] },
  { name: 'Jedis: a cache is data', path: 'Cache.java', text: code`
      import redis.clients.jedis.Jedis;
      class Cache {
        String get(Jedis jedis, String sku) { return jedis.get("product:" + sku); }
        void put(Jedis jedis, String sku, String json) { jedis.setex("product:" + sku, 600, json); }
      }`, facts: ['uses database - @3 data', 'uses database - @4 data'] },
  { name: 'Jedis: lpush of a list the file blocks on, whatever its name, produces; brpop consumes', path: 'Mail.java', text: code`
      import redis.clients.jedis.Jedis;
      class Mail {
        void send(Jedis jedis, String m) { jedis.lpush("outgoing", m); }
        void loop(Jedis jedis) { while (true) jedis.brpop(0, "outgoing"); }
      }`, facts: ['produces messaging outgoing @3 via-store', 'consumes messaging outgoing @4 via-store'] },
  { name: 'Jedis: rpush of a list named as nothing and never taken from here is data (a recent-items list)', path: 'Recent.java', text: code`
      import redis.clients.jedis.Jedis;
      class Recent {
        void seen(Jedis jedis, String id) { jedis.rpush("recently-viewed", id); jedis.ltrim("recently-viewed", -50, -1); }
      }`, facts: ['uses database - @3 data'] },
  { name: 'Jedis: a stream read by a consumer group consumes it', path: 'Events.java', text: code`
      import java.util.Map;
      import redis.clients.jedis.Jedis;
      import redis.clients.jedis.StreamEntryID;
      class Events {
        void read(Jedis jedis) { jedis.xreadGroup("billing", "c1", null, Map.of("orders-stream", StreamEntryID.UNRECEIVED_ENTRY)); }
      }`, facts: ['consumes messaging orders-stream @5 via-store'] },
  { name: 'Jedis pub/sub: publish produces, subscribe consumes the channel after the listener', path: 'Bus.java', text: code`
      import redis.clients.jedis.Jedis;
      import redis.clients.jedis.JedisPubSub;
      class Bus {
        void say(Jedis jedis) { jedis.publish("price-changes", "x"); }
        void hear(Jedis jedis, JedisPubSub listener) { jedis.subscribe(listener, "price-changes"); }
      }`, facts: ['produces messaging price-changes @4 via-store', 'consumes messaging price-changes @5 via-store'] },
  { name: 'Spring Data Redis: convertAndSend produces; a ChannelTopic given to a listener container consumes; one built elsewhere is nothing', path: 'Events.java', text: code`
      import org.springframework.data.redis.core.StringRedisTemplate;
      import org.springframework.data.redis.listener.ChannelTopic;
      import org.springframework.data.redis.listener.RedisMessageListenerContainer;
      class Events {
        private StringRedisTemplate redisTemplate;
        void done(String id) { redisTemplate.convertAndSend("job-events", id); }
        void listen(RedisMessageListenerContainer container, Object listener) { container.addMessageListener(listener, new ChannelTopic("cache-evictions")); }
        Object unused() { return new ChannelTopic("nobody"); }
      }`, facts: ['produces messaging job-events @6 via-store', 'consumes messaging cache-evictions @7 via-store'] },
  { name: 'Redisson (Java): a blocking queue held in a field and offered to produces; a topic listened on consumes; a queue only sized is nothing', path: 'Requests.java', text: code`
      import org.redisson.api.RBlockingQueue;
      import org.redisson.api.RedissonClient;
      class Requests {
        private final RBlockingQueue<String> queue;
        Requests(RedissonClient redisson) {
          this.queue = redisson.getBlockingQueue("thumbnails");
          redisson.getTopic("alerts").addListener(String.class, (channel, msg) -> {});
          int waiting = redisson.getQueue("audit").size();
        }
        void ask(String id) { queue.offer(id); }
      }`, facts: ['produces messaging thumbnails @6 via-store', 'consumes messaging alerts @7 via-store'] },
  { name: 'Kotlin: a Redisson blocking queue taken from consumes; a Jedis poller in a use block consumes', path: 'Worker.kt', text: code`
      import org.redisson.api.RedissonClient
      import redis.clients.jedis.JedisPool
      const val JOBS = "jobs.ready"
      class Worker(private val redisson: RedissonClient, private val pool: JedisPool) {
          fun thumbnails() {
              val requests = redisson.getBlockingQueue<String>("thumbnails")
              while (true) println(requests.take())
          }
          fun poll() {
              pool.resource.use { jedis ->
                  for (job in jedis.zrangeByScore(JOBS, 0.0, 1.0, 0, 1)) if (jedis.zrem(JOBS, job) == 1L) println(job)
              }
          }
      }`, facts: ['consumes messaging thumbnails @6 via-store', 'consumes messaging jobs.ready @11 via-store'] },
  { name: 'Lettuce: lpush to a queue-named key produces; a blocking pop consumes', path: 'Tasks.kt', text: code`
      import io.lettuce.core.api.sync.RedisCommands
      class Tasks(private val redis: RedisCommands<String, String>) {
          fun add(task: String) = redis.lpush("email-tasks", task)
          fun next() = redis.brpop(5, "email-tasks")
      }`, facts: ['produces messaging email-tasks @3 via-store', 'consumes messaging email-tasks @4 via-store'] },
  { name: 'Lettuce: a reactive stream subscribed to is no Redis subscription; subscribe to a channel is', path: 'Reactive.java', text: code`
      import io.lettuce.core.pubsub.api.reactive.RedisPubSubReactiveCommands;
      class Reactive {
        void run(RedisPubSubReactiveCommands<String, String> redis) {
          redis.subscribe("alerts").subscribe();
          redis.observeChannels().subscribe(message -> handle(message));
        }
      }`, facts: ['consumes messaging alerts @4 via-store'] },
  { name: 'a commented-out push is nothing', path: 'Old.java', text: code`
      import redis.clients.jedis.Jedis;
      class Old {
        // void push(Jedis jedis) { jedis.lpush("jobs.legacy", "x"); }
      }`, facts: [] },
];

describe('Redis queues and pub/sub from Java and Kotlin', () => {
  it.each(CASES)('$name', async ({ path, text, facts }) => {
    expect(brief(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });

  it.each([
    ['jobs.ready', true],
    ['email-queue', true],
    ['TASKS_PENDING', true],
    ['workQueue', true],
    ['JOBS_READY', true],
    ['job:retry', true],
    ['leaderboard:weekly', false],
    ['product:cache', false],
    ['jobseeker-profiles', false],
    ['recently-viewed', false],
  ])('a key %s reads as a queue: %s', (key, expected) => {
    expect(readsAsQueue(key)).toBe(expected);
  });
});

/** The edges a whole system's files resolve to, as `source -> target mechanism`. */
async function edgesOf(files: { path: string; text: string; source: typeof jvmCodeSource }[]): Promise<string[]> {
  const facts: Fact[] = [];
  for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
  return [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
}

const COMPOSE = code`
  services:
    redis:
      image: redis:7
    orchestrator:
      build: ./orchestrator
      depends_on: [redis]
    catalog:
      build: ./catalog
      depends_on: [redis]`;

const POOL = code`
  package acme;
  import redis.clients.jedis.JedisPool;
  class Config {
    JedisPool pool() { return new JedisPool("redis", 6379); }
  }`;

describe('a service messaging through Redis uses it as a store only when it stores data there', () => {
  it('per service: the queue-only service has no database edge, the cache beside it keeps its own', async () => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orchestrator/src/main/java/acme/Config.java', text: POOL, source: jvmCodeSource },
      { path: 'orchestrator/src/main/java/acme/Jobs.java', text: code`
          package acme;
          import redis.clients.jedis.Jedis;
          class Jobs { void push(Jedis jedis, String json) { jedis.lpush("email-jobs", json); } }`, source: jvmCodeSource },
      { path: 'catalog/src/main/java/acme/Config.java', text: POOL, source: jvmCodeSource },
      { path: 'catalog/src/main/java/acme/Cache.java', text: code`
          package acme;
          import redis.clients.jedis.Jedis;
          class Cache { String get(Jedis jedis, String sku) { return jedis.get(sku); } }`, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['catalog -> redis database', 'orchestrator -> redis messaging']);
  });

  it('a service both queueing and caching in one Redis keeps both', async () => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orchestrator/src/main/java/acme/Config.java', text: POOL, source: jvmCodeSource },
      { path: 'orchestrator/src/main/java/acme/Jobs.java', text: code`
          package acme;
          import redis.clients.jedis.Jedis;
          class Jobs {
            void push(Jedis jedis, String json) { jedis.lpush("email-jobs", json); }
            String status(Jedis jedis, String id) { return jedis.hget("job-status", id); }
          }`, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['catalog -> redis database', 'orchestrator -> redis database', 'orchestrator -> redis messaging']);
  });
});
