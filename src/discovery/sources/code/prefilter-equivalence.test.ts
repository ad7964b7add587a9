/**
 * The prefilter's single scan (TriggerExpression's split search, SHARES' and the constants' starts
 * found in the same passes, raw patterns looked for by their literal starts) must let through
 * exactly what the form before it did (src/test-support/prefilter-before.ts, kept verbatim): the
 * same answer for every family, every language and every text. Checked on hand-picked texts, on
 * the fixtures' code files, and on texts generated from the families' own words and patterns
 * (case changed, glued to names, cut short) and from what those patterns match in the fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CodeLanguage } from '../../code-parser.js';
import * as before from '../../../test-support/prefilter-before.js';
import { CSHARP_TABLE } from './csharp-signatures.js';
import { GO_TABLE } from './go-signatures.js';
import { JVM_TABLE } from './jvm-signatures.js';
import { PHP_TABLE } from './php-signatures.js';
import { literalStarts, mayMatch, SHARES, triggerPattern, type TriggerSpec } from './prefilter.js';
import { PYTHON_TABLE } from './python-signatures.js';
import { RUBY_TABLE } from './ruby-signatures.js';
import { RUST_TABLE } from './rust-signatures.js';
import { TYPESCRIPT_TABLE } from './typescript-signatures.js';

const specOf = (triggers: RegExp): TriggerSpec => (triggers as RegExp & { spec: TriggerSpec }).spec;

/** Words and patterns no family has, for the corners: words starting with `_`, `@`, a digit or `.`, one letter, a hump with a digit second. */
const CORNERS = triggerPattern({
  words: ['_priv', '@scope/pkg', '3scale', '.net', 'a-b', 'Mail', 'x', 'pg'],
  prefixes: ['redis', 'K8s', 'sib_api', 'aws-sdk', 'Volo.Abp'],
  patterns: ['\\bhttp\\.Get\\b', '[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', 'New\\w+Client\\(', '(?:\\benv|envconfig):"', '@\\w+\\.task\\b', '\\b_?[Cc]onfig(?:uration)?\\.Get<', '["\']driver["\']\\s*=>', 'a[^]b|[]x|[^]{2}zz'],
});

const FAMILIES: [string, RegExp, (CodeLanguage | undefined)[]][] = [
  ['typescript', TYPESCRIPT_TABLE.triggers, ['typescript', 'tsx', 'javascript', undefined]],
  ['python', PYTHON_TABLE.triggers, ['python', undefined]],
  ['go', GO_TABLE.triggers, ['go', undefined]],
  ['jvm', JVM_TABLE.triggers, ['java', 'kotlin', 'groovy', undefined]],
  ['csharp', CSHARP_TABLE.triggers, ['c_sharp', undefined]],
  ['ruby', RUBY_TABLE.triggers, ['ruby', undefined]],
  ['php', PHP_TABLE.triggers, ['php', undefined]],
  ['rust', RUST_TABLE.triggers, ['rust', undefined]],
  ['corners', CORNERS, ['python', 'c_sharp', 'typescript', 'java', undefined]],
];

/** The differences between the two forms' answers over some texts, for one family (empty when they agree). */
function differences(triggers: RegExp, languages: readonly (CodeLanguage | undefined)[], texts: readonly string[]): string[] {
  const old = before.triggerPattern(specOf(triggers));
  const found: string[] = [];
  for (const text of texts) {
    const shown = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
    if (triggers.test(text) !== old.test(text)) found.push(`test: ${shown}`);
    for (const language of languages) {
      const now = mayMatch(text, triggers, [], language);
      const then = before.mayMatch(text, old, [], language);
      if (now !== then) found.push(`${language ?? 'no language'}: now ${now}, before ${then}: ${shown}`);
    }
  }
  return found;
}

