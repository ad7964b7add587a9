/**
 * Early-return guards and feature flags defined as comparisons of env reads (branch-conditions.ts,
 * flag-conditions.ts): what the readers state, and what resolution makes of it given a deployment.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import { pythonCodeSource } from './python-source.js';
import type { Source } from '../../source.js';
import type { Fact, FactCondition } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';

/** Each connection as `technology target-host: conditions`. */
function guarded(facts: readonly Fact[]): [string, FactCondition[] | undefined][] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [[`${fact.technology} ${fact.target.host ?? JSON.stringify(fact.target)}`, fact.conditions] as [string, FactCondition[] | undefined]] : []));
}

/** Each flag binding as `key: tests`. */
function flags(facts: readonly Fact[]): [string, string | undefined, FactCondition[]][] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.flag ? [[fact.key, fact.scope, fact.flag] as [string, string | undefined, FactCondition[]]] : []));
}

describe('statements after a guard that leaves run under the opposite of its test', () => {
  it.each([
    [
      'Python: `not A or not B` then return: the rest runs under A and B',
      pythonCodeSource,
      'web/photos/views.py',
      code`
        import requests
        from django.conf import settings
        class UnsplashEndpoint(APIView):
            def get(self, request):
                if not settings.ENABLE_UNSPLASH or not settings.UNSPLASH_ACCESS_KEY:
                    return Response([], status=200)
                resp = requests.get("https://api.unsplash.com/photos/")
                return Response(resp.json())`,
      [['HTTP api.unsplash.com', [{ key: 'code:ENABLE_UNSPLASH', test: 'true' }, { key: 'code:UNSPLASH_ACCESS_KEY', test: 'true' }]]],
    ],
    [
      'Python: raise, continue, and a guard whose body only logs (says nothing)',
      pythonCodeSource,
      'worker/jobs.py',
      code`
        import os
        import requests
        def sync():
            if os.environ.get("SYNC_MODE") != "remote":
                raise RuntimeError("remote sync is off")
            requests.post("https://sync.example.com/batch")
        def notify(items):
            for item in items:
                if os.environ.get("NOTIFY") == "off":
                    continue
                requests.post("https://notify.example.com/send")
        def audit():
            if os.environ.get("AUDIT") != "on":
                logger.info("audit off")
            requests.post("https://audit.example.com/log")`,
      [
        ['HTTP sync.example.com', [{ key: 'SYNC_MODE', test: { equals: 'remote' } }]],
        ['HTTP notify.example.com', [{ key: 'NOTIFY', test: { equals: 'off' }, negated: true }]],
        ['HTTP audit.example.com', undefined],
      ],
    ],
    [
      'JavaScript: a factory returning a stub when the injected settings say off',
      typescriptCodeSource,
      'api/src/sms.js',
      code`
        const twilio = require('twilio')
        const makeSms = ({ smsSettings }) => {
          if (!smsSettings.enabled) {
            return { send: async () => ({ skipped: true }) }
          }
          const client = twilio(smsSettings.accountSid, smsSettings.authToken)
          return { send: (to, body) => client.messages.create({ to, body, from: smsSettings.from }) }
        }
        module.exports = makeSms`,
      [['Twilio {}', [{ key: 'code:smsSettings.enabled', test: 'set' }]]],
    ],
    [
      'TypeScript: throw, `||` of two reads, a module object from require, and a guard with no exit',
      typescriptCodeSource,
      'api/src/push.ts',
      code`
        const config = require('./config')
        export async function push(body: string) {
          if (!process.env.PUSH_URL || process.env.PUSH_MODE === 'off') throw new Error('push is off')
          await fetch('https://push.example.com/v1', { method: 'POST', body })
        }
        export async function mail(body: string) {
          if (!config.mailSettings.enabled) console.warn('mail disabled')
          await fetch('https://mail.example.com/v1', { method: 'POST', body })
        }
        export async function mirror(body: string) {
          if (!config.mirrorSettings.enabled) return
          await fetch('https://mirror.example.com/v1', { method: 'POST', body })
        }`,
      [
        ['HTTP push.example.com', [{ key: 'PUSH_URL', test: 'set' }, { key: 'PUSH_MODE', test: { equals: 'off' }, negated: true }]],
        ['HTTP mail.example.com', undefined],
        ['HTTP mirror.example.com', [{ key: 'code:mirrorSettings.enabled', test: 'set' }]],
      ],
    ],
    [
      'Go: an early return on a setting',
      goCodeSource,
      'rates/main.go',
      code`
        package main
        import "github.com/nats-io/nats.go"
        func main() {
          if os.Getenv("PUBLISH_RATES") != "on" {
            return
          }
          nc, _ := nats.Connect("nats://nats:4222")
          nc.Publish("rates", data)
        }`,
      [['NATS nats', [{ key: 'PUBLISH_RATES', test: { equals: 'on' } }]]],
    ],
    [
      'C#: an early return on GetValue<bool>',
      csharpCodeSource,
      'Ordering/Startup.cs',
      code`
        using Azure.Messaging.ServiceBus;
        public static class EventBusSetup {
          public static void Add(IServiceCollection services, IConfiguration configuration) {
            if (!configuration.GetValue<bool>("AzureServiceBusEnabled")) return;
            var sender = new ServiceBusClient("Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=abc").CreateSender("orders");
          }
        }`,
      [['Azure Service Bus acme-bus.servicebus.windows.net', [{ key: 'AzureServiceBusEnabled', test: 'true' }]]],
    ],
    [
      'Java: an early return on an injected setting',
      jvmCodeSource,
      'orders/src/main/java/acme/Publisher.java',
      code`
        package acme;
        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.kafka.core.KafkaTemplate;
        public class Publisher {
          @Value("\${orders.kafka-enabled}") boolean kafkaEnabled;
          private KafkaTemplate<String, String> kafka;
          public void publish(String order) {
            if (!kafkaEnabled) {
              return;
            }
            kafka.send("orders", order);
          }
        }`,
      [['Kafka', [{ key: 'orders.kafka-enabled', test: 'true' }]]],
    ],
  ] as [string, Source, string, string, [string, FactCondition[] | undefined][]][])('%s', async (_name, source, path, text, expected) => {
    const found = guarded(await readSnippet(source, path, text));
    for (const [connection, conditions] of expected) expect(found.find(([name]) => name.startsWith(connection.split(' {')[0] as string))?.[1], connection).toEqual(conditions);
  });
});

