import { describe, expect, it } from 'vitest';
import { prefixedReadKey } from '../../../core/discovery/env-helper-keys.js';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
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
