/**
 * A Go service's own settings file, loaded into a config struct at start-up: go-zero's
 * `etc/usercenter-api.yaml` (`conf.MustLoad(*configFile, &c)`), or a `config.yaml` read with
 * `yaml.Unmarshal` / `viper.Unmarshal`. The code reads it as struct fields (`c.DB.DataSource`,
 * `l.svcCtx.Config.KqPusherConf.Brokers`), which the Go reader turns into the dotted key
 * `DB.DataSource` (go-reader.ts, `configFieldKey`); this source binds those keys.
 *
 * Every scalar is bound under its dotted path, for the service folder: the folder holding `etc/`
 * (go-zero keeps `etc/` beside the service's `main`) or Kratos's `configs/`, else the file's own folder. A list of
 * scalars is also bound whole, comma-joined (`KqPusherConf.Brokers` → `kafka-1:9092,kafka-2:9092`).
 * A section that is a client's configuration, handed whole to a constructor
 * (`zrpc.MustNewClient(c.UsercenterRpcConf)`, `kq.MustNewQueue(c.PaymentUpdateStatusConf, h)`,
 * `redis.MustNewRedis(c.Redis.RedisConf)`), is also bound under its own path to the address it
 * holds: its `Target`, its `Endpoints`, the service registered under its `Etcd.Key` (etcd being
 * only the registry, the key names the service), its `Brokers`, `Host`/`Addr`, or `DataSource`.
 * A snake_case key (`redis_addr`, tagged `yaml:"redis_addr"` on a field `RedisAddr`) is also bound
 * as the field spells it; a tag renaming a field outright is not followed.
 */
