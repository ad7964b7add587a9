/**
 * Helm `Chart.yaml`: the chart is a component whose code is the chart folder, a system only when
 * something it deploys is named like it (see below). Dependencies on
 * charts of well-known products (`postgresql`, `redis`, `kafka`) install a datastore or broker
 * beside it, so they become components and declared dependencies; other dependencies (library
 * charts, the service charts of an umbrella chart) are packaging, not runtime use, and are skipped.
 * A dependency the chart's own values.yaml switches off through its `condition` or `tags`
 * (`condition: postgresql.enabled` with `postgresql: { enabled: false }`, the bundled database
 * a chart offers for trying it out) is not installed: no component, no dependency
 * (core/discovery/helm-guards.ts, dependencyEnabled). Helm 2 `requirements.yaml` is not read.
 */
import type { ComponentFact, ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { dependencyEnabled } from '../../../core/discovery/helm-guards.js';
import type { ChartMetadata } from '../../../core/discovery/helm-render.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { chartValues } from './helm-values.js';
import { productOf } from './images.js';
import { baseName, folderOf } from './paths.js';
import { parseYamlDocuments } from './yaml-nodes.js';

/** The Helm chart source. */
export const helmChartSource: Source = {
  name: 'helm-chart',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => baseName(path) === 'Chart.yaml' || baseName(path) === 'Chart.yml',
  read: neverThrows(readChart),
};

/**
 * The chart a folder holds, as its templates see it (`.Chart`: name, version, appVersion), from
 * its Chart.yaml; undefined when the scan gives no access to it, or it is not there or names none.
 */
/**
 * The Services a packaged product's chart creates beside its plain name (Bitnami's
 * `<release>-redis-master`, `-redis-replicas`, `-postgresql-primary`, `-postgresql-read`,
 * `-postgresql-hl`, `-rabbitmq-headless`): an application's host naming one reaches the dependency.
 */
const SUBCHART_SERVICE_SUFFIXES = ['master', 'replicas', 'primary', 'read', 'headless', 'hl'];

export function chartMetadata(context: SourceContext, chart: string): ChartMetadata | undefined {
  for (const name of ['Chart.yaml', 'Chart.yml']) {
    const text = context.readFile?.(chart === '' ? name : `${chart}/${name}`);
    if (text === undefined) continue;
    const [yaml] = parseYamlDocuments(text);
    const chartName = yaml ? yaml.text(yaml.get(yaml.root, 'name'))?.trim() : undefined;
    if (!yaml || !chartName) return undefined;
    const version = yaml.text(yaml.get(yaml.root, 'version'));
    const appVersion = yaml.text(yaml.get(yaml.root, 'appVersion'));
    return { name: chartName, ...(version !== undefined ? { version } : {}), ...(appVersion !== undefined ? { appVersion } : {}) };
  }
  return undefined;
}

/** Reads one Chart.yaml. */
function readChart(file: SourceFile, context: SourceContext): Fact[] {
  const [yaml] = parseYamlDocuments(file.text);
  if (!yaml) return [];
  const nameEntry = yaml.entries(yaml.root).find((entry) => entry.key === 'name');
  const name = yaml.text(nameEntry?.value);
  // A library chart only holds template helpers; it deploys nothing.
  if (!name || !nameEntry || yaml.text(yaml.get(yaml.root, 'type')) === 'library') return [];
  // A chart is a package: it is a system only when something it deploys is named like it (a
  // single-service chart's Deployment, `{{ include "orders.fullname" . }}`, or the compose service
  // or project of that name). An umbrella chart whose templates deploy services of other names is
  // none, and the products its dependencies install are the deployment's, not the chart's use.
  const chart: ComponentFact = {
    type: 'component',
    name,
    kind: 'application',
    library: true,
    root: folderOf(file.path),
    evidence: context.evidenceAt(nameEntry.line),
    confidence: CONFIDENCE.declared,
  };
  const facts: Fact[] = [chart];
  // The chart's own values decide which dependencies are installed; without them, all are.
  const values = chartValues(context, folderOf(file.path));
  for (const dependency of yaml.items(yaml.get(yaml.root, 'dependencies'))) {
    const chartName = yaml.text(yaml.get(dependency, 'name'));
    const product = chartName ? productOf(chartName) : undefined;
    if (!chartName || !product) continue;
    const condition = yaml.text(yaml.get(dependency, 'condition'));
    const tags = yaml.items(yaml.get(dependency, 'tags')).flatMap((tag) => yaml.text(tag) ?? []);
    if (values !== undefined && !dependencyEnabled({ ...(condition !== undefined ? { condition } : {}), tags }, values)) continue;
    const dependencyName = yaml.text(yaml.get(dependency, 'alias')) ?? chartName;
    const evidence = context.evidenceAt(yaml.lineOf(dependency));
    // The sub-chart's Services are prefixed by the release (`<release>-postgresql`,
    // `<release>-redis-master`), the release taken to be named as the chart (as releaseNaming does):
    // a compose file of the same product naming its datastore so (`desk-postgresql`), and values
    // giving the in-cluster host, name this one.
    const released = `${name}-${dependencyName}`;
    const aliases = [...SUBCHART_SERVICE_SUFFIXES.map((suffix) => `${dependencyName}-${suffix}`), released, ...SUBCHART_SERVICE_SUFFIXES.map((suffix) => `${released}-${suffix}`)];
    const component: ComponentFact = { type: 'component', name: dependencyName, kind: product.kind, technology: product.technology, aliases, evidence, confidence: CONFIDENCE.declared };
    const connection: ConnectionFact = {
      type: 'connection',
      component: name,
      target: { component: dependencyName },
      role: 'depends',
      mechanism: 'other',
      evidence,
      confidence: CONFIDENCE.declared,
    };
    facts.push(component, connection);
  }
  return facts;
}
