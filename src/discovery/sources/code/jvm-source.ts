/**
 * The source for Java, Kotlin and Groovy code (`.java`, `.kt`, `.kts`, `.groovy`).
 */
import type { Source } from '../../source.js';
import { camelRouteFacts, mayHoldCamelRoutes } from './camel-routes.js';
import { CLIENT_FACTORY_HINT, clientFactoryFacts } from './client-factories.js';
import { makeCodeSource } from './code-source.js';
import { javaReader } from './java-reader.js';
import { JVM_TABLE } from './jvm-signatures.js';
import { groovyReader } from './groovy-reader.js';
import { kotlinReader } from './kotlin-reader.js';
import { SPRING_CONFIG_NAMES_HINT, springConfigNameFacts } from './spring-config-names.js';
import { MAY_HOLD_PROPERTY_CONDITION, withPropertyConditions } from './property-conditions.js';
import { mayUseVertx, vertxFacts } from './vertx.js';

/** Reads Java, Kotlin and Groovy files for the clients and servers they use. */
export const jvmCodeSource: Source = makeCodeSource({ name: 'code-jvm', readers: { java: javaReader, kotlin: kotlinReader, groovy: groovyReader }, table: JVM_TABLE,
  // Frameworks' own DSLs beyond single calls: Camel routes, Vert.x's event bus and service discovery.
  // A team's client factory (`factory.create(Api.class, "billing")`) and its calls, which name no
  // client themselves: read in files without a client's words too.
  // A service's `main` naming its settings files and their locations (`spring.config.name` set in code).
  classes: { test: new RegExp(`${CLIENT_FACTORY_HINT.source}|${SPRING_CONFIG_NAMES_HINT.source}`), read: (_root, facts) => facts },
  bindings: (model, evaluator, path, evidenceAt) => {
    const text = model.sites[0]?.node.tree.rootNode.text ?? '';
    return [
      ...(CLIENT_FACTORY_HINT.test(text) ? clientFactoryFacts(model, evaluator, evidenceAt) : []),
      ...(SPRING_CONFIG_NAMES_HINT.test(text) ? springConfigNameFacts(model, evaluator, path, evidenceAt) : []),
    ];
  },
  routes: {
    test: (text) => mayHoldCamelRoutes(text) || mayUseVertx(text),
    read: (model, evaluator, evidenceAt, path) => {
      const text = model.sites[0]?.node.tree.rootNode.text ?? '';
      return [...(mayHoldCamelRoutes(text) ? camelRouteFacts(model, evaluator, evidenceAt, path) : []), ...(mayUseVertx(text) ? vertxFacts(model, evaluator, evidenceAt, path) : [])];
    },
  },
  // Classes and bean methods loaded only when a property holds (`@ConditionalOnProperty`,
  // `@IfBuildProperty`): their connections, Camel routes' too, hold only under it.
  frameworks: {
    test: (text) => MAY_HOLD_PROPERTY_CONDITION.test(text),
    read: ({ root, facts, evidenceAt, path, evaluator }) => withPropertyConditions(facts, root, path, evidenceAt, evaluator),
  },
});
