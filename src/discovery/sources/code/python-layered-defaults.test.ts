/**
 * A layered configuration (python-layered-defaults.ts): the template of a class walking the
 * environment for its prefix, the defaults file its module loads by a path relative to itself, the
 * file's leaves bound for the instance's reads, and (through resolution) those leaves as the
 * default a deployment's variable overrides.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor } from '../../source.js';
import { parseCode } from '../../code-parser.js';
import { code } from './code-test-support.js';
import { defaultLeaves, defaultsFilePaths, envWalkTemplateOf } from './python-layered-defaults.js';
import { moduleStrings } from './python-env-helpers.js';
import { pythonCodeSource } from './python-source.js';

/** An authentik-style walk of the environment, its prefix test and separator given. */
const walk = (prefix: string, cut: string, levels: string): string => code`
  import os
  ENV_PREFIX = "ACME"
  class ConfigLoader:
      def update_from_env(self):
          outer = {}
          for key, value in os.environ.items():
              if not key.startswith(${prefix}):
                  continue
              relative_key = key.replace(${cut}, "", 1)${levels}.lower()
              outer[relative_key] = value
  CONFIG = ConfigLoader()`;

describe('a class walking the environment for its prefix', () => {
  it.each<[string, string, string | undefined]>([
    ['authentik’s: a prefix constant, cut with its underscore, `__` made a dot', walk('ENV_PREFIX', 'f"{ENV_PREFIX}_"', '.replace("__", ".")'), 'ACME_{^|__}'],
    ['a literal prefix ending with its underscore', walk('"SHOP_"', '"SHOP_"', '.replace("__", ".")'), 'SHOP_{^|__}'],
    ['an f-string prefix', walk('f"{ENV_PREFIX}_"', 'f"{ENV_PREFIX}_"', '.replace("__", ".")'), 'ACME_{^|__}'],
    ['a prefix cut with two underscores', walk('ENV_PREFIX', 'f"{ENV_PREFIX}__"', '.replace("__", ".")'), 'ACME__{^|__}'],
    ['levels split on `__`', walk('ENV_PREFIX', 'f"{ENV_PREFIX}_"', '.split("__")[0]'), 'ACME_{^|__}'],
    ['no separator made a dot', walk('ENV_PREFIX', 'f"{ENV_PREFIX}_"', ''), undefined],
    ['no prefix tested', walk('key', 'f"{ENV_PREFIX}_"', '.replace("__", ".")'), undefined],
    [
      'a loop over something else',
      code`
        ENV_PREFIX = "ACME"
        class Loader:
            def load(self, items):
                for key, value in items:
                    if key.startswith(ENV_PREFIX):
                        self.data[key.replace("__", ".")] = value`,
      undefined,
    ],
  ])('%s', async (_name, text, expected) => {
    const root = (await parseCode('python', text)).rootNode;
    const body = root.descendantsOfType('class_definition')[0]?.childForFieldName('body');
    if (!body) throw new Error('no class body');
    expect(envWalkTemplateOf(body, new Map([...moduleStrings(root), ...moduleStrings(body)]))).toBe(expected);
  });
});

describe('the defaults file a config module loads', () => {
  const files = new Set(['acme/lib/default.yml', 'acme/lib/local.env.yml', 'acme/settings.json', 'config/defaults.toml']);
  it.each<[string, string, string[]]>([
    ['beside the module, `Path(__file__).parent / …`', 'DEFAULTS = Path(__file__).parent / "default.yml"', ['acme/lib/default.yml']],
    ['beside the module, `with_name`', 'DEFAULTS = Path(__file__).with_name("default.yml")', ['acme/lib/default.yml']],
    ['from the project’s root, a base folder above the module', 'BASE = Path(__file__).parent.joinpath("../..").resolve()\nDEFAULTS = BASE / "acme/lib/default.yml"', ['acme/lib/default.yml']],
    ['one folder up, `os.path`', 'DEFAULTS = os.path.join(os.path.dirname(__file__), "..", "settings.json")', ['acme/settings.json']],
    ['a developer’s file and an operator’s absolute path left out', 'PATHS = [Path(__file__).parent / "local.env.yml", "/etc/acme/config.yml"]', []],
    ['a file the scan lacks', 'DEFAULTS = Path(__file__).parent / "missing.yml"', []],
    ['no path relative to the module', 'DEFAULTS = "default.yml"', []],
  ])('%s', async (_name, line, expected) => {
    const root = (await parseCode('python', `from pathlib import Path\nimport os\n${line}\n`)).rootNode;
    expect(defaultsFilePaths(root, 'acme/lib/config.py', (path) => files.has(path))).toEqual(expected);
  });

  it.each<[string, string, string, { key: string; value: string; line: number }[]]>([
    ['YAML, nested keys dotted', 'default.yml', 'redis:\n  host: localhost\n  port: 6379\nlog_level: info\n', [
      { key: 'redis.host', value: 'localhost', line: 2 },
      { key: 'redis.port', value: '6379', line: 3 },
      { key: 'log_level', value: 'info', line: 4 },
    ]],
    ['JSON', 'defaults.json', '{\n  "email": {\n    "host": "smtp.relay.net"\n  }\n}\n', [{ key: 'email.host', value: 'smtp.relay.net', line: 3 }]],
    ['TOML, tables as levels', 'defaults.toml', 'debug = false\n\n[postgresql]\nhost = "db"\nport = 5432\n', [
      { key: 'debug', value: 'false', line: 1 },
      { key: 'postgresql.host', value: 'db', line: 4 },
      { key: 'postgresql.port', value: '5432', line: 5 },
    ]],
    ['a file that does not parse', 'default.yml', 'redis: [\n', []],
  ])('reads the leaves of %s', (_name, path, text, expected) => {
    expect(defaultLeaves(path, text)).toEqual(expected);
  });
});

