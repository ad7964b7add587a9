import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { goConfigFileSource } from '../config/go-config-file.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** The file's connections as `role mechanism technology key|host [channel]`, and its fallback bindings. */
async function readGo(path: string, text: string): Promise<{ connections: string[]; bindings: string[] }> {
  const facts = await readSnippet(goCodeSource, path, text);
  return {
    connections: facts
      .filter((fact): fact is ConnectionFact => fact.type === 'connection')
      .map((fact) => `${fact.role} ${fact.mechanism} ${fact.technology ?? '-'} ${fact.target.key ?? fact.target.host ?? fact.target.url ?? '?'}${fact.channel ? ` [${fact.channel}]` : ''}`),
    bindings: facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.fallback === true).map((fact) => `${fact.key}=${fact.value}`),
  };
}

const GO_ZERO_API = code`
  package svc
  import (
  	"lookzero/internal/config"
  	"github.com/hibiken/asynq"
  	"github.com/zeromicro/go-queue/kq"
  	"github.com/zeromicro/go-zero/core/stores/redis"
  	"github.com/zeromicro/go-zero/core/stores/sqlx"
  	"github.com/zeromicro/go-zero/zrpc"
  )
  type ServiceContext struct {
  	Config config.Config
  }
  func NewServiceContext(c config.Config) *ServiceContext {
  	_ = usercenter.NewUsercenter(zrpc.MustNewClient(c.UsercenterRpcConf))
  	_ = sqlx.NewMysql(c.DB.DataSource)
  	_ = redis.MustNewRedis(c.Redis.RedisConf)
  	_ = kq.NewPusher(c.KqPusherConf.Brokers, c.KqPusherConf.Topic)
  	_ = asynq.NewClient(asynq.RedisClientOpt{Addr: c.Redis.Host, Password: c.Redis.Pass})
  	return &ServiceContext{Config: c}
  }
  func StartConsumers(svcCtx *ServiceContext) {
  	q := kq.MustNewQueue(svcCtx.Config.PaymentUpdateStatusConf, handler)
  	go q.Start()
  	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: svcCtx.Config.Redis.Host}, asynq.Config{Concurrency: 10})
  	_ = srv
  }
  func NewScheduler(c config.Config) *asynq.Scheduler {
  	return asynq.NewScheduler(asynq.RedisClientOpt{Addr: c.Cache.Host}, &asynq.SchedulerOpts{})
  }`;

