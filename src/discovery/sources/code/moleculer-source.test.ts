import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact, UnitFact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { readSnippetWithNames } from './code-test-support.js';
import type { Source } from '../../source.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { typescriptCodeSource } from './typescript-source.js';
import { moleculerSource } from './moleculer-source.js';

/** Every fact a source states for an inline file, read with the real parser. */
const read = readSnippetWithNames;

/** Units as `name[files]`, connections as `role channel`, bindings as `key=value(fallback)`. */
async function summary(path: string, text: string): Promise<string[]> {
  return (await read(moleculerSource, path, text)).map((fact) => {
    if (fact.type === 'unit') return `unit ${(fact as UnitFact).name} [${(fact as UnitFact).files.join(' ')}]`;
    if (fact.type === 'connection') return `${(fact as ConnectionFact).role} ${(fact as ConnectionFact).target.key}${fact.channel ? ` ${fact.channel}` : ''}`;
    if (fact.type === 'binding') return `${(fact as BindingFact).key}=${(fact as BindingFact).value}${(fact as BindingFact).fallback ? ' (fallback)' : ''}`;
    return fact.type;
  });
}

describe('Moleculer services', () => {
  it.each([
    [
      'a CommonJS schema with a relative mixin, actions and calls',
      'services/orders.service.js',
      `const DbMixin = require("../mixins/db.mixin");
module.exports = {
  name: "orders",
  mixins: [DbMixin("orders")],
  actions: {
    async create(ctx) {
      const item = await ctx.call("catalog.get", { id: ctx.params.id });
      ctx.emit("order.created", item);
      await this.broker.broadcast("cache.clean.orders");
      this.emitter.emit("local");
    }
  }
};`,
      ['unit orders [services/orders.service.js mixins/db.mixin]', 'consumes moleculer:transporter', 'produces moleculer:transporter catalog.get', 'produces moleculer:transporter order.created', 'produces moleculer:transporter cache.clean.orders'],
    ],
    [
      'an ES module in TypeScript with events only',
      'src/services/mailer.service.ts',
      `import { Context, ServiceSchema } from "moleculer";
import Cleaner from "./cleaner.mixin";
const MailerService: ServiceSchema = {
  name: "mailer",
  mixins: [Cleaner],
  events: { "user.created"(ctx: Context) { return; } },
};
export default MailerService;`,
      ['unit mailer [src/services/mailer.service.ts src/services/cleaner.mixin]', 'consumes moleculer:transporter'],
    ],
    [
      'a class-based service',
      'services/greeter.service.js',
      `const { Service } = require("moleculer");
class GreeterService extends Service {
  constructor(broker) {
    super(broker);
    this.parseServiceSchema({ name: "greeter", actions: { hello: { handler: (ctx) => "Hi" } } });
  }
}
module.exports = GreeterService;`,
      ['unit greeter [services/greeter.service.js]', 'consumes moleculer:transporter'],
    ],
    [
      'a moleculer-web gateway with no actions of its own',
      'services/api.service.js',
      `const ApiGateway = require("moleculer-web");
module.exports = { name: "api", mixins: [ApiGateway], settings: { routes: [{ path: "/api", aliases: { "GET /x": "x.list" } }] } };`,
      ['unit api [services/api.service.js]', 'produces moleculer:transporter'],
    ],
    [
      'moleculer-db populates',
      'services/posts.service.js',
      `module.exports = {
  name: "posts",
  settings: { populates: { author: "users.get", tags: { action: "tags.list", params: {} } } },
  actions: { top(ctx) { return []; } }
};`,
      ['unit posts [services/posts.service.js]', 'consumes moleculer:transporter', 'produces moleculer:transporter users.get', 'produces moleculer:transporter tags.list'],
    ],
    [
      'a Vue component with a name and methods',
      'src/components/Card.js',
      `export default { name: "Card", mixins: [Tooltip], methods: { open() { this.$emit("open"); } } };`,
      [],
    ],
    [
      'an in-house wrapper: its broker\'s options, the schema it builds from a class, its call and broadcast methods',
      'packages/network-broker/src/index.ts',
      `import { ServiceBroker } from "moleculer";
export function startBroker() {
  return new ServiceBroker({ nodeID: process.env.HOSTNAME, transporter: process.env.TRANSPORTER || "nats://localhost:4222" });
}
export class NetworkApi {
  registerService(service) {
    const actions = {};
    this.broker?.createService({ name: service.name, actions, events: service.subscriptions });
  }
  call(action, params) { return this.broker.call(action, params); }
  broadcast(event, payload) { return this.broker.broadcast(event, payload); }
}`,
      ['moleculer:transporter=$ref:TRANSPORTER', 'moleculer:transporter=nats://localhost:4222 (fallback)', 'consumes moleculer:transporter', 'produces moleculer:transporter', 'produces moleculer:transporter'],
    ],
    [
      'createService with a schema declared in the file',
      'src/node.js',
      `const { ServiceBroker } = require("moleculer");
const broker = new ServiceBroker({ transporter: "nats://nats:4222" });
const schema = { name: "greeter", actions: { hello() { return "hi"; } } };
broker.createService(schema);`,
      ['unit greeter [src/node.js]', 'moleculer:transporter=nats://nats:4222', 'consumes moleculer:transporter'],
    ],
    [
      'createService of a schema with no actions or events serves nothing',
      'src/probe.js',
      `const { ServiceBroker } = require("moleculer");
const broker = new ServiceBroker({ transporter: "NATS" });
broker.createService({ name: "probe", actions: {}, created() {} });`,
      ['unit probe [src/probe.js]'],
    ],
    [
      'a createService that is not a broker\'s',
      'src/store.js',
      `const moleculer = require("moleculer");
factory.createService({ name: service.name, actions });`,
      [],
    ],
  ])('%s', async (_title, path, text, expected) => {
    expect(await summary(path, text)).toEqual(expected);
  });

  it('skips test files, which start brokers of their own', async () => {
    expect(await summary('test/unit/orders.spec.js', 'const broker = new ServiceBroker({ transporter: "nats://localhost:4222" }); broker.call("orders.create");')).toEqual([]);
  });
});

