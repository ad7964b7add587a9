import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { bindingsOf, code, http, LITERAL, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { phpCodeSource } from './php-source.js';
import { PHP_TABLE } from './php-signatures.js';
import { mayMatch } from './prefilter.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Guzzle: a base URI from an env var, a full URL with interpolation, request() with a concatenated URL; a relative path says nothing more',
    path: 'src/Clients/Orders.php',
    text: code`
      <?php
      namespace App\\Clients;
      use GuzzleHttp\\Client;
      class Orders {
          private Client $http;
          public function __construct() {
              $this->http = new Client(['base_uri' => getenv('ORDERS_URL'), 'timeout' => 2.0]);
          }
          public function list() { return $this->http->get('/orders'); }
          public function stock(string $host, $sku) { return $this->http->get("http://{$host}:8080/x"); }
          public function pay() { return $this->http->request('POST', 'http://payments:9000' . '/charge'); }
      }`,
    facts: [http(7, { key: 'ORDERS_URL' }), http(11, { host: 'payments', port: 9000, url: 'http://payments:9000/charge' })],
  },
  {
    name: 'Symfony HttpClient: create()->request and a scoped base URI from %env%-style getenv default',
    path: 'src/Service/Catalog.php',
    text: code`
      <?php
      use Symfony\\Component\\HttpClient\\HttpClient;
      $client = HttpClient::create();
      $response = $client->request('GET', 'http://catalog:8081/items');
      $scoped = HttpClient::createForBaseUri($_ENV['REVIEWS_URL'] ?? 'http://reviews');`,
    facts: [http(4, { host: 'catalog', port: 8081, url: 'http://catalog:8081/items' }), http(5, { key: 'REVIEWS_URL' })],
  },
  {
    name: 'Laravel Http facade: a chain ending in a verb, baseUrl from config() read elsewhere, env() with a default',
    path: 'app/Services/Shipping.php',
    text: code`
      <?php
      use Illuminate\\Support\\Facades\\Http;
      $r = Http::withToken($token)->retry(3)->post(env('SHIPPING_URL', 'http://shipping') . '/labels', $body);
      $q = Http::baseUrl(config('services.quotes.url'))->get('/quotes');`,
    facts: [http(3, { key: 'SHIPPING_URL' }), http(4, { key: 'code:config:quotes.url' })],
  },
  {
    name: 'curl: curl_init with a URL, curl_setopt with CURLOPT_URL (other options ignored), curl_setopt_array',
    path: 'lib/notify.php',
    text: code`
      <?php
      $ch = curl_init('http://notifier:8000/send');
      $c2 = curl_init();
      curl_setopt($c2, CURLOPT_RETURNTRANSFER, true);
      curl_setopt($c2, CURLOPT_URL, "http://" . getenv('AUDIT_HOST') . "/events");
      curl_setopt_array($c3, [CURLOPT_URL => 'http://ledger:7000/entries', CURLOPT_POST => true]);`,
    facts: [http(2, { host: 'notifier', port: 8000, url: 'http://notifier:8000/send' }), http(5, { key: 'AUDIT_HOST' }), http(6, { host: 'ledger', port: 7000, url: 'http://ledger:7000/entries' })],
  },
  {
    name: 'file_get_contents of a URL; of a local file nothing',
    path: 'public/index.php',
    text: code`
      <?php
      $rates = file_get_contents('http://rates:8080/today');
      $tpl = file_get_contents(__DIR__ . '/tpl.html');`,
    facts: [http(2, { host: 'rates', port: 8080, url: 'http://rates:8080/today' })],
  },
  {
    name: 'PDO: a literal MySQL DSN, an interpolated PostgreSQL DSN on an env host, a concatenated DSN, sprintf',
    path: 'src/Db.php',
    text: code`
      <?php
      $a = new PDO('mysql:host=mysql;port=3306;dbname=shop', 'app', getenv('DB_PASSWORD'));
      $host = getenv('PG_HOST');
      $b = new \\PDO("pgsql:host=$host;dbname=ledger", $u, $p);
      $c = new PDO('mysql:host=' . $_ENV['DB_HOST'] . ';dbname=' . $name, $u, $p);
      $d = new PDO(sprintf('mysql:host=%s;dbname=%s', 'reports-db', 'reports'));
      $e = new PDO('sqlite:' . __DIR__ . '/cache.db');`,
    facts: [
      store('database', 'MySQL', { host: 'mysql', port: 3306, url: 'mysql://mysql:3306/shop' }, 2),
      store('database', 'PostgreSQL', { key: 'PG_HOST' }, 4),
      store('database', 'MySQL', { key: 'DB_HOST' }, 5),
      store('database', 'MySQL', { host: 'reports-db', url: 'mysql://reports-db/reports' }, 6),
    ],
  },
  {
    name: 'mysqli object and procedural; pg_connect with a libpq string',
    path: 'legacy/db.php',
    text: code`
      <?php
      $m = new mysqli('legacy-db', 'root', $pw, 'app', 3307);
      $n = mysqli_connect(getenv('MYSQL_HOST'), 'u', 'p');
      $pg = pg_connect("host=pg port=5432 dbname=x");`,
    facts: [store('database', 'MySQL', { host: 'legacy-db', port: 3307 }, 2), store('database', 'MySQL', { key: 'MYSQL_HOST' }, 3), store('database', 'PostgreSQL', { host: 'pg', port: 5432, url: 'host=pg port=5432 dbname=x' }, 4)],
  },
  {
    name: 'MongoDB, Predis (URL and parameter array), phpredis typed by its construction, Elasticsearch',
    path: 'src/Stores.php',
    text: code`
      <?php
      use MongoDB\\Client;
      use Elasticsearch\\ClientBuilder;
      $mongo = new Client('mongodb://mongo:27017');
      $p1 = new Predis\\Client('tcp://cache:6379');
      $p2 = new \\Predis\\Client(['scheme' => 'tcp', 'host' => getenv('REDIS_HOST'), 'port' => 6379]);
      $redis = new Redis();
      $redis->connect('sessions', 6379);
      $es = ClientBuilder::create()->setHosts(['http://search:9200'])->build();`,
    facts: [
      store('database', 'MongoDB', { host: 'mongo', port: 27017, url: 'mongodb://mongo:27017' }, 4),
      store('database', 'Redis', { host: 'cache', port: 6379, url: 'tcp://cache:6379' }, 5),
      store('database', 'Redis', { key: 'REDIS_HOST' }, 6),
      store('database', 'Redis', { host: 'sessions', port: 6379 }, 8),
      store('database', 'Elasticsearch', { host: 'search', port: 9200, url: 'http://search:9200' }, 9),
    ],
  },
  {
    name: 'php-amqplib: the connection lends its host to publish (exchange) and consume (queue)',
    path: 'worker/consume.php',
    text: code`
      <?php
      use PhpAmqpLib\\Connection\\AMQPStreamConnection;
      use PhpAmqpLib\\Message\\AMQPMessage;
      $connection = new AMQPStreamConnection(getenv('RABBITMQ_HOST') ?: 'rabbitmq', 5672, 'guest', 'guest');
      $channel = $connection->channel();
      $channel->basic_publish(new AMQPMessage($body), 'orders', 'created');
      $channel->basic_publish($msg, '', 'audit');
      $channel->basic_consume('invoices', '', false, true, false, false, $callback);`,
    facts: [
      message('produces', 'RabbitMQ', 'orders', { key: 'RABBITMQ_HOST' }, 6),
      message('produces', 'RabbitMQ', 'audit', { key: 'RABBITMQ_HOST' }, 7),
      message('consumes', 'RabbitMQ', 'invoices', { key: 'RABBITMQ_HOST' }, 8),
    ],
  },
  {
    name: 'php-rdkafka: brokers from the configuration, a producer topic and a consumer subscription',
    path: 'src/Events.php',
    text: code`
      <?php
      use RdKafka\\Conf;
      use RdKafka\\Producer;
      use RdKafka\\KafkaConsumer;
      $conf = new Conf();
      $conf->set('metadata.broker.list', 'kafka:9092');
      $conf->set('group.id', 'billing');
      $producer = new Producer($conf);
      $topic = $producer->newTopic('payments');
      $consumer = new KafkaConsumer($conf);
      $consumer->subscribe(['refunds', 'chargebacks']);`,
    facts: [
      message('produces', 'Kafka', 'payments', { host: 'kafka', port: 9092 }, 9),
      message('consumes', 'Kafka', 'refunds', { host: 'kafka', port: 9092 }, 11),
      message('consumes', 'Kafka', 'chargebacks', { host: 'kafka', port: 9092 }, 11),
    ],
  },
  {
    name: 'AWS SDK: SQS send and receive by queue URL, S3 put by bucket',
    path: 'src/Aws.php',
    text: code`
      <?php
      use Aws\\Sqs\\SqsClient;
      use Aws\\S3\\S3Client;
      $sqs = new SqsClient(['region' => 'eu-west-1', 'version' => 'latest']);
      $sqs->sendMessage(['QueueUrl' => getenv('JOBS_QUEUE_URL'), 'MessageBody' => $b]);
      $s3 = new S3Client([]);
      $s3->putObject(['Bucket' => 'invoices', 'Key' => $k, 'Body' => $pdf]);`,
    facts: [message('produces', 'Amazon SQS', undefined, { key: 'JOBS_QUEUE_URL' }, 5), store('file-transfer', 'Amazon S3', {}, 7, 'invoices')],
  },
  {
    name: 'Laravel config/database.php: only the default connection, host from env() with a local default',
    path: 'config/database.php',
    text: code`
      <?php
      return [
          'default' => env('DB_CONNECTION', 'mysql'),
          'connections' => [
              'sqlite' => ['driver' => 'sqlite', 'database' => database_path('database.sqlite')],
              'mysql' => [
                  'driver' => 'mysql',
                  'host' => env('DB_HOST', '127.0.0.1'),
                  'port' => env('DB_PORT', '3306'),
              ],
              'pgsql' => ['driver' => 'pgsql', 'host' => env('DB_HOST', '127.0.0.1')],
          ],
      ];`,
    facts: [store('database', 'MySQL', { key: 'DB_HOST' }, 7)],
  },
  {
    name: 'a connection array outside a file with a default (Eloquent Capsule) is read; one under a default only the environment gives is not',
    path: 'bootstrap/db.php',
    text: code`
      <?php
      $capsule->addConnection(['driver' => 'pgsql', 'host' => getenv('PG_HOST'), 'port' => 5432]);
      $config = ['default' => env('DB_CONNECTION'), 'connections' => ['mysql' => ['driver' => 'mysql', 'host' => 'db']]];`,
    facts: [store('database', 'PostgreSQL', { key: 'PG_HOST' }, 2)],
  },
  {
    name: 'constants: define() and class constants hold the address',
    path: 'src/Config.php',
    text: code`
      <?php
      define('PRICING_URL', getenv('PRICING_URL') ?: 'http://pricing:8080');
      class Endpoints { const INVENTORY = 'http://inventory:8000'; }
      $a = file_get_contents(PRICING_URL . '/v1/prices');
      $b = (new GuzzleHttp\\Client())->get(Endpoints::INVENTORY . '/stock');`,
    facts: [http(4, { key: 'PRICING_URL' }), http(5, { host: 'inventory', port: 8000, url: 'http://inventory:8000/stock' })],
  },
  {
    name: 'an injected Symfony client with an absolute URL, Memcached, a SOAP client, Symfony Mailer',
    path: 'src/Service/Partners.php',
    text: code`
      <?php
      use Symfony\\Contracts\\HttpClient\\HttpClientInterface;
      use Symfony\\Component\\Mailer\\Transport;
      class Partners {
          public function __construct(private HttpClientInterface $client, private \\Memcached $cache) {}
          public function quote() { return $this->client->request('POST', 'https://api.freight.example.com/v2/quotes'); }
          public function warm() { $this->cache->addServer('memcached', 11211); }
      }
      $soap = new SoapClient('http://tax:8080/service?wsdl');
      $mailer = Transport::fromDsn(getenv('MAILER_DSN'));`,
    facts: [
      http(6, { host: 'api.freight.example.com', url: 'https://api.freight.example.com/v2/quotes' }),
      store('database', 'Memcached', { host: 'memcached', port: 11211 }, 7),
      { role: 'calls', mechanism: 'soap', technology: 'SOAP', target: { host: 'tax', port: 8080, url: 'http://tax:8080/service?wsdl' }, line: 9, confidence: LITERAL },
      { role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: 'MAILER_DSN' }, targetKind: 'saas', line: 10, confidence: LITERAL },
    ],
  },
  {
    name: "PHPMailer: the SMTP relay is the mailer's Host property; another class's Host is not",
    path: 'src/Workers/Mails.php',
    text: code`
      <?php
      use PHPMailer\\PHPMailer\\PHPMailer;
      $mail = new PHPMailer(true);
      $mail->isSMTP();
      $mail->Host = getenv('_APP_SMTP_HOST') ?: 'localhost';
      $mail->Port = 25;`,
    facts: [{ role: 'uses', mechanism: 'email', technology: 'SMTP', target: { key: '_APP_SMTP_HOST' }, targetKind: 'saas', line: 5, confidence: LITERAL }],
  },
  {
    name: 'a Host property set without PHPMailer imported is nothing',
    path: 'src/Config.php',
    text: code`
      <?php
      $config->Host = getenv('APP_HOST');`,
    facts: [],
  },
  {
    name: 'Enqueue over AMQP: the factory DSN lent to the producer of a queue',
    path: 'src/Queue.php',
    text: code`
      <?php
      use Enqueue\\AmqpLib\\AmqpConnectionFactory;
      $context = (new AmqpConnectionFactory('amqp://rabbit:5672'))->createContext();
      $queue = $context->createQueue('thumbnails');
      $context->createProducer()->send($queue, $context->createMessage($body));`,
    facts: [message('produces', 'RabbitMQ', 'thumbnails', { host: 'rabbit', port: 5672, url: 'amqp://rabbit:5672' }, 5)],
  },
  {
    name: 'utopia-php/queue: a client enqueuing, a worker adapter consuming, the Redis of their connection (App::getEnv); a client never enqueued on sends nothing',
    path: 'app/init.php',
    text: code`
      <?php
      use Utopia\\App;
      use Utopia\\Queue;
      use Utopia\\Queue\\Client;
      $connection = new Queue\\Connection\\Redis(App::getEnv('_APP_REDIS_HOST', 'redis'), 6379);
      $client = new Client('v1-mails', $connection);
      $client->enqueue(['to' => $to]);
      $legacy = new Client('v1-legacy', new Queue\\Connection\\Redis('legacy-queue', 6379));
      // $legacy->enqueue([]);
      $backlog = $legacy->getQueueSize();
      $server = new Queue\\Server(new Queue\\Adapter\\Swoole($connection, 4, 'v1-audits'));`,
    facts: [message('produces', 'Redis', 'v1-mails', { key: '_APP_REDIS_HOST' }, 6), message('consumes', 'Redis', 'v1-audits', { key: '_APP_REDIS_HOST' }, 11)],
  },
  {
    name: 'utopia-php/queue: enqueued on the construction itself, or returned for the caller; its broker API (Broker\\Redis, Queue, a Publisher-typed property)',
    path: 'src/Queues.php',
    text: code`
      <?php
      use Utopia\\Queue\\Client;
      use Utopia\\Queue\\Connection\\Redis;
      use Utopia\\Queue\\Broker\\Redis as RedisBroker;
      use Utopia\\Queue\\Publisher;
      use Utopia\\Queue\\Queue;
      class Queues {
          public function __construct(private Publisher $publisher) {}
          public function now() { return (new Client('v1-now', new Redis('queue-redis')))->enqueue([]); }
          public function builds() { return new Client('v1-builds', new Redis('queue-redis')); }
          public function deletes() { return $this->publisher->enqueue(new Queue('v1-deletes'), []); }
      }
      $broker = new RedisBroker(new Redis(getenv('QUEUE_HOST')));
      $broker->enqueue(new Queue('v1-certificates'), ['domain' => $d]);`,
    facts: [
      message('produces', 'Redis', 'v1-now', { host: 'queue-redis' }, 9),
      message('produces', 'Redis', 'v1-builds', { host: 'queue-redis' }, 10),
      message('produces', 'Redis', 'v1-deletes', { key: 'code:init:Queues#0' }, 11),
      message('produces', 'Redis', 'v1-certificates', { key: 'QUEUE_HOST' }, 14),
    ],
  },
];

