/**
 * The clients Ruby code (Sinatra, Rails, plain Ruby) talks to the world through. Class-level calls
 * (`Net::HTTP.get`, `HTTParty.get`) are taken as they are; methods of client objects through the
 * object's construction in the file (`conn = Faraday.new(url: …)` makes `conn.get` a
 * `Faraday.get`); names many gems share (`publish`, `subscribe`, `produce`) only in files naming the
 * gem's constant (`Bunny`, `Kafka`, `Aws`), since Bundler requires gems without a `require` in the
 * file (see ruby-reader.ts).
 */
import { triggerPattern } from './prefilter.js';
import type { CallSite, FamilyTable, Signature, SiteTools } from './code-model.js';
import { calls, consumes, endpoint, produces, provides, uses, vendor } from './signature-builders.js';

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const verbs = (receivers: readonly string[], extra: readonly string[] = []): string[] => receivers.flatMap((receiver) => [...HTTP_VERBS, ...extra].map((verb) => `${receiver}.${verb}`));

const BUNNY = ['bunny', 'Bunny'];
const SNEAKERS = ['sneakers', 'Sneakers'];
const KAFKA = ['kafka', 'Kafka', 'rdkafka', 'Rdkafka', 'karafka', 'Karafka', 'waterdrop', 'WaterDrop'];
const AWS = ['Aws'];
const REDIS = ['redis', 'Redis'];

/** The service a generated gRPC stub or service class names: `Hipstershop::CartService::Stub` → `CartService`. */
function serviceBefore(last: string): (site: CallSite) => string | undefined {
  return (site) => {
    const segments = site.callee.split('.');
    return segments.length >= 2 && segments[segments.length - 1] === last ? segments[segments.length - 2] : undefined;
  };
}

/** Whether the argument at a position is a symbol or string spelling one of the words (`delivery_method :smtp`). */
function argumentIs(position: number, words: RegExp): (site: CallSite, tools: SiteTools) => false | undefined {
  return (site, tools) => {
    const value = tools.value(site, position);
    return value.kind === 'literal' && words.test(value.text) ? undefined : false;
  };
}

/** Whether a call is given a block (Karafka's `topic :orders do consumer OrdersConsumer end`). */
const withBlock = (site: CallSite): false | undefined => (site.node.childForFieldName('block') ? undefined : false);

