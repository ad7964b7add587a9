import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** The targets the file's connections name, and its bindings as `key=value` (`~` marks a fallback, `@scope`). */
async function flagsOf(path: string, text: string): Promise<{ targets: object[]; bindings: string[] }> {
  const facts = await readSnippet(goCodeSource, path, text);
  return {
    targets: facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => fact.target),
    bindings: facts
      .filter((fact): fact is BindingFact => fact.type === 'binding' && !fact.key.startsWith('code:'))
      .map((fact) => `${fact.fallback ? '~' : ''}${fact.key}=${fact.value}${fact.scope !== undefined ? `@${fact.scope}` : ''}`),
  };
}

describe('Go command-line flags and configuration keys', () => {
  it.each([
    [
      'cobra StringVar, net.JoinHostPort, strconv.Itoa',
      code`
        package cmd
        import ("net"; "net/http"; "strconv"; "github.com/spf13/cobra")
        var customerHost string
        var customerPort int
        var frontendCmd = &cobra.Command{Use: "frontend", RunE: func(cmd *cobra.Command, args []string) error {
        	addr := net.JoinHostPort(customerHost, strconv.Itoa(customerPort))
        	_, err := http.Get("http://" + addr + "/customer")
        	return err
        }}
        func init() {
        	frontendCmd.Flags().StringVar(&customerHost, "customer-service-hostname", "localhost", "host of the customer service")
        	frontendCmd.Flags().IntVarP(&customerPort, "customer-service-port", "c", 8081, "port")
        }`,
      [{ key: 'customer-service-hostname' }],
      [],
    ],
    [
      'pflag StringVarP with an address default (the program\'s, for its module)',
      code`
        package main
        import ("github.com/redis/go-redis/v9"; flag "github.com/spf13/pflag")
        func main() {
        	var addr string
        	flag.StringVarP(&addr, "redis-addr", "r", "cache:6379", "Redis")
        	flag.Parse()
        	redis.NewClient(&redis.Options{Addr: addr})
        }`,
      [{ key: 'redis-addr' }],
      ['~redis-addr=cache:6379@'],
    ],
    [
      'cmd.Flags().String then GetString',
      code`
        package cmd
        import ("database/sql"; "github.com/spf13/cobra")
        func newCmd() *cobra.Command {
        	cmd := &cobra.Command{Use: "orders", RunE: func(cmd *cobra.Command, _ []string) error {
        		dsn, _ := cmd.Flags().GetString("db-dsn")
        		_, err := sql.Open("mysql", dsn)
        		return err
        	}}
        	cmd.Flags().String("db-dsn", "", "MySQL DSN")
        	return cmd
        }`,
      [{ key: 'db-dsn' }],
      [],
    ],
    [
      'viper: AutomaticEnv with a prefix and a key replacer, BindPFlag, BindEnv, SetDefault',
      code`
        package cmd
        import ("strings"; "github.com/go-redis/redis/v8"; "github.com/spf13/cobra"; "github.com/spf13/viper")
        var rootCmd = &cobra.Command{Use: "shop"}
        func init() {
        	rootCmd.PersistentFlags().String("redis-addr", "localhost:6379", "Redis")
        	viper.BindPFlag("cache.address", rootCmd.PersistentFlags().Lookup("redis-addr"))
        	viper.BindEnv("payments.url", "PAYMENTS_URL")
        	viper.SetDefault("payments.url", "http://payments:8080")
        	viper.SetEnvPrefix("shop")
        	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))
        	viper.AutomaticEnv()
        }
        func cache() *redis.Client { return redis.NewClient(&redis.Options{Addr: viper.GetString("cache.address")}) }`,
      [{ key: 'cache.address' }],
      ['~cache.address=$ref:redis-addr@', '~payments.url=$ref:PAYMENTS_URL@', '~redis-addr=$ref:SHOP_REDIS_ADDR@', '~cache.address=$ref:SHOP_CACHE_ADDRESS@', '~payments.url=http://payments:8080@', 'env-prefix:read=SHOP_@cmd'],
    ],
    [
      'urfave/cli: a flag literal with EnvVars and a default, read by c.String',
      code`
        package main
        import ("database/sql"; "os"; "github.com/urfave/cli/v2")
        func main() {
        	app := &cli.App{
        		Flags: []cli.Flag{&cli.StringFlag{Name: "ledger-dsn", Value: "ledger:pw@tcp(ledger-db:3306)/ledger", EnvVars: []string{"LEDGER_DSN"}}},
        		Action: func(c *cli.Context) error {
        			_, err := sql.Open("mysql", c.String("ledger-dsn"))
        			return err
        		},
        	}
        	app.Run(os.Args)
        }`,
      [{ key: 'ledger-dsn' }],
      ['~ledger-dsn=$ref:LEDGER_DSN@', '~ledger-dsn=ledger:***@tcp(ledger-db:3306)/ledger@'],
    ],
    [
      'urfave/cli v3: Sources: cli.EnvVars(…) and a chain of sources, read by cmd.String',
      code`
        package main
        import ("context"; "net/http"; "os"; "github.com/urfave/cli/v3")
        func main() {
        	cmd := &cli.Command{
        		Flags: []cli.Flag{
        			&cli.StringFlag{Name: "server", Value: "https://hooks.example.io", Sources: cli.EnvVars("AGENT_SERVER", "SERVER_URL")},
        			&cli.StringFlag{Name: "backup", Sources: cli.NewValueSourceChain(cli.EnvVar("AGENT_BACKUP"), cli.File("/etc/agent/backup"))},
        		},
        		Action: func(ctx context.Context, cmd *cli.Command) error {
        			_, err := http.Get(cmd.String("server") + "/next")
        			return err
        		},
        	}
        	cmd.Run(context.Background(), os.Args)
        }`,
      [{ key: 'server' }],
      ['~server=$ref:AGENT_SERVER@', '~server=$ref:SERVER_URL@', '~backup=$ref:AGENT_BACKUP@', '~server=https://hooks.example.io@'],
    ],
    [
      'urfave/cli booleans: false unless set (BoolTFlag true), a written Value, an alias reading the flag, an aliased import',
      code`
        package main
        import ("os"; ucli "github.com/urfave/cli/v2")
        var flags = []ucli.Flag{
        	&ucli.BoolFlag{Name: "github", Aliases: []string{"gh"}, EnvVars: []string{"ACME_GITHUB"}},
        	&ucli.BoolFlag{Name: "local-queue", Value: true},
        	&ucli.BoolFlag{Name: "computed", Value: os.Getenv("X") != ""},
        	&ucli.BoolTFlag{Name: "metrics"},
        }`,
      [],
      ['~github=$ref:ACME_GITHUB@', '~github=false@', '~gh=$ref:github@', '~local-queue=true@', '~metrics=true@'],
    ],
    [
      'kingpin: Flag().Default().Envar().String()',
      code`
        package main
        import ("net/http"; "gopkg.in/alecthomas/kingpin.v2")
        var inventoryURL = kingpin.Flag("inventory-url", "Inventory API").Default("http://inventory:8080").Envar("INVENTORY_URL").String()
        func main() {
        	kingpin.Parse()
        	http.Get(*inventoryURL + "/stock")
        }`,
      [{ key: 'inventory-url' }],
      ['~inventory-url=$ref:INVENTORY_URL@', '~inventory-url=http://inventory:8080@'],
    ],
    [
      'a flag defaulting to an env var',
      code`
        package main
        import ("flag"; "net/http"; "os")
        func main() {
        	catalog := flag.String("catalog-addr", os.Getenv("CATALOG_ADDR"), "catalog host:port")
        	flag.Parse()
        	http.Get("http://" + *catalog + "/items")
        }`,
      [{ key: 'catalog-addr' }],
      ['~catalog-addr=$ref:CATALOG_ADDR@'],
    ],
    [
      'a FlagSet of its own',
      code`
        package main
        import ("flag"; "net/http"; "os")
        func main() {
        	fs := flag.NewFlagSet("orders", flag.ExitOnError)
        	var ordersAddr string
        	fs.StringVar(&ordersAddr, "orders-addr", "orders:8080", "orders host:port")
        	fs.Parse(os.Args[1:])
        	http.Get("http://" + ordersAddr + "/orders")
        }`,
      [{ key: 'orders-addr' }],
      ['~orders-addr=orders:8080@'],
    ],
    [
      'a viper instance handed to an options reader',
      code`
        package query
        import ("github.com/spf13/viper"; "google.golang.org/grpc")
        type Options struct{ collector string }
        func (o *Options) InitFromViper(v *viper.Viper) *Options {
        	o.collector = v.GetString("collector.grpc-server.host-port")
        	return o
        }
        func (o *Options) Dial() (*grpc.ClientConn, error) { return grpc.Dial(o.collector) }`,
      [{ key: 'collector.grpc-server.host-port' }],
      [],
    ],
    [
      'a plugin\'s flags named from constants (a namespace and suffixes) on a FlagSet parameter, read back through a viper and spread',
      code`
        package kafka
        import ("strings"; "github.com/IBM/sarama"; "github.com/spf13/pflag"; "github.com/spf13/viper")
        const (
        	producerNamespace = "kafka.producer"
        	suffixBrokers     = ".brokers"
        	suffixTopic       = ".topic"
        )
        type Options struct{ Brokers []string }
        func (o *Options) AddFlags(fs *pflag.FlagSet) {
        	fs.String(producerNamespace+suffixBrokers, "kafka-0:9092", "Kafka brokers")
        	fs.String((producerNamespace + suffixTopic), "spans", "topic")
        }
        func (o *Options) InitFromViper(v *viper.Viper) {
        	o.Brokers = strings.Split(v.GetString(producerNamespace+suffixBrokers), ",")
        }
        func (o *Options) Connect() { sarama.NewSyncProducer(o.Brokers, nil) }`,
      [{ key: 'kafka.producer.brokers' }],
      ['~kafka.producer.brokers=kafka-0:9092@'],
    ],
    [
      'a flag and env var named on a prefix the caller gives (the suffix, the prefix being empty), an empty default replaced by another package\'s constant',
      code`
        package cache
        import ("github.com/redis/go-redis/v9"; "github.com/spf13/cobra"; "github.com/quillmart/quill/v2/common"; "github.com/quillmart/quill/v2/util/env")
        type Options struct{ FlagPrefix string }
        func AddFlags(cmd *cobra.Command, opt Options) func() *redis.Client {
        	redisAddress := ""
        	cmd.Flags().StringVar(&redisAddress, opt.FlagPrefix+"redis", env.StringFromEnv(opt.EnvPrefix()+"REDIS_SERVER", ""), "Redis")
        	return func() *redis.Client {
        		if redisAddress == "" {
        			redisAddress = common.DefaultRedisAddr
        		}
        		return redis.NewClient(&redis.Options{Addr: redisAddress})
        	}
        }`,
      [{ key: 'redis' }],
      ['~redis=$ref:REDIS_SERVER@', '~redis=$ref:code:common.DefaultRedisAddr@cmd'],
    ],
    [
      'a cobra flag defaulting to an env helper\'s read with its own default: the variable, else that default, for the program',
      code`
        package commands
        import ("google.golang.org/grpc"; "github.com/spf13/cobra"; "github.com/acme/acme/util/env")
        func NewCommand() *cobra.Command {
        	var repoServerAddr string
        	command := &cobra.Command{Use: "acme-server", RunE: func(c *cobra.Command, args []string) error {
        		_, err := grpc.Dial(repoServerAddr)
        		return err
        	}}
        	command.Flags().StringVar(&repoServerAddr, "repo-server", env.StringFromEnv("ACME_REPO_SERVER", "acme-repo-server:8081"), "Repo server address")
        	return command
        }`,
      [{ key: 'repo-server' }],
      ['~repo-server=$ref:ACME_REPO_SERVER@', 'ACME_REPO_SERVER=acme-repo-server:8081', '~repo-server=acme-repo-server:8081@'],
    ],
    [
      'a cobra flag defaulting to an env helper\'s read whose default is another package\'s exported constant: the variable, else the constant',
      code`
        package commands
        import ("google.golang.org/grpc"; "github.com/spf13/cobra"; "github.com/acme/acme/common"; "github.com/acme/acme/util/env")
        func NewCommand() *cobra.Command {
        	var repoServerAddr string
        	command := &cobra.Command{Use: "acme-server"}
        	command.RunE = func(c *cobra.Command, args []string) error {
        		_, err := grpc.Dial(repoServerAddr)
        		return err
        	}
        	command.Flags().StringVar(&repoServerAddr, "repo-server", env.StringFromEnv("ACME_REPO_SERVER", common.DefaultRepoServerAddr), "Repo server address")
        	return command
        }`,
      [{ key: 'repo-server' }],
      ['~repo-server=$ref:ACME_REPO_SERVER@', '~repo-server=$ref:code:common.DefaultRepoServerAddr@'],
    ],
    [
      'a flag defaulting to another package\'s exported constant (an aliased import) is that constant, for the program',
      code`
        package main
        import ("flag"; "github.com/go-redis/redis/v8"; defaults "github.com/acme/acme/internal/common")
        func main() {
        	addr := flag.String("redis", defaults.RedisAddr, "Redis address")
        	flag.Parse()
        	redis.NewClient(&redis.Options{Addr: *addr})
        }`,
      [{ key: 'redis' }],
      ['~redis=$ref:code:common.RedisAddr@'],
    ],
    [
      'a standard library constant, an unexported name and a value set with os.Setenv are no such default',
      code`
        package main
        import ("flag"; "net/http"; "os"; "github.com/acme/acme/common")
        func main() {
        	os.Setenv("ACME_API_URL", common.DefaultAPIURL)
        	method := flag.String("method", http.MethodGet, "HTTP method")
        	flag.Parse()
        	http.Get(os.Getenv("ACME_API_URL") + *method)
        }`,
      [{ key: 'ACME_API_URL' }],
      [],
    ],
    [
      'a flag named on a literal prefix is that whole name; one on two literals too',
      code`
        package main
        import ("database/sql"; "flag")
        func main() {
        	dsn := flag.String("orders-"+"dsn", "", "DSN")
        	flag.Parse()
        	sql.Open("postgres", *dsn)
        }`,
      [{ key: 'orders-dsn' }],
      [],
    ],
  ] as const)('%s', async (_label, text, targets, bindings) => {
    const found = await flagsOf('cmd/main.go', text);
    expect(found.targets).toEqual(targets);
    expect(found.bindings.sort()).toEqual([...bindings].sort());
  });

  it('binds an exported package-level constant under its package\'s name, for the whole scan', async () => {
    const text = code`
      package common
      const (
      	DefaultRedisAddr = "quill-redis:6379"
      	defaultTimeout   = "5s"
      )`;
    const facts = await readSnippet(goCodeSource, 'common/common.go', text);
    const qualified = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && /^code:common\./.test(fact.key)).map((fact) => `${fact.key}=${fact.value}@${fact.scope ?? '-'}`);
    expect(qualified).toEqual(['code:common.DefaultRedisAddr=quill-redis:6379@']);
  });

  it('reads nothing from calls that only look like flag reads (a strings.Builder, a URL)', async () => {
    const text = code`
      package main
      import ("net/http"; "net/url"; "strings")
      func main() {
      	var b strings.Builder
      	b.WriteString("http://catalog:8080/items")
      	u := url.URL{Scheme: "http", Host: "orders:8080"}
      	http.Get(u.String())
      	http.Get(b.String())
      }`;
    const found = await flagsOf('main.go', text);
    // The builder's text is not followed (an unnamed target), and is no flag.
    expect(found.targets).toEqual([expect.objectContaining({ host: 'orders', port: 8080 }), {}]);
    expect(found.bindings).toEqual([]);
  });
});
