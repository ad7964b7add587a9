/**
 * Apache Camel routes written in the Java (or Kotlin) DSL: a `RouteBuilder`'s `configure()` with
 * `from("kafka:orders")`, `.to("jms:queue:shipments")`, `.toD(…)`, `.toF("…%s", x)`, `.wireTap`,
 * `.enrich` and `.pollEnrich`. Each endpoint URI is read as far as the file knows its value
 * (literals, constants, `+` concatenation, `@Value`/`@ConfigProperty` fields standing for their
 * setting) and judged by camel-endpoints.ts. A route switched off as written
 * (`.autoStartup(false)`, `.noAutoStartup()`) makes nothing; one started by a setting
 * (`.autoStartup("{{archive.enabled}}")`), built inside `if (setting)`, or in a class loaded only
 * when a property holds (`@ConditionalOnProperty`, `@IfBuildProperty`, read for every JVM file by
 * property-conditions.ts) is kept only where the service's configuration says so. Routes of tests (`src/test/…`, AdviceWith, `mock:`) are not the
 * running system and are not read.
 */
import { CONFIDENCE, type ConnectionFact, type EvidenceAt, type Fact, type FactCondition } from '../../../core/discovery/facts.js';
import { autoStartupOf, camelConnectionFact, camelEndpoint, isSettingUri, type CamelSide } from '../../../core/discovery/camel-endpoints.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { CallSite, FileModel, SyntaxNode } from './code-model.js';
import { BranchConditions } from './branch-conditions.js';
import { formatParts, type Evaluator } from './value-evaluation.js';

/** The DSL methods taking an endpoint URI, and the side of the route each is on. */
const ENDPOINT_METHODS: Record<string, CamelSide> = {
  from: 'consumer',
  fromF: 'consumer',
  pollEnrich: 'consumer',
  to: 'producer',
  toD: 'producer',
  toF: 'producer',
  wireTap: 'producer',
  enrich: 'producer',
  inOnly: 'producer',
  inOut: 'producer',
};

/** Methods whose first argument is a format and the rest its values. */
const FORMATTED = new Set(['fromF', 'toF']);

/** Test code: its routes are advised and mocked, never deployed. */
const TEST_PATH = /(^|\/)src\/(test|it|integrationTest)\/|(Test|Tests|IT|Spec)\.(java|kt|groovy)$/;

/** Whether a file may hold Camel routes: cheap, before any parse. */
export function mayHoldCamelRoutes(text: string): boolean {
  return text.includes('org.apache.camel') && /RouteBuilder|EndpointRouteBuilder|RouteConfigurationBuilder/.test(text);
}

/** Node types a call chain is made of (Java and Kotlin): climbed to find the whole route. */
const CHAIN = new Set(['method_invocation', 'call_expression', 'navigation_expression', 'navigation_suffix', 'call_suffix']);

/** The whole route statement a DSL call is part of: `from(…).routeId(…).to(…)`. */
function routeOf(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent && CHAIN.has(current.parent.type)) {
    const parent = current.parent;
    // Only climb through the receiver side of a chain, not out of an argument.
    if (parent.type === 'method_invocation' && parent.childForFieldName('object')?.id !== current.id) break;
    current = parent;
  }
  return current;
}

/**
 * The text of a URI argument as far as the file knows it: settings read into it (an `@Value`
 * field, `System.getenv`) as property expressions `${key}`, the first unknown part ending it.
 */
function uriText(evaluator: Evaluator, node: SyntaxNode, formatArgs?: readonly SyntaxNode[], depth = 0): string | undefined {
  let parts: readonly (string | SyntaxNode)[];
  if (formatArgs) {
    const format = evaluator.value(node);
    if (format.kind !== 'literal') return undefined;
    parts = formatParts(format.text, formatArgs);
  } else {
    const shape = evaluator.shapeOf(node);
    parts = shape.kind === 'parts' ? shape.parts : [node];
  }
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    // A concatenation inside a concatenation (`"kafka:" + topic + "?brokers=…"` nests left to right).
    if (part.id !== node.id && depth < 6 && evaluator.shapeOf(part).kind === 'parts') {
      const inner = uriText(evaluator, part, undefined, depth + 1);
      if (inner === undefined) return text === '' ? undefined : text;
      text += inner;
      continue;
    }
    const value = evaluator.value(part);
    if (value.kind === 'literal') text += value.text;
    else if (value.kind === 'env') text += `{{${value.key}}}`;
    else if (value.kind === 'prefix') return text + value.text;
    else if (value.kind === 'list' && value.items[0]?.kind === 'literal') text += value.items[0].text;
    else return text === '' ? undefined : text;
  }
  return text;
}

