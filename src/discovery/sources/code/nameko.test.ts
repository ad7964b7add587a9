import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { NAMEKO_AMQP_KEY, namekoConfigSource } from '../config/nameko-config.js';
import { code, readSnippet, summarise } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

const roles = async (text: string): Promise<string[]> =>
  summarise(await readSnippet(pythonCodeSource, 'orders/orders/service.py', text)).map((fact) => ('role' in fact ? `${fact.role} ${fact.technology} ${fact.channel ?? '-'} ${JSON.stringify(fact.target)} @${fact.line}` : ''));

const broker = JSON.stringify({ key: NAMEKO_AMQP_KEY });

describe('Nameko services', () => {
  it.each([
    [
      'RpcProxy and EventDispatcher publish; @rpc (bare or called) and @event_handler consume',
      code`
        from nameko.events import EventDispatcher, event_handler
        from nameko.rpc import RpcProxy, rpc

        class OrdersService:
            name = "orders"
            stock_rpc = RpcProxy("stock")
            dispatch = EventDispatcher()

            @rpc
            def create(self, items):
                self.dispatch("order_placed", {"items": items})

            @rpc(expected_exceptions=KeyError)
            def get(self, order_id):
                return {}

            @event_handler("payments", "payment_captured")
            def paid(self, payload):
                pass`,
      [
        `produces RabbitMQ stock ${broker} @6`,
        `produces RabbitMQ - ${broker} @7`,
        `consumes RabbitMQ - ${broker} @9`,
        `consumes RabbitMQ - ${broker} @13`,
        `consumes RabbitMQ payments ${broker} @17`,
      ],
    ],
    [
      'a standalone ClusterRpcProxy (a script or a web app outside Nameko) publishes',
      code`
        from nameko.standalone.rpc import ClusterRpcProxy

        def place(config, items):
            with ClusterRpcProxy(config) as rpc:
                return rpc.orders.create(items)`,
      [`produces RabbitMQ - ${broker} @4`],
    ],
    [
      'a decorator named rpc in a file that does not import nameko is not an entrypoint',
      code`
        from jsonrpc import rpc

        @rpc
        def ping():
            return "pong"`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await roles(text)).toEqual(expected);
  });
});

describe('Nameko config files', () => {
  const CONFIG = code`
    AMQP_URI: pyamqp://\${RABBIT_USER:guest}:\${RABBIT_PASSWORD:s3cret-amqp}@\${RABBIT_HOST:localhost}:5672/
    DB_URIS:
      "orders:Base": postgresql://app:\${DB_PASSWORD:s3cret-db}@\${DB_HOST:localhost}:5432/orders
    REDIS_URIS:
      cache: redis://\${REDIS_HOST:localhost}:6379/0
    LOGGING:
      version: 1`;

  it('binds AMQP_URI and the stores with their expressions, credentials masked and left out', async () => {
    const facts = await readSnippet(namekoConfigSource, 'orders/config.yml', CONFIG);
    const text = JSON.stringify(facts);
    expect(text).not.toContain('s3cret');
    const amqp = facts.find((fact) => fact.type === 'binding' && fact.key === NAMEKO_AMQP_KEY);
    expect(amqp).toMatchObject({ scope: 'orders', expression: 'pyamqp://${RABBIT_HOST:localhost}:5672/' });
    const stores = facts.filter((fact) => fact.type === 'connection').map((fact) => (fact.type === 'connection' ? [fact.target, fact.technology, fact.evidence.line] : []));
    expect(stores).toEqual([
      [{ key: 'nameko:DB_URIS.orders:Base' }, undefined, 3],
      [{ key: 'nameko:REDIS_URIS.cache' }, 'Redis', 5],
    ]);
  });

  it('reads nothing from a YAML file without AMQP_URI', async () => {
    expect(await readSnippet(namekoConfigSource, 'orders/settings.yml', 'DB_URIS:\n  a: postgresql://db/x\n')).toEqual([]);
  });

  it('joins entrypoints and proxies to the broker the deployment names, in the right direction', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', code`
        services:
          rabbitmq:
            image: rabbitmq:3.12
          postgres:
            image: postgres:16
          orders:
            build: ./orders
            environment:
              RABBIT_HOST: rabbitmq
              DB_HOST: postgres
            depends_on: [rabbitmq, postgres]`)),
      ...(await readSnippet(namekoConfigSource, 'orders/config.yml', CONFIG)),
      ...(await readSnippet(pythonCodeSource, 'orders/orders/service.py', code`
        from nameko.rpc import rpc
        class OrdersService:
            name = "orders"
            @rpc
            def create(self, items):
                return 1`)),
    ];
    const edges = resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`);
    expect([...new Set(edges)].sort()).toEqual(['orders -> postgres database', 'rabbitmq -> orders messaging']);
  });
});
