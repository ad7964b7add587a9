import { describe, expect, it } from 'vitest';
import type { BindingFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

/** The config-name bindings a file's code gives, as `scope|key=value`. */
async function names(path: string, text: string): Promise<string[]> {
  const facts = await readSnippet(jvmCodeSource, path, text);
  return facts
    .filter((fact): fact is BindingFact => fact.type === 'binding' && /^spring\.(config|application)\./.test(fact.key))
    .map((binding) => `${binding.scope}|${binding.key}=${binding.value}`);
}

describe('spring.config.name and its locations set in code', () => {
  it.each<[string, string, string, string[]]>([
    [
      'SpringApplicationBuilder.properties(Map.of(...)), the application name filled in',
      'billing/src/main/java/com/acme/billing/Main.java',
      code`
        import java.util.Map;
        import org.springframework.boot.builder.SpringApplicationBuilder;
        public class Main {
          public static void main(String[] args) {
            new SpringApplicationBuilder().properties(Map.of(
                "spring.application.name", "billing",
                "spring.config.name", "tidewater,\${spring.application.name},\${spring.application.name}-local",
                "spring.config.location", "classpath:/,file:/opt/tidewater/config/"))
              .sources(Main.class).run(args);
          }
        }
      `,
      ['billing|spring.application.name=billing', 'billing|spring.config.name=tidewater,billing,billing-local', 'billing|spring.config.location=classpath:/,file:/opt/tidewater/config/'],
    ],
    [
      '.properties("k=v", ...)',
      'notifier/src/main/java/com/acme/Main.java',
      code`
        public class Main {
          public static void main(String[] args) {
            new SpringApplicationBuilder(Main.class).properties("spring.application.name=notifier", "spring.config.name:platform,notifier").run(args);
          }
        }
      `,
      ['notifier|spring.application.name=notifier', 'notifier|spring.config.name=platform,notifier'],
    ],
    [
      'setDefaultProperties with a map constant, a name from a constant',
      'services/orders/src/main/java/com/acme/OrdersMain.java',
      code`
        public class OrdersMain {
          private static final String NAME = "orders";
          private static final Map<String, Object> DEFAULTS = Map.ofEntries(
              Map.entry("spring.application.name", NAME),
              Map.entry("spring.config.name", "platform,\${spring.application.name}"),
              Map.entry("spring.config.additional-location", "optional:file:/config/"));
          public static void main(String[] args) {
            SpringApplication application = new SpringApplication(OrdersMain.class);
            application.setDefaultProperties(DEFAULTS);
            application.run(args);
          }
        }
      `,
      ['services/orders|spring.application.name=orders', 'services/orders|spring.config.name=platform,orders', 'services/orders|spring.config.additional-location=optional:file:/config/'],
    ],
    [
      'System.setProperty',
      'inventory/src/main/java/com/acme/Main.java',
      code`
        public class Main {
          public static void main(String[] args) {
            System.setProperty("spring.config.name", "platform,inventory");
            SpringApplication.run(Main.class, args);
          }
        }
      `,
      ['inventory|spring.config.name=platform,inventory'],
    ],
    [
      'Kotlin: mapOf with to',
      'ledger/src/main/kotlin/com/acme/Main.kt',
      code`
        fun main(args: Array<String>) {
            SpringApplicationBuilder(LedgerApp::class.java)
                .properties(mapOf("spring.application.name" to "ledger", "spring.config.name" to "platform,ledger"))
                .run(*args)
        }
      `,
      ['ledger|spring.application.name=ledger', 'ledger|spring.config.name=platform,ledger'],
    ],
    [
      'not a config name: other keys, a Properties object of a client',
      'pricing/src/main/java/com/acme/Main.java',
      code`
        public class Main {
          public static void main(String[] args) {
            Properties props = new Properties();
            props.setProperty("spring.config.name", "elsewhere");
            new SpringApplicationBuilder(Main.class).properties(Map.of("server.port", "8081")).run(args);
          }
        }
      `,
      [],
    ],
  ])('%s', async (_name, path, text, expected) => {
    expect(await names(path, text)).toEqual(expected);
  });
});