/** Texts picked for the corners of the scan: boundaries, `_`, humps, case, quotes, SHARES and the constants' shapes. */
const PICKED = [
  '',
  'x',
  'redis',
  'Redis',
  'REDIS',
  'rEDIS',
  '_redis',
  'go_redis',
  'aio_pika',
  'AIO_PIKA',
  'goRedis',
  'goREDIS',
  'StackExchangeRedis',
  'stackexchangeredis',
  '9redis',
  'redis9',
  'é redis',
  'éredis',
  '\u212Aafka',
  'K\u212Afka',
  'import kafka',
  'x.kafka',
  'JavaMailSender',
  'JavaMAILSender',
  'email',
  'e_mail',
  'EMAIL',
  'MAIL_HOST',
  'mail.NewDialer(h)',
  'nodeFetch(u)',
  'fetchLatest()',
  'refetch()',
  'fetch(url)',
  'storage',
  'Storage',
  'STORAGE',
  'storageKey',
  'localStorage',
  'my_storage',
  '@google-cloud/storage',
  'k8s',
  'theK8sClient',
  'K8S',
  '3scale',
  'a3scale',
  '_3scale',
  '.net',
  'a.net',
  'asp.net',
  'x@scope/pkg',
  '__priv',
  'a_priv',
  '_privy',
  'sib_api',
  'mySib_api',
  'aws-sdk',
  'theAws-sdk',
  'Volo.Abp',
  'a-b',
  'xa-b',
  'a-bc',
  'http.Get(u)',
  'nethttp.Get(u)',
  'HTTP.GET(u)',
  'client := pb.NewCartServiceClient(conn)',
  'newfooclient(',
  'envconfig:"PORT"',
  'env:"PORT"',
  'myenv:"PORT"',
  'ENV:"PORT"',
  '@app.task',
  '@APP.TASK',
  'config.Get<Options>()',
  '_config.Get<Options>()',
  'Configuration.Get<X>()',
  "'driver' => 'mysql'",
  '"driver"=>',
  'DRIVER',
  'aXb',
  'a\nb',
  'xzz',
  'addr := os.Getenv("CART_ADDR")',
  'pos.getenv("x")',
  'OS.GETENV("x")',
  'os.LookupEnv("x")',
  'mustMapEnv(&a, "X")',
  'x_mustMapEnv(&a, "X")',
  'process.env.X',
  'myprocess.env',
  'process.envelope',
  'module.exports = {}',
  '_module.exports = {}',
  '@ConfigurationProperties(prefix = "x")',
  'x@ConfigurationProperties',
  '@Value("${x}")',
  'a@value(',
  'export const ORDERS_URL = "x";',
  'export  const paymentEndpoint = "y";',
  'myexport const ORDERS_URL = "x";',
  '_export const ORDERS_URL = "x";',
  'EXPORT CONST HOST = 1',
  'const base = "http://orders:8080";',
  "url = 'amqp://rabbitmq:5672'",
  'u = `grpc://cart:7070`',
  'const local = "http://localhost:8080";',
  'const site = "https://www.example.com";',
  'const db = "postgresql://db:5432/x";',
  'const db = "postgres://db:5432/x";',
  "x = 'MONGODB://m:27017'",
  'public const string Orders = "orders";',
  'public CONST STRING Orders = "orders";',
  'xconst string Orders = "orders";',
  '_const string Orders = "orders";',
  "export const ORDER_CREATED = 'order.created';",
  "export const orderCreated = 'order.created';",
  'public static final String ORDERS = "orders";',
  'interface Topics {\n  String ORDERS = "orders";\n}',
  'ORDERS = new Topic<>("orders", Serdes.String());',
  'enum Topic {\n  ORDERS("orders"),\n}',
  'Topic {\n  ORDERS("orders"),\n}',
  'object Topics { const val ORDERS = "orders" }',
  'object Topics { const  val ORDERS = "orders" }',
  'object Topics { const\tval ORDERS = "orders" }',
  '@Bean\npublic Supplier<Order> orders() {}',
  'import org.springframework.cloud.stream.annotation.EnableBinding;',
  '@KafkaListener(topics = "orders")',
  'x@KafkaListener',
  'from celery import shared_task\n@shared_task\ndef f(): pass',
  'DJANGO_SETTINGS_MODULE',
  'django_settings_module',
  'task.delay(1)',
  'task.DELAY(1)',
  'settings.DATABASES',
  'app.config["X"]',
  'app.CONFIG',
  'app.Configure',
  'requests.get(u)',
  'import   requests',
  'from\trequests import get',
  'os.environ["X"]',
  'os.environ .get("X")',
  'environ.setdefault("X", "y")',
  'import "net/http"',
  "import 'NET/HTTP'",
  'database/sql',
  'sql.Open("pg", dsn)',
  'type Config struct {',
  'Config  struct',
  'LoadEnv(&cfg)',
  'flag.String("addr", "", "")',
  'flag.string(',
  'using Amazon.SQS;',
  'services.Configure<Options>(c)',
  'section.Bind("x")',
  'Microsoft.Azure.WebJobs',
  'System.Web.Services',
  "import http from 'node:http'",
  "require('https')",
  "require('request-promise-native')",
  'Transport.Tcp',
  'Transport.tcp',
  "import { app } from '@azure/functions'",
  'Shop::Cart::Stub.new(a)',
  "require_relative 'cart_services_pb'",
  "ENV['X']",
  'ENV.fetch("X")',
  'env.fetch("X")',
  'Http::get($u)',
  'curl_setopt_array($c, [])',
  'file_get_contents("https://x")',
  '$_ENV["X"]',
  'env("X")',
  "new CatalogClient(config('x'))",
  'std::env::var("X")',
  'env!("X")',
  'cart_client::CartClient',
  'orders_server::Server',
  `${'let a = 1;\n'.repeat(300)}client = new Client("grpc://cart:7070")`,
  `${'// filler\n'.repeat(300)}import redis`,
];

