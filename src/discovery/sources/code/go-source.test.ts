import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, LITERAL, bindingsOf, code, grpc, http, message, readSnippet, readSnippetWithNames, store, summarise, type FactSummary } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

/** Online Boutique's frontend, trimmed: env vars mapped into struct fields, connections dialled by a helper, stubs made per call. */
const ONLINE_BOUTIQUE_FRONTEND = code`
  package main

  import (
  	"os"
  	"google.golang.org/grpc"
  	pb "github.com/GoogleCloudPlatform/microservices-demo/src/frontend/genproto"
  )

  type frontendServer struct {
  	cartSvcAddr string
  	cartSvcConn *grpc.ClientConn
  	currencySvcAddr string
  	currencySvcConn *grpc.ClientConn
  }

  func main() {
  	svc := new(frontendServer)
  	mustMapEnv(&svc.cartSvcAddr, "CART_SERVICE_ADDR")
  	mustMapEnv(&svc.currencySvcAddr, "CURRENCY_SERVICE_ADDR")
  	mustConnGRPC(ctx, &svc.cartSvcConn, svc.cartSvcAddr)
  	mustConnGRPC(ctx, &svc.currencySvcConn, svc.currencySvcAddr)
  }

  func mustMapEnv(target *string, envKey string) {
  	v := os.Getenv(envKey)
  	*target = v
  }

  func mustConnGRPC(ctx context.Context, conn **grpc.ClientConn, addr string) {
  	var err error
  	*conn, err = grpc.DialContext(ctx, addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
  }

  func (fe *frontendServer) getCart(ctx context.Context, userID string) ([]*pb.CartItem, error) {
  	resp, err := pb.NewCartServiceClient(fe.cartSvcConn).GetCart(ctx, &pb.GetCartRequest{UserId: userID})
  	return resp.GetItems(), err
  }

  func (fe *frontendServer) getCurrencies(ctx context.Context) ([]string, error) {
  	currs, err := pb.NewCurrencyServiceClient(fe.currencySvcConn).GetSupportedCurrencies(ctx, &pb.Empty{})
  	return currs.GetCurrencyCodes(), err
  }`;

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'settings read from a JSON file into a map: memcache and mgo on map lookups, a map index by a variable is unknown',
    path: 'cmd/reservation/main.go',
    text: code`
      package main
      import ("encoding/json"; "os"; "github.com/bradfitz/gomemcache/memcache"; mgo "gopkg.in/mgo.v2")
      func main() {
      	byteValue, _ := os.ReadFile("config.json")
      	result := make(map[string]string)
      	json.Unmarshal(byteValue, &result)
      	mc := memcache.New(result["ReserveMemcAddress"])
      	session, _ := mgo.Dial(result["ReserveMongoAddress"])
      	other, _ := mgo.Dial(result[name])
      }`,
    facts: [store('database', 'Memcached', { key: 'ReserveMemcAddress' }, 7), store('database', 'MongoDB', { key: 'ReserveMongoAddress' }, 8), { ...store('database', 'MongoDB', {}, 9), confidence: INFERRED }],
  },
  {
    name: 'Online Boutique: mustMapEnv binds struct fields to env vars, stubs name the service',
    path: 'src/frontend/main.go',
    text: ONLINE_BOUTIQUE_FRONTEND,
    facts: [grpc(35, 'CartService', { key: 'CART_SERVICE_ADDR' }), grpc(40, 'CurrencyService', { key: 'CURRENCY_SERVICE_ADDR' })],
  },
  {
    name: 'gRPC dial on a variable read from the environment, server registration',
    path: 'cmd/checkout/main.go',
    text: code`
      package main
      import ("os"; "google.golang.org/grpc"; pb "exampleco.com/shop/genproto")
      func main() {
      	shippingAddr := os.Getenv("SHIPPING_SERVICE_ADDR")
      	conn, err := grpc.Dial(shippingAddr, grpc.WithInsecure())
      	client := pb.NewShippingServiceClient(conn)
      	audit, _ := grpc.NewClient("audit:9000")
      	srv := grpc.NewServer()
      	pb.RegisterCheckoutServiceServer(srv, &checkoutService{})
      	healthpb.RegisterHealthServer(srv, health.NewServer())
      }`,
    facts: [grpc(6, 'ShippingService', { key: 'SHIPPING_SERVICE_ADDR' }), { role: 'calls', mechanism: 'grpc', technology: 'gRPC', target: { host: 'audit', port: 9000 }, line: 7, confidence: LITERAL }, { provides: 'CheckoutService', protocol: 'grpc', names: ['CheckoutService'], line: 9 }],
  },
  {
    name: 'net/http: Get with Sprintf, NewRequest with a literal, client Do is not repeated',
    path: 'internal/pricing/client.go',
    text: code`
      package pricing
      import ("fmt"; "net/http")
      const base = "http://pricing:8080"
      func Quote(id string) {
      	http.Get(fmt.Sprintf("%s/quotes/%s", base, id))
      	req, _ := http.NewRequest("POST", "https://api.partner.example.io/v2/orders", body)
      	http.DefaultClient.Do(req)
      	http.Post(endpoint, "application/json", body)
      }`,
    facts: [
      http(5, { host: 'pricing', port: 8080, url: 'http://pricing:8080/quotes/' }),
      http(6, { host: 'api.partner.example.io', url: 'https://api.partner.example.io/v2/orders' }),
      // `endpoint` is declared in no function of this file: a package-level variable of another file.
      http(8, { key: 'code:endpoint' }),
    ],
  },
  {
    name: 'Kafka with segmentio kafka-go writer and reader',
    path: 'internal/events/kafka.go',
    text: code`
      package events
      import ("os"; "github.com/segmentio/kafka-go")
      const paymentsTopic = "payments"
      func New() {
      	w := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: paymentsTopic}
      	r := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{os.Getenv("KAFKA_ADDR")}, Topic: "refunds", GroupID: "g"})
      }`,
    facts: [message('produces', 'Kafka', 'payments', { host: 'kafka', port: 9092 }, 5), message('consumes', 'Kafka', 'refunds', { key: 'KAFKA_ADDR' }, 6)],
  },
  {
    name: 'RabbitMQ with amqp091, NATS',
    path: 'internal/bus/bus.go',
    text: code`
      package bus
      import (amqp "github.com/rabbitmq/amqp091-go"; "github.com/nats-io/nats.go")
      func Run() {
      	conn, _ := amqp.Dial(os.Getenv("AMQP_URL"))
      	ch.PublishWithContext(ctx, "", "emails", false, false, msg)
      	msgs, _ := ch.Consume("invoices", "", true, false, false, false, nil)
      	nc, _ := nats.Connect("nats://nats:4222")
      	nc.Publish("orders.created", data)
      	nc.Subscribe("orders.*", handle)
      }`,
    facts: [
      message('produces', 'RabbitMQ', 'emails', { key: 'AMQP_URL' }, 5),
      message('consumes', 'RabbitMQ', 'invoices', { key: 'AMQP_URL' }, 6),
      message('produces', 'NATS', 'orders.created', { host: 'nats', port: 4222, url: 'nats://nats:4222' }, 8),
      message('consumes', 'NATS', 'orders.*', { host: 'nats', port: 4222, url: 'nats://nats:4222' }, 9),
    ],
  },
  {
    name: 'SQS and SNS inputs, Pub/Sub topic',
    path: 'internal/notify/notify.go',
    text: code`
      package notify
      import ("github.com/aws/aws-sdk-go-v2/aws"; "github.com/aws/aws-sdk-go-v2/service/sqs"; "github.com/aws/aws-sdk-go-v2/service/sns"; "cloud.google.com/go/pubsub")
      func Send() {
      	client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("QUEUE_URL")), MessageBody: aws.String(body)})
      	snsClient.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:us-east-1:123456789012:alerts")})
      	ps.Topic("audit").Publish(ctx, &pubsub.Message{Data: data})
      }`,
    facts: [message('produces', 'Amazon SQS', undefined, { key: 'QUEUE_URL' }, 4), message('produces', 'Amazon SNS', 'alerts', {}, 5), message('produces', 'Google Pub/Sub', 'audit', {}, 6)],
  },
  {
    name: 'databases: sql.Open with a libpq DSN, gorm, mongo, go-redis',
    path: 'internal/store/store.go',
    text: code`
      package store
      import ("database/sql"; "gorm.io/gorm"; "gorm.io/driver/postgres"; "go.mongodb.org/mongo-driver/mongo"; "github.com/redis/go-redis/v9")
      func Open() {
      	db, _ := sql.Open("mysql", "app@tcp(mysql:3306)/shop")
      	pg, _ := sql.Open("postgres", "host=orders-db port=5432 user=app dbname=orders sslmode=disable")
      	gdb, _ := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
      	mc, _ := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://mongo:27017"))
      	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
      }`,
    facts: [
      store('database', 'MySQL', { host: 'mysql', port: 3306, url: 'app@tcp(mysql:3306)/shop' }, 4),
      store('database', 'PostgreSQL', { host: 'orders-db', port: 5432, url: 'host=orders-db port=5432 user=app dbname=orders sslmode=disable' }, 5),
      store('database', 'PostgreSQL', { key: 'DATABASE_URL' }, 6),
      store('database', 'MongoDB', { host: 'mongo', port: 27017, url: 'mongodb://mongo:27017' }, 7),
      store('database', 'Redis', { key: 'REDIS_ADDR' }, 8),
    ],
  },
  {
    name: 'S3 input, GCS bucket, SFTP over ssh, SMTP',
    path: 'internal/export/export.go',
    text: code`
      package export
      import ("github.com/aws/aws-sdk-go-v2/service/s3"; "cloud.google.com/go/storage"; "github.com/pkg/sftp"; "golang.org/x/crypto/ssh"; "net/smtp")
      func Export() {
      	client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("exports"), Key: aws.String(key)})
      	gcs.Bucket("archive").Object(name).NewWriter(ctx)
      	conn, _ := ssh.Dial("tcp", "sftp.partner.example.io:22", cfg)
      	sc, _ := sftp.NewClient(conn)
      	smtp.SendMail("smtp.exampleco.com:587", auth, from, to, msg)
      }`,
    facts: [
      store('file-transfer', 'Amazon S3', {}, 4, 'exports'),
      store('file-transfer', 'Google Cloud Storage', { key: 'STORAGE_EMULATOR_HOST' }, 5, 'archive'),
      store('file-transfer', 'SFTP', { host: 'sftp.partner.example.io', port: 22 }, 7),
      store('email', 'SMTP', { host: 'smtp.exampleco.com', port: 587 }, 8),
    ],
  },
  {
    name: 'fmt.Sprintf with %s and %d, url.URL literals by value and by pointer, an env default naming a public host',
    path: 'svc/checkout/clients.go',
    text: code`
      package checkout
      import ("fmt"; "net/http"; "net/url"; "os")
      func call(id string) {
      	host, port := "catalog", 8080
      	http.Get(fmt.Sprintf("http://%s:%d/items/%s", host, port, id))
      	u := url.URL{Scheme: "http", Host: "inventory:9090", Path: "stock"}
      	http.Get(u.String())
      	v := &url.URL{Scheme: "https", Host: os.Getenv("ORDERS_ADDR"), Path: "/orders/" + id}
      	req, _ := http.NewRequest("POST", v.String(), nil)
      	w := url.URL{Host: "shipping"}
      	http.Post(w.String(), "application/json", body)
      	http.Get(getEnv("PSP_URL", "https://psp.examplenet.net/api"))
      	http.Get(getEnv("RATES_URL", "http://rates:8080"))
      }`,
    facts: [
      http(5, { host: 'catalog', port: 8080, url: 'http://catalog:8080/items/' }),
      http(7, { host: 'inventory', port: 9090, url: 'http://inventory:9090/stock' }),
      http(9, { key: 'ORDERS_ADDR' }),
      http(11, { host: 'shipping', url: 'http://shipping' }),
      http(12, { host: 'psp.examplenet.net', url: 'https://psp.examplenet.net/api' }),
      http(13, { key: 'RATES_URL' }),
    ],
  },
];

