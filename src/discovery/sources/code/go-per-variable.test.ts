import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (path: string, text: string): Promise<Fact[]> => readSnippet(goCodeSource, path, text);
/** Each connection naming a target, as `line: key`. */
const connections = (facts: Fact[]): string[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection' && fact.target.key !== undefined).map((fact) => `${fact.evidence.line}: ${fact.target.key}`);

const POOLS = code`
  package redispool
  import ("os"; "github.com/gomodule/redigo/redis")
  func addr(specific string) string {
  	if v := os.Getenv(specific); v != "" { return v }
  	if v := os.Getenv("REDIS_ENDPOINT"); v != "" { return v }
  	return "127.0.0.1:6379"
  }
  func newPool(address string) *redis.Pool {
  	return &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", address) }}
  }
`;

describe('Go connections read once per package variable', () => {
  it.each([
    [
      'a helper called once per variable: each variable its own chain, at its own line',
      `${POOLS}
var (
	Cache = newPool(addr("REDIS_CACHE_ENDPOINT"))
	Store = newPool(addr("REDIS_STORE_ENDPOINT"))
)`,
      ['12: env-chain:REDIS_CACHE_ENDPOINT|REDIS_ENDPOINT', '13: env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT'],
    ],
    [
      'a helper called once: the parameter is bound already, nothing is repeated',
      `${POOLS}
var Store = newPool(addr("REDIS_STORE_ENDPOINT"))`,
      ['9: env-chain:REDIS_STORE_ENDPOINT|REDIS_ENDPOINT'],
    ],
    [
      'a connection that does not depend on the variable is not repeated',
      code`
        package cache
        import "github.com/gomodule/redigo/redis"
        func newPool(name string) *redis.Pool {
        	return &redis.Pool{Dial: func() (redis.Conn, error) { return redis.Dial("tcp", "redis:6379") }}
        }
        var (
        	A = newPool("a")
        	B = newPool("b")
        )`,
      [],
    ],
    [
      'schema values handed whole to the function connecting: each schema its prefix, a left-out prefix empty',
      code`
        package dbconn
        import "database/sql"
        type Schema struct { Name, EnvPrefix string }
        var (
        	Frontend = Schema{Name: "frontend"}
        	CodeIntel = Schema{Name: "codeintel", EnvPrefix: "CODEINTEL_"}
        )
        func New(schema Schema) (*sql.DB, error) { return sql.Open("pgx", BuildDSN(schema.EnvPrefix)) }`,
      ['5: env-helper:go-package:dbconn#BuildDSN()', '6: env-helper:go-package:dbconn#BuildDSN(CODEINTEL_)'],
    ],
    [
      'the prefix field concatenated in the connecting function itself: each schema its variable',
      code`
        package dbconn
        import ("database/sql"; "os")
        type Schema struct { EnvPrefix string }
        var (
        	Main = Schema{}
        	Audit = Schema{EnvPrefix: "AUDIT_"}
        )
        func Open(s *Schema) (*sql.DB, error) { return sql.Open("postgres", os.Getenv(s.EnvPrefix + "DATABASE_URL")) }`,
      ['5: DATABASE_URL', '6: AUDIT_DATABASE_URL'],
    ],
    [
      'one value of the type: its field is bound as before, nothing per variable',
      code`
        package dbconn
        import "database/sql"
        type Schema struct { Name, EnvPrefix string }
        var Frontend = Schema{Name: "frontend"}
        func New(schema Schema) (*sql.DB, error) { return sql.Open("pgx", BuildDSN(schema.EnvPrefix)) }`,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(connections(await read('internal/x/x.go', text))).toEqual(expected);
  });
});

/** The key templates a Go file binds for its prefix helpers. */
const templates = (facts: Fact[]): Record<string, string> =>
  Object.fromEntries(facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith('env-helper:')).map((fact) => [fact.key, fact.value]));

describe('Go functions naming the variables they read on a prefix they are given', () => {
  it.each([
    [
      'a whole DSN first, then the host through a closure: the address variables in the order read',
      code`
        package dbconn
        import ("fmt"; "os")
        func BuildDSN(prefix string) string {
        	get := func(name, def string) string {
        		if v := os.Getenv(prefix + name); v != "" { return v }
        		return def
        	}
        	if dsn := os.Getenv(prefix + "PGDATASOURCE"); dsn != "" { return dsn }
        	return fmt.Sprintf("postgres://%s:%s@%s:%s/%s", get("PGUSER", "app"), get("PGPASSWORD", ""), get("PGHOST", "localhost"), get("PGPORT", "5432"), get("PGDATABASE", "app"))
        }`,
      { 'env-helper:go-package:dbconn#BuildDSN': 'env-chain:{}PGDATASOURCE|{}PGHOST' },
    ],
    [
      'reads written out: one address variable is the template itself',
      code`
        package queue
        import "os"
        func brokerURL(prefix string) string { return os.Getenv(prefix + "AMQP_URL") }`,
      { 'env-helper:go-package:queue#brokerURL': '{}AMQP_URL' },
    ],
    [
      'only settings that are no address: no template',
      code`
        package tuning
        import "os"
        func poolSize(prefix string) string { return os.Getenv(prefix + "POOL_SIZE") }`,
      {},
    ],
    [
      'a prefix held in a constant, no parameter: the env-prefix reading, no template',
      code`
        package config
        import "os"
        const EnvPrefix = "XX_"
        func host() string { return os.Getenv(EnvPrefix + "HOST") }`,
      {},
    ],
  ])('%s', async (_name, text, expected) => {
    expect(templates(await read('internal/x/x.go', text))).toEqual(expected);
  });
});
