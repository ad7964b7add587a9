import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { languageOf } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, LITERAL, bindingsOf, code, grpc, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { rubyCodeSource } from './ruby-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'Net::HTTP: get of a URI built from a method, start on a parsed URI’s host and port, new(host, port), a request object',
    path: 'app/clients.rb',
    text: code`
      require 'net/http'
      INVENTORY_URL = ENV.fetch('INVENTORY_URL') { 'http://inventory:4567' }
      def pricing_base
        "http://#{ENV['PRICING_HOST']}:9080"
      end
      uri = URI.parse("#{INVENTORY_URL}/stock")
      Net::HTTP.start(uri.host, uri.port) do |http|
        http.request(Net::HTTP::Get.new(uri))
      end
      Net::HTTP.get(URI("#{pricing_base}/prices"))
      billing = Net::HTTP.new('billing', 8081)`,
    facts: [http(7, { key: 'INVENTORY_URL' }), http(8, { key: 'INVENTORY_URL' }), http(10, { key: 'PRICING_HOST' }), http(11, { host: 'billing', port: 8081 })],
  },
  {
    name: 'HTTParty: base_uri of a class including it (its relative gets add nothing), a module call with a format',
    path: 'app/users_client.rb',
    text: code`
      class UsersClient
        include HTTParty
        base_uri ENV.fetch('USERS_API', 'http://users:3000')
        def find(id)
          self.class.get("/users/#{id}")
        end
      end
      HTTParty.get(format('http://%s:%d/geo', 'geo', 7000))`,
    facts: [http(3, { key: 'USERS_API' }), http(8, { host: 'geo', port: 7000, url: 'http://geo:7000/geo' })],
  },
  {
    name: 'Faraday connection with a block (its relative get adds nothing), RestClient to a public host, Excon with an interpolated env read',
    path: 'app/partners.rb',
    text: code`
      conn = Faraday.new(url: ENV['SHIPPING_URL']) do |f|
        f.request :json
      end
      conn.get('/rates')
      RestClient.post('https://api.partner.example.com/v1/notify', payload)
      Excon.get("http://#{ENV.fetch('CATALOG_HOST', 'catalog')}:8080/items")`,
    facts: [http(1, { key: 'SHIPPING_URL' }), http(5, { host: 'api.partner.example.com', url: 'https://api.partner.example.com/v1/notify' }), http(6, { key: 'CATALOG_HOST' })],
  },
  {
    name: 'a gRPC stub on an interpolated env read; a service implementing the generated base class',
    path: 'lib/checkout.rb',
    text: code`
      require 'grpc'
      require_relative 'demo_services_pb'
      cart = Hipstershop::CartService::Stub.new("#{ENV['CART_HOST']}:7070", :this_channel_is_insecure)
      class CheckoutServer < Hipstershop::CheckoutService::Service
        def place_order(req, _call); end
      end`,
    // lib/ runs where the Rails code naming it runs: left unmarked for core/discovery/rails-reach.ts.
    facts: [grpc(3, 'CartService', { key: 'CART_HOST' }), { provides: 'CheckoutService', protocol: 'grpc', names: ['CheckoutService'], line: 4 }],
  },
  {
    name: 'datastores: Redis.new(url:), PG.connect(host:), Mysql2, Mongo with a host list, Sequel on DATABASE_URL, ActiveRecord establish_connection',
    path: 'app/stores.rb',
    text: code`
      $redis = Redis.new(url: ENV.fetch('REDIS_URL', 'redis://cache:6379/0'))
      pg = PG.connect(host: 'orders-db', port: 5432, dbname: 'orders')
      my = Mysql2::Client.new(host: ENV['MYSQL_HOST'], username: 'app')
      mongo = Mongo::Client.new(['mongo:27017'], database: 'catalog')
      DB = Sequel.connect(ENV.fetch('DATABASE_URL'))
      ActiveRecord::Base.establish_connection(adapter: 'postgresql', host: ENV['DB_HOST'], database: 'x')
      ActiveRecord::Base.establish_connection(:production)`,
    facts: [
      store('database', 'Redis', { key: 'REDIS_URL' }, 1),
      store('database', 'PostgreSQL', { host: 'orders-db', port: 5432 }, 2),
      store('database', 'MySQL', { key: 'MYSQL_HOST' }, 3),
      store('database', 'MongoDB', { host: 'mongo', port: 27017 }, 4),
      { role: 'uses', mechanism: 'database', target: { key: 'DATABASE_URL' }, targetKind: 'database', line: 5, confidence: LITERAL },
      store('database', 'PostgreSQL', { key: 'DB_HOST' }, 6),
    ],
  },
  {
    name: 'Bunny: a queue’s publish (default exchange), a fanout exchange, the default exchange by routing key, a queue subscription',
    path: 'app/events.rb',
    text: code`
      AMQP_URL = ENV.fetch('AMQP_URL', 'amqp://guest:guest@localhost:5672')
      conn = Bunny.new(AMQP_URL)
      conn.start
      ch = conn.create_channel
      queue = ch.queue('orders.created', durable: true)
      queue.publish({ id: 1 }.to_json, persistent: true)
      events = ch.fanout('order-events')
      events.publish('x', routing_key: 'ignored')
      ch.default_exchange.publish('y', routing_key: 'audit')
      ch.queue('payments').subscribe(manual_ack: true) do |delivery, props, body|
        puts body
      end`,
    facts: [
      message('produces', 'RabbitMQ', 'orders.created', { key: 'AMQP_URL' }, 6),
      message('produces', 'RabbitMQ', 'order-events', { key: 'AMQP_URL' }, 8),
      message('produces', 'RabbitMQ', 'audit', { key: 'AMQP_URL' }, 9),
      message('consumes', 'RabbitMQ', 'payments', { key: 'AMQP_URL' }, 10),
    ],
  },
  {
    name: 'Bunny.new with no arguments reads RABBITMQ_URL; a Sneakers worker consumes its from_queue',
    path: 'app/workers/mailer_worker.rb',
    text: code`
      class MailerWorker
        include Sneakers::Worker
        from_queue 'mails', ack: true
        def work(msg)
          conn = Bunny.new
          conn.start
          conn.create_channel.queue('mail-sent').publish(msg)
          ack!
        end
      end`,
    facts: [message('consumes', 'RabbitMQ', 'mails', { key: 'RABBITMQ_URL' }, 3), message('produces', 'RabbitMQ', 'mail-sent', { key: 'RABBITMQ_URL' }, 7)],
  },
  {
    name: 'ruby-kafka and rdkafka: deliver_message, a producer’s produce, a consumer subscribe; brokers from a split env read',
    path: 'app/stream.rb',
    text: code`
      kafka = Kafka.new(ENV.fetch('KAFKA_BROKERS', 'kafka:9092').split(','), client_id: 'shop')
      kafka.deliver_message('hi', topic: 'greetings')
      producer = kafka.producer
      producer.produce('m', topic: 'orders')
      consumer = kafka.consumer(group_id: 'g')
      consumer.subscribe('payments')`,
    facts: [
      message('produces', 'Kafka', 'greetings', { key: 'KAFKA_BROKERS' }, 2),
      message('produces', 'Kafka', 'orders', { key: 'KAFKA_BROKERS' }, 4),
      message('consumes', 'Kafka', 'payments', { key: 'KAFKA_BROKERS' }, 6),
    ],
  },
  {
    name: 'Karafka: bootstrap servers set in setup, a routed topic consumed, WaterDrop produce_async',
    path: 'karafka.rb',
    text: code`
      class KarafkaApp < Karafka::App
        setup do |config|
          config.kafka = { 'bootstrap.servers': ENV.fetch('KAFKA_BOOTSTRAP', 'kafka:9092') }
        end
        routes.draw do
          topic :shipments do
            consumer ShipmentsConsumer
          end
        end
      end
      Karafka.producer.produce_async(topic: 'shipment-events', payload: '{}')`,
    facts: [message('consumes', 'Kafka', 'shipments', { key: 'KAFKA_BOOTSTRAP' }, 6), message('produces', 'Kafka', 'shipment-events', { key: 'KAFKA_BOOTSTRAP' }, 11)],
  },
  {
    name: 'Sidekiq: config.redis in configure_server, a job class on the default REDIS_URL',
    path: 'config/initializers/sidekiq.rb',
    text: code`
      Sidekiq.configure_server do |config|
        config.redis = { url: ENV.fetch('SIDEKIQ_REDIS_URL', 'redis://jobs-redis:6379/0') }
      end
      class HardJob
        include Sidekiq::Job
      end`,
    // Sidekiq is messaging through Redis: its configured Redis is no datastore use, a job class no connection.
    facts: [],
  },
  {
    name: 'Sidekiq and ActiveJob: enqueuing produces to Sidekiq (the job class the channel, mailers for deliver_later)',
    path: 'app/controllers/posts_controller.rb',
    text: code`
      class PostsController < ApplicationController
        def create
          DistributionWorker.perform_async(1)
          DigestWorker.set(queue: 'low').perform_in(600, 1)
          ReindexJob.perform_later(1)
          AccountMailer.welcome(1).deliver_later
        end
      end`,
    facts: [
      message('produces', 'Sidekiq', 'DistributionWorker', {}, 3),
      message('produces', 'Sidekiq', 'DigestWorker', {}, 4),
      message('produces', 'Sidekiq', 'ReindexJob', {}, 5),
      message('produces', 'Sidekiq', 'mailers', {}, 6),
    ],
  },
  {
    name: 'Redis pub/sub on a client used for nothing else: a producer, no datastore use',
    path: 'app/controllers/timeline.rb',
    text: code`
      redis = Redis.new(url: ENV['REDIS_URL'])
      redis.publish('timeline:public', '{}')`,
    facts: [{ ...message('produces', 'Redis', 'timeline:public', {}, 2) }],
  },
  {
    name: 'initializers switched by the environment: Paperclip S3 under if ENV == "true", chewy with enabled:, a Faraday under present?',
    path: 'config/initializers/storage.rb',
    text: code`
      enabled = ENV['ES_ENABLED'] == 'true'
      if ENV['S3_ENABLED'] == 'true'
        Paperclip::Attachment.default_options.merge!(storage: :s3, s3_credentials: { bucket: ENV['S3_BUCKET'] }, s3_options: { endpoint: ENV['S3_ENDPOINT'] })
      end
      Chewy.settings = { host: ENV['ES_HOST'], enabled: enabled }
      Legacy = Faraday.new(url: ENV['LEGACY_URL']) if ENV['LEGACY_URL'].present?`,
    facts: [
      store('file-transfer', 'Amazon S3', { key: 'S3_ENDPOINT' }, 3, '$ref:S3_BUCKET'),
      store('database', 'Elasticsearch', { key: 'ES_HOST' }, 5),
      http(6, { key: 'LEGACY_URL' }),
    ],
  },
  {
    name: 'AWS SDK: SQS send on an env read and on a queue URL, S3 resource and client, SNS by topic ARN',
    path: 'app/aws.rb',
    text: code`
      sqs = Aws::SQS::Client.new(region: 'eu-west-1')
      sqs.send_message(queue_url: ENV['QUEUE_URL'], message_body: 'x')
      sqs.receive_message(queue_url: 'https://sqs.eu-west-1.amazonaws.com/123/invoices')
      s3 = Aws::S3::Resource.new
      s3.bucket('receipts').object('k').put(body: 'x')
      Aws::S3::Client.new.put_object(bucket: 'thumbs', key: 'k', body: 'b')
      Aws::SNS::Client.new.publish(topic_arn: 'arn:aws:sns:eu-west-1:1:order-events', message: 'x')`,
    facts: [
      message('produces', 'Amazon SQS', undefined, { key: 'QUEUE_URL' }, 2),
      message('consumes', 'Amazon SQS', 'invoices', { host: 'sqs.eu-west-1.amazonaws.com', url: 'https://sqs.eu-west-1.amazonaws.com/123/invoices' }, 3),
      store('file-transfer', 'Amazon S3', {}, 5, 'receipts'),
      store('file-transfer', 'Amazon S3', {}, 6, 'thumbs'),
      message('produces', 'Amazon SNS', 'order-events', {}, 7),
    ],
  },
  {
    name: 'SMTP through Mail.defaults; a commented-out client and a method of an unrelated object say nothing',
    path: 'app/mail.rb',
    text: code`
      Mail.defaults do
        delivery_method :smtp, address: 'smtp.mailgun.org', port: 587
      end
      # HTTParty.get('http://legacy-crm:8080/contacts')
      cart.publish('x')`,
    facts: [store('email', 'SMTP', { host: 'smtp.mailgun.org', port: 587 }, 2)],
  },
  {
    name: 'mail servers from an admin\'s settings: Mail.defaults with a runtime address, Net::IMAP.new; `delivery_method :smtp` alone says nothing',
    path: 'app/channels/mail.rb',
    text: code`
      smtp = Setting.get("outbound_smtp")
      Mail.defaults do
        delivery_method :smtp, address: smtp["host"], port: 587
      end
      imap = Net::IMAP.new(@options["host"], port: 993, ssl: true)
      imap_default = Net::IMAP.new("imap.fastmail.com", port: 993, ssl: true)
      config.action_mailer.delivery_method = :smtp`,
    facts: [
      { ...store('email', 'SMTP', {}, 3), confidence: INFERRED },
      { ...store('email', 'IMAP', {}, 5), confidence: INFERRED },
      store('email', 'IMAP', { host: 'imap.fastmail.com', port: 993 }, 6),
    ],
  },
  {
    name: 'GraphQL over Net::HTTP: a frozen URL constant, an endpoint defaulting to a frozen constant (`.freeze`, `.chomp("/")` keep the text)',
    path: 'lib/integrations/gitlab_client.rb',
    text: code`
      class GitlabClient
        DEFAULT_ENDPOINT = "https://gitlab.com".freeze
        def initialize(token, endpoint: nil)
          @endpoint = endpoint.to_s.empty? ? DEFAULT_ENDPOINT : endpoint.chomp("/")
        end
        def query(document)
          uri = URI("#{@endpoint}/api/graphql")
          http = Net::HTTP.new(uri.host, uri.port)
        end
      end`,
    facts: [{ ...http(8, { host: 'gitlab.com', url: 'https://gitlab.com/api/graphql' }), mechanism: 'graphql', technology: 'GraphQL' }],
  },
  {
    name: 'env reads: ENV[] || default, a ternary, an accessor method and a keyword parameter default',
    path: 'app/settings.rb',
    text: code`
      class Notifier
        def initialize(url: ENV['NOTIFY_URL'])
          @url = url
        end
        def search_url
          ENV['SEARCH_URL'] || 'http://search:9200'
        end
        def deliver
          HTTParty.post(@url, body: '{}')
          HTTParty.get(search_url)
          RestClient.get(Rails.env.production? ? ENV['AUDIT_URL'] : 'http://audit:80')
        end
      end`,
    facts: [http(9, { key: 'NOTIFY_URL' }), http(10, { key: 'SEARCH_URL' }), http(11, { key: 'AUDIT_URL' })],
  },
  {
    name: 'Rails cache stores: Redis by its url, Memcached by its servers; an in-process store names nothing',
    path: 'boot/cache_config.rb',
    text: code`
      Rails.application.configure do
        config.cache_store = :redis_cache_store, { url: ENV['REDIS_CACHE_URL'], expires_in: 90.minutes }
        config.cache_store = :mem_cache_store, ENV.fetch('MEMCACHE_SERVERS', 'memcached:11211')
        config.cache_store = :memory_store, { size: 64.megabytes }
        config.cache_store = :redis_cache_store
      end`,
    facts: [store('database', 'Redis', { key: 'REDIS_CACHE_URL' }, 2), store('database', 'Memcached', { key: 'MEMCACHE_SERVERS' }, 3)],
  },
  {
    name: 'payment and SaaS SDK clients',
    path: 'app/payments.rb',
    text: code`
      GC = GoCardlessPro::Client.new(access_token: ENV['GOCARDLESS_TOKEN'], environment: :live)
      ADYEN = Adyen::Client.new(api_key: ENV['ADYEN_KEY'], env: :live)
      GATEWAY = Braintree::Gateway.new(environment: :production)
      Postmark::ApiClient.new(ENV['POSTMARK_TOKEN'])
      Mailgun::Client.new(ENV['MAILGUN_KEY'])
      Slack::Web::Client.new
      Octokit::Client.new(access_token: token)`,
    facts: ['GoCardless', 'Adyen', 'Braintree', 'Postmark', 'Mailgun', 'Slack', 'GitHub'].map((technology, index) => ({ role: 'calls', mechanism: technology === 'Postmark' || technology === 'Mailgun' ? 'email' : 'rest', technology, target: {}, targetKind: 'saas', line: index + 1, confidence: INFERRED }) as FactSummary),
  },
  {
    name: 'mail providers: Resend, Mailjet, SparkPost, Brevo and SES clients are e-mail to the vendor',
    path: 'app/mailers.rb',
    text: code`
      Resend.api_key = ENV['RESEND_API_KEY']
      Mailjet.configure { |config| config.api_key = ENV['MJ_KEY'] }
      SparkPost::Client.new(ENV['SPARKPOST_API_KEY'])
      Brevo::TransactionalEmailsApi.new
      Aws::SESV2::Client.new(region: 'eu-west-1')`,
    facts: ['Resend', 'Mailjet', 'SparkPost', 'Brevo', 'Amazon SES'].map((technology, index) => ({ role: 'calls', mechanism: 'email', technology, target: {}, targetKind: 'saas', line: index + 1, confidence: INFERRED }) as FactSummary),
  },
];

