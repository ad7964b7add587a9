/**
 * Spring JMS end to end: a `JmsTemplate` and `@JmsListener` name no broker, so Spring Boot's
 * settings (`spring.activemq.broker-url`, `spring.artemis.broker-url`, `spring.artemis.host`),
 * overridden by the deployment's environment, say which one; queue names are often properties too.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { springConfigSource } from '../config/spring-config.js';
import type { Fact } from '../../../core/discovery/facts.js';

const FIELD_INJECTED = code`
  package acme.policy;
  import org.springframework.beans.factory.annotation.Autowired;
  import org.springframework.beans.factory.annotation.Value;
  import org.springframework.jms.annotation.JmsListener;
  import org.springframework.jms.core.JmsTemplate;
  @Service
  public class QuoteRequester {
    @Autowired private JmsTemplate jmsTemplate;
    @Value("\${policy.queues.quote-requests}") private String quoteRequests;
    public void request(Draft draft) { jmsTemplate.convertAndSend(quoteRequests, draft); }
    @JmsListener(destination = "\${policy.queues.quote-responses}")
    public void onQuote(Quote quote) {}
  }`;

const CONSTRUCTOR_INJECTED = code`
  package acme.policy;
  import org.springframework.beans.factory.annotation.Value;
  import org.springframework.jms.annotation.JmsListener;
  import org.springframework.jms.core.JmsTemplate;
  @Component
  public class QuoteCalculator {
    private final JmsTemplate jms;
    private final String quoteResponses;
    public QuoteCalculator(JmsTemplate jms, @Value("\${policy.queues.quote-responses}") String quoteResponses) {
      this.jms = jms;
      this.quoteResponses = quoteResponses;
    }
    @JmsListener(destination = "\${policy.queues.quote-requests}")
    public void onRequest(Request request) { jms.convertAndSend(quoteResponses, new Quote(request)); }
  }`;

const QUEUES = ['policy.queues.quote-requests=policy.quote.requests', 'policy.queues.quote-responses=policy.quote.responses'];

async function edgesOf(files: { path: string; text: string; source: typeof jvmCodeSource }[]): Promise<string[]> {
  const facts: Fact[] = [];
  for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
  return resolveFacts(facts)
    .integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim())
    .sort();
}

const compose = (broker: string, image: string, environment: string[]): string =>
  ['services:', `  ${broker}:`, `    image: ${image}`, '  other-broker:', '    image: apache/activemq-classic:6.1.0', '  policy:', '    build: ./policy', ...(environment.length > 0 ? ['    environment:', ...environment.map((line) => `      ${line}`)] : [])].join('\n');

describe('Spring JMS: the broker from Spring Boot settings, queues from properties', () => {
  it.each([
    [
      'spring.activemq.broker-url on localhost, overridden by SPRING_ACTIVEMQ_BROKER_URL in compose (field injection)',
      FIELD_INJECTED,
      ['spring.activemq.broker-url=tcp://localhost:61616', ...QUEUES],
      compose('activemq', 'apache/activemq-classic:6.1.0', ['SPRING_ACTIVEMQ_BROKER_URL: tcp://activemq:61616']),
      ['activemq -> policy messaging policy.quote.responses', 'policy -> activemq messaging policy.quote.requests'],
    ],
    [
      'the same with constructor injection of the template and the queue name',
      CONSTRUCTOR_INJECTED,
      ['spring.activemq.broker-url=tcp://localhost:61616', ...QUEUES],
      compose('activemq', 'apache/activemq-classic:6.1.0', ['SPRING_ACTIVEMQ_BROKER_URL: failover:(tcp://activemq:61616)?randomize=false']),
      ['activemq -> policy messaging policy.quote.requests', 'policy -> activemq messaging policy.quote.responses'],
    ],
    [
      'spring.artemis.broker-url in the properties themselves',
      FIELD_INJECTED,
      ['spring.artemis.broker-url=tcp://artemis:61616', ...QUEUES],
      compose('artemis', 'apache/activemq-artemis:2.31.2', []),
      ['artemis -> policy messaging policy.quote.responses', 'policy -> artemis messaging policy.quote.requests'],
    ],
    [
      'spring.artemis.host set by SPRING_ARTEMIS_HOST',
      FIELD_INJECTED,
      ['spring.artemis.host=localhost', 'spring.artemis.port=61616', ...QUEUES],
      compose('artemis', 'apache/activemq-artemis:2.31.2', ['SPRING_ARTEMIS_HOST: artemis']),
      ['artemis -> policy messaging policy.quote.responses', 'policy -> artemis messaging policy.quote.requests'],
    ],
  ])('%s', async (_name, java, properties, composeFile, expected) => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: composeFile, source: dockerComposeSource },
      { path: 'policy/src/main/resources/application.properties', text: properties.join('\n'), source: springConfigSource },
      { path: 'policy/src/main/java/acme/policy/Quotes.java', text: java, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(expected);
  });

  it('with only a localhost broker URL, falls back to the one JMS broker the files define; a queue property not set leaves the channel unknown', async () => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: ['services:', '  activemq:', '    image: apache/activemq-classic:6.1.0', '  policy:', '    build: ./policy'].join('\n'), source: dockerComposeSource },
      { path: 'policy/src/main/resources/application.properties', text: 'spring.activemq.broker-url=tcp://localhost:61616\npolicy.queues.quote-requests=policy.quote.requests', source: springConfigSource },
      { path: 'policy/src/main/java/acme/policy/Quotes.java', text: FIELD_INJECTED, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['activemq -> policy messaging', 'policy -> activemq messaging policy.quote.requests']);
  });
});
