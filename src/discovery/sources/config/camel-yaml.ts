/**
 * Apache Camel routes written in the YAML DSL, and Camel K `Integration` resources.
 *
 * - Route files (`src/main/resources/camel/*.yaml`, `routes/*.camel.yaml`, Camel JBang and Camel K
 *   sources): a list of `- route: { from: { uri, parameters, steps } }` or `- from: { uri, steps }`.
 *   The steps are walked at any depth (`choice`, `split`, `filter`…) for `to`, `toD`, `wireTap`,
 *   `enrich` (producers) and `pollEnrich` (a consumer), written as a URI or as `{ uri, parameters }`,
 *   and a `recipientList` whose expression is a constant (each of its endpoints a producer).
 *   The routes are read into the model every Camel DSL shares (camel-endpoints.ts, with
 *   camel-xml.ts), which judges each endpoint; the file belongs to the component whose folder
 *   holds it. A route with `autoStartup: false` makes nothing; `autoStartup: "{{flag}}"` only where
 *   the service's configuration turns the flag on.
 * - A Camel K `Integration` (`camel.apache.org/v1`) is a deployed system named by its metadata,
 *   whose inline `flows` (and YAML and XML `sources`' content, camel-xml.ts) are its routes; its
 *   properties are the `camel` trait's `properties` and the environment trait's `vars`, and the
 *   ConfigMaps and Secrets it mounts as configuration (`mount.configs`, older
 *   `spec.configuration`) are taken in as a workload's `envFrom` is.
 */
