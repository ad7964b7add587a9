/**
 * Settings read by prefix: a program overriding its settings from every environment variable
 * named by a prefix and the setting's upper-cased path (`XX_SQLSETTINGS_DATASOURCE` for
 * `SqlSettings.DataSource`), found by reflection over its config struct, by viper's
 * `SetEnvPrefix("xx")` with `AutomaticEnv()` or by envconfig's `Process("xx", &cfg)`. No code
 * names such a variable literally, so the code states only the prefix it reads
 * (ENV_PREFIX_READ_KEY) and each variable of that prefix a deployment running the code sets is a
 * read of it; what the value connects to is told by its shape and by the setting's name, since no
 * client call says (a bare `smtp` is a mail server only because the setting is `SMTPSERVER`).
 * Pure: no I/O.
 */
import { namesNoSystem, parseAddress } from './addresses.js';
import { CONFIDENCE, type BindingFact, type ConnectionFact } from './facts.js';
import { MASK } from './redact.js';

/** The key under which code binds a prefix it reads every variable of (value: `XX_`). */
export const ENV_PREFIX_READ_KEY = 'env-prefix:read';

/** A prefix as programs write it: letters and digits, perhaps ending with `_` (`MM_`, `mm`, `shop`). */
const PREFIX = /^[A-Za-z][A-Za-z0-9]+_?$/;

/** The variables' common start for a prefix as written (`mm` → `MM_`, `MM_` → `MM_`); undefined for what is no prefix. */
export function envPrefixOf(written: string): string | undefined {
  const text = written.trim();
  if (!PREFIX.test(text)) return undefined;
  return `${text.toUpperCase().replace(/_$/, '')}_`;
}

/** What a prefixed setting connects to, as a connection's parts. */
type SettingUse = Pick<ConnectionFact, 'role' | 'mechanism'> & Partial<Pick<ConnectionFact, 'technology' | 'targetKind'>>;

const MAIL = /SMTP(?:SERVER|HOST)|MAIL(?:SERVER|HOST)$/;
const OBJECT_STORE = /S3ENDPOINT|MINIO/;
const SEARCH_STORE = /ELASTICSEARCH|OPENSEARCH/;
/** A setting naming a server or endpoint (`PUSHNOTIFICATIONSERVER`, `CONNECTIONURL`, `S3ENDPOINT`). */
const ENDPOINT_NAME = /(?:SERVER|URL|URI|ENDPOINT|HOST|ADDRESS|ADDR)$/;

/**
 * How a prefixed setting's value is used, from the value and the setting's name (the variable
 * without its prefix, upper-cased): a URL by its scheme (a database's, a broker's: where the broker
 * is, the direction left to the code's producers and consumers), an HTTP one by what the setting is
 * (an S3 endpoint moves files, Elasticsearch's URL is its store, any other server or URL is called);
 * a bare `host[:port]` only where the name says what serves there (SMTP, S3/MinIO, Elasticsearch).
 * Undefined for values that name no system: local, masked, unfilled, or not an address.
 */
export function prefixedSettingUse(name: string, value: string): SettingUse | undefined {
  const text = withFilledCredentials(value.trim());
  if (text === undefined || text === '' || text === MASK || text.includes('${') || text.startsWith('$')) return undefined;
  const setting = name.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const parsed = parseAddress(text);
  if (!parsed || namesNoSystem(parsed.host)) {
    // Not an address parseAddress reads: a bare host name, for a setting that says what it is.
    if (!/^[a-z][a-z0-9.-]*$/i.test(text) || namesNoSystem(text) || !ENDPOINT_NAME.test(setting)) return undefined;
    return hostUse(setting);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // A JDBC URL or a DSN names its database; a `host:port` is what the setting's name says.
    if (parsed.mechanism === 'database' && parsed.kind === 'database') return { role: 'uses', mechanism: 'database', ...(parsed.technology ? { technology: parsed.technology } : {}), targetKind: 'database' };
    return ENDPOINT_NAME.test(setting) ? hostUse(setting) : undefined;
  }
  if (scheme === 'http' || scheme === 'https') {
    if (!ENDPOINT_NAME.test(setting)) return undefined;
    if (OBJECT_STORE.test(setting)) return { role: 'uses', mechanism: 'file-transfer', targetKind: 'file-store' };
    if (SEARCH_STORE.test(setting)) return { role: 'uses', mechanism: 'database', technology: /OPENSEARCH/.test(setting) ? 'OpenSearch' : 'Elasticsearch', targetKind: 'database' };
    return { role: 'calls', mechanism: 'rest', technology: 'HTTP' };
  }
  if (parsed.kind === 'message-broker') return { role: 'depends', mechanism: 'other', ...(parsed.technology ? { technology: parsed.technology } : {}), targetKind: 'message-broker' };
  if (parsed.kind === 'database' || parsed.kind === 'file-store') return { role: 'uses', mechanism: parsed.mechanism ?? 'database', ...(parsed.technology ? { technology: parsed.technology } : {}), targetKind: parsed.kind };
  return undefined;
}

