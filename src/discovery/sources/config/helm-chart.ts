/**
 * Helm `Chart.yaml`: the chart is a component whose code is the chart folder, a system only when
 * something it deploys is named like it (see below). Dependencies on
 * charts of well-known products (`postgresql`, `redis`, `kafka`) install a datastore or broker
 * beside it, so they become components and declared dependencies; other dependencies (library
 * charts, the service charts of an umbrella chart) are packaging, not runtime use, and are skipped.
 * Helm 2 `requirements.yaml` is not read.
 */
import type { ComponentFact, ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
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
  for (const dependency of yaml.items(yaml.get(yaml.root, 'dependencies'))) {
    const chartName = yaml.text(yaml.get(dependency, 'name'));
    const product = chartName ? productOf(chartName) : undefined;
    if (!chartName || !product) continue;
    const dependencyName = yaml.text(yaml.get(dependency, 'alias')) ?? chartName;
    const evidence = context.evidenceAt(yaml.lineOf(dependency));
    const component: ComponentFact = { type: 'component', name: dependencyName, kind: product.kind, technology: product.technology, evidence, confidence: CONFIDENCE.declared };
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
