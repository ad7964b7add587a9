/**
 * Alert routing configuration (core/discovery/alerting.ts): an Alertmanager `alertmanager.yml`
 * whose routed receivers deliver to Slack, SMTP relays, webhooks and paging services, and a
 * Prometheus `prometheus.yml` whose `alerting.alertmanagers` says which Alertmanager gets the
 * alerts. The connections carry no component and belong to no folder: they are in a group of the
 * file, taken in by the compose service that mounts it where its `--config.file` (or the image's
 * default) reads it (docker-compose.ts), or by the Kubernetes workload mounting the ConfigMap
 * holding it (kubernetes-objects.ts). A copy nothing mounts runs nowhere. `scrape_configs` are
 * telemetry and give nothing.
 */
import { alertingConfigGroup, alertmanagerUrl, alertReceiverTarget, origin, RECEIVER_INTEGRATIONS, routedReceivers, type RouteNode } from '../../../core/discovery/alerting.js';
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import type { Source } from '../../source.js';
import { MASK } from '../../../core/discovery/redact.js';
import { neverThrows, scrubbedEvidence } from './emit.js';
import { baseName } from './paths.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** The alerting-config source. */
export const alertingConfigSource: Source = {
  name: 'alerting-config',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => /\.ya?ml$/i.test(baseName(path)) && !isTestCode(path),
  read: neverThrows((file: SourceFile, context) => {
    const facts = alertingConnectionFacts(file.text, context.evidenceAt);
    if (facts.length === 0) return [];
    const group = alertingConfigGroup(file.path);
    // The member makes the group exist for whoever takes it in; the connections follow it.
    return [{ type: 'binding', group, key: baseName(file.path), value: 'alerting', evidence: context.evidenceAt(1) } satisfies Fact, ...facts.map((fact) => ({ ...fact, group }))];
  }),
};

/** Whether a ConfigMap entry (`alertmanager.yml: |`, `prometheus.yaml: |`) holds an alerting configuration a workload mounting it loads. */
export function isAlertingConfigEntry(name: string, text: string): boolean {
  return /\.ya?ml$/i.test(name) && mayBeAlertingConfig(text);
}

/** Whether a YAML text may be an Alertmanager or Prometheus configuration with alert routing. */
export function mayBeAlertingConfig(text: string): boolean {
  return (/^receivers\s*:/m.test(text) && /^route\s*:/m.test(text)) || (/^alerting\s*:/m.test(text) && /alertmanagers\s*:/.test(text));
}

/** The connections of an alerting configuration, with no component, lines counted in its text. */
export function alertingConnectionFacts(text: string, evidenceAt: EvidenceAt): ConnectionFact[] {
  if (!mayBeAlertingConfig(text)) return [];
  const facts: ConnectionFact[] = [];
  for (const yaml of parseYamlDocuments(text)) {
    const root = yaml.root;
    // A Kubernetes object or a Helm values file may hold the same keys nested; only a configuration at its root is read.
    if (!yaml.isMap(root) || yaml.get(root, 'kind') !== undefined) continue;
    if (yaml.get(root, 'receivers') !== undefined && yaml.get(root, 'route') !== undefined) facts.push(...receiverFacts(yaml, root, evidenceAt));
    facts.push(...alertmanagerFacts(yaml, yaml.get(root, 'alerting'), evidenceAt));
  }
  return facts;
}

function scalars(yaml: YamlDocument, node: unknown): { values: Record<string, string>; lines: Record<string, number> } {
  const values: Record<string, string> = {};
  const lines: Record<string, number> = {};
  for (const entry of yaml.entries(node)) {
    const value = yaml.text(entry.value);
    if (value === undefined) continue;
    values[entry.key] = value;
    lines[entry.key] = entry.line;
  }
  return { values, lines };
}

function routeOf(yaml: YamlDocument, node: unknown, depth = 0): RouteNode | undefined {
  if (!yaml.isMap(node) || depth > 32) return undefined;
  return { receiver: yaml.text(yaml.get(node, 'receiver')), routes: yaml.items(yaml.get(node, 'routes')).map((child) => routeOf(yaml, child, depth + 1)).filter((child): child is RouteNode => child !== undefined) };
}

