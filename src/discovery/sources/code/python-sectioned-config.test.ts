/**
 * Sectioned accessors with environment overrides (python-sectioned-config.ts): which classes are
 * one and the template they build, what a read of one names in its own module and from another,
 * connections named by id, and (through resolution) the defaults file's entry as the default.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Evidence, type Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { parseCode } from '../../code-parser.js';
import { code, readSnippet } from './code-test-support.js';
import { maySectionOrConnect, sectionedTemplateOf } from './python-sectioned-config.js';
import { pythonCodeSource } from './python-source.js';

/** The first class of a snippet. */
async function firstClass(text: string) {
  const tree = await parseCode('python', text);
  const found = tree.rootNode.descendantsOfType('class_definition')[0];
  if (!found) throw new Error('no class in the snippet');
  return found;
}

const keys = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target.key ?? ''] : []));
const bindings = (facts: readonly Fact[]): Record<string, string[]> => {
  const found: Record<string, string[]> = {};
  for (const fact of facts) if (fact.type === 'binding') (found[fact.key] ??= []).push(fact.value);
  return found;
};

describe('sectioned accessor classes, known by the name they build', () => {
  it.each<[string, string, string | undefined]>([
    [
      'Airflow-style: an f-string of a module prefix and both parameters upper-cased',
      code`
        import os
        ENV_VAR_PREFIX = "ACME__"
        class AcmeConfigParser(ConfigParser):
            def _env_var_name(self, section, key):
                return f"{ENV_VAR_PREFIX}{section.replace('.', '_').upper()}__{key.upper()}"
            def get(self, section, key, **kwargs):
                name = self._env_var_name(section, key)
                if name in os.environ:
                    return os.environ[name]
                return super().get(section, key, **kwargs)`,
      'ACME__{^}__{^}',
    ],
    [
      'a class constant joined with +',
      code`
        import os
        class Settings:
            ENV_VAR_PREFIX = "PRODUCT__"
            def get(self, section, option):
                value = os.environ.get(self.ENV_VAR_PREFIX + section.upper() + "__" + option.upper())
                return value if value is not None else self._parser.get(section, option)`,
      'PRODUCT__{^}__{^}',
    ],
    [
      'a class reading no environment is a plain parser',
      code`
        class Settings(ConfigParser):
            def name(self, section, key):
                return f"ACME__{section.upper()}__{key.upper()}"`,
      undefined,
    ],
    [
      'a name of one parameter is an env helper, not a sectioned accessor',
      code`
        import os
        class Settings:
            def get(self, key, default=None):
                return os.environ.get(f"ACME_{key.upper()}", default)`,
      undefined,
    ],
    [
      'a name of a prefix not known (another module’s constant) says nothing',
      code`
        import os
        from .constants import PREFIX
        class Settings:
            def get(self, section, key):
                return os.environ.get(f"{PREFIX}{section.upper()}__{key.upper()}")`,
      undefined,
    ],
  ])('%s', async (_name, text, expected) => {
    expect(sectionedTemplateOf(await firstClass(text))).toBe(expected);
  });

  it('tells cheaply which files may define or use one', () => {
    expect(maySectionOrConnect('x = conf.get("celery", "broker_url")')).toBe(true);
    expect(maySectionOrConnect('x = conf.getint(section="webserver", key="port")')).toBe(true);
    expect(maySectionOrConnect('hook = Hook(conn_id="dw")')).toBe(true);
    expect(maySectionOrConnect('x = items.get(key)')).toBe(false);
  });
});

const CONFIGURATION = code`
  import os
  from configparser import ConfigParser

  ENV_VAR_PREFIX = "ACME__"

  class AcmeConfigParser(ConfigParser):
      def _env_var_name(self, section, key):
          return f"{ENV_VAR_PREFIX}{section.upper()}__{key.upper()}"

      def get(self, section, key, **kwargs):
          name = self._env_var_name(section, key)
          return os.environ.get(name) or super().get(section, key, **kwargs)

  def initialize_config():
      return AcmeConfigParser()

  conf: AcmeConfigParser = initialize_config()
  broker = conf.get("celery", "broker_url")

  import requests
  requests.post(conf.get("lineage", "backend_url"), json={})
`;

