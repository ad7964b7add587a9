/**
 * Predicate helpers, unset optional settings and conditional NestJS modules (flag-helpers.ts,
 * nest-modules.ts): what the readers bind, what a call site states, and what resolution makes of
 * it given a deployment.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import { goCodeSource } from './go-source.js';
import type { Source } from '../../source.js';
import type { Fact, FactCondition } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';

/** Each flag binding's key and tests, once (the nearest scope's). */
function flags(facts: readonly Fact[]): [string, FactCondition[]][] {
  const found = new Map<string, FactCondition[]>();
  for (const fact of facts) if (fact.type === 'binding' && fact.flag && /^code:(?:fn:|nest|[A-Z])/.test(fact.key) && !found.has(fact.key)) found.set(fact.key, fact.flag);
  return [...found];
}

describe('a predicate helper is bound to the test its body makes', () => {
  it.each<[string, Source, string, string, [string, FactCondition[]][]]>([
    [
      'TypeScript: parameter as key, unset guard returning the default parameter, `||` of equalities',
      typescriptCodeSource,
      'server/src/common/flags.ts',
      code`
        export function isEnabled(flag: string, defaultValue = false): boolean {
          const raw = process.env[flag];
          if (raw === undefined || raw === '') return defaultValue;
          return raw === 'true' || raw === '1';
        }`,
      [['code:fn:isEnabled', [{ key: '{0}', test: { oneOf: ['true', '1'] }, unsetValue: '{1=false}' }]]],
    ],
    [
      'TypeScript: literal key, arrow functions, `!==`, `includes`; a read behind `??`, and one returning only literals, are not read',
      typescriptCodeSource,
      'server/src/common/roles.ts',
      code`
        export const isWorkerRole = (): boolean => process.env.APP_WORKER === 'true';
        export const flagOn = (name: string) => ['1', 'true', 'yes'].includes(process.env[name]?.toLowerCase() ?? '');
        export function notOff(name) { return process.env[name] !== 'off'; }
        export function hasKey(name) { if (!process.env[name]) return false; return true; }
        export const inList = (name: string) => ['1', 'true'].includes(process.env[name]);`,
      [
        ['code:fn:isWorkerRole', [{ key: 'APP_WORKER', test: { equals: 'true' } }]],
        ['code:fn:notOff', [{ key: '{0}', test: { equals: 'off' }, negated: true }]],
        ['code:fn:inList', [{ key: '{0}', test: { oneOf: ['1', 'true'] } }]],
      ],
    ],
    [
      'TypeScript: a function doing more than test (logs) is no predicate',
      typescriptCodeSource,
      'server/src/common/noisy.ts',
      code`
        export function isEnabled(flag: string): boolean {
          console.log('checking', flag);
          return process.env[flag] === 'true';
        }`,
      [],
    ],
    [
      'Python: a helper returning `settings.X is not None`; one taking a parameter is not read',
      pythonCodeSource,
      'chat/push.py',
      code`
        from django.conf import settings
        def has_apns_credentials() -> bool:
            """Whether push is configured."""
            return settings.APNS_CERT_FILE is not None
        def has_key(name):
            return getattr(settings, name) is not None`,
      [['code:fn:has_apns_credentials', [{ key: 'code:APNS_CERT_FILE', test: 'set' }]]],
    ],
    [
      'Python settings module: None, a secret read with no default; one with a default and a literal are set',
      pythonCodeSource,
      'chatproj/settings.py',
      code`
        from typing import Optional
        from .secrets import get_secret
        APNS_CERT_FILE: Optional[str] = None
        VIDEO_ZOOM_CLIENT_ID = get_secret("video_zoom_client_id", development_only=True)
        SECRET_KEY = get_secret("django_secret_key", "dev-only")
        APNS_TOPIC = "dev.example.chat"`,
      [
        ['code:APNS_CERT_FILE', [{ key: 'APNS_CERT_FILE', test: 'set', unsetIsEmpty: true }]],
        ['code:VIDEO_ZOOM_CLIENT_ID', [{ key: 'VIDEO_ZOOM_CLIENT_ID', test: 'set', unsetIsEmpty: true }]],
      ],
    ],
    [
      'NestJS: modules pushed or spread under a condition, and the classes a module declares',
      typescriptCodeSource,
      'server/src/app.module.ts',
      code`
        import { Module } from '@nestjs/common';
        const apiModules = [UsersModule];
        if (isEnabled('ENABLE_COPILOT')) apiModules.push(CopilotModule);
        @Module({
          imports: [...apiModules, ...(process.env.ENABLE_SEARCH === 'true' ? [SearchModule.forRoot()] : [])],
          controllers: [HealthController],
          providers: [{ provide: 'MAILER', useClass: SmtpMailer }],
        })
        export class AppModule {}`,
      [
        ['code:nestmodule:SearchModule', [{ key: 'ENABLE_SEARCH', test: { equals: 'true' } }]],
        ['code:nestmodule:CopilotModule', [{ key: 'ENABLE_COPILOT', test: 'set', call: { name: 'isEnabled', args: ['ENABLE_COPILOT'] } }]],
        ['code:nestclass:HealthController', [{ key: 'code:nestmodule:AppModule', test: 'true' }]],
        ['code:nestclass:SmtpMailer', [{ key: 'code:nestmodule:AppModule', test: 'true' }]],
      ],
    ],
  ])('%s', async (_name, source, path, text, expected) => {
    expect(flags(await readSnippet(source, path, text))).toEqual(expected);
  });
});