describe('a flag defined as a comparison of an env read stands for that comparison', () => {
  it.each([
    [
      'Python settings module: `==`, `.lower() in (…)`, `and`; a plain read is no flag',
      pythonCodeSource,
      'web/app/settings.py',
      code`
        import os
        ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"
        FEATURE_X = os.getenv("FEATURE_X", "false").lower() in ("1", "true")
        BOTH = os.getenv("A") == "on" and os.getenv("B") != "off"
        UNSPLASH_ACCESS_KEY = os.environ.get("UNSPLASH_ACCESS_KEY")`,
      [
        ['code:ENABLE_UNSPLASH', 'web/app', [{ key: 'ENABLE_UNSPLASH', test: { equals: '1' } }]],
        ['code:FEATURE_X', 'web/app', [{ key: 'FEATURE_X', test: { oneOf: ['1', 'true'] }, caseless: true }]],
        ['code:BOTH', 'web/app', [{ key: 'A', test: { equals: 'on' } }, { key: 'B', test: { equals: 'off' }, negated: true }]],
      ],
    ],
    [
      'JavaScript config object exported whole: a member defined as `===`, for its folder and its application',
      typescriptCodeSource,
      'api/src/config/config.js',
      code`
        const smsSettings = {
          enabled: process.env.SMS_ENABLED === 'true',
          accountSid: process.env.TWILIO_ACCOUNT_SID,
        }
        module.exports = { smsSettings }`,
      [
        ['code:smsSettings.enabled', 'api/src/config', [{ key: 'SMS_ENABLED', test: { equals: 'true' } }]],
        ['code:smsSettings.enabled', 'api', [{ key: 'SMS_ENABLED', test: { equals: 'true' } }]],
      ],
    ],
    [
      'JavaScript config objects exported through Object.assign({}, { … }), a config module shape',
      typescriptCodeSource,
      'api/src/config/config.js',
      code`
        const serverSettings = { port: process.env.PORT || 3000 }
        const smsSettings = {
          enabled: process.env.SMS_ENABLED === 'true',
          accountSid: process.env.TWILIO_ACCOUNT_SID,
        }
        module.exports = Object.assign({}, { serverSettings, smsSettings })`,
      [
        ['code:smsSettings.enabled', 'api/src/config', [{ key: 'SMS_ENABLED', test: { equals: 'true' } }]],
        ['code:smsSettings.enabled', 'api', [{ key: 'SMS_ENABLED', test: { equals: 'true' } }]],
      ],
    ],
  ] as [string, Source, string, string, [string, string | undefined, FactCondition[]][]][])('%s', async (_name, source, path, text, expected) => {
    expect(flags(await readSnippet(source, path, text))).toEqual(expected);
  });
});

