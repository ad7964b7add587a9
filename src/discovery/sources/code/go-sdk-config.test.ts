import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { defaultPackageName } from './go-reader.js';
import { goCodeSource } from './go-source.js';

/**
 * A module's own Go SDK: one `Config` struct literal of base URLs given to `NewSDK`, kept whole
 * (`&SDK{cfg: cfg}`), each method sending through one request helper on the receiver
 * (`s.do(http.MethodPost, s.cfg.ThingsURL, "/things")`); the commands read their URLs into a
 * tagged struct of their own (`type config struct { ThingsURL string \`env:"…"\` }`).
 */
describe('the package an import path names', () => {
  it.each([
    ['github.com/acme/relay/pkg/sdk/go', 'sdk'],
    ['github.com/acme/relay/pkg/sdk/go/v2', 'sdk'],
    ['github.com/redis/go-redis/v9', 'redis'],
    ['github.com/acme/relay/internal/things', 'things'],
    ['go', 'go'],
  ])('%s → %s', (path, name) => {
    expect(defaultPackageName(path)).toBe(name);
  });
});

const SDK = code`
  package sdk
  import "net/http"
  type Config struct { UsersURL string; ThingsURL string; ReadersURL string }
  type SDK struct { cfg Config; client *http.Client }
  func NewSDK(cfg Config) *SDK { return &SDK{cfg: cfg, client: &http.Client{}} }
  func (s *SDK) CreateUser() error { return s.do(http.MethodPost, s.cfg.UsersURL, "/users") }
  func (s *SDK) CreateThing() error { return s.do(http.MethodPost, s.cfg.ThingsURL, "/things") }
  func (s *SDK) ReadMessages() error { return s.do(http.MethodGet, s.cfg.ReadersURL, "/messages") }
  func (s *SDK) do(method, base, path string) error {
  	req, _ := http.NewRequest(method, base+path, nil)
  	_, err := s.client.Do(req)
  	return err
  }`;

describe('a request helper method every method of the type sends through', () => {
  const cases: { name: string; text: string; targets: string[] }[] = [
    { name: 'one connection per base URL field the calls give it', text: SDK, targets: ['code:param:sdk.NewSDK#0.UsersURL', 'code:param:sdk.NewSDK#0.ThingsURL', 'code:param:sdk.NewSDK#0.ReadersURL'] },
    {
      name: 'a helper no method calls on its receiver: the address is not known (no caller to follow)',
      text: code`
        package sdk
        import "net/http"
        type SDK struct { client *http.Client }
        func (s *SDK) Do(method, base, path string) error {
        	req, _ := http.NewRequest(method, base+path, nil)
        	_, err := s.client.Do(req)
        	return err
        }`,
      targets: ['(unknown)'],
    },
    {
      name: 'a call on another value than the receiver gives the helper nothing',
      text: code`
        package sdk
        import ("net/http"; "os")
        type SDK struct { client *http.Client }
        func (s *SDK) Ping(other *SDK) error { return other.do(os.Getenv("PING_URL")) }
        func (s *SDK) do(base string) error {
        	req, _ := http.NewRequest(http.MethodGet, base+"/health", nil)
        	_, err := s.client.Do(req)
        	return err
        }`,
      targets: ['(unknown)'],
    },
  ];
  it.each(cases)('$name', async ({ text, targets }) => {
    const facts = await readSnippet(goCodeSource, 'pkg/sdk/go/sdk.go', text);
    const connections = facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(connections.map((fact) => fact.target.key ?? fact.target.host ?? '(unknown)')).toEqual(targets);
  });
});

/** The `code:param:` bindings a command's file gives, key → value @ scope. */
async function parameterBindings(path: string, text: string): Promise<string[]> {
  const facts: Fact[] = await readSnippet(goCodeSource, path, text);
  return facts
    .filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith('code:param:'))
    .map((fact) => `${fact.key}=${fact.value} @${fact.scope}`);
}

describe('what a command gives the SDK', () => {
  it.each([
    {
      name: 'fields of a tagged struct of its own (not named Config), loaded by env.Parse: the struct\'s keys, for the command\'s folder',
      text: code`
        package main
        import ("github.com/caarlos0/env/v10"; "github.com/acme/relay/pkg/sdk/go")
        type config struct {
        	UsersURL  string \`env:"RH_USERS_URL" envDefault:"http://localhost"\`
        	ThingsURL string \`env:"RH_THINGS_URL" envDefault:"http://localhost"\`
        }
        func main() {
        	var cfg config
        	_ = env.Parse(&cfg)
        	sdk.NewSDK(sdk.Config{UsersURL: cfg.UsersURL, ThingsURL: cfg.ThingsURL})
        }`,
      expected: ['code:param:sdk.NewSDK#0.UsersURL=$ref:config.UsersURL @cmd/provision', 'code:param:sdk.NewSDK#0.ThingsURL=$ref:config.ThingsURL @cmd/provision'],
    },
    {
      name: 'the same struct returned by a loader function',
      text: code`
        package main
        import ("github.com/caarlos0/env/v10"; mfsdk "github.com/acme/relay/pkg/sdk/go")
        type config struct {
        	ThingsURL string \`env:"RH_THINGS_URL" envDefault:"http://localhost"\`
        }
        func loadConfig() config { var c config; _ = env.Parse(&c); return c }
        func main() {
        	cfg := loadConfig()
        	mfsdk.NewSDK(mfsdk.Config{ThingsURL: cfg.ThingsURL})
        }`,
      expected: ['code:param:sdk.NewSDK#0.ThingsURL=$ref:config.ThingsURL @cmd/provision'],
    },
    {
      name: 'an untagged struct is no configuration: its field is not read as a key',
      text: code`
        package main
        import "github.com/acme/relay/pkg/sdk/go"
        type config struct { ThingsURL string }
        func main() {
        	var cfg config
        	sdk.NewSDK(sdk.Config{ThingsURL: cfg.ThingsURL})
        }`,
      expected: [],
    },
  ])('$name', async ({ text, expected }) => {
    expect(await parameterBindings('cmd/provision/main.go', text)).toEqual(expected);
  });
});
