import { describe, expect, it } from 'vitest';
import { bindingsOf, code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/**
 * Go settings behind functions: accessors returning an env read (with a default after it),
 * methods of a settings type, and one-line URL builders evaluated with the caller's arguments;
 * and the job-queue and ORM libraries of the catalogue (gocraft/work, beego's ORM, ent).
 */
const cases: { name: string; path: string; text: string; facts: FactSummary[]; bindings?: Record<string, string>; absent?: string[] }[] = [
  {
    name: 'an accessor with a default after the env read: shared under its qualified name, the default kept',
    path: 'internal/config/config.go',
    text: code`
      package config
      import "os"
      func RegistryURL() string {
      	if v := os.Getenv("REGISTRY_URL"); v != "" {
      		return v
      	}
      	return "http://depot:5000"
      }`,
    facts: [],
    bindings: { 'code:config.RegistryURL()': '$ref:REGISTRY_URL', 'code:RegistryURL()': '$ref:REGISTRY_URL', REGISTRY_URL: 'http://depot:5000' },
  },
  {
    name: 'an accessor called in its own file stands for its env read',
    path: 'internal/registry/client.go',
    text: code`
      package registry
      import ("net/http"; "os")
      func baseURL() string { return os.Getenv("REGISTRY_URL") }
      func Ping() { http.Get(baseURL() + "/v2/") }`,
    facts: [http(4, { key: 'REGISTRY_URL' })],
  },
  {
    name: "another package's accessor, and a method of a settings type on a typed field, are read by name",
    path: 'internal/registry/client.go',
    text: code`
      package registry
      import ("net/http"; "github.com/acme/app/internal/config")
      type worker struct { cfg *config.Settings }
      func Ping() { http.Get(config.RegistryURL()) }
      func (w *worker) Bill() { http.Post(w.cfg.Ledger(), "application/json", nil) }`,
    facts: [http(4, { key: 'code:config.RegistryURL()' }), http(5, { key: 'code:method:Settings.Ledger()' })],
  },
  {
    name: 'a method of a settings type returning a field set from the environment is shared by type',
    path: 'internal/config/settings.go',
    text: code`
      package config
      import "os"
      type Settings struct { LedgerURL string }
      var current = Settings{LedgerURL: os.Getenv("LEDGER_URL")}
      func (s *Settings) Ledger() string { return s.LedgerURL }`,
    facts: [],
    bindings: { 'code:method:Settings.Ledger()': '$ref:LEDGER_URL' },
  },
  {
    name: 'a URL builder called with two bases: each call its own host',
    path: 'internal/clients/clients.go',
    text: code`
      package clients
      import ("fmt"; "net/http"; "os")
      func pingURL(base string) string { return fmt.Sprintf("%s/v2/", base) }
      func join(base, path string) string { return base + path }
      func Check() {
      	http.Get(pingURL(os.Getenv("REGISTRY_URL")))
      	http.Get(pingURL("http://mirror:5000"))
      	http.Get(join(os.Getenv("LEDGER_URL"), "/api/entries"))
      }`,
    facts: [http(6, { key: 'REGISTRY_URL' }), http(7, { host: 'mirror', port: 5000, url: 'http://mirror:5000/v2/' }), http(8, { key: 'LEDGER_URL' })],
  },
  {
    name: 'a function returning a client, or several results, is not read as an accessor',
    path: 'internal/clients/clients.go',
    text: code`
      package clients
      import ("net/http"; "os")
      func client() *http.Client { return &http.Client{} }
      func addr() (string, error) { return os.Getenv("ADDR"), nil }`,
    facts: [],
    absent: ['code:client()', 'code:addr()', 'code:clients.addr()'],
  },
  {
    name: "gocraft/work: the enqueuer produces and the worker pool consumes through the redigo pool's dial, which is no database use",
    path: 'internal/queue/queue.go',
    text: code`
      package queue
      import ("os"; "github.com/gocraft/work"; "github.com/gomodule/redigo/redis")
      var pool = &redis.Pool{
      	MaxActive: 5,
      	Dial: func() (redis.Conn, error) { return redis.DialURL(os.Getenv("REDIS_URL")) },
      }
      var enqueuer = work.NewEnqueuer("app", pool)
      func Workers() *work.WorkerPool { return work.NewWorkerPool(struct{}{}, 4, "app", pool) }`,
    facts: [message('produces', 'Redis', undefined, { key: 'REDIS_URL' }, 7), message('consumes', 'Redis', undefined, { key: 'REDIS_URL' }, 8)],
  },
  {
    name: 'a redigo pool outside a gocraft/work file is a database use',
    path: 'internal/cache/cache.go',
    text: code`
      package cache
      import ("os"; "github.com/gomodule/redigo/redis")
      var pool = &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", os.Getenv("CACHE_ADDR")) }}`,
    facts: [store('database', 'Redis', { key: 'CACHE_ADDR' }, 3)],
  },
  {
    name: "beego's ORM: the driver names the database, the keyword DSN's host the target",
    path: 'internal/store/store.go',
    text: code`
      package store
      import ("fmt"; "os"; "github.com/beego/beego/v2/client/orm")
      func Open() error {
      	dsn := fmt.Sprintf("host=%s port=5432 user=app dbname=app sslmode=disable", os.Getenv("PG_HOST"))
      	return orm.RegisterDataBase("default", "postgres", dsn)
      }`,
    facts: [store('database', 'PostgreSQL', { key: 'PG_HOST' }, 5)],
  },
  {
    name: "ent's generated client opened on a driver and a URL",
    path: 'internal/store/ent.go',
    text: code`
      package store
      import ("os"; "github.com/acme/app/ent")
      func Open() (*ent.Client, error) { return ent.Open("mysql", os.Getenv("MYSQL_DSN")) }`,
    facts: [store('database', 'MySQL', { key: 'MYSQL_DSN' }, 3)],
  },
];

describe('Go settings behind functions, and job-queue and ORM libraries', () => {
  it.each(cases)('$name', async ({ path, text, facts, bindings, absent }) => {
    const found = await readSnippet(goCodeSource, path, text);
    expect(summarise(found)).toEqual(facts);
    if (bindings) expect(bindingsOf(found)).toMatchObject(bindings);
    for (const key of absent ?? []) expect(bindingsOf(found)).not.toHaveProperty([key]);
  });
});
