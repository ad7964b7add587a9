/**
 * The clients PHP code talks to the world through. PHP services construct clients with `new`
 * (`new Client(['base_uri' => …])`, `new PDO($dsn)`, `new AMQPStreamConnection($host, 5672)`) and
 * call methods on them; names common to many libraries (`get`, `request`, `send`, `subscribe`)
 * are only taken in files importing the library (`use GuzzleHttp\Client;` reads as
 * `GuzzleHttp.Client`), or through the receiver's type the file declares or constructs.
 */
import { triggerPattern } from './prefilter.js';
import type { CallSite, FamilyTable, Refinement, Signature, SiteTools, SyntaxNode } from './code-model.js';
import { calls, consumes, endpoint, produces, uses, vendor } from './signature-builders.js';

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'getAsync', 'postAsync', 'putAsync', 'patchAsync', 'deleteAsync'];
const verbs = (receiver: string): string[] => HTTP_VERBS.map((verb) => `${receiver}.${verb}`);

const GUZZLE = ['GuzzleHttp'];
const SYMFONY_HTTP = ['Symfony.Component.HttpClient', 'Symfony.Contracts.HttpClient'];
const AMQPLIB = ['PhpAmqpLib'];
const RDKAFKA = ['RdKafka'];
const AWS = ['Aws'];
const ENQUEUE_AMQP = ['Enqueue.AmqpLib', 'Enqueue.AmqpExt', 'Enqueue.AmqpBunny', 'Enqueue.AmqpTools', 'Interop.Amqp'];
/** utopia-php/queue's connections to Redis, whose address the clients and adapters given one go to. */
const UTOPIA_CONNECTIONS = ['new Utopia.Queue.Connection.Redis', 'new Utopia.Queue.Connection.RedisCluster'];

/** Laravel's `Http` facade, however long the chain before the verb (`Http::withToken($t)->retry(3)->get($url)`). */
const httpFacade = (site: CallSite): Refinement | false | undefined => (/^(?:Illuminate\.Support\.Facades\.)?Http\./.test(site.callee) ? undefined : false);

/** `curl_setopt($ch, CURLOPT_URL, $url)`: only the option that sets the address. */
const curlUrlOption = (site: CallSite, tools: SiteTools): Refinement | false | undefined => {
  const option = site.args[1];
  return option && tools.text(option) === 'CURLOPT_URL' ? undefined : false;
};

/** `$conf->set('metadata.broker.list', 'kafka:9092')`: only the options that name the brokers. */
const kafkaBrokerOption = (site: CallSite, tools: SiteTools): Refinement | false | undefined => {
  const option = tools.value(site, 0);
  return option.kind === 'literal' && /^(?:metadata\.broker\.list|bootstrap\.servers)$/.test(option.text) ? undefined : false;
};

/** Wrappers that keep a value as it is. */
const PHP_TRANSPARENT = new Set(['parenthesized_expression']);

/**
 * `new Client($queue, $connection)` of utopia-php/queue produces only when the file enqueues on
 * it: through the variable or property it is assigned to (`$client->enqueue([…])`), on the
 * construction itself (`(new Client(…))->enqueue(…)`), or handed on (returned) for its callers to
 * enqueue. A client whose `enqueue` is commented out, or kept only for `getQueueSize()`, sends nothing.
 */
