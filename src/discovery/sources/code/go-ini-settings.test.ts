import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helperTemplateKey } from '../../../core/discovery/env-helper-keys.js';
import type { BindingFact } from '../../../core/discovery/facts.js';
import { scanPaths } from '../../scan.js';
import { code, readSnippet } from './code-test-support.js';
import { GO_INI_FUNCTION, GO_INI_MODULE, mayReadIni } from './go-ini-settings.js';
import { goCodeSource } from './go-source.js';

const TEMPLATE_KEY = helperTemplateKey(GO_INI_MODULE, GO_INI_FUNCTION);

/** The scan-wide bindings of a settings file's exported variables' fields, and the INI env templates it states. */
async function bindingsOf(text: string): Promise<Record<string, string>> {
  const facts = await readSnippet(goCodeSource, 'modules/setting/setting.go', text);
  const found: Record<string, string> = {};
  for (const fact of facts) {
    if (fact.type !== 'binding') continue;
    const binding = fact as BindingFact;
    if (binding.key === TEMPLATE_KEY || (binding.key.startsWith('code:setting.') && binding.scope === '')) found[binding.key] = binding.value;
  }
  return found;
}

describe('Go settings read from an INI file', () => {
  it.each([
    [
      'a section kept in a local, read by String and MustString',
      code`
        package setting
        import "gopkg.in/ini.v1"
        var Database = struct { Host string; Name string }{}
        func loadDatabaseFrom(rootCfg *ini.File) {
        	sec := rootCfg.Section("database")
        	Database.Host = sec.Key("HOST").String()
        	Database.Name = sec.Key("NAME").MustString("forge")
        }`,
      { 'code:setting.Database.Host': '$ref:env-helper:go-ini#key(database,HOST)', 'code:setting.Database.Name': '$ref:env-helper:go-ini#key(database,NAME)' },
    ],
    [
      'a chained read',
      code`
        package setting
        import "gopkg.in/ini.v1"
        var Queue = struct { ConnStr string }{}
        func load(cfg *ini.File) { Queue.ConnStr = cfg.Section("queue").Key("CONN_STR").MustString("redis://127.0.0.1:6379/0") }`,
      { 'code:setting.Queue.ConnStr': '$ref:env-helper:go-ini#key(queue,CONN_STR)' },
    ],
    [
      'an exported pointer variable set to a literal, field by field',
      code`
        package setting
        import "gopkg.in/ini.v1"
        type Mailer struct { SMTPAddr string }
        var MailService *Mailer
        func loadMailerFrom(rootCfg *ini.File) {
        	sec := rootCfg.Section("mailer")
        	MailService = &Mailer{SMTPAddr: sec.Key("SMTP_ADDR").String()}
        }`,
      { 'code:setting.MailService.SMTPAddr': '$ref:env-helper:go-ini#key(mailer,SMTP_ADDR)' },
    ],
    [
      'a section mapped onto a variable: tagged fields by their tag, others by their name in snake case',
      code`
        package setting
        import "gopkg.in/ini.v1"
        type QueueSettings struct {
        	ConnStr   string
        	QueueName string \`ini:"NAME"\`
        	Internal  string \`ini:"-"\`
        }
        var Queue QueueSettings
        func loadQueueFrom(rootCfg *ini.File) { _ = rootCfg.Section("queue").MapTo(&Queue) }`,
      { 'code:setting.Queue.ConnStr': '$ref:env-helper:go-ini#key(queue,CONN_STR)', 'code:setting.Queue.QueueName': '$ref:env-helper:go-ini#key(queue,NAME)' },
    ],
    [
      'the prefix of the overriding variables: a constant named as a prefix',
      code`
        package setting
        const EnvConfigKeyPrefix = "FORGE__"`,
      { [TEMPLATE_KEY]: 'FORGE__{^}__{^}' },
    ],
    [
      'the prefix of the overriding variables: filtered by it',
      code`
        package setting
        import "strings"
        func apply(envs []string) { for _, kv := range envs { if strings.HasPrefix(kv, "GITGROVE__") { _ = kv } } }`,
      { [TEMPLATE_KEY]: 'GITGROVE__{^}__{^}' },
    ],
    [
      'not: a local section variable set to two sections',
      code`
        package setting
        import "gopkg.in/ini.v1"
        var Cache = struct { Host string }{}
        func load(cfg *ini.File) {
        	sec := cfg.Section("cache")
        	sec = cfg.Section("session")
        	Cache.Host = sec.Key("HOST").String()
        }`,
      {},
    ],
    [
      'not: a key named by a variable, or an unexported variable',
      code`
        package setting
        import "gopkg.in/ini.v1"
        var Cache = struct { Host string }{}
        var local = struct { Host string }{}
        func load(cfg *ini.File, name string) {
        	Cache.Host = cfg.Section("cache").Key(name).String()
        	local.Host = cfg.Section("cache").Key("HOST").String()
        }`,
      {},
    ],
    [
      'not: a prefix of one underscore, or in lower case',
      code`
        package setting
        const EnvPrefix = "FORGE_"
        const otherPrefix = "forge__"`,
      {},
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await bindingsOf(text)).toEqual(expected);
  });

  it.each([
    ['sec.Key("HOST").String()', true],
    ['const EnvConfigKeyPrefix = "GITEA__"', true],
    ['os.Getenv("HOST")', false],
  ])('prefilter: %s → %s', (text, expected) => {
    expect(mayReadIni(text)).toBe(expected);
  });
});