describe('Go config structs loaded from a settings file', () => {
  it('reads c.<Field>.<Field> as the key of the file, for go-zero, go-queue and asynq clients', async () => {
    const { connections } = await readGo('app/order/cmd/api/internal/svc/servicecontext.go', GO_ZERO_API);
    expect(connections).toEqual([
      'calls grpc gRPC UsercenterRpcConf',
      'uses database MySQL DB.DataSource',
      'uses database Redis Redis',
      'produces messaging Kafka KqPusherConf.Brokers [$ref:KqPusherConf.Topic]',
      'produces messaging Redis Redis.Host',
      'consumes messaging Kafka PaymentUpdateStatusConf [$ref:PaymentUpdateStatusConf.Topic]',
      'consumes messaging Redis Redis.Host',
      // asynq's Scheduler enqueues periodic tasks: a producer.
      'produces messaging Redis Cache.Host',
    ]);
  });

  it.each([
    ['a struct of another type', 'func f(opts Options) { sqlx.NewMysql(opts.DB.DataSource) }', []],
    ['a chain through a call', 'func f(c config.Config) { sqlx.NewMysql(c.DB().DataSource) }', []],
    ['a method of the config struct', 'func f(c *config.Config) { sqlx.NewMysql(c.Get("DSN")) }', []],
    ['a pointer to a config struct', 'func f(cfg *config.Config) { sqlx.NewMysql(cfg.Mysql.Dsn) }', ['uses database MySQL Mysql.Dsn']],
    ['a struct named Config in its own package', 'var c Config\nfunc f() { sqlx.NewMysql(c.DataSource) }', ['uses database MySQL DataSource']],
  ])('%s', async (_, body, expected) => {
    const text = `package svc\nimport ("lookzero/internal/config"; "github.com/zeromicro/go-zero/core/stores/sqlx")\n${body}\n`;
    const { connections } = await readGo('svc/svc.go', text);
    expect(connections.filter((connection) => !connection.endsWith('?'))).toEqual(expected);
  });

  it("follows the Cache section into a model's sqlc.NewConn, through the model's constructor", async () => {
    const model = code`
      package model
      import ("github.com/zeromicro/go-zero/core/stores/cache"; "github.com/zeromicro/go-zero/core/stores/sqlc"; "github.com/zeromicro/go-zero/core/stores/sqlx")
      func NewUserModel(conn sqlx.SqlConn, c cache.CacheConf) *UserModel {
      	return &UserModel{CachedConn: sqlc.NewConn(conn, c)}
      }`;
    const svc = code`
      package svc
      import ("lookzero/internal/config"; "lookzero/model"; "github.com/zeromicro/go-zero/core/stores/sqlx")
      func NewServiceContext(c config.Config) { _ = model.NewUserModel(sqlx.NewMysql(c.DB.DataSource), c.Cache) }`;
    const facts = [...(await readSnippet(goCodeSource, 'app/user/model/usermodel.go', model)), ...(await readSnippet(goCodeSource, 'app/user/rpc/internal/svc/servicecontext.go', svc))];
    const cacheUse = facts.find((fact): fact is ConnectionFact => fact.type === 'connection' && fact.technology === 'Redis');
    expect(cacheUse?.target).toEqual({ key: 'code:param:model.NewUserModel#1' });
    expect(facts).toContainEqual(expect.objectContaining({ type: 'binding', key: 'code:param:model.NewUserModel#1', value: '$ref:Cache' }));
  });

  it('lets a field of a typed config read in one file be set in code of another, when no settings file binds it', async () => {
    const text = code`
      package server
      import ("lookzero/internal/config"; "github.com/zeromicro/go-zero/core/stores/redis")
      func New(cfg *config.Config) *redis.Redis { return redis.New(cfg.RedisAddr) }`;
    const { connections, bindings } = await readGo('internal/server/server.go', text);
    expect(connections).toEqual(['uses database Redis RedisAddr']);
    expect(bindings).toEqual(['RedisAddr=$ref:code:RedisAddr']);
  });

  it('joins the settings file and the code into edges (Endpoints, an etcd key naming the registered service, a MySQL DSN)', async () => {
    const yaml = [
      'Name: order-api',
      'UsercenterRpcConf:',
      '  Etcd:',
      '    Hosts: [etcd:2379]',
      '    Key: usercenter.rpc',
      'DB:',
      '  DataSource: root:secret@tcp(mysql:3306)/orders',
      'Redis:',
      '  Host: redis:6379',
      'KqPusherConf:',
      '  Brokers: [kafka:9092]',
      '  Topic: order-paid',
      'PaymentUpdateStatusConf:',
      '  Brokers: [kafka:9092]',
      '  Topic: payment-update-paystatus',
      '  Group: order',
    ].join('\n');
    const file = { path: 'app/order/cmd/api/etc/order-api.yaml', text: yaml };
    const settings = await goConfigFileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    const codeFacts = await readSnippet(goCodeSource, 'app/order/cmd/api/internal/svc/servicecontext.go', GO_ZERO_API);
    const evidence = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };
    const component = (name: string, kind: 'application' | 'database' | 'message-broker', root?: string, technology?: string): Fact => ({ type: 'component', name, kind, ...(root ? { root } : {}), ...(technology ? { technology } : {}), evidence, confidence: CONFIDENCE.declared });
    const graph = resolveFacts([
      component('order-api', 'application', 'app/order/cmd/api'),
      component('usercenter-rpc', 'application', 'app/usercenter/cmd/rpc'),
      component('mysql', 'database', undefined, 'MySQL'),
      component('redis', 'database', undefined, 'Redis'),
      component('kafka', 'message-broker', undefined, 'Kafka'),
      ...settings,
      ...codeFacts,
    ]);
    const edges = graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism}${item.channel ? ` ${item.channel}` : ''})`).sort();
    expect(edges).toEqual(
      expect.arrayContaining([
        'order-api -> usercenter-rpc (grpc)',
        'order-api -> mysql (database)',
        'order-api -> redis (database)',
        'order-api -> kafka (messaging order-paid)',
        'kafka -> order-api (messaging payment-update-paystatus)',
      ]),
    );
    expect(edges.some((edge) => edge.includes('etcd'))).toBe(false);
  });
});