/** Files the PHP source must parse (a signature may match) and files it must not (incidental words only). */
const PREFILTER: [string, boolean][] = [
  ['use GuzzleHttp\\Client;', true],
  ['$r = Http::withToken($t)->get($url);', true],
  ['$pdo = new PDO($dsn);', true],
  ['$m = new mysqli($h, $u, $p);', true],
  ['use Predis\\Client;', true],
  ['$redis = new Redis();', true],
  ['use PhpAmqpLib\\Connection\\AMQPStreamConnection;', true],
  ['$p = new RdKafka\\Producer($conf);', true],
  ['use Aws\\Sqs\\SqsClient;', true],
  ['$ch = curl_init();', true],
  ["$x = file_get_contents('https://rates.example.com/today');", true],
  ["$h = $_ENV['CART_HOST'];", true],
  ["'host' => env('DB_HOST', '127.0.0.1'),", true],
  ["define('ORDERS_URL', 'x');", true],
  ["'driver' => 'mysql',", true],
  ['use Utopia\\Queue\\Client;', true],
  ['namespace App\\Http\\Controllers;\nclass HomeController extends Controller {}', false],
  ["$pdoStatement->execute(); // the driver handles it", false],
  ["$tpl = file_get_contents(__DIR__ . '/mail.html');", false],
  ['$environment = $this->environment;', false],
];

