import { describe, expect, it } from 'vitest';
import { CSHARP_TABLE } from './csharp-signatures.js';
import { GO_TABLE } from './go-signatures.js';
import { JVM_TABLE } from './jvm-signatures.js';
import { ADDRESS_HANDOFF, handsOffAddress, mayMatch, SHARES, sharesValues, triggerPattern, usesPlumbingWords, wordAlternation, WRAPPER_WORDS } from './prefilter.js';
import { PYTHON_TABLE } from './python-signatures.js';
import { RUBY_TABLE } from './ruby-signatures.js';
import { TYPESCRIPT_TABLE } from './typescript-signatures.js';
import type { FamilyTable } from './code-model.js';

describe('triggerPattern', () => {
  const pattern = triggerPattern({ words: ['fetch', 'mail'], prefixes: ['redis'], patterns: ['\\bhttp\\.Get\\b'] });
  it.each([
    ['fetch(url)', true],
    ['window.fetch(url)', true],
    ['const nodeFetch = require("node-fetch"); nodeFetch(u)', true],
    ['fetchLatestOrders()', false],
    ['refetch()', false],
    ['import javax.mail.Transport;', true],
    ['JavaMail', true],
    ['email = user.email', false],
    ['EMAIL_ADDRESS', false],
    ['MAIL_HOST', true],
    ['import redis', true],
    ['RedisTemplate<String, String>', true],
    ['"github.com/redis/go-redis/v9"', true],
    ['new StackExchangeRedisCache()', true],
    ['REDIS_URL', true],
    ['scoreDiscount(order)', false],
    ['predisposed', false],
    ['http.Get(u)', true],
    ['nethttp.Get(u)', false],
  ])('%s → %s', (text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });
});

describe('wordAlternation', () => {
  it.each([
    [['kafka', 'ktor', 'amqp'], 'k(?:afka|tor)|amqp'],
    [['Redis', 'redis', 'RABBIT', 'grpc'], 'r(?:edis|abbit)|grpc'],
    [['a.b', 'a+c'], 'a(?:\\.b|\\+c)'],
    [['x', 'xy'], 'x'],
    [[], ''],
  ])('%j → %s', (words, expected) => {
    expect(wordAlternation(words)).toBe(expected);
  });

  it('matches, case-insensitively, exactly where one of its words occurs', () => {
    const words = ['kafka', 'ktor', 'amqp', 'mongo', 'mail', 'm'];
    const grouped = new RegExp(wordAlternation(words), 'gi');
    const plain = new RegExp(words.join('|'), 'gi');
    const text = 'import Kafka; KTOR amqplib Mongoose e-mail zzz';
    expect([...text.matchAll(grouped)].map((match) => match.index)).toEqual([...text.matchAll(plain)].map((match) => match.index));
  });
});

