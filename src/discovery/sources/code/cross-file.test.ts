import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import type { Source } from '../../source.js';
import { bindingsOf, code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
const component = (name: string, root?: string): Fact => ({ type: 'component', name, kind: 'application', ...(root ? { root } : {}), evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
const envBinding = (componentName: string, key: string, value: string): Fact => ({ type: 'binding', component: componentName, key, value, evidence: at('docker-compose.yml', 9) });

interface Case {
  name: string;
  source: Source;
  files: { path: string; text: string }[];
  /** Facts from outside the code (components, deployment env). */
  context: Fact[];
  bindings: Record<string, string>;
  targets: object[];
  edges: string[];
}

const GO_MAIN = code`
  package main
  import ("os"; "google.golang.org/grpc")
  type frontendServer struct {
  	cartSvcAddr string
  	cartSvcConn *grpc.ClientConn
  	currencyAddr string
  }
  func main() {
  	svc := new(frontendServer)
  	mustMapEnv(&svc.cartSvcAddr, "CART_SERVICE_ADDR")
  	mustConnGRPC(ctx, &svc.cartSvcConn, svc.cartSvcAddr)
  	svc.currencyAddr = os.Getenv("CURRENCY_SERVICE_ADDR")
  }`;

/** Two programs of one Go module (`cmd/rate`, `cmd/geo`), each with a `main` helper of the same name given its own env var. */
const TWO_GO_PROGRAMS = [
  { path: 'cmd/rate/db.go', text: code`
      package main
      import "go.mongodb.org/mongo-driver/mongo"
      func initializeDatabase(url string) *mongo.Client {
      	client, _ := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://" + url))
      	return client
      }` },
  { path: 'cmd/rate/main.go', text: code`
      package main
      import "os"
      func main() { initializeDatabase(os.Getenv("RATE_MONGO")) }` },
  { path: 'cmd/geo/db.go', text: code`
      package main
      import "go.mongodb.org/mongo-driver/mongo"
      func initializeDatabase(url string) *mongo.Client {
      	client, _ := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://" + url))
      	return client
      }` },
  { path: 'cmd/geo/main.go', text: code`
      package main
      import "os"
      func main() { initializeDatabase(os.Getenv("GEO_MONGO")) }` },
];

const cases: Case[] = [
  {
    name: 'Go: a connection dialled in main.go from an env-mapped field, used by a stub in rpc.go',
    source: goCodeSource,
    files: [
      { path: 'src/frontend/main.go', text: GO_MAIN },
      {
        path: 'src/frontend/rpc.go',
        text: code`
          package main
          import ("google.golang.org/grpc"; pb "example.com/shop/genproto")
          func (fe *frontendServer) getCart(ctx context.Context) {
          	resp, err := pb.NewCartServiceClient(fe.cartSvcConn).GetCart(ctx, &pb.GetCartRequest{})
          }
          func (fe *frontendServer) convert(ctx context.Context) {
          	conn, _ := grpc.Dial(fe.currencyAddr)
          	pb.NewCurrencyServiceClient(conn).Convert(ctx, req)
          }`,
      },
    ],
    context: [component('frontend', 'src/frontend'), component('cart'), component('currency'), envBinding('frontend', 'CART_SERVICE_ADDR', 'cart:7070'), envBinding('frontend', 'CURRENCY_SERVICE_ADDR', 'currency:7000')],
    // mustConnGRPC's `addr`, for a file of the module that defines the helper.
    bindings: { 'code:cartSvcAddr': '$ref:CART_SERVICE_ADDR', 'code:cartSvcConn': '$ref:CART_SERVICE_ADDR', 'code:currencyAddr': '$ref:CURRENCY_SERVICE_ADDR', 'code:param:main.mustConnGRPC#2': '$ref:CART_SERVICE_ADDR' },
    targets: [{ key: 'code:cartSvcConn' }, { key: 'code:currencyAddr' }],
    edges: ['frontend -> cart (grpc CartService)', 'frontend -> currency (grpc CurrencyService)'],
  },
  {
    name: 'Go: a package-level variable holding a literal address, used in another file',
    source: goCodeSource,
    files: [
      { path: 'svc/orders/config.go', text: code`
          package orders
          var paymentsURL = "http://payments:8080/api"` },
      { path: 'svc/orders/client.go', text: code`
          package orders
          import "net/http"
          type client struct{ base string }
          func (c *client) Pay() {
          	http.Get(c.paymentsURL)
          }` },
    ],
    context: [component('orders', 'svc/orders'), component('payments')],
    bindings: { 'code:paymentsURL': 'http://payments:8080/api' },
    targets: [{ key: 'code:paymentsURL' }],
    edges: ['orders -> payments (rest)'],
  },
  {
    name: 'Go: package-level variables set in main.go (mustMapEnv, os.Getenv, an out-parameter dial) and read bare in other files',
    source: goCodeSource,
    files: [
      { path: 'src/frontend/main.go', text: code`
          package main
          import ("os"; "google.golang.org/grpc")
          var (
          	catalogSvcAddr string
          	currencySvcAddr string
          	currencyConn *grpc.ClientConn
          	inventoryURL string
          )
          func main() {
          	mustMapEnv(&catalogSvcAddr, "CATALOG_SERVICE_ADDR")
          	mustMapEnv(&currencySvcAddr, "CURRENCY_SERVICE_ADDR")
          	mustConnGRPC(ctx, &currencyConn, currencySvcAddr)
          	inventoryURL = os.Getenv("INVENTORY_URL")
          }` },
      { path: 'src/frontend/catalog.go', text: code`
          package main
          import "google.golang.org/grpc"
          func list(ctx context.Context) {
          	conn, _ := grpc.Dial(catalogSvcAddr)
          	pb.NewCatalogServiceClient(conn).ListProducts(ctx, &pb.Empty{})
          }` },
      { path: 'src/frontend/rpc.go', text: code`
          package main
          import pb "example.com/shop/genproto"
          func convert(ctx context.Context) {
          	pb.NewCurrencyServiceClient(currencyConn).Convert(ctx, req)
          }` },
      { path: 'src/frontend/stock.go', text: code`
          package main
          import "net/http"
          func stock(id string) {
          	http.Get(inventoryURL + "/stock/" + id)
          }` },
    ],
    context: [
      component('frontend', 'src/frontend'),
      component('catalog'),
      component('currency'),
      component('inventory'),
      envBinding('frontend', 'CATALOG_SERVICE_ADDR', 'catalog:3550'),
      envBinding('frontend', 'CURRENCY_SERVICE_ADDR', 'currency:7000'),
      envBinding('frontend', 'INVENTORY_URL', 'http://inventory:8080'),
    ],
    bindings: {
      'code:catalogSvcAddr': '$ref:CATALOG_SERVICE_ADDR',
      'code:currencySvcAddr': '$ref:CURRENCY_SERVICE_ADDR',
      'code:currencyConn': '$ref:CURRENCY_SERVICE_ADDR',
      'code:inventoryURL': '$ref:INVENTORY_URL',
      'code:param:main.mustConnGRPC#2': '$ref:CURRENCY_SERVICE_ADDR',
    },
    targets: [{ key: 'code:catalogSvcAddr' }, { key: 'code:currencyConn' }, { key: 'code:inventoryURL' }],
    edges: ['frontend -> catalog (grpc CatalogService)', 'frontend -> currency (grpc CurrencyService)', 'frontend -> inventory (rest)'],
  },
  {
    name: 'Go: a parameter is what callers give it, not a package-level name of another file; a local variable is neither',
    source: goCodeSource,
    files: [
      { path: 'svc/pay/client.go', text: code`
          package pay
          import "net/http"
          func call(base string) {
          	http.Get(base)
          	var other string
          	http.Get(other)
          }` },
    ],
    context: [component('pay', 'svc/pay')],
    bindings: {},
    targets: [{ key: 'code:param:pay.call#0' }, {}],
    edges: [],
  },
  {
    name: 'TypeScript: an exported constant from an env read, imported and used in a template',
    source: typescriptCodeSource,
    files: [
      { path: 'web/src/config.ts', text: code`
          export const CATALOGUE_URL = process.env.CATALOGUE_URL ?? 'http://catalogue';
          const local = 'http://not-shared:1';` },
      { path: 'web/src/api/items.ts', text: code`
          import axios from 'axios';
          import { CATALOGUE_URL } from '../config';
          export const items = () => axios.get(\`\${CATALOGUE_URL}/items\`);` },
    ],
    context: [component('web', 'web'), component('catalogue'), envBinding('web', 'CATALOGUE_URL', 'http://catalogue:80')],
    bindings: { 'code:CATALOGUE_URL': '$ref:CATALOGUE_URL', CATALOGUE_URL: 'http://catalogue' },
    targets: [{ key: 'code:CATALOGUE_URL' }],
    edges: ['web -> catalogue (rest)'],
  },
  {
    name: 'TypeScript: an exported constant choosing between two env reads at run time takes the one the deployment sets',
    source: typescriptCodeSource,
    files: [
      { path: 'studio/lib/constants.ts', text: code`
          export const IS_CLOUD = process.env.NEXT_PUBLIC_IS_CLOUD === 'true';
          export const META_URL = IS_CLOUD ? process.env.CLOUD_META_URL : process.env.STUDIO_META_URL;` },
      { path: 'studio/lib/api/query.ts', text: code`
          import { META_URL } from '../constants';
          export const run = (sql: string) => fetch(\`\${META_URL}/query\`, { method: 'POST', body: sql });` },
    ],
    context: [component('studio', 'studio'), component('meta'), envBinding('studio', 'STUDIO_META_URL', 'http://meta:8080')],
    // IS_CLOUD is a flag (a comparison of an env read), bound with its test (flag-conditions.ts).
    bindings: { 'code:IS_CLOUD': '$ref:NEXT_PUBLIC_IS_CLOUD', 'code:META_URL': '$ref:STUDIO_META_URL' },
    targets: [{ key: 'code:META_URL' }],
    edges: ['studio -> meta (rest)'],
  },
  {
    name: 'JavaScript: module.exports of literal URLs, read as a member of the required module',
    source: typescriptCodeSource,
    files: [
      { path: 'front-end/api/endpoints.js', text: code`
          module.exports = {
            catalogueUrl: 'http://catalogue/catalogue',
            cartsUrl: 'http://carts/carts',
          };` },
      { path: 'front-end/api/catalogue/index.js', text: code`
          const request = require('request');
          const endpoints = require('../endpoints');
          fetch(endpoints.catalogueUrl + '/size');
          fetch(\`\${endpoints.cartsUrl}/items\`);` },
    ],
    context: [component('front-end', 'front-end'), component('catalogue'), component('carts')],
    bindings: { 'code:catalogueUrl': 'http://catalogue/catalogue', 'code:cartsUrl': 'http://carts/carts' },
    targets: [{ key: 'code:catalogueUrl' }, { key: 'code:cartsUrl' }],
    edges: ['front-end -> catalogue (rest)', 'front-end -> carts (rest)'],
  },
  {
    name: 'JavaScript: a function building an address, exported by module.exports and by export, called from another module',
    source: typescriptCodeSource,
    files: [
      { path: 'cart/lib/catalogue.js', text: code`
          const host = process.env.CATALOGUE_HOST || 'catalogue';
          const port = process.env.CATALOGUE_PORT || '8080';
          module.exports = { baseUrl, describe: () => 'catalogue client' };
          function baseUrl() {
            return 'http://' + host + ':' + port;
          }
          exports.paymentUrl = function () { return 'http://payment:8080/pay'; };` },
      { path: 'cart/lib/config.mjs', text: code`
          export function ratingsUrl() { return \`http://ratings:80/api\`; }
          export const shippingUrl = () => 'http://shipping:8080';` },
      { path: 'cart/server.js', text: code`
          const request = require('request');
          const catalogue = require('./lib/catalogue');
          const { ratingsUrl, shippingUrl } = require('./lib/config.mjs');
          request(catalogue.baseUrl() + '/product/' + sku, (err, res, body) => {});
          request.get(ratingsUrl() + '/rate/' + sku, done);
          request.post({ uri: shippingUrl() + '/calc', json: cart }, done);
          request.post(catalogue.paymentUrl(), done);` },
    ],
    context: [component('cart', 'cart'), component('catalogue'), component('ratings'), component('shipping'), component('payment'), envBinding('cart', 'CATALOGUE_HOST', 'catalogue')],
    bindings: { CATALOGUE_HOST: 'catalogue', 'code:baseUrl()': '$ref:CATALOGUE_HOST', 'code:ratingsUrl()': 'http://ratings:80/api', 'code:shippingUrl()': 'http://shipping:8080', 'code:paymentUrl()': 'http://payment:8080/pay' },
    targets: [{ key: 'code:baseUrl()' }, { key: 'code:ratingsUrl()' }, { key: 'code:shippingUrl()' }, { key: 'code:paymentUrl()' }],
    edges: ['cart -> catalogue (rest)', 'cart -> ratings (rest)', 'cart -> shipping (rest)', 'cart -> payment (rest)'],
  },
  {
    name: 'Python: an env default is what runs when no deployment sets the variable; a deployment value wins',
    source: pythonCodeSource,
    files: [
      { path: 'payment/payment.py', text: code`
          import os
          import requests
          USER = os.getenv('USER_HOST', 'user')
          CART = os.getenv('CART_HOST', 'cart')
          DEBUG = os.getenv('DEBUG_HOST', 'localhost')
          LEVEL = os.getenv('LOG_LEVEL', 'info')
          def pay(id):
              requests.get('http://{user}:8080/check/{id}'.format(user=USER, id=id))
              requests.delete('http://%s:8080/cart/%s' % (CART, id))
              requests.get('http://{}:9/x'.format(DEBUG))` },
    ],
    context: [component('payment', 'payment'), component('user'), component('cart'), component('basket'), envBinding('payment', 'CART_HOST', 'basket')],
    bindings: { USER_HOST: 'user', CART_HOST: 'cart', 'code:USER': '$ref:USER_HOST', 'code:CART': '$ref:CART_HOST', 'code:DEBUG': '$ref:DEBUG_HOST', 'code:LEVEL': '$ref:LOG_LEVEL' },
    targets: [{ key: 'USER_HOST' }, { key: 'CART_HOST' }, { key: 'DEBUG_HOST' }],
    edges: ['payment -> user (rest)', 'payment -> basket (rest)'],
  },
  {
    name: 'Python: pydantic-settings fields read off a settings instance in other modules (env var, prefix, alias, default)',
    source: pythonCodeSource,
    files: [
      { path: 'api/configs/feature.py', text: code`
          from pydantic import AliasChoices, Field, HttpUrl
          from pydantic_settings import BaseSettings, SettingsConfigDict

          class SandboxConfig(BaseSettings):
              CODE_EXECUTION_ENDPOINT: HttpUrl = Field(description="sandbox", default=HttpUrl("http://sandbox:8194"))
              PLUGIN_DAEMON_URL: HttpUrl = Field(default=HttpUrl("http://localhost:5002"))

          class BillingConfig(BaseSettings):
              model_config = SettingsConfigDict(env_prefix="APP_")
              billing_host: str = "localhost"
              ledger_url: str = Field(default="http://ledger:9000", validation_alias=AliasChoices("LEDGER_URL", "LEDGER_ENDPOINT"))

          class Config(SandboxConfig, BillingConfig):
              pass

          yard_config = Config()` },
      { path: 'api/core/clients.py', text: code`
          import requests
          from httpx import post
          from yarl import URL
          from configs.feature import yard_config

          daemon = URL(str(yard_config.PLUGIN_DAEMON_URL))

          def run(code):
              url = URL(str(yard_config.CODE_EXECUTION_ENDPOINT)) / "v1" / "run"
              return post(str(url), json={"code": code})

          def install(path):
              return requests.request(method="POST", url=str(daemon / path))

          def bill():
              requests.post(f"http://{yard_config.billing_host}:9000/bill")
              requests.get(yard_config.ledger_url + "/entries")` },
    ],
    context: [component('api', 'api'), component('sandbox'), component('plugin-daemon'), component('billing'), component('ledger'), envBinding('api', 'PLUGIN_DAEMON_URL', 'http://plugin-daemon:5002'), envBinding('api', 'APP_BILLING_HOST', 'billing')],
    bindings: {
      CODE_EXECUTION_ENDPOINT: 'http://sandbox:8194',
      LEDGER_URL: 'http://ledger:9000',
      'code:CODE_EXECUTION_ENDPOINT': '$ref:CODE_EXECUTION_ENDPOINT',
      'code:PLUGIN_DAEMON_URL': '$ref:PLUGIN_DAEMON_URL',
      'code:billing_host': '$ref:APP_BILLING_HOST',
      'code:ledger_url': '$ref:LEDGER_URL',
    },
    targets: [{ key: 'code:CODE_EXECUTION_ENDPOINT' }, { key: 'code:PLUGIN_DAEMON_URL' }, { key: 'code:billing_host' }, { key: 'code:ledger_url' }],
    edges: ['api -> sandbox (rest)', 'api -> plugin-daemon (rest)', 'api -> billing (rest)', 'api -> ledger (rest)'],
  },
  {
    name: 'Java: a @ConfigurationProperties field read through a getter in another class',
    source: jvmCodeSource,
    files: [
      { path: 'shop/src/main/java/com/shop/CatalogueProperties.java', text: code`
          package com.shop;
          @ConfigurationProperties(prefix = "svc")
          public class CatalogueProperties {
            private String catalogueUrl;
            public String getCatalogueUrl() { return catalogueUrl; }
          }` },
      { path: 'shop/src/main/java/com/shop/CatalogueClient.java', text: code`
          package com.shop;
          import org.springframework.web.client.RestTemplate;
          public class CatalogueClient {
            private final RestTemplate rest;
            private final CatalogueProperties props;
            public Item[] items() {
              return rest.getForObject(props.getCatalogueUrl() + "/items", Item[].class);
            }
          }` },
    ],
    context: [component('shop', 'shop'), component('catalogue'), { type: 'binding', scope: 'shop', key: 'svc.catalogue-url', value: 'http://catalogue:8080', evidence: at('shop/src/main/resources/application.yml', 3) }],
    bindings: { 'code:CatalogueProperties.catalogueUrl': '$ref:svc.catalogue-url' },
    targets: [{ key: 'code:CatalogueProperties.catalogueUrl' }],
    edges: ['shop -> catalogue (rest)'],
  },
  {
    name: 'Java: a @Value field of a configuration bean read as a field of an injected instance',
    source: jvmCodeSource,
    files: [
      { path: 'orders/src/main/java/Endpoints.java', text: code`
          @Component
          public class Endpoints {
            @Value("\${payments.url}")
            public String paymentsUrl;
          }` },
      { path: 'orders/src/main/java/PaymentClient.java', text: code`
          import org.springframework.web.client.RestTemplate;
          public class PaymentClient {
            private RestTemplate restTemplate;
            public PaymentClient(Endpoints endpoints) {
              restTemplate.postForObject(endpoints.paymentsUrl, request, Receipt.class);
            }
          }` },
    ],
    context: [component('orders', 'orders'), component('payments'), { type: 'binding', scope: 'orders', key: 'payments.url', value: 'http://payments:9000', evidence: at('orders/src/main/resources/application.yml', 3) }],
    bindings: { 'code:Endpoints.paymentsUrl': '$ref:payments.url' },
    targets: [{ key: 'code:Endpoints.paymentsUrl' }],
    edges: ['orders -> payments (rest)'],
  },
  {
    name: 'Kotlin: a @ConfigurationProperties data class property read on an injected instance',
    source: jvmCodeSource,
    files: [
      { path: 'cart/src/main/kotlin/CartProperties.kt', text: code`
          @ConfigurationProperties(prefix = "svc")
          data class CartProperties(val pricingUrl: String)` },
      { path: 'cart/src/main/kotlin/PricingClient.kt', text: code`
          import org.springframework.web.client.RestTemplate
          class PricingClient(private val rest: RestTemplate, private val props: CartProperties) {
            fun quote() = rest.getForObject("\${props.pricingUrl}/quote", Quote::class.java)
          }` },
    ],
    context: [component('cart', 'cart'), component('pricing'), { type: 'binding', scope: 'cart', key: 'svc.pricing-url', value: 'http://pricing:8080', evidence: at('cart/src/main/resources/application.yml', 3) }],
    bindings: { 'code:CartProperties.pricingUrl': '$ref:svc.pricing-url' },
    targets: [{ key: 'code:CartProperties.pricingUrl' }],
    edges: ['cart -> pricing (rest)'],
  },
  {
    name: 'Python: Flask config entries set from the environment in app.py, read through current_app in views.py',
    source: pythonCodeSource,
    files: [
      { path: 'frontend/app.py', text: code`
          import os
          from flask import Flask
          app = Flask(__name__)
          app.config["USERSERVICE_URI"] = f"http://{os.environ['USERSERVICE_ADDR']}/login"
          app.config.update(CONTACTS_URI="http://{}/contacts".format(os.environ.get("CONTACTS_ADDR")), TIMEOUT=4)` },
      { path: 'frontend/views.py', text: code`
          import requests
          from flask import current_app
          def login(user):
              return requests.post(current_app.config["USERSERVICE_URI"], data=user, timeout=current_app.config["TIMEOUT"])
          def contacts(name):
              return requests.get("{}/{}".format(current_app.config.get("CONTACTS_URI"), name))` },
    ],
    context: [component('frontend', 'frontend'), component('userservice'), component('contacts'), envBinding('frontend', 'USERSERVICE_ADDR', 'userservice:8080'), envBinding('frontend', 'CONTACTS_ADDR', 'contacts:8080')],
    bindings: { 'code:config:USERSERVICE_URI': '$ref:USERSERVICE_ADDR', 'code:config:CONTACTS_URI': '$ref:CONTACTS_ADDR' },
    targets: [{ key: 'code:config:USERSERVICE_URI' }, { key: 'code:config:CONTACTS_URI' }],
    edges: ['frontend -> userservice (rest)', 'frontend -> contacts (rest)'],
  },
  {
    name: 'Python: a settings module\'s constants and a settings object filled at start-up, imported elsewhere',
    source: pythonCodeSource,
    files: [
      { path: 'accounts/settings.py', text: code`
          import os
          ACCOUNTS_DB_URI = os.environ.get("ACCOUNTS_DB_URI")
          page_size = int(os.getenv("PAGE_SIZE", "20"))` },
      { path: 'accounts/boot.py', text: code`
          import os
          from django.conf import settings
          settings.LEDGER_URL = os.getenv("LEDGER_URL")` },
      { path: 'accounts/db.py', text: code`
          import requests
          from sqlalchemy import create_engine
          from django.conf import settings
          from .settings import ACCOUNTS_DB_URI
          engine = create_engine(ACCOUNTS_DB_URI)
          requests.get(settings.LEDGER_URL + "/balances")` },
    ],
    context: [component('accounts', 'accounts'), component('accounts-db'), component('ledger'), envBinding('accounts', 'ACCOUNTS_DB_URI', 'postgresql://accounts-db:5432/accounts'), envBinding('accounts', 'LEDGER_URL', 'http://ledger:8080')],
    bindings: { 'code:ACCOUNTS_DB_URI': '$ref:ACCOUNTS_DB_URI', 'code:LEDGER_URL': '$ref:LEDGER_URL' },
    targets: [{ key: 'code:ACCOUNTS_DB_URI' }, { key: 'code:LEDGER_URL' }],
    edges: ['accounts -> accounts-db (database)', 'accounts -> ledger (rest)'],
  },
  {
    name: 'Python: a Django setting read through an alias of another setting in the settings module',
    source: pythonCodeSource,
    files: [
      { path: 'lms/envs/production.py', text: code`
          INSTALLED_APPS = []
          FORUM_SERVICE_URL = "http://forum:4567"
          COMMENTS_SERVICE_URL = FORUM_SERVICE_URL` },
      { path: 'lms/discussion/client.py', text: code`
          import requests
          from django.conf import settings
          def threads():
              return requests.get(settings.COMMENTS_SERVICE_URL + "/api/v1/threads", timeout=5)` },
    ],
    context: [component('lms', 'lms'), component('forum')],
    bindings: { 'code:FORUM_SERVICE_URL': 'http://forum:4567', 'code:COMMENTS_SERVICE_URL': 'http://forum:4567' },
    targets: [{ key: 'code:COMMENTS_SERVICE_URL' }],
    edges: ['lms -> forum (rest)'],
  },
  {
    name: 'Python: an HTTP wrapper and a DB wrapper class, constructed in another module with a config value and an env var',
    source: pythonCodeSource,
    files: [
      { path: 'frontend/api_client.py', text: code`
          import requests
          class BackendClient:
              def __init__(self, base, timeout=3):
                  self.base = base.rstrip("/")
                  self.session = requests.Session()
              def get_json(self, path):
                  return self.session.get(self.base + path, timeout=5).json()` },
      { path: 'frontend/db.py', text: code`
          from sqlalchemy import create_engine
          class UserDb:
              def __init__(self, uri):
                  self.engine = create_engine(uri)` },
      { path: 'frontend/views.py', text: code`
          import os
          from flask import current_app
          from api_client import BackendClient
          from db import UserDb
          users = UserDb(os.environ.get("ACCOUNTS_DB_URI"))
          def history(acct):
              return BackendClient(current_app.config["HISTORY_URI"]).get_json("/" + acct)` },
      { path: 'frontend/app.py', text: code`
          import os
          app.config["HISTORY_URI"] = "http://" + os.environ["HISTORY_API_ADDR"] + "/transactions"` },
    ],
    context: [component('frontend', 'frontend'), component('transactionhistory'), component('accounts-db'), envBinding('frontend', 'HISTORY_API_ADDR', 'transactionhistory:8080'), envBinding('frontend', 'ACCOUNTS_DB_URI', 'postgresql://accounts-db:5432/accounts')],
    bindings: { 'code:init:UserDb#0': '$ref:ACCOUNTS_DB_URI', 'code:init:BackendClient#0': '$ref:code:config:HISTORY_URI', 'code:config:HISTORY_URI': '$ref:HISTORY_API_ADDR' },
    targets: [{ key: 'code:init:BackendClient#0' }, { key: 'code:init:UserDb#0' }],
    edges: ['frontend -> transactionhistory (rest)', 'frontend -> accounts-db (database)'],
  },
  {
    name: 'Python: a wrapper method given the whole URL by its callers in another module; library-like names bind nothing',
    source: pythonCodeSource,
    files: [
      { path: 'frontend/client.py', text: code`
          import requests
          class ApiClient:
              def __init__(self):
                  self.session = requests.Session()
              def post_json(self, url, payload):
                  return self.session.post(url, json=payload, timeout=5).json()` },
      { path: 'frontend/views.py', text: code`
          import os
          from client import ApiClient
          api = ApiClient()
          LEDGER_URI = "http://{}/transactions".format(os.environ.get("LEDGER_ADDR"))
          def pay(tx):
              return api.post_json(LEDGER_URI, tx)
          def other(queue):
              queue.send_message("http://not-this:1/x")` },
    ],
    context: [component('frontend', 'frontend'), component('ledgerwriter'), envBinding('frontend', 'LEDGER_ADDR', 'ledgerwriter:8080')],
    bindings: { 'code:param:post_json#0': '$ref:LEDGER_ADDR', 'code:LEDGER_URI': '$ref:LEDGER_ADDR' },
    targets: [{ key: 'code:param:post_json#0' }],
    edges: ['frontend -> ledgerwriter (rest)'],
  },
  {
    name: 'Python: a wrapper class and a wrapper function given their address by keyword in another module; a positional parameter stands in for its keyword',
    source: pythonCodeSource,
    files: [
      { path: 'clinic/store.py', text: code`
          import requests
          from sqlalchemy import create_engine
          class PatientDb:
              def __init__(self, pool_size, uri):
                  self.engine = create_engine(uri, pool_size=pool_size)
          def notify_partner(payload, url):
              return requests.post(url, json=payload, timeout=5)` },
      { path: 'clinic/main.py', text: code`
          import os
          from .store import PatientDb, notify_partner
          db = PatientDb(uri=os.environ["PATIENT_DB_URI"], pool_size=5)
          notify_partner({"id": 1}, url=os.environ["PARTNER_URL"])` },
    ],
    context: [component('clinic', 'clinic'), component('patients-db'), envBinding('clinic', 'PATIENT_DB_URI', 'postgresql://patients-db:5432/p'), envBinding('clinic', 'PARTNER_URL', 'https://api.partner-hub.io/v1')],
    bindings: {
      'code:init:PatientDb#1': '$ref:code:init:PatientDb#uri',
      'code:param:notify_partner#1': '$ref:code:param:notify_partner#url',
      'code:init:PatientDb#uri': '$ref:PATIENT_DB_URI',
      'code:param:notify_partner#url': '$ref:PARTNER_URL',
    },
    targets: [{ key: 'code:init:PatientDb#1' }, { key: 'code:param:notify_partner#1' }],
    edges: ['clinic -> patients-db (database)', 'clinic -> api-partner-hub-io (rest)'],
  },
  {
    name: 'Go: a constructor in another package given its address as a parameter, called from main with an env var; stdlib calls and methods bind nothing',
    source: goCodeSource,
    files: [
      { path: 'inventory/internal/store/store.go', text: code`
          package store
          import "github.com/redis/go-redis/v9"
          type Store struct{ rdb *redis.Client }
          func NewStore(prefix string, addr string) *Store {
          	return &Store{rdb: redis.NewClient(&redis.Options{Addr: addr})}
          }` },
      { path: 'inventory/cmd/inventory/main.go', text: code`
          package main
          import (
          	"os"
          	"strings"
          	"example.com/inventory/internal/store"
          )
          func main() {
          	s := store.NewStore("inv", os.Getenv("REDIS_ADDR"))
          	_ = strings.TrimSpace(os.Getenv("IGNORED"))
          	s.Warm(os.Getenv("ALSO_IGNORED"))
          }` },
    ],
    context: [component('inventory', 'inventory'), component('cache'), envBinding('inventory', 'REDIS_ADDR', 'cache:6379')],
    // `Addr` is a struct literal's field, shared like `&server{ordersURL: …}`; no file reads it bare.
    // A literal given to a call binds each field as the callee's (`redis.NewClient`'s, read by nobody here).
    bindings: { 'code:param:store.NewStore#1': '$ref:REDIS_ADDR', 'code:Addr': '$ref:code:param:store.NewStore#1', 'code:param:redis.NewClient#0.Addr': '$ref:code:param:store.NewStore#1' },
    targets: [{ key: 'code:param:store.NewStore#1' }],
    edges: ['inventory -> cache (database)'],
  },
  {
    name: 'Go: an options struct filled from flags in cmd/, handed through constructors to a client in another package',
    source: goCodeSource,
    files: [
      { path: 'cmd/flags.go', text: code`
          package cmd
          import "github.com/spf13/cobra"
          var fleetHost string
          func registerUpstreamFlags(cmd *cobra.Command) {
          	cmd.Flags().StringVar(&fleetHost, "fleet-service-hostname", "localhost", "fleet host")
          }` },
      { path: 'cmd/frontend.go', text: code`
          package cmd
          import (
          	"net"
          	"example.com/cab/services/frontend"
          )
          func runFrontend() error {
          	options := frontend.ConfigOptions{FleetHostPort: net.JoinHostPort(fleetHost, "8092")}
          	return frontend.NewServer(options).Run()
          }` },
      { path: 'services/frontend/wiring.go', text: code`
          package frontend
          import "example.com/cab/services/fleetapi"
          type ConfigOptions struct{ FleetHostPort string }
          func newBest(options ConfigOptions) *best {
          	return &best{fleet: fleetapi.NewClient(options.FleetHostPort)}
          }` },
      { path: 'services/fleetapi/client.go', text: code`
          package fleetapi
          import (
          	"example.com/cab/proto/fleetpb"
          	"google.golang.org/grpc"
          )
          func NewClient(hostPort string) fleetpb.FleetServiceClient {
          	conn, _ := grpc.NewClient(hostPort)
          	return fleetpb.NewFleetServiceClient(conn)
          }` },
    ],
    context: [component('frontend', ''), component('fleet'), { type: 'binding', component: 'frontend', key: 'fleet-service-hostname', value: 'fleet', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact],
    bindings: {
      'code:fleetHost': '$ref:fleet-service-hostname',
      'code:FleetHostPort': '$ref:code:fleetHost',
      'code:field:ConfigOptions.FleetHostPort': '$ref:code:fleetHost',
      // `options.FleetHostPort` on a parameter of the package's own type: what callers give that
      // parameter's field, else (no caller passes a literal) the field as the type's literals set it.
      'code:param:fleetapi.NewClient#0': '$ref:code:param:frontend.newBest#0.FleetHostPort',
      'code:param:frontend.newBest#0.FleetHostPort': '$ref:code:field:ConfigOptions.FleetHostPort',
      'code:param:grpc.NewClient#0': '$ref:code:param:fleetapi.NewClient#0',
      'code:param:fleetpb.NewFleetServiceClient#0': '$ref:code:param:fleetapi.NewClient#0',
    },
    targets: [{ key: 'code:param:fleetapi.NewClient#0' }],
    // The parameter's binding is scoped to services/frontend, the caller's folder (no `cmd/` above
    // it tells the module's): the edge is made when the module is code several services share
    // (fixture pedalcab-options), not for one service's own folders here.
    edges: [],
  },
  {
    name: 'Go: two clients built from a `Config` of their own package, both with a `BaseURL`, each get their caller\'s value',
    source: goCodeSource,
    files: [
      { path: 'checkout/internal/ordersclient/client.go', text: code`
          package ordersclient
          import ("net/http"; "net/url"; "strings")
          type Config struct { BaseURL string }
          type Client struct { base string }
          func New(cfg Config) *Client {
          	base := cfg.BaseURL
          	if base == "" {
          		base = "http://localhost:8081"
          	}
          	return &Client{base: strings.TrimSuffix(base, "/")}
          }
          func (c *Client) Place() { u, _ := url.JoinPath(c.base, "v1", "orders"); http.Post(u, "application/json", nil) }` },
      { path: 'checkout/internal/rewards/client.go', text: code`
          package rewards
          import ("fmt"; "net/http")
          type Config struct { BaseURL string }
          type Client struct { baseURL string }
          func NewClient(cfg Config) *Client { return &Client{baseURL: cfg.BaseURL} }
          func (c *Client) Award(id string) { http.Post(fmt.Sprintf("%s/v1/customers/%s/points", c.baseURL, id), "application/json", nil) }` },
      { path: 'checkout/cmd/checkout/main.go', text: code`
          package main
          import ("os"; "example.com/checkout/internal/ordersclient"; "example.com/checkout/internal/rewards")
          func main() {
          	ordersclient.New(ordersclient.Config{BaseURL: os.Getenv("ORDERS_URL")})
          	rewards.NewClient(rewards.Config{BaseURL: os.Getenv("REWARDS_URL")})
          }` },
    ],
    context: [component('checkout', 'checkout'), component('orders'), component('rewards'), envBinding('checkout', 'ORDERS_URL', 'http://orders:8080'), envBinding('checkout', 'REWARDS_URL', 'http://rewards:3000')],
    // `code:BaseURL` (each literal's field by name, the last file's kept here) would mix the two up;
    // the parameter's field does not.
    bindings: {
      'code:param:ordersclient.New#0.BaseURL': '$ref:ORDERS_URL',
      'code:param:rewards.NewClient#0.BaseURL': '$ref:REWARDS_URL',
      'code:base': '$ref:code:param:ordersclient.New#0.BaseURL',
      'code:baseURL': '$ref:code:param:rewards.NewClient#0.BaseURL',
      'code:BaseURL': '$ref:REWARDS_URL',
    },
    targets: [{ key: 'code:param:ordersclient.New#0.BaseURL' }, { key: 'code:param:rewards.NewClient#0.BaseURL' }],
    edges: ['checkout -> orders (rest)', 'checkout -> rewards (rest)'],
  },
  {
    name: 'Go: a `Config` field no caller gives is its default for an empty value',
    source: goCodeSource,
    files: [
      { path: 'checkout/internal/ordersclient/client.go', text: code`
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
          func (c *Client) Place() { http.Post(c.base+"/v1/orders", "application/json", nil) }` },
    ],
    context: [component('checkout', 'checkout'), component('orders')],
    bindings: {
      'code:base': '$ref:code:param:ordersclient.New#0.BaseURL',
      'code:param:ordersclient.New#0.BaseURL': 'http://orders:8080',
    },
    targets: [{ key: 'code:param:ordersclient.New#0.BaseURL' }],
    edges: ['checkout -> orders (rest)'],
  },
  {
    name: 'Go: an SDK keeping its whole `Config` of base URLs, each method sending through one helper: one connection per base URL, each the field the caller sets',
    source: goCodeSource,
    files: [
      { path: 'pkg/sdk/go/sdk.go', text: code`
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
          }` },
      { path: 'cmd/provision/main.go', text: code`
          package main
          import ("os"; "example.com/relay/pkg/sdk/go")
          func main() {
          	s := sdk.NewSDK(sdk.Config{UsersURL: os.Getenv("USERS_URL"), ThingsURL: os.Getenv("THINGS_URL")})
          	s.CreateUser()
          	s.CreateThing()
          }` },
    ],
    context: [component('provision', 'cmd/provision'), component('users'), component('things'), component('readers'), envBinding('provision', 'USERS_URL', 'http://users:9002'), envBinding('provision', 'THINGS_URL', 'http://things:9000')],
    bindings: {
      'code:ThingsURL': '$ref:THINGS_URL',
      'code:UsersURL': '$ref:USERS_URL',
      'code:cfg': '$ref:code:param:sdk.NewSDK#0',
      'code:param:sdk.NewSDK#0.ThingsURL': '$ref:THINGS_URL',
      'code:param:sdk.NewSDK#0.UsersURL': '$ref:USERS_URL',
    },
    // One connection per base URL the helper is given; ReadersURL, which the caller leaves unset, resolves to nothing.
    targets: [{ key: 'code:param:sdk.NewSDK#0.UsersURL' }, { key: 'code:param:sdk.NewSDK#0.ThingsURL' }, { key: 'code:param:sdk.NewSDK#0.ReadersURL' }],
    // The SDK's folder is no service's here: its connections are its callers' where a deployment
    // builds them from the module (fixture relayhub-gosdk).
    edges: [],
  },
  {
    name: 'two programs of one module each with a `main` helper of the same name keep their own arguments',
    source: goCodeSource,
    files: TWO_GO_PROGRAMS,
    context: [
      component('rate', 'cmd/rate'),
      component('geo', 'cmd/geo'),
      component('mongodb-rate'),
      component('mongodb-geo'),
      { type: 'binding', component: 'rate', key: 'RATE_MONGO', value: 'mongodb-rate:27017', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
      { type: 'binding', component: 'geo', key: 'GEO_MONGO', value: 'mongodb-geo:27017', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
    ],
    // (bindingsOf keeps the last file's binding of a key; each program's is scoped to its own folder.)
    bindings: { 'code:param:main.initializeDatabase#0': '$ref:GEO_MONGO', 'code:param:mongo.Connect#1': '$ref:code:param:main.initializeDatabase#0' },
    targets: [{ key: 'code:param:main.initializeDatabase#0' }, { key: 'code:param:main.initializeDatabase#0' }],
    edges: ['geo -> mongodb-geo (database)', 'rate -> mongodb-rate (database)'],
  },
  {
    name: 'the same when the module (its go.mod at the root) is the code of both programs: a call in one program does not give the helper of the other its argument',
    source: goCodeSource,
    files: TWO_GO_PROGRAMS,
    context: [
      // Both built from the repository root (compose `build: .`, `command: rate`): the module is the code of each.
      { type: 'component', name: 'hotel', kind: 'application', root: '', goModule: true, evidence: at('go.mod'), confidence: CONFIDENCE.declared } as Fact,
      { type: 'component', name: 'rate', kind: 'application', root: '', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
      { type: 'component', name: 'geo', kind: 'application', root: '', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
      component('mongodb-rate'),
      component('mongodb-geo'),
      { type: 'binding', component: 'rate', key: 'RATE_MONGO', value: 'mongodb-rate:27017', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
      { type: 'binding', component: 'geo', key: 'GEO_MONGO', value: 'mongodb-geo:27017', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared } as Fact,
    ],
    // (bindingsOf keeps the last file's binding of a key; each program's is scoped to its own folder.)
    bindings: { 'code:param:main.initializeDatabase#0': '$ref:GEO_MONGO', 'code:param:mongo.Connect#1': '$ref:code:param:main.initializeDatabase#0' },
    targets: [{ key: 'code:param:main.initializeDatabase#0' }, { key: 'code:param:main.initializeDatabase#0' }],
    edges: ['geo -> mongodb-geo (database)', 'rate -> mongodb-rate (database)'],
  },
  {
    name: 'a name set in the same file is not left to other files; a package import is not a shared name',
    source: typescriptCodeSource,
    files: [
      { path: 'app/src/client.ts', text: code`
          import axios from 'axios';
          import { BASE } from 'some-sdk';
          import { CART_URL } from './config';
          const CART_URL_LOCAL = 'http://cart:8080';
          axios.get(CART_URL_LOCAL);
          axios.get(BASE);` },
    ],
    context: [component('app', 'app'), component('cart')],
    bindings: {},
    targets: [{ host: 'cart', port: 8080, url: 'http://cart:8080' }, {}],
    edges: ['app -> cart (rest)'],
  },
];

describe('values carried across files of a package or module', () => {
  it.each(cases)('$name', async ({ source, files, context, bindings, targets, edges }) => {
    const facts = (await Promise.all(files.map((file) => readSnippet(source, file.path, file.text)))).flat();
    expect(bindingsOf(facts)).toEqual(bindings);
    const connections = facts.filter((fact) => fact.type === 'connection');
    expect(connections.map((fact) => fact.target)).toEqual(targets);
    for (const fact of connections) expect(fact.confidence).toBe(Object.keys(fact.target).length > 0 ? CONFIDENCE.literal : CONFIDENCE.inferred);
    const graph = resolveFacts([...context, ...facts]);
    expect(graph.integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism}${item.channel ? ` ${item.channel}` : ''})`).sort()).toEqual([...edges].sort());
  });

  it('scopes a shared binding to the folder of its file', async () => {
    const facts = await readSnippet(goCodeSource, 'src/frontend/main.go', GO_MAIN);
    const binding = facts.find((fact) => fact.type === 'binding' && fact.key === 'code:cartSvcAddr');
    expect(binding).toMatchObject({ scope: 'src/frontend', evidence: { file: 'src/frontend/main.go', line: 10 } });
  });
});