describe('reads through a sectioned accessor', () => {
  it('binds the template of the module’s instance under each of its names, and reads the module’s own instance through it', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/configuration.py', CONFIGURATION);
    const bound = bindings(facts);
    expect(bound['env-helper:acme.configuration#conf']).toEqual(['ACME__{^}__{^}']);
    expect(bound['env-helper:configuration#conf']).toEqual(['ACME__{^}__{^}']);
    expect(keys(facts)).toEqual(['env-helper:acme.configuration#conf(lineage,backend_url)']);
  });

  it.each<[string, string, string[]]>([
    ['positional section and key', 'requests.get(conf.get("search", "url"))', ['env-helper:acme.configuration#conf(search,url)']],
    ['section and key by keyword, a typed getter', 'requests.get(conf.get(section="search", key="url"))', ['env-helper:acme.configuration#conf(search,url)']],
    ['an instance imported under another name', 'requests.get(settings.get("search", "url"))', ['env-helper:acme.configuration#conf(search,url)']],
    // A Flask config's key and default, not a section and a key: read as an in-house accessor's key.
    ['a first argument in capitals', 'requests.get(conf.get("SEARCH_URL", "http://search:9200"))', ['SEARCH_URL']],
  ])('names a read from another module: %s', async (_name, line, expected) => {
    const imports = line.includes('settings.get') ? 'from acme.configuration import conf as settings' : 'from acme.configuration import conf';
    const facts = await readSnippet(pythonCodeSource, 'acme/search.py', `import requests\n${imports}\n\n${line}\n`);
    expect(facts.flatMap((fact) => (fact.type === 'connection' ? [fact.target.key ?? fact.target.url ?? ''] : []))).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a dotted key of a layered configuration', 'CONFIG.get("redis.url")', '$ref:env-helper:lib.config#CONFIG(redis.url)'],
    ['a dotted key with a default', 'CONFIG.get("redis.url", "redis://localhost")', '$ref:env-helper:lib.config#CONFIG(redis.url)'],
  ])('names a read of a package beside the file’s own: %s', async (_name, expression, expected) => {
    const facts = await readSnippet(pythonCodeSource, 'hub/rookery/cache.py', `from lib.config import CONFIG\n\nREDIS_URL = ${expression}\n`);
    expect(bindings(facts)['code:REDIS_URL']).toEqual([expected]);
  });

  it('binds a layered configuration’s nested template: a prefix and the dotted key upper-cased, dots made `__`', async () => {
    const layered = code`
      import os
      ENV_PREFIX = "APP_"
      class LayeredConfig:
          @staticmethod
          def _env_name(key):
              return ENV_PREFIX + key.upper().replace(".", "__")
          def get(self, key, default=None):
              name = self._env_name(key)
              return os.environ.get(name, default)
      CONFIG = LayeredConfig()`;
    const bound = bindings(await readSnippet(pythonCodeSource, 'hub/lib/config.py', layered));
    expect(bound['env-helper:lib.config#CONFIG']).toEqual(['APP_{^|__}']);
  });

  it('reads nothing through an object no module of the project makes', async () => {
    const facts = await readSnippet(pythonCodeSource, 'acme/search.py', 'import requests\n\nrequests.get(parser.get("search", "url"))\n');
    expect(keys(facts).filter((key) => key.startsWith('env-helper:'))).toEqual([]);
  });
});