describe('moleculer.config.js', () => {
  it.each([
    ['an env var with a default', 'transporter: process.env.TRANSPORTER || "nats://localhost:4222",', ['moleculer:transporter=$ref:TRANSPORTER', 'moleculer:transporter=nats://localhost:4222 (fallback)']],
    ['a type alone (the local default)', 'transporter: "NATS",', ['moleculer:transporter=$ref:TRANSPORTER']],
    ['type and options', 'transporter: { type: "NATS", options: { url: process.env.NATS_URL } },', ['moleculer:transporter=$ref:TRANSPORTER', 'moleculer:transporter=$ref:NATS_URL (fallback)']],
    ['Kafka brokers', 'transporter: { type: "Kafka", options: { brokers: ["kafka:9092"] } },', ['moleculer:transporter=$ref:TRANSPORTER', 'moleculer:transporter=kafka:9092 (fallback)']],
    ['a Redis cacher', 'cacher: process.env.CACHER,', ['moleculer:cacher=$ref:CACHER', 'uses moleculer:cacher']],
    ['a memory cacher', 'cacher: "Memory",', ['moleculer:cacher=$ref:CACHER']],
    ['a Redis cacher on host and port', 'cacher: { type: "Redis", options: { redis: { host: "cache", port: 6379 } } },', ['moleculer:cacher=$ref:CACHER', 'moleculer:cacher=cache:6379 (fallback)', 'uses moleculer:cacher']],
  ])('%s', async (_title, line, expected) => {
    const text = `module.exports = {\n  namespace: "shop",\n  ${line}\n};\n`;
    const facts = await summary('moleculer.config.js', text);
    expect(facts.filter((fact) => !fact.startsWith('unit'))).toEqual(expected);
    expect(facts).toContain('unit * [moleculer.config.js]');
  });
});

const COMPOSE = `services:
  api:
    build: .
    environment: { SERVICES: api, TRANSPORTER: "nats://nats:4222", MONGO_URI: "mongodb://mongo:27017/shop", CACHER: "redis://redis:6379" }
  users:
    build: .
    environment: { SERVICES: "users,mailer", TRANSPORTER: "nats://nats:4222", MONGO_URI: "mongodb://mongo:27017/shop", CACHER: "redis://redis:6379" }
  nats:
    image: nats:2
  mongo:
    image: mongo:7
  redis:
    image: redis:7
`;