/** The connection facts (and defaults of their switches) of a file's Camel routes. */
export function camelRouteFacts(model: FileModel, evaluator: Evaluator, evidenceAt: EvidenceAt, path: string): Fact[] {
  if (TEST_PATH.test(path) || !model.imports.some((name) => name.startsWith('org.apache.camel'))) return [];
  const facts: Fact[] = [];
  const branches = new BranchConditions(evaluator, model.bindings, model.language);
  const routes = new Map<number, { off: boolean; conditions: FactCondition[] }>();
  const scope = folderOf(path);

  const routeState = (site: CallSite): { off: boolean; conditions: FactCondition[] } => {
    const route = routeOf(site.node);
    let state = routes.get(route.id);
    if (state) return state;
    state = { off: false, conditions: [] };
    const text = route.text;
    if (/\.noAutoStartup\s*\(\s*\)/.test(text)) state.off = true;
    for (const match of text.matchAll(/\.autoStartup\s*\(\s*("(?:[^"\\]|\\.)*"|true|false)\s*\)/g)) {
      const switched = autoStartupOf(match[1] ?? '');
      if (switched === 'off') state.off = true;
      else if (switched !== 'on') {
        state.conditions.push({ key: switched.key, test: 'true' });
        if (switched.fallback !== undefined) facts.push({ type: 'binding', key: switched.key, value: switched.fallback, scope, fallback: true, evidence: evidenceAt(site.line) });
      }
    }
    routes.set(route.id, state);
    return state;
  };
  // The default an injected setting states (`@Value("${fax.enabled:false}")`,
  // `@ConfigProperty(name = "fax.enabled", defaultValue = "false")`), which holds when nothing
  // configures it: a route built only `if (faxEnabled)` is then not built.
  const defaulted = new Set<string>();
  let text: string | undefined;
  const settingDefault = (key: string, line: number): void => {
    if (defaulted.has(key)) return;
    defaulted.add(key);
    text ??= model.sites[0]?.node.tree.rootNode.text ?? '';
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const fallback =
      new RegExp(`\\$\\{${escaped}:([^}]*)\\}`).exec(text)?.[1] ??
      new RegExp(`name\\s*=\\s*"${escaped}"[^)]*?defaultValue\\s*=\\s*"([^"]*)"`).exec(text)?.[1] ??
      new RegExp(`defaultValue\\s*=\\s*"([^"]*)"[^)]*?name\\s*=\\s*"${escaped}"`).exec(text)?.[1];
    if (fallback !== undefined) facts.push({ type: 'binding', key, value: fallback, scope, fallback: true, evidence: evidenceAt(line) });
  };

  for (const site of model.sites) {
    if (site.kind !== 'call') continue;
    const side = ENDPOINT_METHODS[site.name];
    if (side === undefined || site.args.length === 0) continue;
    const formatted = FORMATTED.has(site.name);
    const uriNodes = formatted ? site.args.slice(0, 1) : site.name === 'to' || site.name === 'from' ? site.args : site.args.slice(0, 1);
    for (const node of uriNodes) {
      const uri = uriText(evaluator, node, formatted ? site.args.slice(1) : undefined);
      if (uri === undefined) continue;
      const endpoint = camelEndpoint(uri, side);
      const deferred = !endpoint && isSettingUri(uri);
      if (!endpoint && !deferred) continue;
      const route = routeState(site);
      if (route.off) continue;
      const branch = branches.around(site.node);
      for (const condition of branch) settingDefault(condition.key, site.line);
      // A class loaded only when a property holds adds its conditions to these (property-conditions.ts).
      const conditions = [...branch, ...route.conditions];
      const fact: ConnectionFact = endpoint
        ? camelConnectionFact(endpoint, evidenceAt(site.line), conditions)
        : { type: 'connection', target: {}, role: 'calls', mechanism: 'other', camelUri: { uri, side }, ...(conditions.length > 0 ? { conditions } : {}), evidence: evidenceAt(site.line), confidence: CONFIDENCE.resolved };
      facts.push(fact);
    }
  }
  return facts;
}
