/**
 * Apache Camel routes written in the XML DSL, read into the same route model as the YAML DSL
 * (camel-endpoints.ts), so that a route means the same whichever DSL writes it:
 *
 * - Spring XML: `<camelContext xmlns="http://camel.apache.org/schema/spring">` inside `<beans>`
 *   (`META-INF/spring/*.xml`, `camel-context.xml`, `applicationContext.xml`…), and its
 *   `<routeContext>`s;
 * - OSGi Blueprint: `<camelContext xmlns="http://camel.apache.org/schema/blueprint">` inside
 *   `<blueprint>` (`OSGI-INF/blueprint/*.xml`), whose `cm:property-placeholder` default
 *   properties are settings of the file's folder;
 * - route files of their own: `<routes>` (or Camel 4's `<camel>`) holding `<route>`s, as Spring
 *   Boot (`src/main/resources/camel/*.xml`), Camel Quarkus and JBang (`routes.xml`,
 *   `*.camel.xml`) load them.
 *
 * In each `<route>`, the `<from>` consumes and, at any depth (`choice`, `split`, `onException`…),
 * `<to>`, `<toD>`, `<inOnly>`, `<inOut>`, `<wireTap>` and `<enrich>` produce and `<pollEnrich>`
 * consumes; an endpoint is its `uri`, a `ref` to an `<endpoint id uri>` of the file, or (enrich,
 * pollEnrich, recipientList) a `<constant>`. A `<recipientList>` whose expression is a constant
 * produces to each endpoint it lists. `autoStartup` on the route (or, failing that, on the
 * context) switches it as in the other DSLs. A `<routeTemplate>`'s route is no route until
 * instantiated, and is not read. The file belongs to the component whose folder holds it; routes
 * under `src/test/` are not read. A component configured as a bean named after its scheme
 * (`<bean id="activemq" class="…ActiveMQComponent">` with a `brokerURL`, directly or on its
 * connection factory) gives the component's broker setting, as `application.properties` would.
 */