describe('Moleculer in resolution', () => {
  it('gives each container the services its SERVICES loads, mixins only to the services using them', async () => {
    const files: [Source[], string, string][] = [
      [[dockerComposeSource], 'docker-compose.yml', COMPOSE],
      [[moleculerSource], 'moleculer.config.js', 'module.exports = { transporter: process.env.TRANSPORTER || "nats://localhost:4222", cacher: process.env.CACHER };'],
      [[moleculerSource, typescriptCodeSource], 'mixins/db.mixin.js', 'const MongoAdapter = require("moleculer-db-adapter-mongo");\nmodule.exports = (c) => ({ adapter: new MongoAdapter(process.env.MONGO_URI), collection: c });'],
      [[moleculerSource], 'services/api.service.js', 'const ApiGateway = require("moleculer-web");\nmodule.exports = { name: "api", mixins: [ApiGateway] };'],
      [[moleculerSource], 'services/users.service.js', 'const DbMixin = require("../mixins/db.mixin");\nmodule.exports = { name: "users", mixins: [DbMixin("users")], actions: { get(ctx) {} } };'],
      [[moleculerSource], 'services/mailer.service.js', 'module.exports = { name: "mailer", events: { "user.created"(ctx) {} } };'],
    ];
    const facts: Fact[] = [];
    for (const [sources, path, text] of files) for (const source of sources) facts.push(...(await read(source, path, text)));
    const edges = [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
    expect(edges).toEqual([
      'api -> nats messaging',
      'api -> redis database',
      'nats -> users messaging',
      'users -> mongo database',
      'users -> redis database',
    ]);
  });

  it('services in their own folder belong to the compose service built from it', async () => {
    const compose = `services:\n  users:\n    build: ./users\n    environment: { TRANSPORTER: "nats://nats:4222" }\n  nats:\n    image: nats:2\n`;
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(moleculerSource, 'users/moleculer.config.js', 'module.exports = { transporter: "NATS" };')),
      ...(await read(moleculerSource, 'users/services/users.service.js', 'module.exports = { name: "users", actions: { get(ctx) { return ctx.call("audit.log"); } } };')),
    ];
    const edges = [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
    expect(edges).toEqual(['nats -> users messaging', 'users -> nats messaging']);
  });

  it.each([
    ['a type alone, with the deployment naming one broker and one Redis', 'transporter: "NATS", cacher: "Redis"'],
    ['an env var nobody sets, the cacher on host and port', 'transporter: process.env.NATS_URL, cacher: { type: "Redis", options: { redis: { host: "cache", port: 6379 } } }'],
  ])('%s: the files\' only broker and the cacher named', async (_title, options) => {
    const compose = `services:\n  users:\n    build: ./users\n  nats:\n    image: nats:2\n  cache:\n    image: redis:7\n`;
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(moleculerSource, 'users/moleculer.config.js', `module.exports = { ${options} };`)),
      ...(await read(moleculerSource, 'users/services/users.service.js', 'module.exports = { name: "users", actions: { get(ctx) { return ctx.call("audit.log"); } } };')),
    ];
    const edges = [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
    expect(edges).toEqual(['nats -> users messaging', 'users -> cache database', 'users -> nats messaging']);
  });

  it('reads the services a compose command gives moleculer-runner', async () => {
    const compose = `services:
  users:
    build: .
    command: moleculer-runner --hot services/users.service.js
    environment: { TRANSPORTER: "nats://nats:4222", MONGO_URI: "mongodb://mongo:27017/shop" }
  mailer:
    build: .
    command: ["moleculer-runner", "services/mailer.service.js"]
    environment: { TRANSPORTER: "nats://nats:4222", MONGO_URI: "mongodb://mongo:27017/shop" }
  nats:
    image: nats:2
  mongo:
    image: mongo:7
`;
    const facts = [
      ...(await read(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await read(typescriptCodeSource, 'mixins/db.mixin.js', 'const MongoAdapter = require("moleculer-db-adapter-mongo");\nmodule.exports = (c) => ({ adapter: new MongoAdapter(process.env.MONGO_URI) });')),
      ...(await read(moleculerSource, 'services/users.service.js', 'const DbMixin = require("../mixins/db.mixin");\nmodule.exports = { name: "users", mixins: [DbMixin("users")], actions: { get(ctx) {} } };')),
      ...(await read(moleculerSource, 'services/mailer.service.js', 'module.exports = { name: "mailer", events: { "user.created"(ctx) { return ctx.call("users.get"); } } };')),
    ];
    const edges = [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
    expect(edges).toEqual(['mailer -> nats messaging', 'nats -> mailer messaging', 'nats -> users messaging', 'users -> mongo database']);
  });
});