/** Files each family must parse (a reader may find facts in them) and files it must not (incidental words only). */
const CASES: Record<string, { table: FamilyTable; pass: string[]; reject: string[] }> = {
  typescript: {
    table: TYPESCRIPT_TABLE,
    pass: [
      "const res = await fetch('http://cart:8080/items');",
      "import axios from 'axios';\naxios.get(url);",
      "import { Kafka } from 'kafkajs';",
      "const Kafka = require('node-rdkafka');",
      "import Redis from 'ioredis';",
      "import { createClient } from 'redis';",
      "import { Pool } from 'pg';",
      "import { Storage } from '@google-cloud/storage';",
      "import { BlobServiceClient } from '@azure/storage-blob';",
      "import * as http from 'node:http';\nhttp.request({ host: 'cart' });",
      "const https = require('https');",
      "const request = require('request-promise');",
      "const addr = process.env.CART_ADDR;",
      "import { connect } from 'amqplib';",
      "import * as grpc from '@grpc/grpc-js';",
      "import { HttpService } from '@nestjs/axios';",
      "import nodemailer from 'nodemailer';",
      "import mongoose from 'mongoose';",
      "export const CART_URL = 'http://cart:8080';",
      "import Stripe from 'stripe';",
      "const stripe = require('stripe')(key);",
      "const client = require('twilio')(sid, token);",
      "import sgMail from '@sendgrid/mail';",
      "import Mailgun from 'mailgun.js';",
      "import OpenAI from 'openai';",
      "import Anthropic from '@anthropic-ai/sdk';",
      "import { WebClient } from '@slack/web-api';",
      "const paypal = require('@paypal/checkout-server-sdk');",
      "import { ManagementClient } from 'auth0';",
      "import okta from '@okta/okta-sdk-nodejs';",
      "import Queue from 'bull';",
      "import { Worker } from 'bullmq';",
    ],
    reject: [
      'export function fetchLatestOrders(orders: Order[]) { return orders.slice(-5); }',
      '/** See https://example.com/docs for the rules. */\nexport const rule = 1;',
      'const storageKey = "cart";\nlocalStorage.getItem(storageKey);',
      'interface Customer { email: string; }',
      'export function scoreDiscount(total: number) { return total > 100 ? 0.1 : 0; }',
      '// refund requests are handled elsewhere\nexport const x = 1;',
      'export const bulletin = "closed";',
    ],
  },
  python: {
    table: PYTHON_TABLE,
    pass: [
      'import requests\nrequests.get("http://cart:8080")',
      'from requests import Session',
      'r = requests.post(url)',
      'import httpx',
      'from kafka import KafkaProducer',
      'from aiokafka import AIOKafkaProducer',
      'import redis',
      'import pymysql',
      'from motor.motor_asyncio import AsyncIOMotorClient',
      'from google.cloud import storage',
      'addr = os.environ["CART_ADDR"]',
      'addr = os.environ.get("CART_ADDR")',
      'from os import getenv\naddr = getenv("CART_ADDR")',
      'import grpc',
      'import smtplib',
      'import imaplib',
      'from locust import HttpUser',
      'import stripe',
      'from openai import OpenAI',
      'from anthropic import Anthropic',
      'from twilio.rest import Client',
      'from sendgrid import SendGridAPIClient',
      'from slack_sdk import WebClient',
      'from celery import Celery',
      'import paypalrestsdk',
      'from auth0.management import Auth0',
      'from okta.client import Client as OktaClient',
    ],
    reject: [
      '# refund requests are batched nightly\ndef total(items):\n    return sum(items)',
      '# read from os.environ by the caller\ndef total(items):\n    return sum(items)',
      'def email_of(user):\n    return user.email',
      'STORAGE_CLASS = "standard"',
      'def score_discount(total):\n    return 0.1',
    ],
  },
  go: {
    table: GO_TABLE,
    pass: [
      'resp, err := http.Get(url)',
      'import "net/http"',
      'req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)',
      'client := &http.Client{Timeout: 5 * time.Second}',
      'conn, err := grpc.NewClient(addr)',
      'client := pb.NewCartServiceClient(conn)',
      'pb.RegisterCartServiceServer(s, &server{})',
      'import "github.com/segmentio/kafka-go"',
      'import "github.com/redis/go-redis/v9"',
      'import "database/sql"',
      'db, err := sql.Open("postgres", dsn)',
      'addr := os.Getenv("CART_ADDR")',
      'mustMapEnv(&svc.cartSvcAddr, "CART_SERVICE_ADDR")',
      'import "cloud.google.com/go/storage"',
      'err := smtp.SendMail(addr, nil, from, to, msg)',
      'import "github.com/stripe/stripe-go/v76/charge"',
      'import "github.com/sashabaranov/go-openai"',
      'import "github.com/anthropics/anthropic-sdk-go"',
      'import "github.com/twilio/twilio-go"',
      'import "github.com/sendgrid/sendgrid-go"',
      'import "github.com/mailgun/mailgun-go/v4"',
      'import "github.com/slack-go/slack"',
    ],
    reject: [
      '// Handlers are plain net/http handlers.\nfunc handler(w ResponseWriter, r *Request) {}',
      '// See https://example.com/docs\nfunc total(xs []int) int { return 0 }',
      'type Customer struct { Email string }',
      'func scoreDiscount(total float64) float64 { return 0.1 }',
      'func fetchLatestOrders() {}',
    ],
  },
  jvm: {
    table: JVM_TABLE,
    pass: [
      'import org.springframework.web.client.RestTemplate;',
      'private final RestTemplate restTemplate;',
      'WebClient.create("http://cart:8080")',
      'import org.apache.kafka.clients.producer.KafkaProducer;',
      '@KafkaListener(topics = "orders")',
      'private final JavaMailSender mailSender;',
      'import javax.mail.Transport;',
      'import com.google.cloud.storage.Storage;',
      'String url = System.getenv("CART_URL");',
      '@Value("${cart.url}") private String cartUrl;',
      'ManagedChannelBuilder.forAddress(host, port)',
      'import redis.clients.jedis.Jedis;',
      'Connection c = DriverManager.getConnection(url);',
      'import org.apache.http.client.methods.HttpGet;',
      '@SqsListener("orders")',
      'import com.stripe.model.Charge;',
      'import org.springframework.ai.openai.OpenAiChatModel;',
      'import com.azure.ai.openai.OpenAIClientBuilder;',
      'import com.anthropic.client.AnthropicClient;',
      'import com.twilio.Twilio;',
      'import com.sendgrid.SendGrid;',
      'import com.slack.api.Slack;',
      'import com.paypal.core.PayPalHttpClient;',
      'import com.auth0.client.mgmt.ManagementAPI;',
      'import com.okta.sdk.client.Clients;',
      // Constants other classes name topics by (a shared `Topics` class, an enum of topics).
      'public static final String ORDERS = "orders";',
      'ORDERS = new Topic<>("orders", Serdes.String(), orderSerde);',
      'enum Topic {\n  ORDERS("orders"),\n  PAYMENTS("payments");\n}',
      'object Topics { const val ORDERS = "orders" }',
    ],
    reject: [
      'public record Customer(String name, String email) {}',
      'private static final int STORAGE_CLASS = 3;',
      'double scoreDiscount(double total) { return 0.1; }',
      '/** See https://example.com/docs */\nclass Rules {}',
      'import lombok.Value;\n@Value class Money { long cents; }',
    ],
  },
  csharp: {
    table: CSHARP_TABLE,
    pass: [
      'client.BaseAddress = new Uri("http://cart");',
      'services.AddHttpClient<CartClient>();',
      'public Cart(IHttpClientFactory factory) {}',
      'using Confluent.Kafka;',
      'using StackExchange.Redis;',
      'var redis = ConnectionMultiplexer.Connect("redis:6379");',
      'options.UseSqlServer(connectionString);',
      'options.UseNpgsql(cs);',
      'using System.Net.Mail;',
      'using MailKit.Net.Smtp;',
      'using Azure.Storage.Blobs;',
      'var cs = Environment.GetEnvironmentVariable("CART");',
      'var cs = configuration.GetConnectionString("db");',
      'options.Authority = identityUrl;',
      'using Amazon.SQS;',
      'app.MapGrpcService<CartService>();',
      'using Stripe;',
      'using Azure.AI.OpenAI;',
      'using OpenAI.Chat;',
      'using Microsoft.SemanticKernel;',
      'using Anthropic.SDK;',
      'using SendGrid;',
      'using Twilio;',
      'using SlackNet;',
      'using PayPalCheckoutSdk.Core;',
      'using Auth0.ManagementApi;',
      'using Okta.Sdk;',
    ],
    reject: [
      'public record Customer(string Name, string Email);',
      'private string StorageKey = "cart";',
      'public decimal ScoreDiscount(decimal total) => 0.1m;',
      '/// See https://example.com/docs for the rules.\npublic class Rules {}',
    ],
  },
  ruby: {
    table: RUBY_TABLE,
    pass: [
      "require 'net/http'\nNet::HTTP.get(URI(url))",
      'conn = Faraday.new(url: base)',
      'include HTTParty',
      "RestClient.get('http://a:1/')",
      "Excon.get(url)",
      'stub = Shop::Cart::Stub.new(addr, :this_channel_is_insecure)',
      "require_relative 'cart_services_pb'",
      'conn = Bunny.new',
      'include Sneakers::Worker',
      "kafka = Kafka.new(['k:9092'])",
      'Rdkafka::Config.new(config)',
      'class App < Karafka::App; end',
      'include Sidekiq::Job',
      'Redis.new(url: u)',
      "PG.connect(host: 'db')",
      'Mysql2::Client.new(host: h)',
      "Mongo::Client.new(['m:27017'])",
      'DB = Sequel.connect(u)',
      'ActiveRecord::Base.establish_connection(u)',
      'Aws::SQS::Client.new',
      "USERS_URL = ENV['USERS_URL']",
      "HOST = ENV.fetch('HOST') { 'x' }",
      'delivery_method :smtp, address: a',
    ],
    reject: [
      'class Order < ApplicationRecord\n  has_many :items\nend',
      '# Talks to the payments service.\ndef total = items.sum(&:price)',
      'def environment = :production',
      'STORAGE_DIR = "tmp/uploads"',
    ],
  },
};

