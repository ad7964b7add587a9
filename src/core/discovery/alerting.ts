/**
 * Alert routing. Prometheus' `alerting.alertmanagers` says which Alertmanager the process
 * evaluating its rules sends alerts to, and Alertmanager's `receivers` say where it delivers them
 * (Slack, an SMTP relay, a webhook of the deployment, PagerDuty): real calls of the deployed
 * Alertmanager carrying business-facing notifications, unlike the scraping and span export that
 * make the rest of the monitoring stack control plane (names.ts).
 *
 * A receiver reaches its integration's host: the URL written in it or in `global`, else the
 * vendor's fixed endpoint Alertmanager uses when none is written (PagerDuty's events API). A
 * receiver no route names delivers nothing; a URL only read from a file (`api_url_file`) is
 * unknown.
 */
import { CONFIGMAP_SETTINGS_GROUP } from './binding-groups.js';

/** The technology of a deployed Alertmanager (images.ts) and of the calls it receives. */
export const ALERTMANAGER = 'Alertmanager';

/** Where an Alertmanager receiver integration sends, as read from the configuration. */
export type AlertReceiver =
  | { kind: 'rest'; url: string }
  | { kind: 'email'; host: string; port?: number };

/**
 * Per integration: the fields naming its URL (in the receiver, then in `global`), and the URL
 * Alertmanager falls back to when none is set. Integrations with no fallback reach nothing
 * without a literal URL.
 */
const INTEGRATIONS: Readonly<Record<string, { fields: readonly string[]; global?: string; fallback?: string }>> = {
  slack_configs: { fields: ['api_url'], global: 'slack_api_url' },
  webhook_configs: { fields: ['url'] },
  pagerduty_configs: { fields: ['url'], global: 'pagerduty_url', fallback: 'https://events.pagerduty.com/v2/enqueue' },
  opsgenie_configs: { fields: ['api_url'], global: 'opsgenie_api_url', fallback: 'https://api.opsgenie.com/' },
  victorops_configs: { fields: ['api_url'], global: 'victorops_api_url', fallback: 'https://alert.victorops.com/integrations/generic/20131114/alert/' },
  msteams_configs: { fields: ['webhook_url'] },
  msteamsv2_configs: { fields: ['webhook_url'] },
  discord_configs: { fields: ['webhook_url'] },
  telegram_configs: { fields: ['api_url'], global: 'telegram_api_url', fallback: 'https://api.telegram.org' },
  webex_configs: { fields: ['api_url'], global: 'webex_api_url', fallback: 'https://webexapis.com/v1/messages' },
  pushover_configs: { fields: ['url'], fallback: 'https://api.pushover.net/1/messages.json' },
  wechat_configs: { fields: ['api_url'], global: 'wechat_api_url', fallback: 'https://qyapi.weixin.qq.com/cgi-bin/' },
};

/** The receiver integration keys Alertmanager knows, email included. */
export const RECEIVER_INTEGRATIONS: readonly string[] = [...Object.keys(INTEGRATIONS), 'email_configs'];