function enqueuesOn(site: CallSite): Refinement | false | undefined {
  let node = site.node;
  while (node.parent && PHP_TRANSPARENT.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  const enqueue = (call: SyntaxNode): boolean => (call.type === 'member_call_expression' || call.type === 'nullsafe_member_call_expression') && call.childForFieldName('name')?.text === 'enqueue';
  if (enqueue(parent) && parent.childForFieldName('object')?.id === node.id) return undefined;
  if (parent.type === 'return_statement' || parent.type === 'arrow_function') return undefined;
  if (parent.type !== 'assignment_expression' || parent.childForFieldName('right')?.id !== node.id) return false;
  const holder = parent.childForFieldName('left')?.text.replace(/\s+/g, '');
  if (!holder) return false;
  for (const call of node.tree.rootNode.descendantsOfType(['member_call_expression', 'nullsafe_member_call_expression'])) {
    if (call && enqueue(call) && call.childForFieldName('object')?.text.replace(/\s+/g, '').replace('?->', '->') === holder.replace('?->', '->')) return undefined;
  }
  return false;
}

/** The technologies of PDO's drivers, by the name a data source name starts with. */
const PDO_DRIVERS: Record<string, string> = { mysql: 'MySQL', pgsql: 'PostgreSQL', sqlsrv: 'SQL Server', dblib: 'SQL Server', mssql: 'SQL Server', oci: 'Oracle', ibm: 'Db2', sqlite: 'SQLite', firebird: 'Firebird', cubrid: 'CUBRID' };

/**
 * The technology of `new PDO($dsn)` when the host is not a literal (`"mysql:host=$host;…"`,
 * `'pgsql:host=' . getenv('PG_HOST')`): the driver the DSN text starts with, as written at the
 * call or where the variable passed is assigned.
 */
function pdoDriver(site: CallSite, tools: SiteTools): Refinement | false | undefined {
  let node = tools.node(site, 0) ?? tools.node(site, 'dsn');
  if (node?.type === 'variable_name') {
    const name = node.text;
    const assigned = node.tree.rootNode.descendantsOfType('assignment_expression').find((assignment) => assignment?.childForFieldName('left')?.text === name && assignment.startIndex < site.node.startIndex);
    node = assigned?.childForFieldName('right') ?? undefined;
  }
  const driver = node ? /^(?:sprintf\s*\(\s*)?["']([a-z]+):(?!\/\/)/i.exec(node.text)?.[1]?.toLowerCase() : undefined;
  const technology = driver ? PDO_DRIVERS[driver] : undefined;
  // SQLite is a file in the process, not a system it talks to.
  if (technology === 'SQLite') return false;
  return technology ? { technology } : undefined;
}

/** The signatures of the PHP family, in the order they are tried. */
export const PHP_SIGNATURES: readonly Signature[] = [
  // SaaS vendors' SDKs, first: their clients have generic names (`new Client`, `new StripeClient`).
  vendor('Stripe', ['new Stripe.StripeClient', 'Stripe.Stripe.setApiKey'], { imports: ['Stripe'] }),
  vendor('Twilio', ['new Twilio.Rest.Client'], { imports: ['Twilio'] }),
  vendor('OpenAI', ['OpenAI.client', 'OpenAI.factory'], { imports: ['OpenAI'] }),
  vendor('SendGrid', ['new SendGrid']),
  // HTTP: Guzzle clients name their base address; their verbs count when they name a full URL.
  calls('rest', ['new GuzzleHttp.Client'], { target: ['base_uri', 'base_url'], knownOnly: true }),
  calls('rest', [...verbs('GuzzleHttp.Client'), ...verbs('GuzzleHttp.ClientInterface')], { target: [0], knownOnly: true }),
  calls('rest', ['GuzzleHttp.Client.request', 'GuzzleHttp.Client.requestAsync', 'GuzzleHttp.ClientInterface.request', 'GuzzleHttp.ClientInterface.requestAsync', 'new GuzzleHttp.Psr7.Request'], { target: [1], knownOnly: true }),
  calls('rest', ['*.get', '*.post', '*.put', '*.patch', '*.delete', '*.getAsync', '*.postAsync'], { imports: GUZZLE, target: [0], knownOnly: true, refine: (site, tools) => (/^https?:\/\//i.test(literalText(tools, site, 0)) ? undefined : false) }),
  calls('rest', ['*.request', '*.requestAsync'], { imports: [...GUZZLE, ...SYMFONY_HTTP], target: [1], knownOnly: true }),
  // Symfony HttpClient
  calls('rest', ['HttpClient.create', 'HttpClient.createForBaseUri', 'ScopingHttpClient.forBaseUri'], { imports: SYMFONY_HTTP, target: ['base_uri', 0, 1], knownOnly: true }),
  calls('rest', ['*.withOptions'], { imports: SYMFONY_HTTP, target: ['base_uri'], knownOnly: true }),
  // Laravel's Http facade
  calls('rest', ['*.baseUrl'], { target: [0], knownOnly: true, refine: httpFacade }),
  calls('rest', ['*.get', '*.post', '*.put', '*.patch', '*.delete', '*.head', '*.send'], { target: [0], knownOnly: true, refine: (site) => (site.name === 'send' ? (/^(?:Illuminate\.Support\.Facades\.)?Http\./.test(site.callee) ? { target: [1] } : false) : httpFacade(site)) }),
  // curl and the stream wrappers
  calls('rest', ['curl_init'], { target: [0], knownOnly: true }),
  calls('rest', ['curl_setopt'], { target: [2], knownOnly: true, refine: curlUrlOption }),
  calls('rest', ['curl_setopt_array'], { target: ['CURLOPT_URL'], knownOnly: true }),
  calls('rest', ['file_get_contents', 'fopen', 'get_headers'], { target: [0], knownOnly: true, refine: (site, tools) => (/^https?:\/\//i.test(literalText(tools, site, 0)) || tools.value(site, 0).kind === 'env' ? undefined : false) }),
  calls('soap', ['new SoapClient'], { target: [0, 'location'], knownOnly: true, technology: 'SOAP' }),
  // Databases
  uses('database', undefined, ['new PDO'], { target: [0, 'dsn'], refine: pdoDriver }),
  uses('database', 'MySQL', ['new mysqli', 'mysqli_connect', 'mysql_connect'], { target: [0, 'hostname', 'host'], port: [4, 'port'], bareHost: true }),
  uses('database', 'MySQL', ['mysqli_real_connect', 'mysqli.real_connect'], { target: [1], port: [5], bareHost: true }),
  uses('database', 'PostgreSQL', ['pg_connect', 'pg_pconnect'], { target: [0] }),
  uses('database', 'MongoDB', ['new MongoDB.Client', 'new MongoDB.Driver.Manager'], { target: [0, 'uri'] }),
  uses('database', 'Redis', ['new Predis.Client'], { target: [0, 'host', 'parameters'], port: ['port'], bareHost: true }),
  uses('database', 'Redis', ['Redis.connect', 'Redis.pconnect', 'Redis.open', 'Redis.popen'], { target: [0, 'host'], port: [1, 'port'], bareHost: true }),
  uses('database', 'Redis', ['new RedisCluster'], { target: [1, 'seeds'] }),
  uses('database', 'Memcached', ['Memcached.addServer'], { target: [0], port: [1], bareHost: true }),
  uses('database', 'Elasticsearch', ['*.setHosts'], { imports: ['Elasticsearch', 'Elastic'], target: [0] }),
  uses('database', 'Cassandra', ['*.withContactPoints'], { imports: ['Cassandra'], target: [0], bareHost: true }),
  // Laravel's `config/database.php`: the connection the file's default names (see php-reader.ts).
  uses('database', 'MySQL', ['literal driver.mysql'], { target: ['url', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'MariaDB', ['literal driver.mariadb'], { target: ['url', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'PostgreSQL', ['literal driver.pgsql'], { target: ['url', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'SQL Server', ['literal driver.sqlsrv'], { target: ['url', 'host'], port: ['port'], bareHost: true }),
  uses('database', 'MongoDB', ['literal driver.mongodb'], { target: ['dsn', 'host'], port: ['port'], bareHost: true }),
  // RabbitMQ: php-amqplib names the broker at the connection and the exchange or queue at each call.
  endpoint('messaging', 'RabbitMQ', ['new AMQPStreamConnection', 'new AMQPSSLConnection', 'new AMQPLazyConnection', 'new AMQPSocketConnection', 'new AMQPConnection', 'new AMQPLazySSLConnection'], { imports: AMQPLIB, target: [0, 'host'], port: [1, 'port'], bareHost: true }),
  produces('RabbitMQ', ['*.basic_publish'], { imports: AMQPLIB, channel: [1, 'exchange', 2, 'routing_key'] }),
  consumes('RabbitMQ', ['*.basic_consume'], { imports: AMQPLIB, channel: [0, 'queue'] }),
  // Enqueue over AMQP: `$context->createProducer()->send($context->createQueue('orders'), $message)`.
  endpoint('messaging', 'RabbitMQ', ['new AmqpConnectionFactory'], { imports: ENQUEUE_AMQP, target: [0, 'dsn', 'host'], bareHost: true }),
  produces('RabbitMQ', ['*.send'], { imports: ENQUEUE_AMQP, channel: [0] }),
  consumes('RabbitMQ', ['*.createConsumer', '*.bind'], { imports: ENQUEUE_AMQP, channel: [0] }),
  // Job queues on Redis with utopia-php/queue (Appwrite's workers): messaging through Redis. The
  // connection says where Redis is; `new Client($queue, $connection)` enqueues on the queue, and a
  // worker's `new Server(new Adapter\Swoole($connection, $workers, $queue))` consumes it.
  endpoint('messaging', 'Redis', UTOPIA_CONNECTIONS, { target: [0, 'host', 'seeds'], port: [1, 'port'], bareHost: true }),
  produces('Redis', ['new Utopia.Queue.Client'], { target: [1, 'connection'], channel: [0, 'queue'], bareHost: true, refine: enqueuesOn }),
  consumes('Redis', ['new Utopia.Queue.Adapter.Swoole', 'new Utopia.Queue.Adapter.Workerman'], { target: [0, 'connection', 'consumer'], channel: [2, 'queue'], bareHost: true }),
  // Its later publishers: `$publisher = new Broker\Redis($connection)` then `->enqueue(new Queue('v1-mails'), $payload)`.
  produces('Redis', ['Utopia.Queue.Broker.Redis.enqueue', 'Utopia.Queue.Publisher.enqueue'], { target: ['receiver'], channel: [0, 'queue'], bareHost: true }),
  // Kafka (php-rdkafka): brokers from the configuration or `addBrokers`, topics from `newTopic` and `subscribe`.
  endpoint('messaging', 'Kafka', ['*.addBrokers'], { imports: RDKAFKA, target: [0] }),
  endpoint('messaging', 'Kafka', ['*.set'], { imports: RDKAFKA, target: [1], refine: kafkaBrokerOption }),
  consumes('Kafka', ['Consumer.newTopic', 'KafkaConsumer.newTopic'], { imports: RDKAFKA, channel: [0] }),
  produces('Kafka', ['*.newTopic'], { imports: RDKAFKA, channel: [0] }),
  consumes('Kafka', ['*.subscribe'], { imports: RDKAFKA, channel: [0] }),
  // AWS SDK for PHP: the operation's array names the queue, topic or bucket.
  produces('Amazon SQS', ['*.sendMessage', '*.sendMessageBatch'], { imports: AWS, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  consumes('Amazon SQS', ['*.receiveMessage'], { imports: AWS, requires: ['QueueUrl'], target: ['QueueUrl'], channel: ['QueueUrl'] }),
  produces('Amazon SNS', ['*.publish'], { imports: AWS, requires: ['TopicArn', 'TargetArn'], target: ['TopicArn', 'TargetArn'], channel: ['TopicArn', 'TargetArn'] }),
  uses('file-transfer', 'Amazon S3', ['*.putObject', '*.getObject', '*.deleteObject', '*.listObjects', '*.listObjectsV2', '*.headObject', '*.copyObject', '*.upload', '*.createPresignedRequest', '*.getCommand'], { imports: AWS, requires: ['Bucket'], channel: ['Bucket'] }),
  // E-mail: Symfony Mailer's transport DSN.
  uses('email', 'SMTP', ['Transport.fromDsn'], { imports: ['Symfony.Component.Mailer'], target: [0] }),
  // PHPMailer over SMTP: the relay is the `Host` property (a `;`-separated list; the first is used).
  uses('email', 'SMTP', ['set *.Host'], { imports: ['PHPMailer'], target: [0], bareHost: true }),
];

/** The literal text at a pick, or '' when it is not one. */
function literalText(tools: SiteTools, site: CallSite, pick: number): string {
  const value = tools.value(site, pick);
  return value.kind === 'literal' || value.kind === 'prefix' ? value.text : '';
}

/** The PHP family's table. */
export const PHP_TABLE: FamilyTable = {
  signatures: PHP_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts); the calls below only as called.
  triggers: triggerPattern({
    prefixes: ['Guzzle', 'HttpClient', 'ScopingHttpClient', 'mysqli', 'pg_connect', 'pg_pconnect', 'MongoDB', 'Predis', 'RedisCluster', 'Memcached', 'Elasticsearch', 'Elastic', 'Cassandra', 'PhpAmqpLib', 'AMQP', 'Enqueue', 'RdKafka', 'SoapClient', 'Stripe', 'Twilio', 'OpenAI', 'SendGrid', 'getenv', 'Utopia', 'PHPMailer'],
    words: ['Aws', 'Redis', 'Mailer', 'PDO'],
    patterns: [
      '\\bHttp\\s*::',
      '["\']driver["\']\\s*=>',
      '\\bcurl_(?:init|setopt(?:_array)?)\\s*\\(',
      '\\b(?:file_get_contents|fopen|get_headers)\\s*\\(\\s*["\']https?:',
      '\\$_(?:ENV|SERVER)\\s*\\[',
      '\\b(?:env|define)\\s*\\(',
      // a class of the service constructed with configuration (a Laravel service provider's `new CatalogClient(config('…'))`)
      '\\bnew\\s+[\\w\\\\]+\\s*\\([^;)]*\\b(?:config|env|getenv)\\s*\\(',
    ],
  }),
  values: {
    // Utopia's `App::getEnv('_APP_REDIS_HOST', 'redis')` (later `System::getEnv`), with a default as `env()`'s.
    env: [{ call: ['getenv', 'env', 'Env.get', 'Illuminate.Support.Env.get', 'Utopia.App.getEnv', 'Utopia.System.System.getEnv', 'App.getEnv', 'System.getEnv'] }],
    carriers: [
      { call: ['new Uri', 'new Psr7.Uri', 'Utils.uriFor'], arg: 0 },
      { call: ['*.createQueue', '*.createTopic'], arg: 0 },
      // A utopia-php/queue connection handed to a client or an adapter is where Redis is.
      { call: UTOPIA_CONNECTIONS, arg: 0, port: 1 },
      { call: ['new Utopia.Queue.Broker.Redis', 'new Utopia.Queue.Queue'], arg: 0 },
    ],
  },
};