describe.each(Object.entries(CASES))('the %s prefilter', (_family, { table, pass, reject }) => {
  it.each(pass)('parses %j', (text) => {
    expect(mayMatch(text, table.triggers, [])).toBe(true);
  });
  it.each(reject)('skips %j', (text) => {
    expect(mayMatch(text, table.triggers, [])).toBe(false);
  });
});

describe('mayMatch', () => {
  it.each([
    ['a C# const string (a pub/sub name other classes read)', 'public static class PubSubNames { public const string Orders = "orders-pubsub"; }', true],
    ['an exported constant in capitals', "export const ORDER_CREATED = 'order.created';", true],
    ['an exported camelCase constant', "export const orderCreated = 'order.created';", false],
    ['a local constant', "const ORDER_CREATED = 'order.created';", false],
  ])('constants other files may read: %s', (_name, text, expected) => {
    expect(mayMatch(text, /(?!)/, [])).toBe(expected);
  });
  it('passes a file that names every word of a user rule', () => {
    const rule = { id: 'acme', language: 'any', call: 'AcmeBus.publish', target: 0, role: 'produces', mechanism: 'messaging' } as const;
    expect(mayMatch('bus := AcmeBus{}; bus.publish("orders")', /(?!)/, [rule as never])).toBe(true);
    expect(mayMatch('bus.publish("orders")', /(?!)/, [rule as never])).toBe(false);
  });
});