/** Whether a value is written literally (not `${VAR}`, `{{ template }}`, `<secret>` or empty). */
function literal(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && !/\$\{?[A-Za-z_]|\{\{|<[a-z_ ]+>/i.test(value);
}

/** A URL without its path and query, which for webhooks (Slack's `/services/T…/B…/…`) is the secret. */
export function origin(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Where one integration entry (`slack_configs[0]`) of a receiver delivers, given the entry's own
 * values and `global`'s: a webhook of the deployment keeps its path (it names the endpoint), a
 * vendor's URL is cut to its host.
 */
export function alertReceiverTarget(integration: string, entry: Readonly<Record<string, string>>, global: Readonly<Record<string, string>>): AlertReceiver | undefined {
  if (integration === 'email_configs') {
    const smarthost = literal(entry['smarthost']) ? entry['smarthost'] : literal(global['smtp_smarthost']) ? global['smtp_smarthost'] : undefined;
    if (smarthost === undefined) return undefined;
    const match = /^\[?([^\]\s]+?)\]?(?::(\d{1,5}))?$/.exec(smarthost.trim());
    if (!match?.[1]) return undefined;
    return { kind: 'email', host: match[1], ...(match[2] !== undefined ? { port: Number(match[2]) } : {}) };
  }
  const known = INTEGRATIONS[integration];
  if (!known) return undefined;
  const written = known.fields.map((field) => entry[field]).find(literal) ?? (known.global !== undefined && literal(global[known.global]) ? global[known.global] : undefined);
  // A URL only read from a file (`api_url_file`, `url_file`) leaves the vendor's default unused.
  const fromFile = known.fields.some((field) => entry[`${field}_file`] !== undefined) || (known.global !== undefined && global[`${known.global}_file`] !== undefined);
  const url = written ?? (fromFile ? undefined : known.fallback);
  if (url === undefined) return undefined;
  if (integration === 'webhook_configs') return /^https?:\/\/[^/\s]+/i.test(url.trim()) ? { kind: 'rest', url: url.trim() } : undefined;
  const host = origin(url);
  return host === undefined ? undefined : { kind: 'rest', url: host };
}

/** The receivers a route tree names: its own and every nested route's, whatever their matchers. */
export interface RouteNode {
  receiver?: string;
  routes: RouteNode[];
}

/** Every receiver name used by a route tree. */
export function routedReceivers(route: RouteNode | undefined): Set<string> {
  const names = new Set<string>();
  const visit = (node: RouteNode): void => {
    if (node.receiver !== undefined && node.receiver.trim() !== '') names.add(node.receiver.trim());
    for (const child of node.routes) visit(child);
  };
  if (route) visit(route);
  return names;
}

/**
 * The URL Prometheus posts alerts to for one `static_configs` target (`alertmanager:9093`), with
 * the alertmanagers entry's `scheme` and `path_prefix`.
 */
export function alertmanagerUrl(target: string, scheme: string | undefined, pathPrefix: string | undefined): string | undefined {
  const host = target.trim();
  if (!literal(host) || /\s|\//.test(host)) return undefined;
  const protocol = literal(scheme) && /^https?$/i.test(scheme.trim()) ? scheme.trim().toLowerCase() : 'http';
  const prefix = literal(pathPrefix) ? `/${pathPrefix.trim().replace(/^\/+|\/+$/g, '')}` : '';
  return `${protocol}://${host}${prefix === '/' ? '' : prefix}`;
}

/**
 * Where a container reads its Prometheus or Alertmanager configuration: the `--config.file` of
 * its command, else the image's default (`/etc/prometheus/prometheus.yml`,
 * `/etc/alertmanager/alertmanager.yml`), else nothing.
 */
export function alertingConfigPath(words: readonly string[], technology: string | undefined): string | undefined {
  for (const [index, word] of words.entries()) {
    const match = /^--?config\.file(?:=(.*))?$/.exec(word.trim());
    if (!match) continue;
    const value = match[1] ?? words[index + 1];
    if (value !== undefined && value.startsWith('/')) return value.replace(/^["']|["']$/g, '');
  }
  if (technology === ALERTMANAGER) return '/etc/alertmanager/alertmanager.yml';
  if (technology === 'Prometheus') return '/etc/prometheus/prometheus.yml';
  return undefined;
}

/** A configuration file named as Prometheus' or Alertmanager's (`prometheus.yml`, `alertmanager.prod.yaml`). */
export const ALERTING_CONFIG_NAME = /^(prometheus|alertmanager)([\w.-]*)\.ya?ml$/i;

/**
 * The binding group of the alerting configuration in a file, taken in by the component that mounts
 * the file. A ConfigMap's settings group by its prefix, so resolution joins it the way it joins a
 * mounted ConfigMap's; a ConfigMap's name cannot hold the colon, so the two never meet.
 */
export function alertingConfigGroup(file: string): string {
  return `${ALERTING_GROUP}${file}`;
}

const ALERTING_GROUP = `${CONFIGMAP_SETTINGS_GROUP}alerting:`;

/** Whether a binding group is a file's alerting configuration (alertingConfigGroup). */
export function isAlertingConfigGroup(group: string): boolean {
  return group.startsWith(ALERTING_GROUP);
}
