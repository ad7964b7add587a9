import { describe, expect, it, vi } from 'vitest';
import type { SourceFile } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { INFERRED, LITERAL, code, http, message, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'requests with an f-string on a module constant, a session on an env var',
    path: 'app/clients.py',
    text: code`
      import os
      import requests
      INVENTORY = "http://inventory:8000"
      def stock(sku):
          return requests.get(f"{INVENTORY}/items/{sku}", timeout=3)
      with requests.Session() as session:
          session.post(os.environ["PAYMENT_URL"] + "/charge", json=body)`,
    facts: [http(5, { host: 'inventory', port: 8000, url: 'http://inventory:8000/items/' }), http(7, { key: 'PAYMENT_URL' })],
  },
  {
    name: 'an HTTP verb imported by name is that library\'s; a function of the same name defined in the file is not',
    path: 'app/verbs.py',
    text: code`
      from httpx import post, get
      def fetch():
          get("http://catalog:8000/items")
          post("http://orders:8000/orders", json={})`,
    facts: [http(3, { host: 'catalog', port: 8000, url: 'http://catalog:8000/items' }), http(4, { host: 'orders', port: 8000, url: 'http://orders:8000/orders' })],
  },
  {
    name: 'a module of its own that defines post() and get() calls no HTTP library',
    path: 'app/board.py',
    text: code`
      def post(url, body):
          queue.append((url, body))
      def get(url):
          return cache[url]
      post("http://catalog:8000/items", {})
      get("http://orders:8000/orders")`,
    facts: [],
  },
  {
    name: 'a Locust HttpUser whose host class attribute is built from an env var; a user class without host says nothing',
    path: 'loadgenerator/locustfile.py',
    text: code`
      import os
      from locust import HttpUser, FastHttpUser, task
      class WebsiteUser(HttpUser):
          host = "http://" + os.getenv("FRONTEND_ADDR", "localhost:8080")
          @task
          def index(self):
              self.client.get("/")
      class ApiUser(FastHttpUser):
          wait_time = 1`,
    facts: [http(3, { key: 'FRONTEND_ADDR' })],
  },
  {
    name: 'aiohttp session whose URL host is an env var; a relative URL on a session is skipped',
    path: 'app/stock.py',
    text: code`
      import os, aiohttp
      async def levels():
          async with aiohttp.ClientSession() as session:
              await session.get(f"http://{os.environ['STOCK_HOST']}:8080/levels")
              await session.get(path)`,
    facts: [http(4, { key: 'STOCK_HOST' })],
  },
  {
    name: 'httpx client with a base URL (GraphQL endpoint), zeep SOAP client',
    path: 'app/partners.py',
    text: code`
      import httpx
      import zeep
      client = httpx.AsyncClient(base_url="https://api.partner.example.io/graphql")
      await client.post("/", json={"query": q})
      soap = zeep.Client(os.getenv("TAX_WSDL"))`,
    facts: [
      http(3, { host: 'api.partner.example.io', url: 'https://api.partner.example.io/graphql' }, { mechanism: 'graphql', technology: 'GraphQL' }),
      { role: 'calls', mechanism: 'soap', technology: 'SOAP', target: { key: 'TAX_WSDL' }, line: 5, confidence: LITERAL },
    ],
  },
  {
    name: 'gRPC as in Online Boutique: stub on a channel on an env var; servicer registered',
    path: 'recommendationservice/recommendation_server.py',
    text: code`
      import os
      import grpc
      import demo_pb2_grpc
      class RecommendationService(demo_pb2_grpc.RecommendationServiceServicer):
          pass
      if __name__ == "__main__":
          catalog_addr = os.environ.get('PRODUCT_CATALOG_SERVICE_ADDR', '')
          channel = grpc.insecure_channel(catalog_addr)
          product_catalog_stub = demo_pb2_grpc.ProductCatalogServiceStub(channel)
          demo_pb2_grpc.add_RecommendationServiceServicer_to_server(service, server)
          health_pb2_grpc.add_HealthServicer_to_server(service, server)`,
    facts: [
      { role: 'calls', mechanism: 'grpc', technology: 'gRPC', channel: 'ProductCatalogService', target: { key: 'PRODUCT_CATALOG_SERVICE_ADDR' }, line: 9, confidence: LITERAL },
      { provides: 'RecommendationService', protocol: 'grpc', names: ['RecommendationService'], line: 4 },
    ],
  },
  {
    name: 'Kafka with confluent-kafka and kafka-python',
    path: 'app/events.py',
    text: code`
      from confluent_kafka import Producer, Consumer
      from kafka import KafkaConsumer
      producer = Producer({'bootstrap.servers': os.environ['KAFKA_BOOTSTRAP']})
      producer.produce('orders', value=payload)
      consumer = Consumer({'bootstrap.servers': 'kafka:9092', 'group.id': 'g'})
      consumer.subscribe(['payments', 'refunds'])
      legacy = KafkaConsumer('audit', bootstrap_servers='legacy-kafka:9092')`,
    facts: [
      message('produces', 'Kafka', 'orders', { key: 'KAFKA_BOOTSTRAP' }, 4),
      message('consumes', 'Kafka', 'payments', { key: 'KAFKA_BOOTSTRAP' }, 6),
      message('consumes', 'Kafka', 'refunds', { key: 'KAFKA_BOOTSTRAP' }, 6),
      message('consumes', 'Kafka', 'audit', { host: 'legacy-kafka', port: 9092 }, 7),
    ],
  },
  {
    name: 'RabbitMQ with pika, MQTT with paho',
    path: 'app/queues.py',
    text: code`
      import pika
      import paho.mqtt.client as mqtt
      connection = pika.BlockingConnection(pika.ConnectionParameters(host='rabbitmq'))
      channel = connection.channel()
      channel.basic_publish(exchange='', routing_key='tasks', body=body)
      channel.basic_consume(queue='results', on_message_callback=on_result)
      client = mqtt.Client()
      client.connect("broker.hivemq.com", 1883)
      client.publish("home/door", "open")`,
    facts: [
      message('produces', 'RabbitMQ', 'tasks', { host: 'rabbitmq' }, 5),
      message('consumes', 'RabbitMQ', 'results', { host: 'rabbitmq' }, 6),
      message('produces', 'MQTT', 'home/door', { host: 'broker.hivemq.com', port: 1883 }, 9),
    ],
  },
  {
    name: 'Azure Service Bus and AWS SQS/SNS',
    path: 'app/cloud_messaging.py',
    text: code`
      import boto3
      from azure.servicebus import ServiceBusClient
      sb = ServiceBusClient.from_connection_string(conn_str=os.environ["SB_CONN"])
      sender = sb.get_queue_sender(queue_name="invoices")
      receiver = sb.get_subscription_receiver(topic_name="prices", subscription_name="shop")
      sqs = boto3.client("sqs")
      sqs.send_message(QueueUrl="https://sqs.eu-west-1.amazonaws.com/123456789012/orders", MessageBody=body)
      boto3.client("sns").publish(TopicArn="arn:aws:sns:eu-west-1:123456789012:alerts", Message=m)`,
    facts: [
      message('produces', 'Azure Service Bus', 'invoices', { key: 'SB_CONN' }, 4),
      message('consumes', 'Azure Service Bus', 'prices', { key: 'SB_CONN' }, 5),
      message('produces', 'Amazon SQS', 'orders', { host: 'sqs.eu-west-1.amazonaws.com', url: 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders' }, 7),
      message('produces', 'Amazon SNS', 'alerts', {}, 8),
    ],
  },
  {
    name: 'Google Pub/Sub through topic_path and subscription_path',
    path: 'app/pubsub.py',
    text: code`
      from google.cloud import pubsub_v1
      publisher = pubsub_v1.PublisherClient()
      topic_path = publisher.topic_path(PROJECT, "order-events")
      publisher.publish(topic_path, data=b"x")
      subscriber.subscribe(subscriber.subscription_path(PROJECT, "order-events-sub"), callback=cb)`,
    facts: [message('produces', 'Google Pub/Sub', 'order-events', {}, 4), message('consumes', 'Google Pub/Sub', 'order-events-sub', {}, 5)],
  },
  {
    name: 'databases: SQLAlchemy URL, psycopg2 keywords, pymongo from env, redis host and port',
    path: 'app/db.py',
    text: code`
      import psycopg2, redis
      from sqlalchemy import create_engine
      from pymongo import MongoClient
      engine = create_engine("mysql+pymysql://app@mysql:3306/shop")
      conn = psycopg2.connect(host="pg", port=5432, dbname="orders")
      mongo = MongoClient(os.getenv("MONGO_URI"))
      cache = redis.Redis(host="redis", port=6379)`,
    facts: [
      store('database', 'MySQL', { host: 'mysql', port: 3306, url: 'mysql+pymysql://app@mysql:3306/shop' }, 4),
      store('database', 'PostgreSQL', { host: 'pg', port: 5432 }, 5),
      store('database', 'MongoDB', { key: 'MONGO_URI' }, 6),
      store('database', 'Redis', { host: 'redis', port: 6379 }, 7),
    ],
  },
  {
    name: 'ClickHouse: clickhouse-driver by host and port, clickhouse-connect, aiochclient by URL',
    path: 'app/analytics.py',
    text: code`
      from clickhouse_driver import Client
      import clickhouse_connect
      from aiochclient import ChClient
      native = Client(host="clickhouse", port=9000)
      http = clickhouse_connect.get_client(host=os.getenv("CLICKHOUSE_HOST"), port=8123)
      events = ChClient(session, url="http://events-ch:8123")`,
    facts: [
      store('database', 'ClickHouse', { host: 'clickhouse', port: 9000 }, 4),
      store('database', 'ClickHouse', { key: 'CLICKHOUSE_HOST' }, 5),
      store('database', 'ClickHouse', { host: 'events-ch', port: 8123, url: 'http://events-ch:8123' }, 6),
    ],
  },
  {
    name: 'S3 and Blob storage, SFTP with paramiko, SMTP',
    path: 'app/transfer.py',
    text: code`
      import boto3, paramiko, smtplib
      from azure.storage.blob import BlobServiceClient
      s3 = boto3.client("s3")
      s3.upload_file("report.csv", "finance-reports", "2024/report.csv")
      blobs = BlobServiceClient.from_connection_string(os.environ["BLOB_CONN"])
      blobs.get_container_client("archive")
      transport = paramiko.Transport(("sftp.bank.example.io", 22))
      sftp = paramiko.SFTPClient.from_transport(transport)
      smtplib.SMTP("mail.exampleco.com", 587)`,
    facts: [
      store('file-transfer', 'Amazon S3', {}, 4, 'finance-reports'),
      store('file-transfer', 'Azure Blob Storage', { key: 'BLOB_CONN' }, 6, 'archive'),
      store('file-transfer', 'SFTP', { host: 'sftp.bank.example.io', port: 22 }, 8),
      store('email', 'SMTP', { host: 'mail.exampleco.com', port: 587 }, 9),
    ],
  },
  {
    name: 'IMAP mailboxes opened with imaplib and IMAPClient',
    path: 'mail/fetch.py',
    text: code`
      import imaplib, os
      from imapclient import IMAPClient
      inbox = imaplib.IMAP4_SSL("imap.exampleco.com")
      plain = imaplib.IMAP4(host="mail-relay", port=143)
      archive = IMAPClient(os.environ["ARCHIVE_IMAP_HOST"])`,
    facts: [
      store('email', 'IMAP', { host: 'imap.exampleco.com' }, 3),
      store('email', 'IMAP', { host: 'mail-relay', port: 143 }, 4),
      store('email', 'IMAP', { key: 'ARCHIVE_IMAP_HOST' }, 5),
    ],
  },
  {
    name: 'URLs formatted with .format (named and positional) and % (tuple, single value, dictionary) from module constants',
    path: 'payment/payment.py',
    text: code`
      import os
      import requests
      USER = os.getenv('USER_HOST', 'user')
      CART = os.getenv('CART_HOST', 'cart')
      SHIPPING, PORT = 'shipping', 8080
      RATINGS = 'ratings'
      def pay(id, cart):
          requests.get('http://{user}:8080/check/{id}'.format(user=USER, id=id))
          requests.post('http://{}:{}/shipping/{}'.format(SHIPPING, PORT, id))
          requests.get('http://%s:8080/cart/%s' % (CART, id))
          requests.get('http://%s/api/rate' % RATINGS)
          requests.get('http://%(host)s:%(port)d/api/%(path)s' % {'host': RATINGS, 'port': 80, 'path': id})
          requests.get('http://{0}:{port}/x'.format(SHIPPING, port=PORT))
          requests.get('{base}/items'.format(base=unknown_base))`,
    facts: [
      http(8, { key: 'USER_HOST' }),
      http(9, { host: 'shipping', port: 8080, url: 'http://shipping:8080/shipping/' }),
      http(10, { key: 'CART_HOST' }),
      http(11, { host: 'ratings', url: 'http://ratings/api/rate' }),
      http(12, { host: 'ratings', port: 80, url: 'http://ratings:80/api/' }),
      http(13, { host: 'shipping', port: 8080, url: 'http://shipping:8080/x' }),
      http(14, {}, { confidence: INFERRED }),
    ],
  },
  {
    name: 'env defaults: a public https default names the external system, a cluster default leaves the env var',
    path: 'payment/gateway.py',
    text: code`
      import os
      import requests
      PAYMENT_GATEWAY = os.getenv('PAYMENT_GATEWAY', 'https://payments.exampleco.com/')
      FRAUD = os.environ.get('FRAUD_URL', default='https://fraud.exampleorg.org/v1')
      LEDGER = os.getenv('LEDGER_URL', 'http://ledger:8080')
      INTERNAL = os.getenv('AUDIT_URL') or 'https://audit.internal/log'
      requests.get(PAYMENT_GATEWAY)
      requests.post(FRAUD)
      requests.post(LEDGER)
      requests.post(INTERNAL)
      requests.get('https://api.stripe.exampleco.com/v1/charges')`,
    facts: [
      http(7, { host: 'payments.exampleco.com', url: 'https://payments.exampleco.com/' }),
      http(8, { host: 'fraud.exampleorg.org', url: 'https://fraud.exampleorg.org/v1' }),
      http(9, { key: 'LEDGER_URL' }),
      http(10, { key: 'AUDIT_URL' }),
      http(11, { host: 'api.stripe.exampleco.com', url: 'https://api.stripe.exampleco.com/v1/charges' }),
    ],
  },
];

describe('Python code source', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(pythonCodeSource, path, text))).toEqual(facts);
  });

  it('applies a user rule, reading an env var through a variable', async () => {
    const text = code`
      import os
      LEDGER = os.getenv("LEDGER_ADDR")
      def post(entry):
          publish_event("ledger.entries", entry)
          ledger_call(LEDGER, entry)`;
    const facts = await readSnippet(pythonCodeSource, 'app/ledger.py', text, [
      { id: 'acme-events', call: 'publish_event', role: 'produces', mechanism: 'messaging' },
      { id: 'acme-ledger', language: 'python', call: 'ledger_*', role: 'calls', mechanism: 'grpc', technology: 'gRPC' },
    ]);
    expect(summarise(facts)).toEqual([
      { role: 'produces', mechanism: 'messaging', technology: 'rule:acme-events', channel: 'ledger.entries', target: {}, targetKind: 'message-broker', line: 4, confidence: LITERAL },
      { role: 'calls', mechanism: 'grpc', technology: 'gRPC', target: { key: 'LEDGER_ADDR' }, line: 5, confidence: LITERAL },
    ]);
  });

  it('does not parse a file without trigger words', async () => {
    const file: SourceFile = { path: 'app/maths.py', text: 'def add(a, b):\n    return a + b\n' };
    const parse = vi.fn();
    expect(await pythonCodeSource.read(file, { evidenceAt: evidenceFor(file), parse, rules: [] })).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads malformed code without throwing', async () => {
    await expect(readSnippet(pythonCodeSource, 'app/broken.py', 'import requests\ndef f(:\n  requests.get("http://a:1/"\n')).resolves.toBeInstanceOf(Array);
  });

  it('never lets a literal DSN secret through', async () => {
    const text = 'from sqlalchemy import create_engine\nengine = create_engine("postgresql+psycopg2://app:CanaryS3cret-7781@db:5432/app")\n';
    const facts = await readSnippet(pythonCodeSource, 'app/secret.py', text);
    expect(summarise(facts)).toEqual([store('database', 'PostgreSQL', { host: 'db', port: 5432, url: 'postgresql+psycopg2://app:***@db:5432/app' }, 2)]);
    expect(JSON.stringify(facts)).not.toContain('CanaryS3cret-7781');
  });
});