describe('ADDRESS_HANDOFF', () => {
  it.each([
    ['fleet: fleet.NewClient(logger, options.FleetHostPort),', true],
    ['return store.New(cfg.RedisAddr)', true],
    ['	RiderHostPort: net.JoinHostPort(riderHost, strconv.Itoa(riderPort)),', true],
    ['client := &Client{BaseURL: baseURL}', true],
    ['logger := zap.NewNop()', false],
    ['b.fleet.NearestBikes(ctx, profile.HomeDock)', false],
    ['// see the host: docs', false],
    ['x := URLAddr: y', true],
    ['HostPort: x', false],
    ['Foo.NewClient(a.HostPort)', false],
    ['a.New(\n b.Addr)', false],
  ])('%s → %s (the expression, and the function finding it by its literal parts)', (line, expected) => {
    expect(ADDRESS_HANDOFF.test(line)).toBe(expected);
    expect(handsOffAddress(line)).toBe(expected);
  });
});

describe('the cheap forms of the prefilter give what the expressions give', () => {
  it.each([
    'addr := os.Getenv("CART_ADDR")',
    'v, ok := os.LookupEnv("X")',
    'mustMapEnv(&svc.cartAddr, "CART_ADDR")',
    'const url = process.env.ORDERS_URL;',
    'module.exports = { port: 8080 };',
    '@ConfigurationProperties(prefix = "endpoints")',
    '@Value("${payment.url}") String url;',
    'export const ORDERS_URL = "x";',
    "export  const paymentEndpoint = 'y';",
    'const base = "http://orders:8080";',
    "url = 'amqp://rabbitmq:5672'",
    'const local = "http://localhost:8080";',
    'const site = "https://www.example.com";',
    'exportConst x = 1; pos.getenv; myprocess.envelope',
    `${'let a = 1;\n'.repeat(300)}client = new Client("grpc://cart:7070")`,
    'class Product { }',
  ])('%j', (text) => {
    expect(sharesValues(text)).toBe(SHARES.test(text));
  });

  it.each([
    'services.UseRabbitMQMessageHandler(config);',
    'public interface IMessagePublisher { }',
    'from common.messaging import publish',
    'const publisher = createPublisher(url);',
    'bus.subscribeToOrders()',
    'builder.Services.AddInfrastructure(configuration);',
    'class Product { }',
    'error.message',
    'source$.subscribe(x => x)',
    'const total = items.length;',
  ])('%j', (text) => {
    expect(usesPlumbingWords(text)).toBe(WRAPPER_WORDS.test(text));
  });

  it.each([
    ['java', 'public static final String ORDERS = "orders";', true],
    ['java', 'interface Topics {\n  String ORDERS = "orders";\n}', true],
    ['java', 'ORDERS = new Topic<>("orders", Serdes.String(), orderSerde);', true],
    ['java', 'enum Topic {\n  ORDERS("orders"),\n  PAYMENTS("payments");\n}', true],
    ['kotlin', 'object Topics { const val ORDERS = "orders" }', true],
    ['groovy', "class Topics {\n  static final String ORDERS = 'orders'\n}", true],
    ['groovy', 'class Topics {\n  static final String ORDERS = "orders"\n}', true],
    ['java', "static final String ORDERS = 'orders';", false],
    ['java', 'private final String name = "x";', false],
    ['c_sharp', 'public const string Orders = "orders-pubsub";', true],
    ['typescript', "export const ORDER_CREATED = 'order.created';", true],
    // Found around the words they need, however far into a file they are.
    ['java', `${'// filler\n'.repeat(400)}class Topics {\n    public static final String ORDERS = "orders";\n}`, true],
    ['java', `${'int x = 1;\n'.repeat(400)}var TOPIC = new Topic<>("orders");`, true],
    ['typescript', `${'const a = 1;\n'.repeat(400)}export const ORDER_CREATED = 'order.created';`, true],
    ['typescript', "myexport const ORDER_CREATED = 'x';", false],
    ['c_sharp', `${'var a = 1;\n'.repeat(400)}public const string Orders = "orders";`, true],
    ['c_sharp', 'const int Retries = 3; var s = "x";', false],
    // A language is tried only on its own shapes.
    ['python', 'public static final String ORDERS = "orders";', false],
    ['go', "export const ORDER_CREATED = 'order.created';", false],
  ] as const)('a %s constant other files may read: %j → %s', (language, text, expected) => {
    expect(mayMatch(text, /(?!)/, [], language)).toBe(expected);
  });
});
