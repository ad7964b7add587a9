import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { goConfigFileSource } from '../config/go-config-file.js';
import { code, readSnippet } from './code-test-support.js';
import { fieldTags, parseStructTag } from './go-config-structs.js';
import { goCodeSource } from './go-source.js';

describe('Go struct tags', () => {
  it.each([
    ['cleanenv', 'env-required:"true" yaml:"dsn_url" env:"PG_DSN_URL"', { env: ['PG_DSN_URL'], fileName: 'dsn_url', configuration: true }],
    ['cleanenv, several names and a default', 'yaml:"url" env:"PRODUCT_CLIENT_URL,PRODUCT_URL" env-default:"localhost:5001"', { env: ['PRODUCT_CLIENT_URL', 'PRODUCT_URL'], fileName: 'url', fallback: 'localhost:5001', configuration: true }],
    ['caarlos0/env options', 'env:"REDIS_ADDR,required,notEmpty" envDefault:"redis:6379"', { env: ['REDIS_ADDR'], fallback: 'redis:6379', configuration: true }],
    ['sethvargo/go-envconfig default', 'env:"DATABASE_URL, default=postgres://db:5432/app"', { env: ['DATABASE_URL'], fallback: 'postgres://db:5432/app', configuration: true }],
    ['kelseyhightower/envconfig', 'envconfig:"RABBITMQ_URL" default:"amqp://localhost"', { env: ['RABBITMQ_URL'], fallback: 'amqp://localhost', configuration: true }],
    ['viper mapstructure', 'mapstructure:"grpc_addr"', { env: [], fileName: 'grpc_addr', configuration: true }],
    ['squashed section', 'mapstructure:",squash"', { env: [], fileName: '', configuration: true }],
    ['a json tag alone is a wire format', 'json:"url,omitempty"', { env: [], fileName: 'url', configuration: false }],
  ])('%s', (_, tag, expected) => {
    expect(fieldTags(tag)).toEqual(expected);
  });

  it('parses escaped quotes and keeps the first of a repeated key', () => {
    expect([...parseStructTag('a:"x\\"y" a:"z" b:""')]).toEqual([
      ['a', 'x"y'],
      ['b', ''],
    ]);
  });
});

/** The bindings a snippet's tags give: key → value, overriding ones marked `!`, fallbacks `?`. */
async function tagBindings(path: string, text: string): Promise<string[]> {
  const facts = await readSnippet(goCodeSource, path, text);
  return facts
    .filter((fact): fact is BindingFact => fact.type === 'binding' && !fact.key.startsWith('code:'))
    .map((fact) => `${fact.key}=${fact.value}${fact.overrides ? ' !' : ''}${fact.fallback ? ' ?' : ''} @${fact.scope}`);
}