import { CONFIDENCE, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import { camelRouteFacts, recipientListUris, type CamelRoute, type CamelRouteEndpoint, type CamelSide } from '../../../core/discovery/camel-endpoints.js';
import { CONFIGMAP_SETTINGS_GROUP } from '../../../core/discovery/binding-groups.js';
import type { Source, SourceContext } from '../../source.js';
import { camelXmlFacts } from './camel-xml.js';
import { bindingFact, neverThrows } from './emit.js';
import { parseYamlDocuments, type YamlDocument } from './yaml-nodes.js';

/** Step names taking an endpoint, and the side of the route each is on (kebab-case spellings of Camel 3 too). */
const STEPS: Record<string, CamelSide> = {
  to: 'producer',
  toD: 'producer',
  'to-d': 'producer',
  wireTap: 'producer',
  'wire-tap': 'producer',
  enrich: 'producer',
  pollEnrich: 'consumer',
  'poll-enrich': 'consumer',
};
/** A recipient list, whose constant names several endpoints (`jms:queue:a,jms:queue:b`). */
const RECIPIENT_LIST = new Set(['recipientList', 'recipient-list']);

const YAML_FILE = /\.ya?ml$/i;
/** Test resources: routes of tests, never deployed. */
const TEST_PATH = /(^|\/)src\/test\//;

/** A cheap look at the top of a file: a route's `from` with a `uri`, or a Camel K Integration. */
function sniff(head: string): boolean {
  return (head.includes('from:') && head.includes('uri')) || (head.includes('camel.apache.org') && head.includes('Integration'));
}

/** An endpoint as written in a step: a URI, `{ uri, parameters }`, or an expression's constant (`enrich: { expression: { constant: … } }`). */
function endpointUri(yaml: YamlDocument, node: unknown): string | undefined {
  const plain = yaml.text(node);
  if (plain !== undefined) return plain;
  if (!yaml.isMap(node)) return undefined;
  const uri = yaml.text(yaml.get(node, 'uri')) ?? yaml.text(yaml.get(node, 'constant')) ?? yaml.text(yaml.get(yaml.get(node, 'expression'), 'constant'));
  if (uri === undefined) return undefined;
  const parameters = yaml
    .entries(yaml.get(node, 'parameters'))
    .map((entry) => [entry.key, yaml.text(entry.value)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${value}`);
  return parameters.length === 0 ? uri : `${uri}${uri.includes('?') ? '&' : '?'}${parameters.join('&')}`;
}

/** The routes of a list (a route file, an Integration's flows) in the model every Camel DSL is read into. */
function routesOf(yaml: YamlDocument, list: unknown, lineOffset: number): CamelRoute[] {
  const routes: CamelRoute[] = [];
  for (const item of yaml.items(list)) {
    const routeNode = yaml.get(item, 'route') ?? item;
    const from = yaml.get(routeNode, 'from');
    if (from === undefined) continue;
    const endpoints: CamelRouteEndpoint[] = [];
    const add = (uri: string, side: CamelSide, line: number) => endpoints.push({ uri, side, line: line + lineOffset });
    // Every step below the route, at any depth: choices, splits and filters hold steps of their own.
    const walk = (node: unknown, depth: number): void => {
      if (depth > 40) return;
      if (yaml.isSeq(node)) {
        for (const step of yaml.items(node)) walk(step, depth + 1);
        return;
      }
      for (const entry of yaml.entries(node)) {
        const side = STEPS[entry.key];
        if (side !== undefined) {
          const uri = endpointUri(yaml, entry.value);
          if (uri !== undefined) add(uri, side, entry.line);
        } else if (RECIPIENT_LIST.has(entry.key)) {
          const constant = endpointUri(yaml, entry.value);
          const delimiter = yaml.text(yaml.get(entry.value, 'delimiter'));
          if (constant !== undefined) for (const uri of recipientListUris(constant, delimiter)) add(uri, 'producer', entry.line);
        }
        if (yaml.isMap(entry.value) || yaml.isSeq(entry.value)) walk(entry.value, depth + 1);
      }
    };
    const fromUri = endpointUri(yaml, from);
    if (fromUri !== undefined) add(fromUri, 'consumer', yaml.lineOf(from));
    walk(yaml.get(from, 'steps'), 0);
    // Camel 3 also put the steps beside `from`, in the route.
    walk(yaml.get(routeNode, 'steps'), 0);
    const startup = yaml.text(yaml.get(routeNode, 'autoStartup') ?? yaml.get(routeNode, 'auto-startup'));
    routes.push({ endpoints, ...(startup !== undefined ? { autoStartup: { value: startup, line: yaml.lineOf(routeNode) + lineOffset } } : {}) });
  }
  return routes;
}

/** The facts of a list of routes (a route file, an Integration's flows). */
function readRoutes(yaml: YamlDocument, list: unknown, component: string | undefined, context: SourceContext, path: string, lineOffset = 0): Fact[] {
  return camelRouteFacts(routesOf(yaml, list, lineOffset), path, context.evidenceAt, component);
}

/** A Camel K Integration: the system, its properties and mounted configuration, and its routes. */
function readIntegration(yaml: YamlDocument, node: unknown, context: SourceContext, path: string): Fact[] {
  const metadata = yaml.get(node, 'metadata');
  const name = yaml.text(yaml.get(metadata, 'name'));
  if (!name || name.includes('{{')) return [];
  const spec = yaml.get(node, 'spec');
  const facts: Fact[] = [{ type: 'component', name, kind: 'application', technology: 'Apache Camel K', evidence: context.evidenceAt(yaml.lineOf(metadata)), confidence: CONFIDENCE.declared }];
  const owner = { component: name };
  const traits = yaml.get(spec, 'traits');
  // Properties: `traits.camel.properties: ["k=v"]`, env: `traits.environment.vars: ["K=v"]`.
  for (const list of [yaml.get(yaml.get(traits, 'camel'), 'properties'), yaml.get(yaml.get(traits, 'environment'), 'vars')]) {
    for (const item of yaml.items(list)) {
      const text = yaml.text(item);
      const equals = text?.indexOf('=') ?? -1;
      if (!text || equals <= 0) continue;
      facts.push(bindingFact(owner, text.slice(0, equals).trim(), text.slice(equals + 1).trim(), yaml.lineOf(item), context.evidenceAt));
    }
  }
  // Mounted configuration: `traits.mount.configs: ["configmap:name"]`, `spec.configuration: [{ type: configmap, value: name }]`.
  const mounted: { kind: string; name: string; line: number }[] = [];
  for (const item of yaml.items(yaml.get(yaml.get(traits, 'mount'), 'configs'))) {
    const match = /^(configmap|secret):([^/\s]+)/.exec(yaml.text(item) ?? '');
    if (match) mounted.push({ kind: match[1] as string, name: match[2] as string, line: yaml.lineOf(item) });
  }
  for (const item of yaml.items(yaml.get(spec, 'configuration'))) {
    const kind = yaml.text(yaml.get(item, 'type'));
    const value = yaml.text(yaml.get(item, 'value'));
    if ((kind === 'configmap' || kind === 'secret') && value) mounted.push({ kind, name: value, line: yaml.lineOf(item) });
    else if (kind === 'property' && value?.includes('=')) {
      const equals = value.indexOf('=');
      facts.push(bindingFact(owner, value.slice(0, equals).trim(), value.slice(equals + 1).trim(), yaml.lineOf(item), context.evidenceAt));
    }
  }
  for (const { kind, name: group, line } of mounted) {
    facts.push({ type: 'binding', ...owner, key: '*', value: `$group:${kind}:${group}`, evidence: context.evidenceAt(line) });
    if (kind === 'configmap') facts.push({ type: 'binding', ...owner, key: '*', value: `$group:${CONFIGMAP_SETTINGS_GROUP}${group}`, evidence: context.evidenceAt(line) });
  }
  facts.push(...readRoutes(yaml, yaml.get(spec, 'flows'), name, context, path));
  // Inline YAML and XML sources: their routes, lines counted from the content's block.
  for (const source of yaml.items(yaml.get(spec, 'sources'))) {
    const sourceName = yaml.text(yaml.get(source, 'name')) ?? '';
    const content = yaml.text(yaml.get(source, 'content'));
    if (!content) continue;
    const offset = yaml.lineOf(yaml.get(source, 'content'));
    if (YAML_FILE.test(sourceName)) for (const document of parseYamlDocuments(content)) facts.push(...readRoutes(document, document.root, name, context, path, offset));
    else if (/\.xml$/i.test(sourceName)) facts.push(...camelXmlFacts(content, path, context.evidenceAt, name, offset));
  }
  return facts;
}

/** Reads Camel YAML DSL route files and Camel K Integrations. */
export const camelYamlSource: Source = {
  name: 'camel-yaml',
  extensions: ['.yaml', '.yml'],
  accepts: (path) => YAML_FILE.test(path) && !TEST_PATH.test(path),
  sniff,
  read: neverThrows((file: SourceFile, context: SourceContext): Fact[] => {
    if (!sniff(file.text)) return [];
    const facts: Fact[] = [];
    for (const yaml of parseYamlDocuments(file.text, { uniqueKeys: false })) {
      if (yaml.isSeq(yaml.root)) facts.push(...readRoutes(yaml, yaml.root, undefined, context, file.path));
      else if (yaml.text(yaml.get(yaml.root, 'kind')) === 'Integration' && (yaml.text(yaml.get(yaml.root, 'apiVersion')) ?? '').startsWith('camel.apache.org/')) {
        facts.push(...readIntegration(yaml, yaml.root, context, file.path));
      }
    }
    return facts;
  }),
};
