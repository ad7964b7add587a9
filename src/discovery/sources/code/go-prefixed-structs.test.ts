import { describe, expect, it } from 'vitest';
import { prefixedReadKey } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact, ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** The target keys of a Go file's connections. */
async function targetsOf(text: string): Promise<(string | undefined)[]> {
  const facts = await readSnippet(goCodeSource, 'pkg/clients/clients.go', text);
  return facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target.key ?? fact.target.url);
}

describe('Go config structs parsed under a prefix (caarlos0/env Options.Prefix)', () => {
  it.each<[string, string, (string | undefined)[]]>([
    [
      'a prefix the caller gives, through env.ParseWithOptions',
      code`
        package clients
        import ("context"; "github.com/caarlos0/env/v10"; "google.golang.org/grpc")
        type Config struct { URL string \`env:"URL" envDefault:""\` }
        func SetupAuthClient(prefix string) (*grpc.ClientConn, error) {
        	cfg := Config{}
        	if err := env.ParseWithOptions(&cfg, env.Options{Prefix: prefix}); err != nil { return nil, err }
        	return grpc.DialContext(context.Background(), cfg.URL)
        }`,
      [prefixedReadKey('code:param:clients.SetupAuthClient#0', 'URL')],
    ],
    [
      'a project\'s own wrapper taking the same options, the struct declared with var',
      code`
        package clients
        import ("github.com/acme/platform/internal/env"; "github.com/redis/go-redis/v9")
        type Config struct { Addr string \`env:"ADDR,required"\` }
        func NewCache(prefix string) *redis.Client {
        	var cfg Config
        	_ = env.Parse(&cfg, env.Options{Prefix: prefix})
        	return redis.NewClient(&redis.Options{Addr: cfg.Addr})
        }`,
      [prefixedReadKey('code:param:clients.NewCache#0', 'ADDR')],
    ],
    [
      'a prefix passed on unchanged by each exported function to the one parsing it: each caller\'s, a few levels down',
      code`
        package clients
        import ("context"; "github.com/acme/platform/internal/env"; "google.golang.org/grpc")
        type Config struct { URL string \`env:"URL" envDefault:""\` }
        func connect(prefix string) (*grpc.ClientConn, error) {
        	cfg := Config{}
        	if err := env.Parse(&cfg, env.Options{Prefix: prefix}); err != nil { return nil, err }
        	return grpc.DialContext(context.Background(), cfg.URL)
        }
        func dial(prefix string) (*grpc.ClientConn, error) { return connect(prefix) }
        func SetupAuthClient(prefix string) (*grpc.ClientConn, error) { return connect(prefix) }
        func SetupThingsClient(prefix string) (*grpc.ClientConn, error) { return dial(prefix) }`,
      [prefixedReadKey('code:param:clients.SetupThingsClient#0', 'URL'), prefixedReadKey('code:param:clients.SetupAuthClient#0', 'URL')],
    ],
    [
      'not: callers passing on their prefix beside one giving a literal: no one value, as for any helper called so',
      code`
        package clients
        import ("context"; "github.com/acme/platform/internal/env"; "google.golang.org/grpc")
        type Config struct { URL string \`env:"URL" envDefault:""\` }
        func connect(prefix string) (*grpc.ClientConn, error) {
        	cfg := Config{}
        	if err := env.Parse(&cfg, env.Options{Prefix: prefix}); err != nil { return nil, err }
        	return grpc.DialContext(context.Background(), cfg.URL)
        }
        func SetupAuthClient(prefix string) (*grpc.ClientConn, error) { return connect(prefix) }
        func SetupBilling() (*grpc.ClientConn, error) { return connect("XX_BILLING_GRPC_") }`,
      [undefined],
    ],
    [
      'a literal prefix in the same function: the whole name',
      code`
        package clients
        import ("net/http"; "github.com/caarlos0/env/v11")
        type Config struct { BaseURL string \`env:"BASE_URL"\` }
        func Fetch() (*http.Response, error) {
        	cfg := &Config{}
        	_ = env.ParseWithOptions(cfg, env.Options{Prefix: "XX_BILLING_"})
        	return http.Get(cfg.BaseURL)
        }`,
      ['XX_BILLING_BASE_URL'],
    ],
    [
      'not: a struct parsed without a prefix is read as before, by its field',
      code`
        package clients
        import ("net/http"; "github.com/caarlos0/env/v11")
        type Config struct { BaseURL string \`env:"BASE_URL"\` }
        func Fetch() (*http.Response, error) {
        	cfg := Config{}
        	_ = env.Parse(&cfg)
        	return http.Get(cfg.BaseURL)
        }`,
      ['code:BaseURL'],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await targetsOf(text)).toEqual(expected);
  });
});

describe('the prefix a command gives a shared package\'s function', () => {
  it.each<[string, string, string | undefined]>([
    ['a constant of the command', 'const envPrefixDB = "QR_THINGS_DB_"\nfunc main() { postgres.Setup(envPrefixDB, nil) }', 'QR_THINGS_DB_'],
    ['a literal', 'func main() { postgres.Setup("QR_THINGS_DB_", nil) }', 'QR_THINGS_DB_'],
    ['not: a word that starts no variable', 'func main() { postgres.Setup("things", nil) }', undefined],
  ])('binds %s for the command\'s folder only (other commands pass their own)', async (_name, body, expected) => {
    const facts = await readSnippet(goCodeSource, 'cmd/things/main.go', `package main\nimport "github.com/quarry/platform/pkg/postgres"\n${body}`);
    const bound = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === 'code:param:postgres.Setup#0');
    expect(bound.map((fact) => [fact.scope, fact.value])).toEqual(expected === undefined ? [] : [['cmd/things', expected]]);
  });
});
