import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { declaredHelperMethods, defaultPackageName } from './go-reader.js';
import { goCodeSource } from './go-source.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';

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

/** The SDK split across its package's files as real ones are: the helper in `sdk.go`, the methods beside it. */
const SPLIT: Record<string, string> = {
  'pkg/sdk/go/sdk.go': code`
    package sdk
    import "net/http"
    type Config struct { UsersURL string; ThingsURL string; CertsURL string }
    type SDK struct { cfg Config; client *http.Client }
    func NewSDK(cfg Config) *SDK { return &SDK{cfg: cfg, client: &http.Client{}} }
    func (s *SDK) do(method, base, path, token string, in, out interface{}) error {
    	req, err := http.NewRequest(method, base+path, nil)
    	if err != nil { return err }
    	_, err = s.client.Do(req)
    	return err
    }`,
  'pkg/sdk/go/things.go': code`
    package sdk
    import "net/http"
    func (s *SDK) CreateThing(token string) error { return s.do(http.MethodPost, s.cfg.ThingsURL, "/things", token, nil, nil) }`,
  'pkg/sdk/go/users.go': code`
    package sdk
    import "net/http"
    func (s *SDK) CreateUser(token string) error { return s.do(http.MethodPost, s.cfg.UsersURL, "/users", token, nil, nil) }`,
  'pkg/sdk/go/addons.go': code`
    package sdk
    import "net/http"
    func (s *SDK) IssueCert(token string) error { return s.do(http.MethodPost, s.cfg.CertsURL, "/certs", token, nil, nil) }`,
};

/** Reads `path` of `files` with access to the other files, as the scanner gives it. */
async function readWithSiblings(path: string, files: Record<string, string>): Promise<Fact[]> {
  const file = { path, text: files[path] as string };
  const listFolder = (folder: string): string[] => Object.keys(files).filter((other) => other.slice(0, other.lastIndexOf('/')) === folder).map((other) => other.slice(other.lastIndexOf('/') + 1));
  return goCodeSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], readFile: (other) => files[other], listFolder });
}

describe('a request helper the methods of the package\'s other files send through', () => {
  const targets = async (files: Record<string, string>): Promise<string[]> =>
    (await readWithSiblings('pkg/sdk/go/sdk.go', files))
      .filter((fact): fact is ConnectionFact => fact.type === 'connection')
      .map((fact) => fact.target.key ?? fact.target.host ?? '(unknown)')
      .sort();
  it.each([
    { name: 'every file of the package: one connection per base URL field', files: SPLIT, expected: ['code:param:sdk.NewSDK#0.CertsURL', 'code:param:sdk.NewSDK#0.ThingsURL', 'code:param:sdk.NewSDK#0.UsersURL'] },
    {
      name: 'a test file of the package (httptest) gives nothing',
      files: { ...Object.fromEntries(Object.entries(SPLIT).filter(([path]) => !path.endsWith('/things.go'))), 'pkg/sdk/go/sdk_test.go': code`
        package sdk
        import "net/http/httptest"
        func (s *SDK) probe(srv *httptest.Server) error { return s.do("GET", srv.URL, "/health", "", nil, nil) }` },
      expected: ['code:param:sdk.NewSDK#0.CertsURL', 'code:param:sdk.NewSDK#0.UsersURL'],
    },
    {
      name: 'a file of another package in the folder (package sdk_test, an example) gives nothing',
      files: { ...SPLIT, 'pkg/sdk/go/addons.go': code`
        package sdkexample
        import "net/http"
        func (s *SDK) IssueCert(token string) error { return s.do(http.MethodPost, s.cfg.CertsURL, "/certs", token, nil, nil) }` },
      expected: ['code:param:sdk.NewSDK#0.ThingsURL', 'code:param:sdk.NewSDK#0.UsersURL'],
    },
    {
      name: 'a file only another build compiles (`//go:build integration`) gives nothing',
      files: { ...SPLIT, 'pkg/sdk/go/addons.go': `//go:build integration\n\n${SPLIT['pkg/sdk/go/addons.go'] as string}` },
      expected: ['code:param:sdk.NewSDK#0.ThingsURL', 'code:param:sdk.NewSDK#0.UsersURL'],
    },
    {
      name: 'a method of another type calling its own `do` gives the SDK\'s helper nothing',
      files: { ...SPLIT, 'pkg/sdk/go/addons.go': code`
        package sdk
        import "net/http"
        type certs struct { base string }
        func (c *certs) do(method, base, path, token string, in, out interface{}) error { return nil }
        func (c *certs) Issue(token string) error { return c.do(http.MethodPost, "http://certs:9019", "/certs", token, nil, nil) }` },
      expected: ['code:param:sdk.NewSDK#0.ThingsURL', 'code:param:sdk.NewSDK#0.UsersURL'],
    },
    {
      name: 'a package of one file: the address is not known, as before',
      files: { 'pkg/sdk/go/sdk.go': SPLIT['pkg/sdk/go/sdk.go'] as string },
      expected: ['(unknown)'],
    },
  ])('$name', async ({ files, expected }) => {
    expect(await targets(files)).toEqual(expected);
  });

  it('reads the file alone where the scan lists no folder', async () => {
    const file = { path: 'pkg/sdk/go/sdk.go', text: SPLIT['pkg/sdk/go/sdk.go'] as string };
    const facts = await goCodeSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
    expect(facts.filter((fact) => fact.type === 'connection')).toHaveLength(1);
  });
});