/** The fixtures' code files: real code of every family, with and without client calls. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(?:py|go|java|kt|kts|cs|ts|tsx|js|mjs|rb|php|rs)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  visit(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'test', 'discovery', 'fixtures'));
  return texts;
}

/** A small seeded generator (mulberry32): the same texts every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BEFORE = ['', '', ' ', '\n', '_', '.', '-', '/', '"', "'", '`', '@', '(', 'a', 'Z', '9', 'x_', 'é', '\u212A', 'get', 'My', '$'];
const AFTER = ['', '', ' ', '\n', '(', '.', '_', '-', '"', "'", 'a', 'Z', '9', ':', '::', '<', '[', '!', '(&', 's', 'Client(', 'Server(', ' struct', '://x', '://www.x'];
const FILLER = ['', ' ', '\n', '; ', ' = ', '(', ')', '{\n', '}\n', 'x', 'value', 'Order', 'const ', 'new ', 'String ', 'static final ', 'export ', 'enum ', 'import ', 'from ', '"', "'", '\t'];

/**
 * Texts made of the family's words and patterns' matches, each changed at random: its case (as
 * written, lower, upper, capitalised, one letter flipped), a character before and after it (a
 * separator, a letter, a digit, `_`, a quote), sometimes a character dropped or doubled; joined by
 * code-like filler.
 */
function generated(spec: TriggerSpec, matches: readonly string[], count: number, seed: number): string[] {
  const random = generator(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fragments = [...(spec.words ?? []), ...(spec.prefixes ?? []), ...matches, ...PICKED.filter((text) => text.length < 80)];
  const changeCase = (text: string): string => {
    const roll = random();
    if (roll < 0.35) return text;
    if (roll < 0.5) return text.toLowerCase();
    if (roll < 0.65) return text.toUpperCase();
    if (roll < 0.8) return text.charAt(0).toUpperCase() + text.slice(1);
    const at = Math.floor(random() * text.length);
    const char = text.charAt(at);
    return text.slice(0, at) + (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) + text.slice(at + 1);
  };
  const mutate = (text: string): string => {
    const roll = random();
    const at = Math.floor(random() * text.length);
    if (roll < 0.1) return text.slice(0, at) + text.slice(at + 1);
    if (roll < 0.2) return text.slice(0, at) + text.charAt(at) + text.slice(at);
    return text;
  };
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const parts = 1 + Math.floor(random() * 4);
    for (let part = 0; part < parts; part += 1) text += pick(FILLER) + pick(BEFORE) + mutate(changeCase(pick(fragments))) + pick(AFTER) + pick(FILLER);
    texts.push(text);
  }
  return texts;
}

/** What a family's raw patterns, SHARES and CONSTANTS match in some texts (and a little around it), for the generator. */
function harvest(spec: TriggerSpec, texts: readonly string[]): string[] {
  const found = new Set<string>();
  const expressions = [...(spec.patterns ?? []).map((pattern) => new RegExp(pattern, 'gi')), new RegExp(SHARES.source, 'gi'), new RegExp(before.CONSTANTS.source, 'gm')];
  for (const expression of expressions) {
    let kept = 0;
    for (const text of texts) {
      for (const match of text.matchAll(expression)) {
        found.add(text.slice(Math.max(0, match.index - 3), match.index + match[0].length + 3));
        if ((kept += 1) >= 40) break;
      }
      if (kept >= 40) break;
    }
  }
  return [...found];
}

const FIXTURES = fixtureTexts();