describe('PHP prefilter', () => {
  it.each(PREFILTER)('%s → %s', (text, parsed) => {
    expect(mayMatch(`<?php\n${text}\n`, PHP_TABLE.triggers, [])).toBe(parsed);
  });
});

describe('PHP code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(phpCodeSource, path, text))).toEqual(facts);
  });

  it('shares the entries of a Laravel configuration file for config() reads in other files', async () => {
    const text = code`
      <?php
      return [
          'quotes' => ['url' => env('QUOTES_URL', 'http://quotes:8080')],
          'mailgun' => ['domain' => env('MAILGUN_DOMAIN')],
      ];`;
    const bindings = bindingsOf(await readSnippet(phpCodeSource, 'config/services.php', text));
    expect(bindings).toMatchObject({ 'code:config:quotes.url': '$ref:QUOTES_URL', QUOTES_URL: 'http://quotes:8080' });
  });

  it('follows a constructor parameter to what a service provider constructs the class with', async () => {
    const client = code`
      <?php
      namespace App\\Services;
      use GuzzleHttp\\Client;
      class CatalogClient {
          private Client $http;
          public function __construct(private string $baseUrl, int $timeout = 2) {
              $this->http = new Client(['base_uri' => $this->baseUrl, 'timeout' => $timeout]);
          }
      }`;
    expect(summarise(await readSnippet(phpCodeSource, 'app/Services/CatalogClient.php', client))).toEqual([http(7, { key: 'code:init:CatalogClient#0' })]);
    const provider = code`
      <?php
      use App\\Services\\CatalogClient;
      $this->app->singleton(CatalogClient::class, fn () => new CatalogClient(config('services.catalog.url'), 5));`;
    expect(bindingsOf(await readSnippet(phpCodeSource, 'app/Providers/AppServiceProvider.php', provider))).toEqual({ 'code:init:CatalogClient#0': '$ref:code:config:catalog.url' });
  });

  it('follows a base class constructor parameter to what a subclass gives `parent::__construct` (a framework\'s Event classes)', async () => {
    const event = code`
      <?php
      use Utopia\\Queue\\Client;
      use Utopia\\Queue\\Connection;
      class Event {
          public const MAILS_QUEUE_NAME = 'v1-mails';
          protected string $queue = '';
          public function __construct(protected Connection $connection) {}
          public function trigger() {
              $client = new Client($this->queue, $this->connection);
              return $client->enqueue(['payload' => $this->payload]);
          }
      }`;
    expect(summarise(await readSnippet(phpCodeSource, 'src/Event/Event.php', event))).toEqual([message('produces', 'Redis', undefined, { key: 'code:init:Event#0' }, 9)]);
    const mail = code`
      <?php
      use Utopia\\Queue\\Connection;
      class Mail extends Event {
          public function __construct(Connection $connection) {
              parent::__construct($connection);
              $this->setQueue(Event::MAILS_QUEUE_NAME);
          }
      }`;
    expect(bindingsOf(await readSnippet(phpCodeSource, 'src/Event/Mail.php', mail))).toEqual({ 'code:init:Event#0': '$ref:code:init:Mail#0' });
  });

  it('shares constants defined from env vars', async () => {
    const text = code`
      <?php
      define('BILLING_URL', getenv('BILLING_URL'));`;
    expect(bindingsOf(await readSnippet(phpCodeSource, 'bootstrap.php', text))).toEqual({ 'code:BILLING_URL': '$ref:BILLING_URL' });
  });

  it('applies a user rule for PHP', async () => {
    const text = code`
      <?php
      $bus->dispatchEvent('order.placed', $payload);`;
    const facts = await readSnippet(phpCodeSource, 'src/Bus.php', text, [{ id: 'acme-bus', language: 'php', call: '*.dispatchEvent', role: 'produces', mechanism: 'messaging' }]);
    expect(summarise(facts)).toEqual([{ role: 'produces', mechanism: 'messaging', technology: 'rule:acme-bus', channel: 'order.placed', target: {}, targetKind: 'message-broker', line: 2, confidence: LITERAL }]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'src/Maths.php', text: '<?php\nnamespace App\\Http\\Controllers;\nfunction add($a, $b) { return $a + $b; }\n' };
    const parse = vi.fn();
    expect(await phpCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    expect(await readSnippet(phpCodeSource, 'src/Broken.php', "<?php\n$x = new PDO('mysql:host=db;dbname=x'\nfunction (")).toBeInstanceOf(Array);
  });
});
