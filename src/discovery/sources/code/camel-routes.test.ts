/**
 * Apache Camel routes end to end: the Java DSL (camel-routes.ts), YAML DSL route files and Camel K
 * Integrations (config/camel-yaml.ts), resolved with the service's configuration: placeholders in
 * endpoint URIs, broker settings, and routes switched off by code or configuration.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import type { Source } from '../../source.js';
import { camelXmlSource } from '../config/camel-xml.js';
import { camelYamlSource } from '../config/camel-yaml.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { springConfigSource } from '../config/spring-config.js';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const COMPOSE = [
  'services:',
  '  orders:',
  '    build: ./orders',
  '    environment:',
  '      KAFKA_BROKERS: kafka:9092',
  '  kafka:',
  '    image: bitnami/kafka:3.7',
  '  artemis:',
  '    image: apache/activemq-artemis:2.37.0',
  '  billing:',
  '    build: ./billing',
  '  files:',
  '    image: atmoz/sftp',
  '  mailhog:',
  '    image: mailhog/mailhog',
].join('\n');

async function edgesOf(files: { path: string; text: string; source: Source }[]): Promise<string[]> {
  const facts: Fact[] = [];
  for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
  return resolveFacts(facts)
    .integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim())
    .sort();
}

const javaRoutes = (body: string, extra = ''): string => code`
  package acme.orders;
  import org.apache.camel.builder.RouteBuilder;
  import org.springframework.beans.factory.annotation.Value;
  ${extra}
  public class OrderRoutes extends RouteBuilder {
    private static final String TOPIC = "orders.created";
    @Value("\${invoices.topic}") String invoicesTopic;
    @Value("\${fax.enabled:false}") boolean faxEnabled;
    @Override
    public void configure() {
      ${body}
    }
  }`;

const PROPERTIES = ['orders.in=kafka:{{invoices.topic}}?brokers={{kafka.brokers}}', 'orders.out=http://{{billing.host}}/in', 'orders.audit=log:audit', 'kafka.brokers=${KAFKA_BROKERS:localhost:9092}', 'invoices.topic=invoices', 'billing.host=billing:8080', 'archive.enabled=false'].join('\n');

describe('Camel Java DSL', () => {
  it.each([
    ['from consumes, to produces, the broker a placeholder bound through the environment', 'from("kafka:" + invoicesTopic + "?brokers={{kafka.brokers}}").to("kafka:" + TOPIC + "?brokers={{kafka.brokers}}");', ['kafka -> orders messaging invoices', 'orders -> kafka messaging orders.created']],
    ['toD to an HTTP host from a placeholder, Simple expressions ignored', 'from("direct:a").toD("http://{{billing.host}}/invoices/${header.id}");', ['orders -> billing rest']],
    ['enrich and wireTap are producers, pollEnrich a consumer', 'from("timer:t").enrich("http://billing:8080/x").pollEnrich("jms:queue:replies").wireTap("jms:queue:audit");', ['artemis -> orders messaging replies', 'orders -> artemis messaging audit', 'orders -> billing rest']],
    ['a URI that is a setting is the connection its value names (an internal one none)', 'from("{{orders.in}}").to("{{orders.out}}").to("{{orders.audit}}");', ['kafka -> orders messaging invoices', 'orders -> billing rest']],
    ['toF fills its format', 'from("seda:s").toF("sftp://%s:22/out", "files");', ['orders -> files file-transfer']],
    ['the REST DSL server and internal components make nothing', 'rest("/orders").post().to("direct:create"); from("direct:create").to("seda:x").to("log:y").to("bean:svc");', []],
    ['autoStartup(false) and noAutoStartup() switch a route off', 'from("timer:t").autoStartup(false).to("http://billing:8080/x"); from("timer:u").noAutoStartup().to("smtp://mailhog:1025");', []],
    ['autoStartup from a property set false', 'from("scheduler:s").autoStartup("{{archive.enabled}}").to("http://billing:8080/x");', []],
    ['autoStartup from a placeholder defaulting to false that nothing sets', 'from("scheduler:s").autoStartup("{{other.enabled:false}}").to("http://billing:8080/x");', []],
    ['a route built only if a setting defaulting to false is true', 'if (faxEnabled) { from("seda:fax").to("smtp://mailhog:1025"); }', []],
  ])('%s', async (_name, body, expected) => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: PROPERTIES, source: springConfigSource },
      { path: 'orders/src/main/java/acme/orders/OrderRoutes.java', text: javaRoutes(body), source: jvmCodeSource },
    ]);
    expect(edges).toEqual(expected);
  });

  it('a route builder loaded only under @ConditionalOnProperty makes edges only when the property is set', async () => {
    const java = javaRoutes('from("kafka:orders.created").to("sftp://files/in");', 'import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;\n@ConditionalOnProperty(name = "cold.enabled", havingValue = "true")');
    const files = (properties: string) => [
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: properties, source: springConfigSource },
      { path: 'orders/src/main/java/acme/orders/OrderRoutes.java', text: java, source: jvmCodeSource },
    ];
    expect(await edgesOf(files(PROPERTIES))).toEqual([]);
    expect(await edgesOf(files(`${PROPERTIES}\ncold.enabled=true`))).toEqual(['kafka -> orders messaging orders.created', 'orders -> files file-transfer']);
  });

  it('reads the Kotlin DSL the same way', async () => {
    const kotlin = code`
      package acme.orders
      import org.apache.camel.builder.RouteBuilder
      class OrderRoutes : RouteBuilder() {
        override fun configure() {
          from("kafka:orders.created?brokers=kafka:9092").routeId("ship").to("http://billing:8080/ship")
          from("timer:t").autoStartup(false).to("smtp://mailhog:1025")
        }
      }`;
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orders/src/main/kotlin/acme/orders/OrderRoutes.kt', text: kotlin, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['kafka -> orders messaging orders.created', 'orders -> billing rest']);
  });

  it('routes of tests are not read', async () => {
    const facts = await readSnippet(jvmCodeSource, 'orders/src/test/java/acme/orders/OrderRoutesTest.java', javaRoutes('from("direct:t").to("http://billing:8080/x").to("mock:out");'));
    expect(facts.filter((fact) => fact.type === 'connection')).toEqual([]);
  });
});

describe('Camel YAML DSL and Camel K', () => {
  const ROUTES = code`
    - route:
        id: ship
        from:
          uri: kafka:orders.created
          parameters:
            brokers: "{{env:KAFKA_BROKERS:localhost:9092}}"
          steps:
            - choice:
                when:
                  - simple: "\${header.express}"
                    steps:
                      - to: "sftp://files:22/express"
            - to:
                uri: jms:queue:shipments
            - toD: "http://billing:8080/ship/\${header.id}"
    - from:
        uri: "jms:queue:confirmations"
        steps:
          - to: { uri: "smtp://{{env:SMTP_HOST:localhost}}:1025", parameters: { to: "ops@acme.example" } }
    - route:
        autoStartup: false
        from:
          uri: timer:legacy
          steps:
            - to: "http://legacy:8080/sync"
    - rest:
        path: /orders
        post:
          - to: direct:create
    `;

  it('reads routes at any depth of steps, the file belonging to the service whose folder holds it', async () => {
    const compose = COMPOSE.replace('      KAFKA_BROKERS: kafka:9092', '      KAFKA_BROKERS: kafka:9092\n      SMTP_HOST: mailhog');
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: compose, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: 'quarkus.artemis.url=tcp://artemis:61616', source: springConfigSource },
      { path: 'orders/src/main/resources/camel/routes.yaml', text: ROUTES, source: camelYamlSource },
    ]);
    expect(edges).toEqual([
      'artemis -> orders messaging confirmations',
      'kafka -> orders messaging orders.created',
      'orders -> artemis messaging shipments',
      'orders -> billing rest',
      'orders -> files file-transfer',
      'orders -> mailhog email',
    ]);
  });

  it('a Camel K Integration is a system whose flows and inline sources are its routes, its properties from traits and mounted ConfigMaps', async () => {
    const integration = code`
      apiVersion: camel.apache.org/v1
      kind: Integration
      metadata:
        name: notifier
      spec:
        traits:
          mount:
            configs:
              - configmap:notifier-config
          camel:
            properties:
              - "billing.url=http://billing:8080"
              - "audit.uri=log:audit"
        flows:
          - from:
              uri: "kafka:{{invoices.topic}}"
              parameters:
                brokers: "{{kafka.brokers}}"
              steps:
                - to: "{{billing.url}}/notify"
                - to: "{{audit.uri}}"
        sources:
          - name: mail.yaml
            content: |
              - from:
                  uri: "jms:queue:mail"
                  steps:
                    - to: "smtp://mailhog:1025"
          - name: archive.xml
            content: |
              <routes xmlns="http://camel.apache.org/schema/spring">
                <route>
                  <from uri="jms:queue:archive"/>
                  <to uri="sftp://files/archive"/>
                </route>
              </routes>
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: notifier-config
      data:
        invoices.topic: invoices
        kafka.brokers: kafka:9092
      `;
    const edges = await edgesOf([
      { path: 'k8s/notifier.yaml', text: integration, source: camelYamlSource },
      { path: 'k8s/notifier.yaml', text: integration, source: kubernetesManifestsSource },
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
    ]);
    expect(edges).toEqual(['artemis -> notifier messaging archive', 'artemis -> notifier messaging mail', 'kafka -> notifier messaging invoices', 'notifier -> billing rest', 'notifier -> files file-transfer', 'notifier -> mailhog email']);
    // The XML source's lines are the Integration file's.
    const facts = await readSnippet(camelYamlSource, 'k8s/notifier.yaml', integration);
    const sftp = facts.find((fact) => fact.type === 'connection' && fact.technology === 'SFTP');
    expect(sftp?.evidence.excerpt).toBe('<to uri="sftp://files/archive"/>');
  });
});

describe('Camel XML DSL', () => {
  const SPRING = (routes: string, context = '') => `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xsi:schemaLocation="http://camel.apache.org/schema/spring http://camel.apache.org/schema/spring/camel-spring.xsd">
  <bean id="audit" class="acme.orders.Audit"/>
  <camelContext id="orders" xmlns="http://camel.apache.org/schema/spring"${context}>
${routes}
  </camelContext>
</beans>`;
  const ROUTES = (routes: string) => `<routes xmlns="http://camel.apache.org/schema/spring">\n${routes}\n</routes>`;
  const BLUEPRINT = (routes: string) => `<blueprint xmlns="http://www.osgi.org/xmlns/blueprint/v1.0.0"
           xmlns:cm="http://aries.apache.org/blueprint/xmlns/blueprint-cm/v1.1.0">
  <cm:property-placeholder persistent-id="orders">
    <cm:default-properties>
      <cm:property name="billing.host" value="billing:8080"/>
      <cm:property name="replies.queue" value="replies"/>
    </cm:default-properties>
  </cm:property-placeholder>
  <camelContext xmlns="http://camel.apache.org/schema/blueprint">
${routes}
  </camelContext>
</blueprint>`;

  const files = (path: string, text: string) => [
    { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
    { path: 'orders/src/main/resources/application.properties', text: PROPERTIES, source: springConfigSource },
    { path, text, source: camelXmlSource },
  ];

  it.each([
    [
      'Spring XML: from consumes, to and toD produce, placeholders from application.properties',
      'orders/src/main/resources/META-INF/spring/camel-context.xml',
      SPRING('<route id="in"><from uri="kafka:{{invoices.topic}}?brokers={{kafka.brokers}}"/><toD uri="http://{{billing.host}}/in/${header.id}"/></route>'),
      ['kafka -> orders messaging invoices', 'orders -> billing rest'],
    ],
    [
      'steps at any depth, wireTap, enrich and pollEnrich (attribute and constant), inOnly',
      'orders/src/main/resources/camel/routes.xml',
      ROUTES(`<route>
  <from uri="timer:tick"/>
  <choice><when><simple>\${header.big}</simple><to uri="sftp://files:22/big"/></when><otherwise><inOnly uri="jms:queue:small"/></otherwise></choice>
  <wireTap uri="jms:queue:audit"/>
  <enrich><constant>http://billing:8080/rates</constant></enrich>
  <pollEnrich uri="jms:queue:replies"/>
</route>`),
      ['artemis -> orders messaging replies', 'orders -> artemis messaging audit', 'orders -> artemis messaging small', 'orders -> billing rest', 'orders -> files file-transfer'],
    ],
    [
      'a recipient list of constants, an endpoint by ref, a URI that is a setting',
      'orders/src/main/resources/routes.camel.xml',
      SPRING(`<endpoint id="mail" uri="smtp://mailhog:1025"/>
<route><from uri="direct:notify"/><recipientList><constant>jms:queue:a,log:b,sftp://files/out</constant></recipientList><to ref="mail"/><to uri="{{orders.out}}"/></route>`),
      ['orders -> artemis messaging a', 'orders -> billing rest', 'orders -> files file-transfer', 'orders -> mailhog email'],
    ],
    [
      'a commented-out route, a route template, a route switched off, one switched off by a setting',
      'orders/src/main/resources/camel/off.xml',
      ROUTES(`<!-- <route><from uri="kafka:old"/><to uri="http://legacy:8080/x"/></route> -->
<routeTemplate id="forward"><templateParameter name="target"/><route><from uri="direct:{{name}}"/><to uri="http://billing:8080/{{target}}"/></route></routeTemplate>
<route autoStartup="false"><from uri="timer:t"/><to uri="http://billing:8080/x"/></route>
<route autoStartup="{{archive.enabled}}"><from uri="timer:u"/><to uri="smtp://mailhog:1025"/></route>`),
      [],
    ],
    [
      'Blueprint: default properties of cm:property-placeholder fill the placeholders',
      'orders/src/main/resources/OSGI-INF/blueprint/routes.xml',
      BLUEPRINT('<route><from uri="jms:queue:{{replies.queue}}"/><to uri="http://{{billing.host}}/x"/></route>'),
      ['artemis -> orders messaging replies', 'orders -> billing rest'],
    ],
    ['XML that is not Camel makes nothing', 'orders/src/main/resources/mapper/orders.xml', '<mapper namespace="acme.Orders"><select id="all">select 1</select></mapper>', []],
  ])('%s', async (_name, path, text, expected) => {
    expect(await edgesOf(files(path, text))).toEqual(expected);
  });

  it('a component bean named after its scheme gives its broker, directly or through its connection factory', async () => {
    const compose = `${COMPOSE}\n  artemis-b:\n    image: apache/activemq-artemis:2.37.0\n  kafka-b:\n    image: bitnami/kafka:3.7`;
    const text = SPRING(
      '<route><from uri="activemq:queue:in"/><to uri="kafka:out"/></route>',
    ).replace(
      '<bean id="audit" class="acme.orders.Audit"/>',
      `<bean id="activemq" class="org.apache.activemq.camel.component.ActiveMQComponent">
    <property name="connectionFactory" ref="factory"/>
  </bean>
  <bean id="factory" class="org.apache.activemq.ActiveMQConnectionFactory">
    <property name="brokerURL" value="tcp://artemis-b:61616"/>
  </bean>
  <bean id="kafka" class="org.apache.camel.component.kafka.KafkaComponent">
    <property name="configuration">
      <bean class="org.apache.camel.component.kafka.KafkaConfiguration"><property name="brokers" value="kafka-b:9092"/></bean>
    </property>
  </bean>`,
    );
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: compose, source: dockerComposeSource },
      { path: 'orders/src/main/resources/META-INF/spring/camel-context.xml', text, source: camelXmlSource },
    ]);
    expect(edges).toEqual(['artemis-b -> orders messaging in', 'orders -> kafka-b messaging out']);
  });

  it('reads a context switched off as a whole', async () => {
    const text = SPRING('<route><from uri="kafka:orders.created"/><to uri="http://billing:8080/x"/></route>', ' autoStartup="false"');
    expect(await edgesOf(files('orders/src/main/resources/META-INF/spring/camel-context.xml', text))).toEqual([]);
  });

  it('accepts Camel XML by place and name, not builds, logging or tests', () => {
    const accepted = ['a/src/main/resources/camel/x.xml', 'routes.xml', 'a/b.camel.xml', 'a/META-INF/spring/ctx.xml', 'a/OSGI-INF/blueprint/b.xml', 'a/applicationContext.xml'];
    const refused = ['pom.xml', 'a/src/main/resources/logback.xml', 'a/src/test/resources/camel/x.xml', 'a/app/src/main/res/layout/main.xml', 'a/src/main/resources/camel/x.yaml'];
    expect(accepted.filter((path) => camelXmlSource.accepts(path))).toEqual(accepted);
    expect(refused.filter((path) => camelXmlSource.accepts(path))).toEqual([]);
  });
});

describe('recipient lists in the YAML DSL', () => {
  it('produces to each endpoint of a constant', async () => {
    const text = code`
      - from:
          uri: direct:fanout
          steps:
            - recipientList:
                constant: "jms:queue:a;http://billing:8080/in"
                delimiter: ";"
      `;
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: COMPOSE, source: dockerComposeSource },
      { path: 'orders/src/main/resources/camel/fanout.yaml', text, source: camelYamlSource },
    ]);
    expect(edges).toEqual(['orders -> artemis messaging a', 'orders -> billing rest']);
  });
});