import type { Evidence, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { camelComponentSetting, camelRouteFacts, recipientListUris, type CamelRoute, type CamelRouteEndpoint, type CamelSide } from '../../../core/discovery/camel-endpoints.js';
import { folderOf } from '../../../core/discovery/file-paths.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows, type BindingOwner } from './emit.js';
import { baseName } from './paths.js';
import { childOf, descendants, parseXml, type XmlElement } from './xml-nodes.js';

/** Elements naming an endpoint, and the side of the route each is on. */
const STEPS: Record<string, CamelSide> = {
  from: 'consumer',
  to: 'producer',
  toD: 'producer',
  inOnly: 'producer',
  inOut: 'producer',
  wireTap: 'producer',
  enrich: 'producer',
  pollEnrich: 'consumer',
};

/** Route templates: routes only when instantiated, with parameters the template does not give. */
const TEMPLATES = new Set(['routeTemplate', 'routeTemplates']);
/** Test resources: routes of tests, never deployed. */
const TEST_PATH = /(^|\/)src\/test\//;
/**
 * Where Camel XML is kept: resource and deployment folders (`src/main/resources/…`,
 * `META-INF/spring/`, `OSGI-INF/blueprint/`, `WEB-INF/`, `camel/`, `routes/`) or a name saying so
 * (`routes.xml`, `*.camel.xml`, `camel-context.xml`, `applicationContext.xml`, `beans.xml`).
 */
const CAMEL_FOLDER = /(^|\/)(resources|META-INF|OSGI-INF|WEB-INF|camel|routes)\//;
const CAMEL_NAME = /camel|route|context|beans|blueprint/i;
/** XML that is never routes: builds, logging. */
const NOT_ROUTES = /^(pom|logback(-[\w-]+)?|log4j2?(-[\w-]+)?|web|persistence|checkstyle|ivy|build)\.xml$/i;

/** A cheap look at the text: Camel's namespace, or a route element. */
function sniff(head: string): boolean {
  return head.includes('camel.apache.org') || head.includes('<route');
}

/** The endpoint URI an element names: `uri`, a `ref` to an `<endpoint>` of the file, or its `<constant>`. */
function endpointUri(element: XmlElement, endpoints: ReadonlyMap<string, string>): string | undefined {
  const uri = element.attributes.uri?.trim();
  if (uri) {
    const reference = /^ref:(.+)$/.exec(uri);
    return reference ? endpoints.get((reference[1] as string).trim()) : uri;
  }
  const ref = element.attributes.ref?.trim();
  if (ref) return endpoints.get(ref);
  const constant = childOf(element, 'constant')?.text.trim();
  return constant || undefined;
}

/** A route's endpoints in the shared model, its `autoStartup` (or its context's) as written. */
function routeOf(route: XmlElement, contextStartup: { value: string; line: number } | undefined, endpoints: ReadonlyMap<string, string>, lineOffset: number): CamelRoute {
  const found: CamelRouteEndpoint[] = [];
  for (const element of descendants(route)) {
    if (element === route) continue;
    const side = STEPS[element.name];
    if (side !== undefined) {
      const uri = endpointUri(element, endpoints);
      if (uri !== undefined) found.push({ uri, side, line: element.line + lineOffset });
    } else if (element.name === 'recipientList') {
      const constant = childOf(element, 'constant')?.text;
      if (constant !== undefined) for (const uri of recipientListUris(constant, element.attributes.delimiter)) found.push({ uri, side: 'producer', line: element.line + lineOffset });
    }
  }
  const startup = route.attributes.autoStartup !== undefined ? { value: route.attributes.autoStartup, line: route.line + lineOffset } : contextStartup;
  return { endpoints: found, ...(startup ? { autoStartup: startup } : {}) };
}

/** Every route of the document, with the `autoStartup` of the context holding it. */
function routesOf(root: XmlElement, lineOffset: number): CamelRoute[] {
  // `<endpoint id="orders" uri="kafka:orders"/>` in a context, referred to by `ref="orders"` or `uri="ref:orders"`.
  const endpoints = new Map<string, string>();
  for (const element of descendants(root)) {
    if (element.name === 'endpoint' && element.attributes.id && element.attributes.uri) endpoints.set(element.attributes.id, element.attributes.uri);
  }
  const routes: CamelRoute[] = [];
  const visit = (element: XmlElement, startup: { value: string; line: number } | undefined, depth: number): void => {
    if (depth > 50) return;
    if (element.name === 'route') {
      routes.push(routeOf(element, startup, endpoints, lineOffset));
      return;
    }
    // A route template is a route only once something instantiates it, with its own parameters.
    if (TEMPLATES.has(element.name)) return;
    const own = element.name === 'camelContext' && element.attributes.autoStartup !== undefined ? { value: element.attributes.autoStartup, line: element.line + lineOffset } : startup;
    for (const child of element.children) visit(child, own, depth + 1);
  };
  visit(root, undefined, 0);
  return routes;
}

/** Blueprint's `cm:property-placeholder` defaults: settings of the file's folder, as a properties file's are. */
function placeholderDefaults(root: XmlElement, owner: BindingOwner, evidenceAt: (line: number) => Evidence): Fact[] {
  const facts: Fact[] = [];
  for (const element of descendants(root)) {
    if (element.name !== 'default-properties') continue;
    for (const property of element.children) {
      const { name, value } = property.attributes;
      if (property.name === 'property' && name && value !== undefined) facts.push(bindingFact(owner, name, value, property.line, evidenceAt));
    }
  }
  return facts;
}

/** Spellings of the same property name (`brokerURL`, `broker-url`, `brokerUrl`). */
const relaxed = (name: string): string => name.replace(/[-_.]/g, '').toLowerCase();

/**
 * Components configured as Spring or Blueprint beans named after their scheme (`<bean
 * id="activemq" class="…ActiveMQComponent">`): the property naming the broker or server, directly
 * (`brokerURL`, `brokers`, `hostname`) or on the connection factory it is given (a `ref` to
 * another bean, or a bean inside the property), is the component's setting
 * (`camel.component.activemq.broker-url`) for the file's folder, as `application.properties` would give it.
 */
function componentBeans(root: XmlElement, owner: BindingOwner, evidenceAt: (line: number) => Evidence): Fact[] {
  const beans = new Map<string, XmlElement>();
  for (const element of descendants(root)) if (element.name === 'bean' && element.attributes.id) beans.set(element.attributes.id, element);
  const facts: Fact[] = [];
  for (const [id, bean] of beans) {
    const setting = /component/i.test(bean.attributes.class ?? '') ? camelComponentSetting(id) : undefined;
    if (setting === undefined) continue;
    const wanted = relaxed(setting.slice(setting.lastIndexOf('.') + 1));
    const valueIn = (holder: XmlElement | undefined, depth: number): XmlElement | undefined => {
      if (!holder || depth > 3) return undefined;
      for (const property of holder.children.filter((child) => child.name === 'property')) {
        const name = relaxed(property.attributes.name ?? '');
        if ((name === wanted || name === 'brokerurl') && property.attributes.value !== undefined) return property;
        if (name === 'connectionfactory' || name === 'configuration') {
          const target = property.attributes.ref !== undefined ? beans.get(property.attributes.ref) : childOf(property, 'bean');
          const found = valueIn(target, depth + 1);
          if (found) return found;
        }
      }
      return undefined;
    };
    const property = valueIn(bean, 0);
    if (property?.attributes.value !== undefined) facts.push(bindingFact(owner, setting, property.attributes.value, property.line, evidenceAt));
  }
  return facts;
}

/**
 * The routes of an XML text in the shared model, lines counted from `lineOffset` (an XML source
 * inline in a Camel K Integration), with the Blueprint defaults it binds for the folder of `path`.
 */
export function camelXmlFacts(text: string, path: string, evidenceAt: (line: number) => Evidence, component?: string, lineOffset = 0): Fact[] {
  if (!sniff(text)) return [];
  const root = parseXml(text);
  if (!root) return [];
  const routes = routesOf(root, lineOffset);
  if (routes.length === 0) return [];
  const at = (line: number) => evidenceAt(line + lineOffset);
  const owner: BindingOwner = component ? { component } : { scope: folderOf(path) };
  return [...placeholderDefaults(root, owner, at), ...componentBeans(root, owner, at), ...camelRouteFacts(routes, path, evidenceAt, component)];
}

/** Reads Camel XML DSL routes: Spring XML, Blueprint and route files. */
export const camelXmlSource: Source = {
  name: 'camel-xml',
  extensions: ['.xml'],
  accepts: (path) => {
    const name = baseName(path);
    return name.toLowerCase().endsWith('.xml') && !NOT_ROUTES.test(name) && !TEST_PATH.test(path) && (CAMEL_FOLDER.test(path) || CAMEL_NAME.test(name));
  },
  sniff,
  read: neverThrows((file: SourceFile, context: SourceContext): Fact[] => camelXmlFacts(file.text, file.path, context.evidenceAt)),
};