import { isDropwizardConfig } from './dropwizard-config.js';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';
import { flattenLeaves, parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** go-zero's `etc/<service>.yaml`; `config.yaml`, `config.prod.yml`, `app-config.yaml` elsewhere. */
const ETC_FILE = /(^|\/)etc\/[^/]+\.(ya?ml|json)$/i;
const CONFIG_FILE = /^(?:[\w-]+[-_.])?config(?:[-_.][\w-]+)?\.ya?ml$/i;

/** Top-level keys of YAML files that are not a service's settings (manifests, compose, CI, tools). */
const NOT_SETTINGS = new Set(['apiversion', 'kind', 'services', 'version', 'jobs', 'steps', 'on', 'stages', 'scrape_configs', 'receivers', 'exporters', 'filebeat.inputs', 'output.elasticsearch', 'clusters', 'pipelines', 'global', 'route']);

/** Whether a path is a Go service's settings file. */
export function isGoConfigFilePath(path: string): boolean {
  if (/(^|\/)(\.github|\.vscode|\.devcontainer|node_modules|charts|helm|k8s|kubernetes|manifests|deploy\/k8s)\//i.test(path)) return false;
  return ETC_FILE.test(path) || CONFIG_FILE.test(baseName(path));
}

/** The Go settings-file source. */
export const goConfigFileSource: Source = {
  name: 'go-config-file',
  extensions: ['.yaml', '.yml', '.json'],
  accepts: isGoConfigFilePath,
  read: neverThrows(readGoConfigFile),
};

/** A settings file for a developer's machine or tests beside the deployed one (`usercenter.local.yaml`, `config.dev.yml`). */
const DEVELOPER_VARIANT = /^.+?[-_.](local|dev|development|test|debug|example|sample)\.(?:ya?ml|json)$/i;

/**
 * The environment a settings file is a developer's variant for, if it is one: its settings bind
 * under that profile, so that the plain file (`etc/usercenter.yaml`, which the deployment passes
 * with `-f`) wins over `etc/usercenter.local.yaml` pointing at 127.0.0.1, and apply where no plain
 * file says otherwise.
 */
export function developerVariantOf(path: string): string | undefined {
  return DEVELOPER_VARIANT.exec(baseName(path))?.[1]?.toLowerCase();
}

/**
 * The folder whose code reads a settings file: the one holding `etc/` (go-zero) or `configs/`
 * (Kratos: `configs/config.yaml` beside `cmd/` and `internal/`), else the file's own.
 */
export function serviceFolderOf(path: string): string {
  const folder = folderOf(path);
  return /(^|\/)(?:etc|configs)$/i.test(folder) ? folderOf(folder) : folder;
}

/** Reads one settings file: every setting, and each client section's address, bound for the service folder. */
function readGoConfigFile(file: SourceFile, context: SourceContext): Fact[] {
  const [document] = parseYamlDocuments(file.text.replace(/^\uFEFF/, ''));
  if (!document || !document.isMap(document.root)) return [];
  const entries = document.entries(document.root);
  if (entries.some((entry) => NOT_SETTINGS.has(entry.key.toLowerCase()))) return [];
  const scope = serviceFolderOf(file.path);
  const variant = developerVariantOf(file.path);
  const facts: Fact[] = [];
  const bind = (key: string, value: string, line: number): void => {
    if (value.trim() === '') return;
    const bound = [bindingFact({ scope }, key, value, line, context.evidenceAt)];
    // `redis_addr` read into a field `RedisAddr` (`yaml:"redis_addr"`): also under the field's spelling.
    const field = goFieldSpelling(key);
    if (field !== key) bound.push(bindingFact({ scope }, field, value, line, context.evidenceAt, key));
    for (const fact of bound) facts.push(variant === undefined ? fact : { ...fact, profile: variant });
  };
  const leaves = flattenLeaves(document, document.root, '.');
  // Dropwizard's `config.yml` is a Java service's, read with its `${VAR:-default}` expressions (dropwizard-config.ts).
  if (isDropwizardConfig(leaves)) return [];
  for (const leaf of leaves) bind(leaf.key, leaf.value, leaf.line);
  visitSections(document, document.root, '', 0, bind);
  return facts;
}

/**
 * A key as the Go field reading it is spelled, ignoring case as lookups do: snake and kebab
 * segments joined (`redis_addr` → `redisaddr`, matching `RedisAddr`); list indexes kept.
 */
export function goFieldSpelling(key: string): string {
  return key.replace(/[_-]+/g, '');
}

/** Binds lists of scalars whole and client sections to their address, below `node`. */
function visitSections(yaml: YamlDocument, node: unknown, prefix: string, depth: number, bind: (key: string, value: string, line: number) => void): void {
  if (depth > 16) return;
  for (const entry of yaml.entries(node)) {
    const path = prefix === '' ? entry.key : `${prefix}.${entry.key}`;
    const scalars = scalarList(yaml, entry.value);
    if (scalars) bind(path, scalars, entry.line);
    if (yaml.isMap(entry.value)) {
      const address = sectionAddress(yaml, entry.value);
      if (address) bind(path, address, entry.line);
      visitSections(yaml, entry.value, path, depth + 1, bind);
    } else if (yaml.isSeq(entry.value)) {
      // `Cache: [{Host: redis:6379}]`: go-zero's cache cluster, its first node's address.
      const first = yaml.items(entry.value).find((item) => yaml.isMap(item));
      const address = first ? sectionAddress(yaml, first) : undefined;
      if (address) bind(path, address, entry.line);
    }
  }
}

/** The items of a list of scalars, comma-joined; undefined for anything else. */
function scalarList(yaml: YamlDocument, node: unknown): string | undefined {
  if (!yaml.isSeq(node)) return undefined;
  const texts = yaml.items(node).map((item) => yaml.text(item));
  return texts.length > 0 && texts.every((text): text is string => text !== undefined) ? texts.join(',') : undefined;
}

/** The address a client section holds, by go-zero's field names (matched as go-zero matches them, ignoring case). */
function sectionAddress(yaml: YamlDocument, section: unknown): string | undefined {
  const field = (name: string): unknown => yaml.entries(section).find((entry) => entry.key.toLowerCase() === name)?.value;
  const text = (name: string): string | undefined => {
    const value = field(name);
    return yaml.text(value) ?? scalarList(yaml, value);
  };
  const etcd = field('etcd');
  const etcdKey = yaml.isMap(etcd) ? yaml.text(yaml.entries(etcd).find((entry) => entry.key.toLowerCase() === 'key')?.value) : undefined;
  // A server's own section (`Name: travel.rpc`, `ListenOn`) registers under its key: it calls nobody.
  if (field('listenon') !== undefined) return undefined;
  const target = text('target');
  return (target !== undefined ? grpcTargetAddress(target) : undefined) ?? text('endpoints') ?? etcdKey ?? text('brokers') ?? text('addrs') ?? text('addr') ?? text('host') ?? text('datasource');
}

/**
 * The address a gRPC target names: go-zero's `k8s://<namespace>/<service>:<port>` is the Service's
 * cluster name (`<service>.<namespace>:<port>`), `dns:///host:port` and `direct:///a:1,b:2` the
 * hosts themselves; anything else as written.
 */
export function grpcTargetAddress(target: string): string {
  const k8s = /^k8s:\/\/([^/]+)\/([^/:]+)(?::(\d+))?/.exec(target);
  if (k8s) return `${k8s[2]}.${k8s[1]}${k8s[3] ? `:${k8s[3]}` : ''}`;
  const resolver = /^(?:dns|direct|passthrough):\/\/[^/]*\/(.+)$/.exec(target);
  return resolver ? (resolver[1] as string) : target;
}