describe('a call site states the call, and a NestJS class its registration', () => {
  it.each<[string, Source, string, string, FactCondition[]]>([
    [
      'TypeScript: an early return on a helper given literals, in a NestJS provider',
      typescriptCodeSource,
      'server/src/updates/updates.service.ts',
      code`
        import { Injectable } from '@nestjs/common';
        import got from 'got';
        @Injectable()
        export class UpdatesService {
          async check() {
            if (!isEnabled('CHECK_FOR_UPDATES', true)) return;
            await got.post('https://hub.example.dev/api/updates');
          }
        }`,
      [{ key: 'code:nestclass:UpdatesService', test: 'true' }, { key: 'CHECK_FOR_UPDATES', test: 'set', call: { name: 'isEnabled', args: ['CHECK_FOR_UPDATES', 'true'] } }],
    ],
    [
      'Python: a helper with no arguments',
      pythonCodeSource,
      'chat/push.py',
      code`
        import requests
        def notify():
            if not has_apns_credentials():
                return None
            requests.post("https://push.example.com/send")`,
      [{ key: 'code:has_apns_credentials()', test: 'true', call: { name: 'has_apns_credentials', args: [] } }],
    ],
    [
      'a helper given a variable says nothing',
      typescriptCodeSource,
      'server/src/other.ts',
      code`
        import got from 'got';
        export async function run(name: string) {
          if (!isEnabled(name)) return;
          await got.post('https://other.example.com/x');
        }`,
      [],
    ],
  ])('%s', async (_name, source, path, text, expected) => {
    const connection = (await readSnippet(source, path, text)).find((fact) => fact.type === 'connection');
    expect(connection?.type === 'connection' ? (connection.conditions ?? []) : undefined).toEqual(expected);
  });
});

describe('resolution drops what a helper or a conditional module leaves off in the deployment', () => {
  const files: [Source, string, string][] = [
    [
      typescriptCodeSource,
      'server/src/common/flags.ts',
      code`
        export function isEnabled(flag: string, defaultValue = false): boolean {
          const raw = process.env[flag];
          if (raw === undefined || raw === '') return defaultValue;
          return raw === 'true' || raw === '1';
        }`,
    ],
    [
      typescriptCodeSource,
      'server/src/updates.service.ts',
      code`
        import { Injectable } from '@nestjs/common';
        import got from 'got';
        import { isEnabled } from './common/flags';
        @Injectable()
        export class UpdatesService {
          async check() {
            if (!isEnabled('CHECK_FOR_UPDATES', true)) return;
            await got.post('https://hub.example.dev/api/updates');
          }
        }`,
    ],
    [
      typescriptCodeSource,
      'server/src/app.module.ts',
      code`
        import { Module } from '@nestjs/common';
        import { isEnabled } from './common/flags';
        import { CopilotModule } from './copilot/copilot.module';
        const apiModules = [];
        if (isEnabled('ENABLE_COPILOT')) apiModules.push(CopilotModule);
        @Module({ imports: apiModules, providers: [UpdatesService] })
        export class AppModule {}`,
    ],
    [
      typescriptCodeSource,
      'server/src/copilot/copilot.module.ts',
      code`
        import { Controller, Module, Post } from '@nestjs/common';
        import got from 'got';
        @Controller('copilot')
        export class CopilotController {
          @Post() complete() { return got.post('https://api.openai.com/v1/chat/completions').json(); }
        }
        @Module({ controllers: [CopilotController] })
        export class CopilotModule {}`,
    ],
  ];
  const compose = (env: string[]) => ['services:', '  server:', '    build: ./server', ...(env.length ? ['    environment:', ...env.map((line) => `      ${line}`)] : [])].join('\n');

  it.each<[string, string[], string[]]>([
    ['both off', ['CHECK_FOR_UPDATES: "false"', 'ENABLE_COPILOT: "false"'], []],
    ['both on', ['CHECK_FOR_UPDATES: "true"', 'ENABLE_COPILOT: "1"'], ['server -> OpenAI', 'server -> hub.example.dev']],
    ['set nowhere: each helper\'s default (updates on, copilot off)', [], ['server -> hub.example.dev']],
  ])('%s', async (_name, env, expected) => {
    const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose(env)))];
    for (const [source, path, text] of files) facts.push(...(await readSnippet(source, path, text)));
    const graph = resolveFacts(facts);
    const names = new Map(graph.systems.map((system) => [system.id, system.name]));
    expect(graph.integrations.map((edge) => `${edge.source} -> ${names.get(edge.target) ?? edge.target}`).sort()).toEqual(expected);
  });
});