/** The signatures of the Ruby family, in the order they are tried. */
export const RUBY_SIGNATURES: readonly Signature[] = [
  // HTTP: Net::HTTP
  calls('rest', ['Net.HTTP.get', 'Net.HTTP.get_response', 'Net.HTTP.get_print', 'Net.HTTP.post', 'Net.HTTP.post_form', 'Net.HTTP.put', 'Net.HTTP.patch'], { target: [0], port: [2], bareHost: true }),
  calls('rest', ['new Net.HTTP', 'Net.HTTP.start'], { target: [0, 'address'], port: [1, 'port'], bareHost: true, knownOnly: true }),
  calls('rest', ['new Net.HTTP.Get', 'new Net.HTTP.Post', 'new Net.HTTP.Put', 'new Net.HTTP.Patch', 'new Net.HTTP.Delete', 'new Net.HTTP.Head'], { target: [0], knownOnly: true }),
  // Faraday, HTTParty, RestClient, Excon, Typhoeus, http.rb, open-uri: module calls take the URL,
  // a connection's methods only an absolute one (the base address is reported at the construction).
  calls('rest', ['new Faraday'], { target: ['url', 0], knownOnly: true }),
  calls('rest', verbs(['Faraday']), { target: [0], knownOnly: true }),
  calls('rest', verbs(['HTTParty'], ['get_response']), { target: [0], knownOnly: true }),
  // A class including HTTParty: `base_uri 'http://users:3000'` (its `get('/users')` calls are relative).
  calls('rest', ['base_uri'], { imports: ['HTTParty', 'httparty'], target: [0], knownOnly: true, bareHost: true }),
  calls('rest', verbs(['RestClient']), { target: [0], knownOnly: true }),
  calls('rest', ['RestClient.Request.execute'], { target: ['url'], knownOnly: true }),
  calls('rest', ['new RestClient.Resource'], { target: [0], knownOnly: true }),
  calls('rest', ['new Excon', ...verbs(['Excon'])], { target: [0], knownOnly: true }),
  calls('rest', ['new Typhoeus.Request', ...verbs(['Typhoeus'])], { target: [0], knownOnly: true }),
  calls('rest', verbs(['HTTP']), { target: [0], knownOnly: true }),
  calls('rest', ['URI.open'], { target: [0], knownOnly: true }),
  // GraphQL
  calls('graphql', ['new Graphlient.Client', 'new GraphQL.Client.HTTP'], { target: [0, 'url'], technology: 'GraphQL' }),
  // gRPC: generated `Hipstershop::CartService::Stub.new(addr, :this_channel_is_insecure)`; services
  calls('grpc', ['new *.Stub'], { target: [0], service: serviceBefore('Stub') }),
  provides(['extends *.Service'], serviceBefore('Service'), { imports: ['grpc', 'GRPC'] }),
  // AWS SDK (before Bunny's `publish`: SNS names its topic ARN)
  produces('Amazon SQS', ['*.send_message', '*.send_message_batch'], { imports: AWS, requires: ['queue_url'], target: ['queue_url'], channel: ['queue_url'] }),
  consumes('Amazon SQS', ['*.receive_message'], { imports: AWS, requires: ['queue_url'], target: ['queue_url'], channel: ['queue_url'] }),
  consumes('Amazon SQS', ['new Aws.SQS.QueuePoller'], { target: [0, 'queue_url'], channel: [0, 'queue_url'] }),
  produces('Amazon SNS', ['*.publish'], { imports: AWS, requires: ['topic_arn', 'target_arn'], target: ['topic_arn', 'target_arn'], channel: ['topic_arn', 'target_arn'] }),
  produces('Amazon EventBridge', ['*.put_events'], { imports: AWS, requires: ['entries'], target: ['entries.event_bus_name'], channel: ['entries.event_bus_name'] }),
  uses('file-transfer', 'Amazon S3', ['*.put_object', '*.get_object', '*.delete_object', '*.head_object', '*.copy_object', '*.list_objects', '*.list_objects_v2', '*.upload_file', '*.download_file', '*.put', '*.get', '*.presigned_url', '*.objects'], {
    imports: AWS,
    requires: ['bucket'],
    channel: ['bucket'],
  }),
  uses('file-transfer', 'Amazon S3', ['new Aws.S3.Bucket'], { channel: [0, 'name'] }),
  // RabbitMQ: Bunny publishes to the exchange it is called on (or the routing key on the default
  // exchange); a queue's `publish` goes to the default exchange with the queue's name.
  endpoint('messaging', 'RabbitMQ', ['new Bunny'], { target: [0, 'host', 'hostname', 'addresses', 'hosts'], port: ['port'], bareHost: true, key: 'RABBITMQ_URL' }),
  produces('RabbitMQ', ['*.publish'], { imports: BUNNY, channel: ['fanout', 'topic', 'direct', 'headers', 'exchange', 'queue', 'routing_key'] }),
  consumes('RabbitMQ', ['*.subscribe'], { imports: BUNNY, channel: ['queue'] }),
  consumes('RabbitMQ', ['*.pop'], { imports: BUNNY, requires: ['queue'], channel: ['queue'] }),
  // Sneakers workers: `from_queue 'orders'` in a class including Sneakers::Worker.
  endpoint('messaging', 'RabbitMQ', ['Sneakers.configure'], { target: ['amqp'] }),
  consumes('RabbitMQ', ['from_queue'], { imports: SNEAKERS, channel: [0] }),
  produces('RabbitMQ', ['*.publish'], { imports: SNEAKERS, channel: ['to_queue', 'routing_key'] }),
  // Kafka: ruby-kafka, rdkafka, Karafka / WaterDrop
  endpoint('messaging', 'Kafka', ['new Kafka'], { target: [0, 'seed_brokers'] }),
  endpoint('messaging', 'Kafka', ['new Rdkafka.Config', 'set *.kafka'], { imports: KAFKA, target: ['bootstrap.servers'] }),
  produces('Kafka', ['*.deliver_message', '*.produce', '*.produce_async', '*.produce_sync', '*.produce_many_async', '*.produce_many_sync'], { imports: KAFKA, requires: ['topic'], channel: ['topic'] }),
  consumes('Kafka', ['*.subscribe'], { imports: KAFKA, channel: [0] }),
  consumes('Kafka', ['*.each_message', '*.each_batch'], { imports: KAFKA, requires: ['topic'], channel: ['topic'] }),
  consumes('Kafka', ['topic'], { imports: ['Karafka', 'karafka'], channel: [0], refine: withBlock }),
  // Sidekiq is messaging through Redis: enqueuing (`perform_async`, `perform_later`, `deliver_later`)
  // produces and a `sidekiq` process consumes (rails-roles.ts, core/discovery/shared-codebase.ts);
  // its `config.redis = { url: … }` names that Redis, no use of it as a datastore.
  uses('database', 'Redis', ['set Resque.redis'], { target: [0], bareHost: true }),
  // Redis pub/sub: `redis.publish(channel, message)` on a client the file makes.
  produces('Redis', ['*.publish'], { imports: REDIS, channel: [0] }),
  consumes('Redis', ['*.subscribe', '*.psubscribe'], { imports: REDIS, channel: [0] }),
  // Databases
  uses('database', 'Redis', ['new Redis'], { target: ['url', 'host', 'path'], port: ['port'], bareHost: true, key: 'REDIS_URL' }),
  uses('database', 'PostgreSQL', ['PG.connect', 'PG.Connection.open', 'PG.Connection.connect', 'new PG.Connection'], { target: [0, 'host', 'hostaddr'], port: ['port'], bareHost: true }),
  uses('database', 'MySQL', ['new Mysql2.Client'], { target: ['host', 'url'], port: ['port'] }),
  uses('database', 'MongoDB', ['new Mongo.Client'], { target: [0] }),
  uses('database', undefined, ['Sequel.connect'], { target: [0, 'host'], port: ['port'], dialect: ['adapter'], knownOnly: true }),
  uses('database', 'PostgreSQL', ['Sequel.postgres'], { target: [0, 'host'], port: ['port'], knownOnly: true }),
  uses('database', 'MySQL', ['Sequel.mysql2', 'Sequel.mysql'], { target: [0, 'host'], port: ['port'], knownOnly: true }),
  uses('database', undefined, ['establish_connection', '*.establish_connection'], { target: [0, 'url', 'host'], port: ['port'], dialect: ['adapter'], knownOnly: true }),
  uses('database', 'Elasticsearch', ['new Elasticsearch.Client', 'new OpenSearch.Client'], { target: ['url', 'host', 'hosts'], knownOnly: true }),
  uses('database', 'Memcached', ['new Dalli.Client'], { target: [0], bareHost: true }),
  // Rails' cache: `config.cache_store = :redis_cache_store, { url: … }` (or `:mem_cache_store, servers`),
  // a datastore apart from the Redis Sidekiq queues on, even where both are one server.
  uses('database', 'Redis', ['set *.cache_store'], { target: ['url', 1], bareHost: true, knownOnly: true, refine: argumentIs(0, /^redis_cache_store$/) }),
  uses('database', 'Memcached', ['set *.cache_store'], { target: [1], bareHost: true, knownOnly: true, refine: argumentIs(0, /^mem_cache_store$/) }),
  // Elasticsearch through chewy (`Chewy.settings = { host: ENV['ES_HOST'] }`) and searchkick.
  uses('database', 'Elasticsearch', ['set Chewy.settings'], { target: ['host', 'hosts', 'url'], port: ['port'], bareHost: true, knownOnly: true }),
  uses('database', 'Elasticsearch', ['set Searchkick.client_options'], { target: ['url', 'host', 'hosts'], knownOnly: true }),
  // Object storage of uploads: Paperclip's S3 storage (`default_options.merge!(storage: :s3, s3_options: { endpoint: … })`),
  // Shrine's S3 storage, CarrierWave's fog credentials.
  uses('file-transfer', 'Amazon S3', ['Paperclip.Attachment.default_options.merge!', 'Paperclip.Attachment.default_options.update'], {
    target: ['s3_options.endpoint', 's3_host_name'],
    channel: ['s3_credentials.bucket', 'bucket'],
    refine: (site, tools) => {
      const storage = tools.value(site, 'storage');
      return storage.kind === 'literal' && /^(?:s3|fog)$/.test(storage.text) ? undefined : false;
    },
  }),
  uses('file-transfer', 'Amazon S3', ['new Shrine.Storage.S3'], { target: ['endpoint'], channel: ['bucket'] }),
  uses('file-transfer', 'Amazon S3', ['set *.fog_credentials'], { imports: ['CarrierWave', 'carrierwave'], target: ['endpoint', 'host'] }),
  // E-mail: Mail's `delivery_method :smtp, address: …`, ActionMailer's `smtp_settings`, Net::SMTP
  // Mail's `delivery_method :smtp, address: …` names its server even when the address is an admin's
  // setting read at run time (`address: smtp["host"]`): mail is sent, to a server not known here.
  uses('email', 'SMTP', ['delivery_method', '*.delivery_method'], { target: ['address'], port: ['port'], bareHost: true, requires: ['address'], refine: argumentIs(0, /^smtp$/) }),
  uses('email', 'SMTP', ['set *.smtp_settings'], { target: ['address'], port: ['port'], bareHost: true, knownOnly: true }),
  uses('email', 'SMTP', ['Net.SMTP.start', 'new Net.SMTP'], { target: [0], port: [1], bareHost: true }),
  // Fetching mail: a mailbox read over IMAP (`Net::IMAP.new(host, port: 993, ssl: true)`), its host often an admin's setting.
  uses('email', 'IMAP', ['new Net.IMAP'], { target: [0, 'host'], port: ['port', 1], bareHost: true }),
  // SaaS vendors' SDKs
  vendor('Stripe', ['set Stripe.api_key', 'Stripe.*.create', 'Stripe.*.retrieve', 'Stripe.*.list', 'new Stripe.StripeClient']),
  vendor('Twilio', ['new Twilio.REST.Client']),
  vendor('OpenAI', ['new OpenAI.Client']),
  vendor('SendGrid', ['new SendGrid.API']),
  vendor('GoCardless', ['new GoCardlessPro.Client']),
  vendor('Adyen', ['new Adyen.Client']),
  vendor('Braintree', ['new Braintree.Gateway']),
  vendor('Postmark', ['new Postmark.ApiClient']),
  vendor('Mailgun', ['new Mailgun.Client']),
  // resend-ruby (`Resend.api_key = …`, `Resend::Emails.send(params)`), mailjet's `Mailjet.configure`, and
  // SparkPost, Brevo (formerly SibApiV3Sdk) and the AWS SDK's SES clients.
  vendor('Resend', ['set Resend.api_key', 'Resend.Emails.send']),
  vendor('Mailjet', ['Mailjet.configure']),
  vendor('SparkPost', ['new SparkPost.Client']),
  vendor('Brevo', ['new Brevo.TransactionalEmailsApi', 'new SibApiV3Sdk.TransactionalEmailsApi']),
  vendor('Amazon SES', ['new Aws.SES.Client', 'new Aws.SESV2.Client']),
  vendor('Slack', ['new Slack.Web.Client']),
  vendor('GitHub', ['new Octokit.Client']),
];