describe('Go code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(goCodeSource, path, text))).toEqual(facts);
  });

  it('follows each function\'s own binding of a reused name', async () => {
    const text = code`
      package main
      import ("os"; "google.golang.org/grpc")
      func cart() {
      	conn, _ := grpc.Dial(os.Getenv("CART_ADDR"))
      	pb.NewCartServiceClient(conn)
      }
      func ads() {
      	conn, _ := grpc.Dial("adservice:9555")
      	pb.NewAdServiceClient(conn)
      }`;
    expect(summarise(await readSnippet(goCodeSource, 'main.go', text))).toEqual([grpc(5, 'CartService', { key: 'CART_ADDR' }), grpc(9, 'AdService', { host: 'adservice', port: 9555 })]);
  });

  it('applies a user rule to a package function', async () => {
    const text = code`
      package main
      import "exampleco.com/acme/ledger"
      func main() { ledger.Post("ledger:9000", entry) }`;
    const facts = await readSnippet(goCodeSource, 'main.go', text, [{ id: 'acme-ledger', language: 'go', call: 'ledger.Post', role: 'calls', mechanism: 'rest' }]);
    expect(summarise(facts)).toEqual([{ role: 'calls', mechanism: 'rest', technology: 'rule:acme-ledger', target: { host: 'ledger', port: 9000 }, line: 3, confidence: LITERAL }]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'maths.go', text: 'package maths\nfunc Add(a, b int) int { return a + b }\n' };
    const parse = vi.fn();
    expect(await goCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(goCodeSource, 'broken.go', 'package x\nimport "net/http"\nfunc f( { http.Get("http://a:1/"\n')).resolves.toBeInstanceOf(Array);
  });

  it('reads a flag as its name, its go-sql-driver DSN default as the name\'s default (flag.String, flag.StringVar), with the password masked', async () => {
    const text = code`
      package main
      import ("database/sql"; "flag"; "github.com/jmoiron/sqlx")
      var dsn = flag.String("dsn", "orders:CanaryDsn-31@tcp(orders-db:3306)/orders?parseTime=true", "MySQL DSN")
      func main() {
      	var catalogue string
      	flag.StringVar(&catalogue, "DSN", "catalogue_user:CanaryDsn-32@tcp(catalogue-db)/socksdb", "usage")
      	flag.Parse()
      	sql.Open("mysql", *dsn)
      	sqlx.Open("mysql", catalogue)
      }`;
    const facts = await readSnippet(goCodeSource, 'main.go', text);
    expect(summarise(facts)).toEqual([
      store('database', 'MySQL', { key: 'dsn' }, 8),
      store('database', 'MySQL', { key: 'DSN' }, 9),
    ]);
    // The command line (`-DSN=…`) binds the name for the component running it; the defaults apply when nothing does.
    expect(bindingsOf(facts)).toMatchObject({ dsn: 'orders:***@tcp(orders-db:3306)/orders?parseTime=true', DSN: 'catalogue_user:***@tcp(catalogue-db)/socksdb', 'code:dsn': '$ref:dsn' });
    expect(JSON.stringify(facts)).not.toMatch(/CanaryDsn-3[12]/);
  });

  it('never lets a literal DSN secret through', async () => {
    const text = 'package main\nimport "database/sql"\nfunc main() { sql.Open("postgres", "postgres://app:CanaryS3cret-7781@db:5432/app?sslmode=disable") }\n';
    const facts = await readSnippet(goCodeSource, 'main.go', text);
    expect(summarise(facts)).toEqual([store('database', 'PostgreSQL', { host: 'db', port: 5432, url: 'postgres://app:***@db:5432/app?sslmode=disable' }, 3)]);
    expect(JSON.stringify(facts)).not.toContain('CanaryS3cret-7781');
  });
});

describe('Go build constraints', () => {
  const natsFile = (constraint: string): string =>
    [constraint, '', 'package metadata', '', 'import (', '\t"os"', '', '\t"github.com/nats-io/nats.go"', ')', '', 'func init() {', '\tconn, _ := nats.Connect(os.Getenv("NATS_URL"))', '\t_ = conn.Publish("devices", nil)', '}'].join('\n');

  it.each<[string, string, string, boolean]>([
    ['a file only `-tags nats` compiles in says nothing, not even its imports', 'internal/core/metadata/nats.go', '//go:build nats', false],
    ['a file the default build compiles is read', 'internal/core/metadata/nats.go', '//go:build !windows', true],
    ['a file named for another OS says nothing', 'internal/core/metadata/nats_windows.go', '', false],
  ])('%s', async (_why, path, constraint, read) => {
    const facts = await readSnippetWithNames(goCodeSource, path, natsFile(constraint));
    expect(facts.length > 0).toBe(read);
  });
});