describe('the prefilter lets through what it did before its single scan', () => {
  it('reads the fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThan(500);
  });

  it.each(FAMILIES)('%s: hand-picked texts', (_name, triggers, languages) => {
    expect(differences(triggers, languages, PICKED)).toEqual([]);
  });

  it.each(FAMILIES)('%s: the fixtures’ code files', (_name, triggers, languages) => {
    expect(differences(triggers, languages, FIXTURES)).toEqual([]);
  });

  it.each(FAMILIES.map(([name, triggers, languages], index) => [name, triggers, languages, index] as const))('%s: generated texts', (_name, triggers, languages, index) => {
    const spec = specOf(triggers);
    const texts = generated(spec, harvest(spec, [...FIXTURES, ...PICKED]), 3000, 1000 + index);
    expect(differences(triggers, languages, texts)).toEqual([]);
    // Both answers are common among them, so the comparison says something.
    const passed = texts.filter((text) => mayMatch(text, triggers, [], languages[0])).length;
    expect(passed).toBeGreaterThan(texts.length * 0.1);
    expect(passed).toBeLessThan(texts.length * 0.9);
  });

  it('passes the same files for a user rule', () => {
    const rule = { id: 'acme', language: 'any', call: 'AcmeBus.publish', target: 0, role: 'produces', mechanism: 'messaging' } as const;
    for (const text of ['bus := AcmeBus{}; bus.publish("orders")', 'bus.publish("orders")', 'AcmeBus']) {
      for (const language of ['go', 'python', undefined] as const) {
        expect(mayMatch(text, GO_TABLE.triggers, [rule as never], language)).toBe(before.mayMatch(text, before.triggerPattern(specOf(GO_TABLE.triggers)), [rule as never], language));
      }
    }
  });

  it('takes plain expressions as they are', () => {
    for (const text of PICKED) {
      for (const language of ['java', 'typescript', 'go', undefined] as const) {
        expect(mayMatch(text, /(?!)/, [], language)).toBe(before.mayMatch(text, /(?!)/, [], language));
        expect(mayMatch(text, /redis/i, [], language)).toBe(before.mayMatch(text, /redis/i, [], language));
      }
    }
  });
});

describe('literalStarts', () => {
  it.each([
    ['\\bsql\\.Open\\b', [{ boundary: true, words: ['sql.open'] }]],
    ['[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', [{ boundary: false, words: ['storage'] }]],
    ['\\.(?:delay|apply_async)\\(', [{ boundary: false, words: ['.delay(', '.apply_async('] }]],
    ['["\']driver["\']\\s*=>', [{ boundary: false, words: ['"driver"', '"driver\'', '\'driver"', "'driver'"] }]],
    ['(?:\\benv|envconfig):"', [{ boundary: false, words: ['env:"', 'envconfig:"'] }]],
    ['\\bENV(?:\\[|\\.fetch\\b)', [{ boundary: true, words: ['env[', 'env.fetch'] }]],
    ['@Bean\\b[^;]*x|cloud\\.stream', [{ boundary: false, words: ['@bean'] }, { boundary: false, words: ['cloud.stream'] }]],
    ['abcd(?:ef)?g', [{ boundary: false, words: ['abcd'] }]],
    ['abcde+', [{ boundary: false, words: ['abcd'] }]],
    // Too short a start, or none: looked for as written.
    ['abc+', undefined],
    ['New\\w+Client\\(', undefined],
    ['@\\w+\\.task\\b', undefined],
    ['\\b_?[Cc]onfig\\.Get<', undefined],
    ['[A-Z]abcdef', undefined],
    ['\\tabcdef', undefined],
    ['abcd\\sef', [{ boundary: false, words: ['abcd'] }]],
    ['abcd\\wef', [{ boundary: false, words: ['abcd'] }]],
    ['abcd|x', undefined],
    ['(abcd', undefined],
  ] as const)('%s → %j', (pattern, expected) => {
    expect(literalStarts(pattern)).toEqual(expected);
  });

  it('gives starts every match of the pattern begins with, case aside', () => {
    for (const pattern of ['\\bsql\\.Open\\b', '[Ss](?<![A-Za-z0-9][^])torage(?![A-Za-z0-9])', '\\.(?:delay|apply_async)\\(', '["\']driver["\']\\s*=>', '(?:\\benv|envconfig):"', 'abcde+']) {
      const starts = literalStarts(pattern) ?? [];
      const words = starts.flatMap((start) => start.words);
      for (const text of [...PICKED, 'sql.Open(x)', 'Storage', '.apply_async(', `'driver' =>`, 'envconfig:"x"', 'abcdeee']) {
        for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
          expect(words.some((word) => text.slice(match.index).toLowerCase().startsWith(word))).toBe(true);
        }
      }
    }
  });
});