describe('Ruby code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(rubyCodeSource, path, text))).toEqual(facts);
  });

  it('reads .rb, config.ru and .rake files', () => {
    expect(['app.rb', 'config.ru', 'lib/tasks/sync.rake', 'Gemfile', 'app.erb'].map(languageOf)).toEqual(['ruby', 'ruby', 'ruby', undefined, undefined]);
  });

  it('shares a constant set from an env read, and reads one set in another file', async () => {
    const initializer = await readSnippet(rubyCodeSource, 'config/initializers/services.rb', "USERS_URL = ENV.fetch('USERS_URL', 'http://users:3000')\n");
    expect(bindingsOf(initializer)).toEqual({ 'code:USERS_URL': '$ref:USERS_URL', USERS_URL: 'http://users:3000' });
    const reader = await readSnippet(rubyCodeSource, 'app/services/users.rb', 'HTTParty.get("#{USERS_URL}/users")\n');
    // A service of app/ runs where the code naming it runs (core/discovery/rails-reach.ts): unmarked here.
    expect(summarise(reader)).toEqual([http(1, { key: 'code:USERS_URL' })]);
  });

  it('shares a custom Rails setting the application sets, not one a gem\'s configure block sets', async () => {
    const application = await readSnippet(
      rubyCodeSource,
      'config/application.rb',
      code`
        module Petrel
          class Application < Rails::Application
            config.peer_services = ENV.fetch('PEERS', '').split(',').map(&:strip).reject(&:empty?)
          end
        end
        Rails.application.configure do
          config.x.billing_url = ENV['BILLING_URL']
        end
        Sidekiq.configure_server do |config|
          config.redis_url = ENV['SIDEKIQ_REDIS']
        end
      `,
    );
    const shared = bindingsOf(application);
    expect(shared['code:Rails.configuration.peer_services']).toBe('$ref:PEERS');
    expect(shared['code:Rails.configuration.billing_url']).toBe('$ref:BILLING_URL');
    expect(Object.keys(shared).filter((key) => key.includes('redis_url'))).toEqual([]);
    const reader = await readSnippet(rubyCodeSource, 'app/services/billing.rb', 'HTTParty.get("#{Rails.application.config.x.billing_url}/invoices")\n');
    expect(summarise(reader)).toEqual([http(1, { key: 'code:Rails.configuration.billing_url' })]);
  });

  it('applies a user rule for Ruby', async () => {
    const text = "AcmeBus.emit('orders.placed', payload)\n";
    const facts = await readSnippet(rubyCodeSource, 'app/bus.rb', text, [{ id: 'acme-bus', language: 'ruby', call: 'AcmeBus.emit', role: 'produces', mechanism: 'messaging' }]);
    expect(summarise(facts)).toEqual([
      { role: 'produces', mechanism: 'messaging', technology: 'rule:acme-bus', channel: 'orders.placed', target: {}, targetKind: 'message-broker', line: 1, confidence: LITERAL },
    ]);
  });

  it('reports a client whose target cannot be followed as inferred', async () => {
    const facts = await readSnippet(rubyCodeSource, 'app/x.rb', 'Net::HTTP.get(URI(url))\n');
    expect(summarise(facts)).toEqual([http(1, {}, { confidence: INFERRED })]);
  });

  // A Rails app's autoloaded files are parsed for their constants (rails-roles.ts railsNames), trigger words or not.
  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'billing/order.rb', text: 'class Order < ApplicationRecord\n  has_many :items\nend\n' };
    const parse = vi.fn();
    expect(await rubyCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(rubyCodeSource, 'app/broken.rb', "def f(\n  HTTParty.get('http://a:1/'\n")).resolves.toBeInstanceOf(Array);
  });

  it('never lets a literal password through', async () => {
    const text = "conn = PG.connect('postgres://app:CanaryS3cret-4411@orders-db:5432/orders')\nMysql2::Client.new(host: 'mysql', password: 'CanaryS3cret-4412')\n";
    const facts = await readSnippet(rubyCodeSource, 'app/secret.rb', text);
    expect(summarise(facts)).toEqual([
      store('database', 'PostgreSQL', { host: 'orders-db', port: 5432, url: 'postgres://app:***@orders-db:5432/orders' }, 1),
      store('database', 'MySQL', { host: 'mysql' }, 2),
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/CanaryS3cret/);
  });
});