describe('Go config structs with tags', () => {
  it('binds nested and embedded fields by the path the code reads, for the whole module', async () => {
    const text = code`
      package config
      import ("github.com/ilyakaznacheev/cleanenv"; configs "shop/pkg/config")
      type (
      	Config struct {
      		configs.HTTP \`yaml:"http"\`
      		PG           configs.PG \`yaml:"postgres"\`
      		GRPC         \`yaml:"grpc"\`
      		ProductClient struct {
      			URL string \`yaml:"url" env:"PRODUCT_CLIENT_URL" env-default:"localhost:5001"\`
      		} \`yaml:"product_client"\`
      	}
      	GRPC struct {
      		CounterHost string \`yaml:"counter_address" env:"COUNTER_CLIENT_URL"\`
      	}
      )
      func NewConfig() (*Config, error) { cfg := &Config{}; return cfg, cleanenv.ReadConfig("config.yml", cfg) }`;
    expect(await tagBindings('internal/counter/config/config.go', text)).toEqual([
      'ProductClient.URL=$ref:PRODUCT_CLIENT_URL ! @',
      'ProductClient.URL=localhost:5001 ? @',
      'GRPC.CounterHost=$ref:COUNTER_CLIENT_URL ! @',
      'GRPC.CounterHost=$ref:grpc.counter_address ? @',
    ]);
  });

  it('names a section of a shared package by its type, as embedding it names the field', async () => {
    const text = code`
      package config
      type PG struct {
      	PoolMax int    \`env-required:"true" yaml:"pool_max" env:"PG_POOL_MAX"\`
      	DsnURL  string \`env-required:"true" yaml:"dsn_url" env:"PG_DSN_URL"\`
      }
      type Payload struct {
      	URL string \`json:"url"\`
      }`;
    expect(await tagBindings('pkg/config/config.go', text)).toEqual([
      'PG.PoolMax=$ref:PG_POOL_MAX ! @',
      'PG.PoolMax=$ref:code:GoSection.PG.pool_max ? @',
      'PG.DsnURL=$ref:PG_DSN_URL ! @',
      'PG.DsnURL=$ref:code:GoSection.PG.dsn_url ? @',
    ]);
  });

  it('reads a field of the loaded struct kept on a receiver (a.cfg.PG.DsnURL)', async () => {
    const text = code`
      package app
      import ("shop/internal/counter/config"; "google.golang.org/grpc")
      type App struct { cfg *config.Config }
      func (a *App) Run() { conn, _ := grpc.Dial(a.cfg.ProductClient.URL) }`;
    const facts = await readSnippet(goCodeSource, 'internal/counter/app/app.go', text);
    expect(facts.find((fact): fact is ConnectionFact => fact.type === 'connection')?.target).toEqual({ key: 'ProductClient.URL' });
  });

  it.each([
    ['a loader\'s result', 'cfg, err := config.NewConfig()'],
    ['a loader of another name', 'cfg := LoadConfig("config.yml")'],
    ['a package loader', 'cfg := conf.MustLoad()'],
  ])('reads a field of the struct %s returns', async (_, load) => {
    const text = `package main\nimport ("shop/internal/proxy/config"; "google.golang.org/grpc")\nfunc main() {\n\t${load}\n\tconn, _ := grpc.Dial(cfg.GRPC.CounterHost)\n}\n`;
    const facts = await readSnippet(goCodeSource, 'cmd/proxy/main.go', text);
    expect(facts.find((fact): fact is ConnectionFact => fact.type === 'connection')?.target).toEqual({ key: 'GRPC.CounterHost' });
  });

  it("keeps a consumer's direction when the channel comes from a method of the wrapper's own type", async () => {
    const text = code`
      package consumer
      import amqp "github.com/rabbitmq/amqp091-go"
      type Consumer struct { amqpConn *amqp.Connection; queueName string }
      func (c *Consumer) createChannel() (*amqp.Channel, error) { return c.amqpConn.Channel() }
      func (c *Consumer) StartConsumer() error {
      	ch, err := c.createChannel()
      	deliveries, err := ch.Consume(c.queueName, "", false, false, false, false, nil)
      	return err
      }`;
    const facts = await readSnippet(goCodeSource, 'pkg/rabbitmq/consumer/consumer.go', text);
    expect(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.role} ${fact.technology}`)).toEqual(['consumes RabbitMQ']);
  });

  it('calls the gRPC service a grpc-gateway handler is registered from', async () => {
    const text = code`
      package main
      import ("github.com/grpc-ecosystem/grpc-gateway/v2/runtime"; gen "shop/proto/gen")
      func main() { _ = gen.RegisterProductServiceHandlerFromEndpoint(ctx, mux, "product:5001", opts) }`;
    const facts = await readSnippet(goCodeSource, 'cmd/proxy/main.go', text);
    const call = facts.find((fact): fact is ConnectionFact => fact.type === 'connection');
    expect([call?.mechanism, call?.channel, call?.target.host]).toEqual(['grpc', 'ProductService', 'product']);
  });
});

describe('a tagged field resolved for its service', () => {
  const config = code`
    package config
    type Config struct {
    	ProductClient struct {
    		URL string \`yaml:"url" env:"PRODUCT_CLIENT_URL" env-default:"fallback-product:5001"\`
    	} \`yaml:"product_client"\`
    }`;
  const app = code`
    package app
    import ("shop/internal/counter/config"; "google.golang.org/grpc")
    type App struct { cfg *config.Config }
    func (a *App) Run() { conn, _ := grpc.Dial(a.cfg.ProductClient.URL) }`;
  const main = code`
    package main
    import "shop/internal/counter/app"
    func main() { app.New().Run() }`;
  const evidence = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };
  const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root !== undefined ? { root } : {}), evidence, confidence: CONFIDENCE.declared });

  async function edges(yaml: string | undefined, env: string | undefined): Promise<string[]> {
    const settings = yaml === undefined ? [] : await goConfigFileSource.read({ path: 'cmd/counter/config.yml', text: yaml }, { evidenceAt: evidenceFor({ path: 'cmd/counter/config.yml', text: yaml }), parse: async () => { throw new Error('no code'); }, rules: [] });
    const facts: Fact[] = [
      component('counter', 'docker'),
      component('product'),
      component('other-product'),
      component('fallback-product'),
      ...(env === undefined ? [] : [{ type: 'binding', component: 'counter', key: 'PRODUCT_CLIENT_URL', value: env, evidence } satisfies BindingFact]),
      ...settings,
      ...(await readSnippet(goCodeSource, 'internal/counter/config/config.go', config)),
      ...(await readSnippet(goCodeSource, 'internal/counter/app/app.go', app)),
      ...(await readSnippet(goCodeSource, 'cmd/counter/main.go', main)),
    ];
    return resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`);
  }

  it.each([
    ['the env var the tag names wins over the settings file', 'product_client:\n  url: other-product:5001\n', 'product:5001', ['counter -> product']],
    ["the service's settings file (in its cmd/ folder) when the env var is unset", 'product_client:\n  url: other-product:5001\n', undefined, ['counter -> other-product']],
    ["the tag's default when neither says", undefined, undefined, ['counter -> fallback-product']],
  ])('%s', async (_, yaml, env, expected) => {
    expect(await edges(yaml, env)).toEqual(expected);
  });
});

describe('a section type of a shared package, embedded under its own settings-file name', () => {
  const shared = code`
    package config
    type PG struct {
    	DsnURL string \`env-required:"true" yaml:"dsn_url" env:"PG_DSN_URL"\`
    }`;
  const config = code`
    package config
    import configs "shop/pkg/config"
    type Config struct {
    	PG configs.PG \`yaml:"postgres"\`
    }`;
  const app = code`
    package app
    import ("shop/internal/counter/config"; "github.com/jackc/pgx/v5/pgxpool")
    func Run(cfg config.Config) { pool, _ := pgxpool.New(ctx, cfg.PG.DsnURL) }`;
  const evidence = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };

  it.each([
    ['the env var first', 'postgres://u@pg-from-env:5432/db', ['counter -> pg-from-env']],
    ["the file's postgres.dsn_url when it is unset", undefined, ['counter -> pg-from-file']],
  ])('%s', async (_, env, expected) => {
    const yaml = 'postgres:\n  dsn_url: postgres://u@pg-from-file:5432/db\n';
    const file = { path: 'cmd/counter/config.yml', text: yaml };
    const facts: Fact[] = [
      { type: 'component', name: 'counter', kind: 'application', root: 'docker', evidence, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'pg-from-env', kind: 'database', technology: 'PostgreSQL', evidence, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'pg-from-file', kind: 'database', technology: 'PostgreSQL', evidence, confidence: CONFIDENCE.declared },
      ...(env === undefined ? [] : [{ type: 'binding', component: 'counter', key: 'PG_DSN_URL', value: env, evidence } satisfies BindingFact]),
      ...(await goConfigFileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })),
      ...(await readSnippet(goCodeSource, 'pkg/config/config.go', shared)),
      ...(await readSnippet(goCodeSource, 'internal/counter/config/config.go', config)),
      ...(await readSnippet(goCodeSource, 'internal/counter/app/app.go', app)),
    ];
    expect(resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`)).toEqual(expected);
  });
});