/**
 * A URL whose user name or password is left to the deployment's variables
 * (`postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/db`) still names its host: the
 * variables before the `@` are filled with a placeholder word. One in the host itself leaves the
 * value unread (undefined).
 */
function withFilledCredentials(text: string): string | undefined {
  if (!text.includes('$')) return text;
  const at = text.lastIndexOf('@');
  if (at < 0 || text.slice(at).includes('$')) return undefined;
  return text.slice(0, at).replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, 'x') + text.slice(at);
}

/** A bare host's use, by the setting's name alone. */
function hostUse(setting: string): SettingUse | undefined {
  if (MAIL.test(setting)) return { role: 'uses', mechanism: 'email', technology: 'SMTP', targetKind: 'saas' };
  if (OBJECT_STORE.test(setting)) return { role: 'uses', mechanism: 'file-transfer', targetKind: 'file-store' };
  if (SEARCH_STORE.test(setting)) return { role: 'uses', mechanism: 'database', technology: /OPENSEARCH/.test(setting) ? 'OpenSearch' : 'Elasticsearch', targetKind: 'database' };
  return undefined;
}

const FALSE = /^(?:false|0|no|off)$/i;
const TRUE = /^(?:true|1|yes|on)$/i;

/**
 * The sections of settings a deployment switches off (`XX_IMAGEPROXYSETTINGS_ENABLE=false`,
 * `XX_CLOUDSETTINGS_DISABLE=true`): the variables' starts (`XX_IMAGEPROXYSETTINGS_`) whose other
 * settings the program does not use.
 */
function switchedOff(prefix: string, settings: readonly BindingFact[]): string[] {
  const off: string[] = [];
  for (const binding of settings) {
    const key = binding.key.toUpperCase();
    const match = /^(.+_)(ENABLED?|DISABLED?)$/.exec(key);
    if (!match || !key.startsWith(prefix) || (match[1] as string).length <= prefix.length) continue;
    const value = binding.value.trim();
    if ((match[2]?.startsWith('EN') && FALSE.test(value)) || (match[2]?.startsWith('DIS') && TRUE.test(value))) off.push(match[1] as string);
  }
  return off;
}

/**
 * The connections a component makes through the settings it reads by prefix: each of its own
 * variables starting with one of `prefixes` whose value names a system, read as code reading the
 * variable by name would be (the target is the variable, which resolution looks up in the
 * component's environment as for any env read), with the code's read of the prefix (`prefixes`:
 * prefix → where the code reads it) as evidence. Those under a section the same deployment
 * switches off are left out.
 */
export function prefixedSettingConnections(component: string, prefixes: ReadonlyMap<string, ConnectionFact['evidence']>, settings: readonly BindingFact[]): ConnectionFact[] {
  const connections: ConnectionFact[] = [];
  const seen = new Set<string>();
  for (const [prefix, evidence] of prefixes) {
    const off = switchedOff(prefix, settings);
    for (const binding of settings) {
      const key = binding.key.toUpperCase();
      if (!key.startsWith(prefix) || key.length === prefix.length || seen.has(binding.key)) continue;
      if (off.some((section) => key.startsWith(section))) continue;
      const use = prefixedSettingUse(key.slice(prefix.length), binding.value);
      if (!use) continue;
      seen.add(binding.key);
      connections.push({
        type: 'connection',
        component,
        target: { key: binding.key },
        ...use,
        // The code's read; resolution adds the deployment's line it takes the value from.
        evidence,
        confidence: CONFIDENCE.resolved,
      });
    }
  }
  return connections;
}
