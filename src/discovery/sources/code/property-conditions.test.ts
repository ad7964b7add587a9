import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, FactCondition } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import { expressionConditions } from './property-conditions.js';

/** The conditions of each connection (by target host or technology) and the fallback bindings a file gives. */
async function read(path: string, text: string): Promise<{ connections: Record<string, FactCondition[] | undefined>; fallbacks: string[] }> {
  const facts = await readSnippet(jvmCodeSource, path, text);
  const connections: Record<string, FactCondition[] | undefined> = {};
  for (const fact of facts.filter((each): each is ConnectionFact => each.type === 'connection')) connections[fact.target.host ?? fact.technology ?? '?'] = fact.conditions;
  const fallbacks = facts.filter((each): each is BindingFact => each.type === 'binding' && each.fallback === true).map((binding) => `${binding.key}=${binding.value} @${binding.evidence.line} in ${binding.scope}`);
  return { connections, fallbacks };
}

describe('@ConditionalOnProperty and @IfBuildProperty on JVM classes and bean methods', () => {
  it.each<[string, string, string, Record<string, FactCondition[] | undefined>, string[]]>([
    [
      'Java: a class by prefix and name, a bean method by havingValue, an unconditional bean',
      'notifier/src/main/java/acme/ChannelConfig.java',
      code`
        import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
        import redis.clients.jedis.JedisPooled;
        @Configuration
        @ConditionalOnProperty(prefix = "notify.", name = "enabled")
        class ChannelConfig {
          @Bean
          @ConditionalOnProperty(name = "notify.channel", havingValue = "redis")
          JedisPooled outbox() { return new JedisPooled("outbox", 6379); }
          @Bean
          JedisPooled recipients() { return new JedisPooled("recipients", 6379); }
        }`,
      {
        outbox: [{ key: 'notify.enabled', test: 'true' }, { key: 'notify.channel', test: { equals: 'redis' } }],
        recipients: [{ key: 'notify.enabled', test: 'true' }],
      },
      ['notify.enabled=false @3 in notifier/src/main/java/acme', 'notify.channel=false @6 in notifier/src/main/java/acme'],
    ],
    [
      'Java: an interface (a Feign client) by prefix, name and havingValue',
      'store/src/main/java/acme/client/NotificationClient.java',
      code`
        import org.springframework.cloud.openfeign.FeignClient;
        @FeignClient(name = "notification")
        @ConditionalOnProperty(prefix = "application.notification", name = "direct-calls-enabled", havingValue = "true")
        public interface NotificationClient {
          @PostMapping("/api/notifications")
          void notify(@RequestBody String body);
        }`,
      { notification: [{ key: 'application.notification.direct-calls-enabled', test: 'true' }] },
      ['application.notification.direct-calls-enabled=false @2 in store/src/main/java/acme/client'],
    ],
    [
      'Java: a lone positional name, an array of names, a constant, matchIfMissing',
      'orders/src/main/java/acme/Stores.java',
      code`
        import redis.clients.jedis.JedisPooled;
        class Stores {
          static final String AUDIT = "audit.enabled";
          @ConditionalOnProperty("cache.enabled")
          JedisPooled cache() { return new JedisPooled("cache", 6379); }
          @ConditionalOnProperty(name = {"a.on", "b.on"}, havingValue = "yes")
          JedisPooled both() { return new JedisPooled("both", 6379); }
          @ConditionalOnProperty(name = AUDIT, matchIfMissing = true)
          JedisPooled audit() { return new JedisPooled("audit", 6379); }
        }`,
      {
        cache: [{ key: 'cache.enabled', test: 'true' }],
        both: [{ key: 'a.on', test: { equals: 'yes' } }, { key: 'b.on', test: { equals: 'yes' } }],
        audit: [{ key: 'audit.enabled', test: 'true' }],
      },
      ['cache.enabled=false @4 in orders/src/main/java/acme', 'a.on=false @6 in orders/src/main/java/acme', 'b.on=false @6 in orders/src/main/java/acme'],
    ],
    [
      'Kotlin: the array form, prefix, matchIfMissing (a class without constructor, which the grammar reads as an expression); a class with no condition',
      'media/src/main/kotlin/acme/Stores.kt',
      code`
        package acme
        import redis.clients.jedis.JedisPooled

        @Service
        @ConditionalOnProperty(prefix = "storage.redis", value = ["enabled"], havingValue = "true")
        class RedisStore(private val pool: Int) { private val jedis = JedisPooled("blobs", 6379) }
        @Service
        @ConditionalOnProperty(value = ["storage.local.enabled"], matchIfMissing = true)
        class LocalStore {
          private val jedis = JedisPooled("local", 6379)
        }
        class Plain { private val jedis = JedisPooled("plain", 6379) }`,
      {
        blobs: [{ key: 'storage.redis.enabled', test: 'true' }],
        local: [{ key: 'storage.local.enabled', test: 'true' }],
        plain: undefined,
      },
      ['storage.redis.enabled=false @4 in media/src/main/kotlin/acme'],
    ],
    [
      'Quarkus @IfBuildProperty with stringValue and enableIfMissing',
      'cart/src/main/java/acme/Cache.java',
      code`
        import io.quarkus.arc.properties.IfBuildProperty;
        import redis.clients.jedis.JedisPooled;
        @IfBuildProperty(name = "cart.cache", stringValue = "redis", enableIfMissing = true)
        class Cache { JedisPooled jedis = new JedisPooled("cart-cache", 6379); }`,
      { 'cart-cache': [{ key: 'cart.cache', test: { equals: 'redis' } }] },
      [],
    ],
    [
      'a name the file cannot read leaves the code unconditional',
      'orders/src/main/java/acme/Other.java',
      code`
        import redis.clients.jedis.JedisPooled;
        @ConditionalOnProperty(name = Settings.FLAG)
        class Other { JedisPooled jedis = new JedisPooled("other", 6379); }`,
      { other: undefined },
      [],
    ],
  ])('%s', async (_case, path, text, connections, fallbacks) => {
    const found = await read(path, text);
    expect(found.connections).toEqual(connections);
    expect(found.fallbacks).toEqual(fallbacks);
  });
});