/** The Ruby family's table. */
export const RUBY_TABLE: FamilyTable = {
  signatures: RUBY_SIGNATURES,
  // Whole names and name prefixes (see prefilter.ts); gem names as required and constants as written.
  triggers: triggerPattern({
    prefixes: ['faraday', 'httparty', 'rest_client', 'restclient', 'excon', 'typhoeus', 'graphlient', 'grpc', 'bunny', 'sneakers', 'kafka', 'rdkafka', 'karafka', 'waterdrop', 'sidekiq', 'resque', 'redis', 'mysql', 'mongo', 'sequel', 'establish_connection', 'elasticsearch', 'opensearch', 'dalli', 'chewy', 'searchkick', 'paperclip', 'shrine', 'carrierwave', 'smtp', 'imap', 'stripe', 'twilio', 'openai', 'sendgrid', 'cache_store', 'gocardless', 'adyen', 'braintree', 'postmark', 'mailgun', 'resend', 'mailjet', 'sparkpost', 'brevo', 'sibapiv3sdk', 'slack', 'octokit'],
    words: ['Aws', 'PG', 'HTTP', 'URI', 'Chewy', 'Searchkick', 'Paperclip', 'Shrine', 'CarrierWave'],
    patterns: [
      // generated gRPC stubs and services
      '::Stub\\b',
      '_services_pb\\b',
      // enqueued jobs (rails-roles.ts)
      '\\b(?:perform_(?:async|in|at|bulk|later)|deliver_later)\\b',
      // an app's enqueue facade, MessageBus and OmniAuth (rails-queues.ts)
      '\\.enqueue(?:_in|_at)?\\b',
      '\\bMessageBus\\b',
      '\\bOmniAuth::Builder\\b',
      '\\.omniauth\\b',
      '\\bomniauth\\.provider\\b',
      // an env read (a constant other files read may be set from one)
      '\\bENV(?:\\[|\\.fetch\\b)',
    ],
  }),
  values: {
    env: [{ call: ['ENV.fetch'] }],
    carriers: [
      { call: ['URI', 'URI.parse', 'URI.join', 'Kernel.URI', 'Addressable.URI.parse'], arg: 0 },
      // Methods that tidy an address without changing whom it names (`base.chomp('/')`, `uri.host`).
      { call: ['*.freeze', '*.to_s', '*.to_str', '*.strip', '*.chomp', '*.dup', '*.split', '*.host'], arg: 'receiver' },
    ],
    format: ['format', 'sprintf', 'Kernel.format'],
  },
};