describe('INI reads resolved through the deployment and the INI file', () => {
  const FILES: Record<string, string> = {
    'go.mod': 'module example.dev/forge\n\ngo 1.22\n\nrequire (\n\tgithub.com/redis/go-redis/v9 v9.5.1\n\tgopkg.in/ini.v1 v1.67.0\n)\n',
    'Dockerfile': 'FROM golang:1.22\nCOPY . .\nRUN go build -o /forge .\nCMD ["/forge"]\n',
    'main.go': code`
      package main
      import "example.dev/forge/modules/cache"
      func main() { cache.Init() }`,
    'modules/setting/setting.go': code`
      package setting
      import "gopkg.in/ini.v1"
      const EnvConfigKeyPrefix = "FORGE__"
      var Cache = struct { Conn string; Sessions string }{}
      func Load(cfg *ini.File) {
      	sec := cfg.Section("cache")
      	Cache.Conn = sec.Key("HOST").String()
      	Cache.Sessions = cfg.Section("session").Key("PROVIDER_CONFIG").String()
      }`,
    'modules/cache/cache.go': code`
      package cache
      import (
      	"github.com/redis/go-redis/v9"
      	"example.dev/forge/modules/setting"
      )
      func Init() {
      	a, _ := redis.ParseURL(setting.Cache.Conn)
      	redis.NewClient(a)
      	b, _ := redis.ParseURL(setting.Cache.Sessions)
      	redis.NewClient(b)
      }`,
    'custom/conf/app.ini': '[cache]\nHOST = redis://cache-from-ini:6379/0\n\n[session]\nPROVIDER_CONFIG = redis://sessions-from-ini:6379/1\n',
    'custom/conf/app.example.ini': '[cache]\nHOST = redis://example-cache:6379/0\n',
    'docker-compose.yml': 'services:\n  forge:\n    build: .\n    environment:\n      - FORGE__cache__HOST=redis://cache-from-env:6379/0\n  cache-from-env:\n    image: redis:7\n  cache-from-ini:\n    image: redis:7\n  sessions-from-ini:\n    image: redis:7\n  example-cache:\n    image: redis:7\n',
  };

  it('takes the deployment variable over the INI file, and the INI file where none is set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'go-ini-'));
    try {
      for (const [path, text] of Object.entries(FILES)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const result = await scanPaths([dir], { workers: 0 });
      const edges = result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
      expect(edges).toEqual(['forge -> cache-from-env database', 'forge -> sessions-from-ini database']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