/** An Alertmanager's deliveries: each integration entry of each receiver a route names. */
function receiverFacts(yaml: YamlDocument, root: unknown, evidenceAt: EvidenceAt): ConnectionFact[] {
  const used = routedReceivers(routeOf(yaml, yaml.get(root, 'route')));
  const global = scalars(yaml, yaml.get(root, 'global'));
  const facts: ConnectionFact[] = [];
  for (const receiver of yaml.items(yaml.get(root, 'receivers'))) {
    const name = yaml.text(yaml.get(receiver, 'name'))?.trim();
    if (name === undefined || !used.has(name)) continue;
    for (const integration of RECEIVER_INTEGRATIONS) {
      for (const entry of yaml.items(yaml.get(receiver, integration))) {
        const own = scalars(yaml, entry);
        const target = alertReceiverTarget(integration, own.values, global.values);
        if (!target) continue;
        // The line of the value it came from: the entry's own, else global's, else the entry.
        const key = Object.keys(own.values).find((field) => /^(api_url|url|webhook_url|smarthost)$/.test(field));
        const globalKey = integration === 'email_configs' ? 'smtp_smarthost' : Object.keys(global.values).find((field) => field.startsWith(integration.replace(/_configs$/, '')) && /_url$/.test(field));
        const line = (key !== undefined ? own.lines[key] : undefined) ?? (globalKey !== undefined ? global.lines[globalKey] : undefined) ?? yaml.lineOf(entry);
        // A webhook's path may be its credential (Slack's `/services/T…/B…/…`, `/hooks/<token>`),
        // whether a vendor's or one of the deployment's: the excerpt keeps only the origin written.
        // The target keeps a deployment's webhook path, which gateway routes may resolve.
        const raw = key !== undefined && line === own.lines[key] ? own.values[key] : globalKey !== undefined && line === global.lines[globalKey] ? global.values[globalKey] : undefined;
        const shown = raw !== undefined && target.kind === 'rest' ? origin(raw.trim()) : undefined;
        const evidence = raw !== undefined && shown !== undefined && raw.trim() !== shown && raw.trim() !== `${shown}/` ? scrubbedEvidence(evidenceAt, line, raw, `${shown}/${MASK}`) : evidenceAt(line);
        if (target.kind === 'email') facts.push({ type: 'connection', target: { host: target.host, ...(target.port !== undefined ? { port: target.port } : {}) }, role: 'calls', mechanism: 'email', technology: 'SMTP', targetKind: 'saas', evidence, confidence: CONFIDENCE.literal });
        else facts.push({ type: 'connection', target: { url: target.url }, role: 'calls', mechanism: 'rest', evidence, confidence: CONFIDENCE.literal });
      }
    }
  }
  return facts;
}

/** Prometheus' (or a rule engine's) alert sends: each static target of `alerting.alertmanagers`. */
function alertmanagerFacts(yaml: YamlDocument, alerting: unknown, evidenceAt: EvidenceAt): ConnectionFact[] {
  const facts: ConnectionFact[] = [];
  for (const manager of yaml.items(yaml.get(alerting, 'alertmanagers'))) {
    const scheme = yaml.text(yaml.get(manager, 'scheme'));
    const prefix = yaml.text(yaml.get(manager, 'path_prefix'));
    for (const config of yaml.items(yaml.get(manager, 'static_configs'))) {
      for (const item of yaml.items(yaml.get(config, 'targets'))) {
        const url = alertmanagerUrl(yaml.text(item) ?? '', scheme, prefix);
        if (url !== undefined) facts.push({ type: 'connection', target: { url }, role: 'calls', mechanism: 'rest', technology: 'Alertmanager', evidence: evidenceAt(yaml.lineOf(item)), confidence: CONFIDENCE.literal });
      }
    }
  }
  return facts;
}