describe('resolution drops what a flag switched off by the deployment guards', () => {
  const settings = code`
    import os
    ENABLE_UNSPLASH = os.environ.get("ENABLE_UNSPLASH", "0") == "1"
    UNSPLASH_ACCESS_KEY = os.environ.get("UNSPLASH_ACCESS_KEY", "")`;
  const views = code`
    import requests
    from django.conf import settings
    def photos(request):
        if not settings.ENABLE_UNSPLASH or not settings.UNSPLASH_ACCESS_KEY:
            return []
        return requests.get("https://api.unsplash.com/photos/").json()`;
  const config = code`
    const smsSettings = { enabled: process.env.SMS_ENABLED === 'true', accountSid: process.env.TWILIO_ACCOUNT_SID }
    module.exports = { smsSettings }`;
  const sms = code`
    const twilio = require('twilio')
    module.exports = ({ smsSettings }) => {
      if (!smsSettings.enabled) return { send: async () => ({ skipped: true }) }
      const client = twilio(smsSettings.accountSid, smsSettings.authToken)
      return { send: (to, body) => client.messages.create({ to, body }) }
    }`;
  const compose = (web: string[], api: string[]) =>
    ['services:', '  web:', '    build: ./web', ...(web.length ? ['    environment:', ...web.map((line) => `      ${line}`)] : []), '  api:', '    build: ./api', ...(api.length ? ['    environment:', ...api.map((line) => `      ${line}`)] : [])].join('\n');

  it.each([
    ['off in compose: neither', compose(['ENABLE_UNSPLASH: "0"'], ['SMS_ENABLED: "false"']), []],
    ['on in compose: both', compose(['ENABLE_UNSPLASH: "1"', 'UNSPLASH_ACCESS_KEY: "${UNSPLASH_ACCESS_KEY}"'], ['SMS_ENABLED: "true"']), ['api -> Twilio', 'web -> api.unsplash.com']],
    ['set nowhere: both, as before', compose([], []), ['api -> Twilio', 'web -> api.unsplash.com']],
    ['one on, one off', compose(['ENABLE_UNSPLASH: "0"'], ['SMS_ENABLED: "true"']), ['api -> Twilio']],
  ])('%s', async (_name, composeText, expected) => {
    const facts: Fact[] = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', composeText)),
      ...(await readSnippet(pythonCodeSource, 'web/app/settings.py', settings)),
      ...(await readSnippet(pythonCodeSource, 'web/app/views.py', views)),
      ...(await readSnippet(typescriptCodeSource, 'api/src/config/config.js', config)),
      ...(await readSnippet(typescriptCodeSource, 'api/src/sms.js', sms)),
    ];
    const graph = resolveFacts(facts);
    const names = new Map(graph.systems.map((system) => [system.id, system.name]));
    expect(graph.integrations.map((edge) => `${edge.source} -> ${names.get(edge.target) ?? edge.target}`).sort()).toEqual(expected);
  });
});