describe('the request helpers a Go file declares', () => {
  const helpers = async (text: string): Promise<string[]> => {
    const tree = await parseCode('go', text);
    try {
      return [...declaredHelperMethods(tree.rootNode).entries()].map(([key, name]) => `${key}=${name}`);
    } finally {
      tree.delete();
    }
  };
  it.each([
    { name: 'an unexported method handing a parameter to a call', text: SPLIT['pkg/sdk/go/sdk.go'] as string, expected: ['param:sdk.SDK.do=do'] },
    { name: 'an exported method: the package\'s API, not its plumbing', text: 'package sdk\nfunc (s *SDK) Do(base string) error { return s.send(base) }', expected: [] },
    { name: 'a method using its parameters in no call', text: 'package sdk\nfunc (s *SDK) path(id string) string { return "/things/" + id }', expected: [] },
    { name: 'a method without parameters', text: 'package sdk\nfunc (s *SDK) ping() error { return s.send("http://localhost") }', expected: [] },
    { name: 'a function, no method', text: 'package sdk\nfunc do(base string) error { return send(base) }', expected: [] },
    { name: 'a function whose string parameter is the address of its request, through a local', text: 'package main\nfunc proxyRequest(serviceUrl, prefix string, r *http.Request) {\n\turl := fmt.Sprintf("%s%s", serviceUrl, prefix)\n\turl = fmt.Sprintf("http://%s", url)\n\treq, _ := http.NewRequest(r.Method, url, nil)\n\thttp.DefaultClient.Do(req)\n}', expected: ['param:main.proxyRequest=proxyRequest'] },
    { name: 'a function requesting its parameter directly', text: 'package main\nfunc fetch(base string) { http.Get(base + "/health") }', expected: ['param:main.fetch=fetch'] },
    { name: 'not: an env reader', text: 'package main\nfunc mustMapEnv(target *string, key string) { v := os.Getenv(key); *target = v }', expected: [] },
    { name: 'not: a parameter given only as the body of a request', text: 'package main\nfunc post(payload string) { http.Post("http://audit:8080/x", "text/plain", strings.NewReader(payload)) }', expected: [] },
    { name: 'not: an address that is no string', text: 'package main\nfunc send(cfg *Config) { http.Get(cfg.URL) }', expected: [] },
    { name: 'not: main and init', text: 'package main\nfunc init() { http.Get("http://x") }', expected: [] },
  ])('$name', async ({ text, expected }) => {
    expect(await helpers(text)).toEqual(expected);
  });
});