describe('expressionConditions: the simple forms of @ConditionalOnExpression', () => {
  it.each<[string, ReturnType<typeof expressionConditions>]>([
    ['${audit.enabled:false}', { conditions: [{ key: 'audit.enabled', test: 'true' }], missingFails: ['audit.enabled'] }],
    ['${audit.enabled}', { conditions: [{ key: 'audit.enabled', test: 'true' }], missingFails: ['audit.enabled'] }],
    // A default that holds keeps the code where nothing sets the key.
    ['${audit.enabled:true}', { conditions: [{ key: 'audit.enabled', test: 'true' }], missingFails: [] }],
    ['!${legacy.enabled:false}', { conditions: [{ key: 'legacy.enabled', test: 'true', negated: true }], missingFails: ['legacy.enabled'] }],
    ["'${services.notifier.enabled}' == 'true'", { conditions: [{ key: 'services.notifier.enabled', test: 'true' }], missingFails: ['services.notifier.enabled'] }],
    ["'${queue.kind:kafka}' == 'kafka'", { conditions: [{ key: 'queue.kind', test: { equals: 'kafka' } }], missingFails: [] }],
    ["'${queue.kind}'.equals('rabbit')", { conditions: [{ key: 'queue.kind', test: { equals: 'rabbit' } }], missingFails: ['queue.kind'] }],
    ["'${queue.kind:}' != 'none'", { conditions: [{ key: 'queue.kind', test: { equals: 'none' }, negated: true }], missingFails: [] }],
    [
      '${a.enabled:false} && ${b.enabled:true}',
      { conditions: [{ key: 'a.enabled', test: 'true' }, { key: 'b.enabled', test: 'true' }], missingFails: ['a.enabled'] },
    ],
    ['(${a.enabled}) and !${b.off:false}', { conditions: [{ key: 'a.enabled', test: 'true' }, { key: 'b.off', test: 'true', negated: true }], missingFails: ['a.enabled', 'b.off'] }],
    // Anything else keeps the code: an either-or, a bean, a method, a type.
    ['${a.enabled:false} || ${b.enabled:false}', undefined],
    ['${a:false} or ${b:false}', undefined],
    ['@featureFlags.isOn("x")', undefined],
    ["T(java.lang.Boolean).parseBoolean('${x}')", undefined],
    ['#{environment.x}', undefined],
    ['true', undefined],
  ])('%s', (expression, expected) => {
    expect(expressionConditions(expression)).toEqual(expected);
  });

  it('gates a bean method, and binds a key that must be set to false', async () => {
    const read = await readSnippet(
      jvmCodeSource,
      'inventory/src/main/java/acme/AuditConfig.java',
      code`
        import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
        import redis.clients.jedis.JedisPooled;
        @Configuration
        class AuditConfig {
          @Bean
          @ConditionalOnExpression("\${audit.enabled:false}")
          JedisPooled audit() { return new JedisPooled("audit-cache", 6379); }
        }
      `,
    );
    const connection = read.find((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(connection?.conditions).toEqual([{ key: 'audit.enabled', test: 'true' }]);
    expect(read.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.fallback === true).map((binding) => `${binding.key}=${binding.value}`)).toEqual(['audit.enabled=false']);
  });
});
