import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { goConfigFileSource } from '../config/go-config-file.js';
import { bindingsOf, code, grpc, http, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/**
 * Go client structs: an address kept in a field where the struct is built (a `New…` constructor's
 * composite literal, or `c.field = …` after `c := &T{…}`) and read by the struct's methods, with
 * the locals it is made of followed through empty-value defaults and string helpers.
 */
const cases: { name: string; text: string; facts: FactSummary[]; bindings?: Record<string, string> }[] = [
  {
    name: 'a public default for an empty config value names the partner; the base ends its host before a path parameter',
    text: code`
      package data
      import ("context"; "net/http"; "net/url"; "strings"; "time")
      type stripeGateway struct { baseURL string; key string; hc *http.Client }
      func NewStripeGateway(c *conf.Data) *stripeGateway {
      	base := c.Stripe.BaseUrl
      	if base == "" {
      		base = "https://api.stripe.com"
      	}
      	return &stripeGateway{baseURL: strings.TrimRight(base, "/"), key: c.Stripe.SecretKey, hc: &http.Client{Timeout: 5 * time.Second}}
      }
      func (g *stripeGateway) post(ctx context.Context, path string, form url.Values) error {
      	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.baseURL+path, strings.NewReader(form.Encode()))
      	_, err := g.hc.Do(req)
      	return err
      }`,
    facts: [http(12, { host: 'api.stripe.com', url: 'https://api.stripe.com/' })],
  },
  {
    name: 'an env read with a loopback default when empty: the env var (the deployment\'s value wins)',
    text: code`
      package inventory
      import ("os"; "google.golang.org/grpc"; pb "example.com/inventorypb")
      type Client struct { addr string; conn *grpc.ClientConn }
      func NewClient() *Client {
      	addr := os.Getenv("INVENTORY_ADDR")
      	if addr == "" {
      		addr = "localhost:50051"
      	}
      	return &Client{addr: addr}
      }
      func (c *Client) Dial() { conn, _ := grpc.NewClient(c.addr); c.conn = conn }
      func (c *Client) Stub() pb.InventoryServiceClient { return pb.NewInventoryServiceClient(c.conn) }`,
    facts: [grpc(12, 'InventoryService', { key: 'INVENTORY_ADDR' })],
  },
  {
    name: 'a `len(x) == 0` guard, and a value struct literal (no `&`)',
    text: code`
      package partner
      import ("net/http"; "os")
      type client struct { base string }
      func newClient() client {
      	base := os.Getenv("PARTNER_URL")
      	if len(base) == 0 {
      		base = "https://api.partner-hub.io"
      	}
      	return client{base: base}
      }
      func (c client) get() { http.Get(c.base + "/v1/rates") }`,
    facts: [http(11, { host: 'api.partner-hub.io', url: 'https://api.partner-hub.io/v1/rates' })],
  },
  {
    name: 'a value set only when the name is NOT empty is no default: the nearest assignment holds',
    text: code`
      package partner
      import ("net/http"; "os")
      type client struct { base string }
      func newClient() *client {
      	base := "https://api.partner-hub.io"
      	if os.Getenv("PARTNER_URL") != "" {
      		base = os.Getenv("PARTNER_URL")
      	}
      	return &client{base: base}
      }
      func (c *client) get() { http.Get(c.base + "/v1/rates") }`,
    facts: [http(11, { key: 'PARTNER_URL' })],
  },
  {
    name: 'a package variable given a default when empty inside a function: the variable, the default kept for when nothing sets it',
    text: code`
      package main
      import ("os"; "google.golang.org/grpc")
      var cartAddr = os.Getenv("CART_ADDR")
      func main() {
      	if cartAddr == "" {
      		cartAddr = "cart:7070"
      	}
      	grpc.NewClient(cartAddr)
      }`,
    facts: [grpc(8, undefined, { key: 'CART_ADDR' })],
    bindings: { CART_ADDR: 'cart:7070' },
  },
  {
    name: 'a field assigned after the struct is built, joined with url.JoinPath from a constant, read through fmt.Sprintf',
    text: code`
      package carrier
      import ("fmt"; "net/http"; "net/url")
      const carrierAPI = "https://api.parcelhop.io"
      type CarrierClient struct { endpoint string; hc *http.Client }
      func NewCarrierClient() *CarrierClient {
      	c := &CarrierClient{hc: http.DefaultClient}
      	c.endpoint, _ = url.JoinPath(carrierAPI, "v2")
      	return c
      }
      func (c *CarrierClient) Ship() { req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/shipments", c.endpoint), nil); c.hc.Do(req) }`,
    facts: [http(10, { host: 'api.parcelhop.io', url: 'https://api.parcelhop.io/v2/shipments' })],
  },
  {
    name: 'a Config of the package passed in: the field is what callers give the parameter, else the typed field as set elsewhere in the module',
    text: code`
      package ordersclient
      import ("net/http"; "net/url"; "strings")
      type Config struct { BaseURL string }
      type Client struct { base string; hc *http.Client }
      func New(cfg Config) *Client {
      	base := cfg.BaseURL
      	if base == "" {
      		base = "http://localhost:8081"
      	}
      	return &Client{base: strings.TrimSuffix(base, "/"), hc: &http.Client{}}
      }
      func (c *Client) Place() { u, _ := url.JoinPath(c.base, "v1", "orders"); req, _ := http.NewRequest("POST", u, nil); c.hc.Do(req) }`,
    facts: [http(12, { key: 'code:param:ordersclient.New#0.BaseURL' })],
    bindings: {
      'code:base': '$ref:code:param:ordersclient.New#0.BaseURL',
      'code:param:ordersclient.New#0.BaseURL': '$ref:code:field:Config.BaseURL',
    },
  },
  {
    name: 'a base URL followed by a path parameter in fmt.Sprintf ends its host too',
    text: code`
      package partner
      import ("fmt"; "net/http")
      type client struct { baseURL string }
      func newClient() *client { return &client{baseURL: "https://api.partner-hub.io"} }
      func (c *client) get(path string) { http.Get(fmt.Sprintf("%s%s", c.baseURL, path)) }`,
    facts: [http(5, { host: 'api.partner-hub.io', url: 'https://api.partner-hub.io/' })],
  },
  {
    name: 'options passed in and kept whole in a field: the parameter\'s field (a package\'s own tag-less `Config` is no settings file)',
    text: code`
      package rewards
      import ("fmt"; "net/http")
      type Config struct { BaseURL string }
      type Options struct { Endpoint string }
      type Client struct { cfg Config; opts *Options; hc *http.Client }
      func NewClient(cfg Config, opts *Options) *Client { return &Client{cfg: cfg, opts: opts, hc: http.DefaultClient} }
      func (c *Client) Award() { c.hc.Post(fmt.Sprintf("%s/v1/points", c.cfg.BaseURL), "application/json", nil) }
      func (c *Client) Audit() { c.hc.Post(c.opts.Endpoint+"/audit", "application/json", nil) }`,
    facts: [http(7, { key: 'code:param:rewards.NewClient#0.BaseURL' }), http(8, { key: 'code:param:rewards.NewClient#1.Endpoint' })],
  },
  {
    name: 'a cluster default for a parameter\'s field is kept for when no caller gives one',
    text: code`
      package ordersclient
      import "net/http"
      type Config struct { BaseURL string }
      type Client struct { base string }
      func New(cfg Config) *Client {
      	base := cfg.BaseURL
      	if base == "" {
      		base = "http://orders:8080"
      	}
      	return &Client{base: base}
      }
      func (c *Client) Place() { http.Post(c.base+"/v1/orders", "application/json", nil) }`,
    facts: [http(12, { key: 'code:param:ordersclient.New#0.BaseURL' })],
    bindings: { 'code:param:ordersclient.New#0.BaseURL': 'http://orders:8080' },
  },
];

describe('Go client structs: fields set where the struct is built', () => {
  it.each(cases)('$name', async ({ text, facts, bindings }) => {
    const found = await readSnippet(goCodeSource, 'internal/client/client.go', text);
    expect(summarise(found)).toEqual(facts);
    if (bindings) expect(bindingsOf(found)).toMatchObject(bindings);
  });

  it('reads a Kratos `*conf.Data` section from configs/config.yaml, which beats a localhost default', async () => {
    const client = code`
      package data
      import ("net/http"; "strings"; "example.com/checkout/internal/conf")
      type ordersRepo struct { baseURL string; hc *http.Client }
      func NewOrdersRepo(c *conf.Data) *ordersRepo {
      	base := c.Orders.BaseUrl
      	if base == "" {
      		base = "http://localhost:8081"
      	}
      	return &ordersRepo{baseURL: strings.TrimRight(base, "/"), hc: http.DefaultClient}
      }
      func (r *ordersRepo) place() { r.hc.Post(r.baseURL+"/v1/orders", "application/json", nil) }`;
    const settings = code`
      server:
        addr: 0.0.0.0:8000
      data:
        orders:
          base_url: http://orders:8080`;
    const facts = [
      ...(await readSnippet(goCodeSource, 'checkout/internal/data/orders.go', client)),
      ...(await readSnippet(goConfigFileSource, 'checkout/configs/config.yaml', settings)),
    ];
    expect(summarise(facts)).toEqual([http(11, { key: 'Data.Orders.BaseUrl' })]);
    const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root ? { root } : {}), evidence: { file: 'docker-compose.yml', line: 1, excerpt: name }, confidence: CONFIDENCE.declared });
    const graph = resolveFacts([component('checkout', 'checkout'), component('orders'), ...facts]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`)).toEqual(['checkout -> orders (rest)']);
  });

  it('takes a `NewXClient` constructor given a string for no gRPC stub', async () => {
    const text = code`
      package main
      import ("os"; "example.com/orders/internal/carrier"; pb "example.com/orders/gen/inventorypb")
      func main() {
      	carrier.NewCarrierClient(os.Getenv("CARRIER_TOKEN"))
      	carrier.NewCarrierClient("tok_live")
      	pb.NewInventoryServiceClient(conn)
      }`;
    expect(summarise(await readSnippet(goCodeSource, 'cmd/orders/main.go', text)).map((fact) => ('channel' in fact ? fact.channel : undefined))).toEqual(['InventoryService']);
  });

  it('binds each field of a struct literal handed to one of the module\'s functions, per parameter', async () => {
    const text = code`
      package main
      import ("os"; "example.com/checkout/internal/ordersclient"; "example.com/checkout/internal/rewards")
      func main() {
      	ordersclient.New(ordersclient.Config{BaseURL: os.Getenv("ORDERS_URL")})
      	rewards.NewClient(&rewards.Config{BaseURL: os.Getenv("REWARDS_URL")})
      }`;
    expect(bindingsOf(await readSnippet(goCodeSource, 'cmd/checkout/main.go', text))).toMatchObject({
      'code:param:ordersclient.New#0.BaseURL': '$ref:ORDERS_URL',
      'code:param:rewards.NewClient#0.BaseURL': '$ref:REWARDS_URL',
    });
  });
});