describe('connections named by id', () => {
  it('binds the template of a method reading the environment with a connection id', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/secrets/environment_variables.py',
      code`
        import os
        CONN_ENV_PREFIX = "ACME_CONN_"
        class EnvironmentVariablesBackend:
            def get_conn_value(self, conn_id):
                return os.environ.get(CONN_ENV_PREFIX + conn_id.upper())`,
    );
    expect(bindings(facts)['env-helper:connection-id#conn']).toEqual(['ACME_CONN_{^}']);
  });

  it('binds the template of an f-string built in steps', async () => {
    const facts = await readSnippet(
      pythonCodeSource,
      'acme/connections.py',
      code`
        import os
        PREFIX = "ACME"
        def connection_uri(conn_id):
            name = f"{PREFIX}_CONN_{conn_id.upper()}"
            return os.environ.get(name)`,
    );
    expect(bindings(facts)['env-helper:connection-id#conn']).toEqual(['ACME_CONN_{^}']);
  });

  it.each<[string, string, string[]]>([
    ['a getter given the id', 'connection = BaseHook.get_connection("warehouse_db")', ['env-helper:connection-id#conn(warehouse_db)']],
    ['a hook given conn_id', 'hook = PostgresHook(conn_id="warehouse_db")', ['env-helper:connection-id#conn(warehouse_db)']],
    ['a hook given a product’s own *_conn_id', 'hook = PostgresHook(postgres_conn_id="warehouse_db")', ['env-helper:connection-id#conn(warehouse_db)']],
    ['an id held by a variable', 'hook = PostgresHook(conn_id=name)', []],
  ])('reads a connection from %s', async (_name, line, expected) => {
    const facts = await readSnippet(pythonCodeSource, 'acme/tasks.py', `from acme.hooks import BaseHook, PostgresHook\n\n${line}\n`);
    expect(keys(facts)).toEqual(expected);
  });
});

describe('resolving a sectioned read', () => {
  const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: `line ${line}` });
  const read = (key: string): Fact => ({ type: 'connection', target: { key }, role: 'calls', mechanism: 'rest', evidence: at('acme/lineage.py', 8), confidence: CONFIDENCE.literal });
  const base: Fact[] = [
    { type: 'component', name: 'scheduler', kind: 'application', root: '', evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'marquez', kind: 'application', evidence: at('docker-compose.yml', 20), confidence: CONFIDENCE.declared },
    { type: 'component', name: 'openlineage', kind: 'application', evidence: at('docker-compose.yml', 30), confidence: CONFIDENCE.declared },
    { type: 'binding', key: 'env-helper:acme.configuration#conf', value: 'ACME__{^}__{^}', evidence: at('acme/configuration.py', 30) },
    { type: 'binding', key: 'ini:lineage.backend_url', value: 'http://marquez:5000/api/v1/lineage', evidence: at('acme/default_config.cfg', 12) },
  ];
  const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target}`);

  it('takes the defaults file’s entry where the deployment does not override it', () => {
    expect(edges([...base, read('env-helper:acme.configuration#conf(lineage,backend_url)')])).toEqual(['scheduler -> marquez']);
  });

  it('takes the PREFIX__SECTION__KEY variable the deployment sets over the file', () => {
    const override: Fact = { type: 'binding', component: 'scheduler', key: 'ACME__LINEAGE__BACKEND_URL', value: 'http://openlineage:5000/api/v1/lineage', evidence: at('docker-compose.yml', 8) };
    expect(edges([...base, override, read('env-helper:acme.configuration#conf(lineage,backend_url)')])).toEqual(['scheduler -> openlineage']);
  });

  it('reads a connection id through the template a helper bound, the URI’s scheme saying how', () => {
    const facts: Fact[] = [
      ...base,
      { type: 'component', name: 'warehouse', kind: 'database', evidence: at('docker-compose.yml', 40), confidence: CONFIDENCE.declared },
      { type: 'binding', key: 'env-helper:connection-id#conn', value: 'ACME_CONN_{^}', evidence: at('acme/secrets.py', 9) },
      { type: 'binding', component: 'scheduler', key: 'ACME_CONN_WAREHOUSE_DB', value: 'postgresql://dw:***@warehouse:5432/dw', evidence: at('docker-compose.yml', 9) },
      { type: 'connection', target: { key: 'env-helper:connection-id#conn(warehouse_db)' }, role: 'uses', mechanism: 'other', evidence: at('acme/tasks.py', 4), confidence: CONFIDENCE.resolved },
    ];
    expect(resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`)).toEqual(['scheduler -> warehouse (database)']);
  });

  it('reads nothing for a connection id when no helper binds a template', () => {
    const facts: Fact[] = [
      ...base,
      { type: 'binding', component: 'scheduler', key: 'warehouse_db', value: 'postgresql://warehouse:5432/dw', evidence: at('docker-compose.yml', 9) },
      { type: 'connection', target: { key: 'env-helper:connection-id#conn(warehouse_db)' }, role: 'uses', mechanism: 'other', evidence: at('acme/tasks.py', 4), confidence: CONFIDENCE.resolved },
    ];
    expect(edges(facts)).toEqual([]);
  });
});