describe('Go: a helper folding a role\'s switch into a master switch', () => {
  const helper = (body: string): string =>
    [
      'package envutil',
      'import (\n\t"os"\n\t"strconv"\n)',
      'func BoolEnv(key string, def bool) bool {\n\tvalue, err := strconv.ParseBool(os.Getenv(key))\n\tif err != nil {\n\t\treturn def\n\t}\n\treturn value\n}',
      body,
    ].join('\n\n');

  it.each<[string, string, [string, FactCondition[]][]]>([
    ['master or own switch', 'func Enabled(key string) bool { return BoolEnv("ACME_ENABLE_ALL_SERVICES", true) || BoolEnv(key, false) }', [['code:fn:Enabled', [{ key: '{0}', test: 'true', fallbackKey: 'ACME_ENABLE_ALL_SERVICES', unsetValue: 'true' }]]]],
    ['own switch first, in parentheses', 'func Enabled(key string) bool {\n\treturn (BoolEnv(key, false) || BoolEnv("ACME_ENABLE_ALL", false))\n}', [['code:fn:Enabled', [{ key: '{0}', test: 'true', fallbackKey: 'ACME_ENABLE_ALL', unsetValue: 'false' }]]]],
    ['one switch with its default', 'func On(name string) bool { return BoolEnv(name, true) }', [['code:fn:On', [{ key: '{0}', test: 'true', unsetValue: 'true' }]]]],
    ['an own switch on where unset: the master never decides', 'func Enabled(key string) bool { return BoolEnv("ACME_ALL", true) || BoolEnv(key, true) }', []],
    ['`&&` is not read', 'func Enabled(key string) bool { return BoolEnv("ACME_ALL", true) && BoolEnv(key, false) }', []],
    ['more than a return', 'func Enabled(key string) bool {\n\tprintln(key)\n\treturn BoolEnv(key, false)\n}', []],
  ])('%s', async (_name, body, expected) => {
    expect(flags(await readSnippet(goCodeSource, 'internal/envutil/envutil.go', helper(body)))).toEqual(expected);
  });

  const main = code`
    package main

    import (
      "github.com/jackc/pgx/v5/pgxpool"
      "net/http"

      "github.com/acme/platform/internal/envutil"
    )

    func main() {
      if envutil.Enabled("ACME_ENABLE_CATALOG_SERVICE") {
        pgxpool.New(ctx, "postgres://acme@postgres:5432/catalog")
      }
      if envutil.Enabled("ACME_ENABLE_FEED_SERVICE") {
        http.Get("http://catalog:3333/titles")
      }
    }`;
  const enabled = 'func Enabled(key string) bool { return BoolEnv("ACME_ENABLE_ALL_SERVICES", true) || BoolEnv(key, false) }';

  it('a call site states the call', async () => {
    const connection = (await readSnippet(goCodeSource, 'cmd/main.go', main)).find((fact) => fact.type === 'connection');
    expect(connection?.type === 'connection' ? connection.conditions : undefined).toEqual([{ key: 'ACME_ENABLE_CATALOG_SERVICE', test: 'true', call: { name: 'Enabled', args: ['ACME_ENABLE_CATALOG_SERVICE'] } }]);
  });

  it.each<[string, string[], string[]]>([
    ['catalog alone, the rest off', ['ACME_ENABLE_ALL_SERVICES: "false"', 'ACME_ENABLE_CATALOG_SERVICE: "true"'], ['platform -> postgres']],
    ['feed alone', ['ACME_ENABLE_ALL_SERVICES: "false"', 'ACME_ENABLE_FEED_SERVICE: "true"'], ['platform -> catalog']],
    ['nothing set: every role', [], ['platform -> catalog', 'platform -> postgres']],
  ])('resolution: %s', async (_name, env, expected) => {
    const compose = ['services:', '  platform:', '    build: .', ...(env.length ? ['    environment:', ...env.map((line) => `      ${line}`)] : [])].join('\n');
    const facts: Fact[] = [...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose))];
    facts.push(...(await readSnippet(goCodeSource, 'internal/envutil/envutil.go', helper(enabled))), ...(await readSnippet(goCodeSource, 'cmd/main.go', main)));
    const graph = resolveFacts(facts);
    const names = new Map(graph.systems.map((system) => [system.id, system.name]));
    expect(graph.integrations.map((edge) => `${edge.source} -> ${names.get(edge.target) ?? edge.target}`).sort()).toEqual(expected);
  });
});
