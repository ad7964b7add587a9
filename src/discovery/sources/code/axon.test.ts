import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { springConfigSource } from '../config/spring-config.js';

/** role technology channel, one line a fact. */
const brief = async (path: string, text: string): Promise<string[]> =>
  summarise(await readSnippet(jvmCodeSource, path, text)).map((fact) => ('role' in fact ? `${fact.role} ${fact.technology ?? ''} ${fact.channel ?? ''}`.trim() : ''));

describe('Axon Framework through Axon Server', () => {
  it.each([
    [
      'Java: the gateways and an aggregate\'s apply produce, handlers consume the message their first parameter is',
      'policy/src/main/java/acme/Policy.java',
      code`
        package acme;
        import static org.axonframework.modelling.command.AggregateLifecycle.apply;
        import org.axonframework.commandhandling.CommandHandler;
        import org.axonframework.commandhandling.gateway.CommandGateway;
        import org.axonframework.eventhandling.EventHandler;
        import org.axonframework.eventsourcing.EventSourcingHandler;
        import org.axonframework.queryhandling.QueryGateway;
        import org.axonframework.queryhandling.QueryHandler;
        class PolicyAggregate {
          @CommandHandler
          PolicyAggregate(IssuePolicy command) { apply(new PolicyIssued(command.id())); }
          @EventSourcingHandler
          void on(PolicyIssued event) {}
        }
        class Api {
          private final CommandGateway commandGateway;
          private final QueryGateway queryGateway;
          void issue() { commandGateway.send(new IssuePolicy("p-1")); }
          Object find() { return queryGateway.query(new FindPolicy("p-1"), ResponseTypes.instanceOf(View.class)).join(); }
        }
        class Projection {
          @EventHandler
          public void on(final PolicyIssued event) {}
          @QueryHandler
          View handle(FindPolicy query) { return null; }
        }`,
      [
        'consumes Axon Server IssuePolicy',
        'produces Axon Server PolicyIssued',
        'produces Axon Server IssuePolicy',
        'produces Axon Server FindPolicy',
        'consumes Axon Server PolicyIssued',
        'consumes Axon Server FindPolicy',
      ],
    ],
    [
      'Kotlin: a saga\'s @SagaEventHandler(associationProperty) takes the parameter\'s type, EventGateway.publish produces',
      'billing/src/main/kotlin/acme/Billing.kt',
      code`
        package acme
        import org.axonframework.commandhandling.gateway.CommandGateway
        import org.axonframework.eventhandling.gateway.EventGateway
        import org.axonframework.modelling.saga.SagaEventHandler
        class PremiumSaga {
          lateinit var commandGateway: CommandGateway
          @SagaEventHandler(associationProperty = "policyId")
          fun on(event: PolicyIssued) { commandGateway.send<Any>(CancelPolicy(event.policyId)) }
        }
        class Invoicing(private val eventGateway: EventGateway) {
          private val totals = mutableMapOf<String, Int>().apply { put("none", 0) }
          fun bill(id: String) { eventGateway.publish(InvoiceIssued(id)) }
          fun reset() = apply { totals.clear() }
        }`,
      ['consumes Axon Server PolicyIssued', 'produces Axon Server CancelPolicy', 'produces Axon Server InvoiceIssued'],
    ],
    [
      'a file not importing Axon: an apply or @EventHandler of another library is nothing',
      'other/src/main/java/acme/Other.java',
      code`
        package acme;
        class Other {
          @EventHandler
          void on(Changed event) { apply(new Changed()); }
        }`,
      [],
    ],
  ] as [string, string, string, string[]][])('%s', async (_name, path, text, expected) => {
    expect(await brief(path, text)).toEqual(expected);
  });

  const HANDLERS = code`
    package acme;
    import org.axonframework.commandhandling.gateway.CommandGateway;
    import org.axonframework.eventhandling.EventHandler;
    class Handlers {
      private CommandGateway gateway;
      void issue() { gateway.send(new IssuePolicy("p-1")); }
      @EventHandler void on(PolicyIssued event) {}
    }`;
  const edgesOf = async (compose: string[], properties: string): Promise<string[]> => {
    const facts: Fact[] = [];
    facts.push(...(await readSnippet(dockerComposeSource, 'docker-compose.yml', ['services:', ...compose].join('\n'))));
    facts.push(...(await readSnippet(springConfigSource, 'policy/src/main/resources/application.properties', properties)));
    facts.push(...(await readSnippet(jvmCodeSource, 'policy/src/main/java/acme/Handlers.java', HANDLERS)));
    return [...new Set(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
  };
  const SERVER = ['  axonserver:', '    image: axoniq/axonserver:2024.0.2'];
  const POLICY = ['  policy:', '    build: ./policy'];

  it.each([
    ['axon.axonserver.servers names it', [...SERVER, ...POLICY], 'axon.axonserver.servers=axonserver:8124', ['axonserver -> policy messaging', 'policy -> axonserver messaging']],
    ['a cluster of nodes: the first is dialled', ['  axon-1:', '    image: axoniq/axonserver:2024.0.2', '  axon-2:', '    image: axoniq/axonserver:2024.0.2', ...POLICY], 'axon.axonserver.servers=axon-1:8124,axon-2:8124', ['axon-1 -> policy messaging', 'policy -> axon-1 messaging']],
    ['localhost overridden by AXON_AXONSERVER_SERVERS', [...SERVER, ...POLICY, '    environment:', '      AXON_AXONSERVER_SERVERS: axonserver'], 'axon.axonserver.servers=localhost:8124', ['axonserver -> policy messaging', 'policy -> axonserver messaging']],
    ['no setting: the one Axon Server the deployment defines', [...SERVER, ...POLICY], 'spring.application.name=policy', ['axonserver -> policy messaging', 'policy -> axonserver messaging']],
    ['axon.axonserver.enabled=false: in-process buses, no edge', [...SERVER, ...POLICY], 'axon.axonserver.enabled=false', []],
    ['AXON_AXONSERVER_ENABLED=false in the environment', [...SERVER, ...POLICY, '    environment:', '      AXON_AXONSERVER_ENABLED: "false"'], 'axon.axonserver.servers=axonserver', []],
    ['no Axon Server deployed nor configured: in-process buses, no edge', POLICY, 'spring.application.name=policy', []],
  ] as [string, string[], string, string[]][])('%s', async (_name, compose, properties, expected) => {
    expect(await edgesOf(compose, properties)).toEqual(expected);
  });
});