describe('a config module’s packaged defaults, bound for its reads', () => {
  const module = code`
    import os
    from pathlib import Path
    import yaml
    ENV_PREFIX = "ACME"
    class ConfigLoader:
        def __init__(self):
            with open(Path(__file__).parent / "default.yml") as handle:
                self._config = yaml.safe_load(handle)
            for key, value in os.environ.items():
                if key.startswith(ENV_PREFIX):
                    self._config[key.replace(f"{ENV_PREFIX}_", "", 1).replace("__", ".").lower()] = value
        def get(self, path, default=None):
            return self._config.get(path, default)
    CONFIG = ConfigLoader()`;
  const defaults = 'redis:\n  host: localhost\n  port: 6379\nldap:\n  host: ""\npostgresql:\n  password: CANARY-layered\n';
  const read = async (withFiles: boolean): Promise<Fact[]> => {
    const file = { path: 'acme/lib/config.py', text: module };
    return pythonCodeSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], ...(withFiles ? { readFile: (path: string) => (path === 'acme/lib/default.yml' ? defaults : undefined) } : {}) });
  };
  const bound = (facts: readonly Fact[]): Map<string, { value: string; evidence: Evidence }> =>
    new Map(facts.flatMap((fact) => (fact.type === 'binding' && fact.key.startsWith('layered-default:env-helper:acme.lib.config#CONFIG(') ? [[fact.key.slice('layered-default:env-helper:acme.lib.config#CONFIG('.length, -1), { value: fact.value, evidence: fact.evidence }] as const] : [])));

  it('binds the template and each non-empty leaf, with the file’s line as evidence', async () => {
    const facts = await read(true);
    expect(facts.some((fact) => fact.type === 'binding' && fact.key === 'env-helper:acme.lib.config#CONFIG' && fact.value === 'ACME_{^|__}')).toBe(true);
    const leaves = bound(facts);
    expect([...leaves.keys()].sort()).toEqual(['postgresql.password', 'redis.host', 'redis.port']);
    expect(leaves.get('redis.port')).toMatchObject({ value: '6379', evidence: { file: 'acme/lib/default.yml', line: 3 } });
    // A secret of the defaults file is masked in the value and the excerpt.
    expect(JSON.stringify(leaves.get('postgresql.password'))).not.toContain('CANARY-layered');
  });

  it('binds nothing without access to the scan’s other files', async () => {
    expect(bound(await read(false)).size).toBe(0);
  });
});

describe('resolving a layered read', () => {
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
  const base: Fact[] = [
    { type: 'component', name: 'worker', kind: 'application', root: '', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'relay', kind: 'application', evidence: at('docker-compose.yml', 20), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'mailpit', kind: 'application', evidence: at('docker-compose.yml', 30), confidence: CONFIDENCE.declared },
    { type: 'binding', key: 'env-helper:acme.lib.config#CONFIG', value: 'ACME_{^|__}', evidence: at('acme/lib/config.py', 30) },
    { type: 'binding', key: 'layered-default:env-helper:acme.lib.config#CONFIG(hooks.url)', value: 'http://relay:8080/hooks', evidence: at('acme/lib/default.yml', 12) },
    { type: 'connection', target: { key: 'env-helper:acme.lib.config#CONFIG(hooks.url)' }, role: 'calls', mechanism: 'rest', evidence: at('acme/hooks.py', 8), confidence: CONFIDENCE.literal },
  ];
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`);

  it('takes the packaged value where the deployment sets no variable', () => {
    expect(edges(base)).toEqual(['worker -> relay']);
  });

  it('takes the ACME_HOOKS__URL variable the deployment sets over the file', () => {
    const override: Fact = { type: 'binding', component: 'worker', key: 'ACME_HOOKS__URL', value: 'http://mailpit:8025/hooks', evidence: at('docker-compose.yml', 8) };
    expect(edges([...base, override])).toEqual(['worker -> mailpit']);
  });
});