describe('Python: Redis as a bus (redis-py publish, subscribe, streams)', () => {
  it.each<{ case: string; text: string; expected: string[] }>([
    {
      case: 'a client kept on self publishes from another method: a producer through the store',
      text: 'import redis\nclass Publisher:\n    def __init__(self, url):\n        self.conn = redis.Redis.from_url(url)\n    def publish(self, kind, message):\n        self.conn.publish("signalyard:" + kind, message)\n',
      expected: ['uses database Redis 4', 'produces messaging Redis 6 through-store'],
    },
    {
      case: 'a pub/sub subscribing consumes',
      text: 'import redis\nr = redis.Redis(host="bus")\np = r.pubsub()\np.subscribe("alarms")\n',
      expected: ['uses database Redis 2', 'consumes messaging Redis 4 through-store'],
    },
    {
      case: 'streams: xadd produces, xreadgroup consumes',
      text: 'import redis\nr = redis.Redis(host="bus")\nr.xadd("jobs", {"a": 1})\nr.xreadgroup("g", "c", {"jobs": ">"})\n',
      expected: ['uses database Redis 2', 'produces messaging Redis 3 through-store', 'consumes messaging Redis 4 through-store'],
    },
    {
      case: 'streams on a client a sibling module makes: the file imports nothing of redis',
      text: 'from acme_redis.client import messaging_client\nclass Publisher:\n    def __init__(self, topic):\n        self.stream = topic\n        self.redis = messaging_client()\n    async def publish(self, data):\n        await self.redis.xadd(self.stream, {"data": data})\n    async def read(self):\n        return await self.redis.xreadgroup("g", "c", {self.stream: ">"})\n',
      expected: ['produces messaging Redis 7 through-store', 'consumes messaging Redis 9 through-store'],
    },
    {
      case: 'a publish in a file not importing redis is no Redis message',
      text: 'import events\nevents.publish("x", 1)\n',
      expected: [],
    },
  ])('$case', async ({ text, expected }) => {
    const facts = await readSnippet(pythonCodeSource, 'app/bus.py', text);
    const found = facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.role} ${fact.mechanism} ${fact.technology} ${fact.evidence.line}${fact.throughStore ? ' through-store' : ''}`] : []));
    expect(found).toEqual(expected);
  });
});
