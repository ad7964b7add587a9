import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Source } from '../../source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { springConfigSource } from '../config/spring-config.js';

/** role technology channel target, one line a fact. */
const brief = async (source: Source, path: string, text: string): Promise<string[]> =>
  summarise(await readSnippet(source, path, text)).map((fact) => ('role' in fact ? `${fact.role} ${fact.technology ?? ''} ${fact.channel ?? ''} ${JSON.stringify(fact.target)}` : ''));

describe('Zeebe (Camunda 8) clients and job workers', () => {
  it.each([
    [
      'Spring Zeebe: @JobWorker(type) consumes, @Deployment(resources) and the client commands produce',
      jvmCodeSource,
      'orders/src/main/java/acme/orders/OrderWorkers.java',
      code`
        package acme.orders;
        import io.camunda.zeebe.client.ZeebeClient;
        import io.camunda.zeebe.spring.client.annotation.JobWorker;
        import io.camunda.zeebe.spring.client.annotation.Deployment;
        @Deployment(resources = "classpath:order.bpmn")
        class OrderWorkers {
          private final ZeebeClient zeebe;
          OrderWorkers(ZeebeClient zeebe) { this.zeebe = zeebe; }
          @JobWorker(type = "retrieve-payment")
          public void retrievePayment(final ActivatedJob job) {}
          void start(String orderId) {
            zeebe.newCreateInstanceCommand().bpmnProcessId("order-process").latestVersion().variables(Map.of("orderId", orderId)).send().join();
            zeebe.newPublishMessageCommand().messageName("payment-received").correlationKey(orderId).send();
          }
        }`,
      [
        'produces Zeebe classpath:order.bpmn {}',
        'consumes Zeebe retrieve-payment {}',
        'produces Zeebe order-process {}',
        'produces Zeebe payment-received {}',
      ],
    ],
    [
      'the plain Java client: a builder with the gateway address, newWorker().jobType(…), a deployment',
      jvmCodeSource,
      'shipping/src/main/java/acme/Shipping.java',
      code`
        import io.camunda.zeebe.client.ZeebeClient;
        class Shipping {
          void run() {
            ZeebeClient client = ZeebeClient.newClientBuilder().gatewayAddress("zeebe:26500").usePlaintext().build();
            client.newDeployResourceCommand().addResourceFromClasspath("shipping.bpmn").send().join();
            client.newWorker().jobType("ship-goods").handler(new ShipHandler()).open();
          }
        }`,
      [
        'produces Zeebe shipping.bpmn {"host":"zeebe","port":26500}',
        'consumes Zeebe ship-goods {"host":"zeebe","port":26500}',
      ],
    ],
    [
      'zeebe-node: new ZBClient(address), createWorker({ taskType }), createProcessInstance, publishMessage',
      typescriptCodeSource,
      'checkout/src/zeebe.ts',
      code`
        import { ZBClient } from 'zeebe-node';
        const zbc = new ZBClient('zeebe:26500');
        zbc.createWorker({ taskType: 'reserve-stock', taskHandler: (job) => job.complete() });
        await zbc.createProcessInstance({ bpmnProcessId: 'checkout', variables: {} });
        await zbc.publishMessage({ name: 'cart-abandoned', correlationKey: id, variables: {} });`,
      [
        'consumes Zeebe reserve-stock {"host":"zeebe","port":26500}',
        'produces Zeebe checkout {"host":"zeebe","port":26500}',
        'produces Zeebe cart-abandoned {"host":"zeebe","port":26500}',
      ],
    ],
    [
      '@camunda8/sdk: the gRPC client of new Camunda8() (address from ZEEBE_ADDRESS), createWorker(type, handler), deployResource',
      typescriptCodeSource,
      'invoicing/src/worker.ts',
      code`
        import { Camunda8 } from '@camunda8/sdk';
        const zeebe = new Camunda8().getZeebeGrpcApiClient();
        await zeebe.deployResource({ processFilename: './bpmn/invoice.bpmn' });
        zeebe.createWorker('create-invoice', async (job) => job.complete());`,
      [
        'produces Zeebe ./bpmn/invoice.bpmn {}',
        'consumes Zeebe create-invoice {}',
      ],
    ],
    [
      'Go: zbc.ClientConfig{GatewayAddress}, NewJobWorker().JobType, NewCreateInstanceCommand().BPMNProcessId',
      goCodeSource,
      'billing/main.go',
      code`
        package main
        import "github.com/camunda/zeebe/clients/go/v8/pkg/zbc"
        func run() {
          client, _ := zbc.NewClient(&zbc.ClientConfig{GatewayAddress: "zeebe:26500", UsePlaintextConnection: true})
          client.NewJobWorker().JobType("charge-card").Handler(charge).Open()
          client.NewCreateInstanceCommand().BPMNProcessId("billing").LatestVersion().Send(ctx)
        }`,
      [
        'consumes Zeebe charge-card {"host":"zeebe","port":26500}',
        'produces Zeebe billing {"host":"zeebe","port":26500}',
      ],
    ],
    [
      'pyzeebe: create_insecure_channel(grpc_address), @worker.task(task_type), run_process, publish_message',
      pythonCodeSource,
      'notify/notify/worker.py',
      code`
        from pyzeebe import ZeebeClient, ZeebeWorker, create_insecure_channel
        channel = create_insecure_channel(grpc_address="zeebe:26500")
        worker = ZeebeWorker(channel)
        client = ZeebeClient(channel)
        @worker.task(task_type="send-email")
        async def send_email(order_id: str):
            await client.publish_message("email-sent", correlation_key=order_id)
        async def start():
            await client.run_process("notification", variables={})`,
      [
        'consumes Zeebe send-email {"host":"zeebe","port":26500}',
        'produces Zeebe email-sent {"host":"zeebe","port":26500}',
        'produces Zeebe notification {"host":"zeebe","port":26500}',
      ],
    ],
  ] as [string, Source, string, string, string[]][])('%s', async (_name, source, path, text, expected) => {
    expect(await brief(source, path, text)).toEqual(expected);
  });

  const edgesOf = async (files: { path: string; text: string; source: Source }[]): Promise<string[]> => {
    const facts: Fact[] = [];
    for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
    return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim()).sort();
  };

  const WORKER = code`
    import io.camunda.zeebe.client.ZeebeClient;
    import io.camunda.zeebe.spring.client.annotation.JobWorker;
    class Workers {
      @Autowired private ZeebeClient zeebe;
      @JobWorker(type = "retrieve-payment") public void pay(ActivatedJob job) {}
      void start() { zeebe.newCreateInstanceCommand().bpmnProcessId("order-process").latestVersion().send(); }
    }`;
  const CAMUNDA_APPS = ['  operate:', '    image: camunda/operate:8.5.0', '    depends_on: [zeebe, elasticsearch]', '  tasklist:', '    image: camunda/tasklist:8.5.0', '    environment:', '      CAMUNDA_TASKLIST_ZEEBE_GATEWAYADDRESS: zeebe:26500', '      CAMUNDA_TASKLIST_ELASTICSEARCH_URL: http://elasticsearch:9200', '  elasticsearch:', '    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0'];

  it.each([
    ['zeebe.client.broker.gateway-address in application.properties', 'zeebe.client.broker.gateway-address=zeebe:26500', []],
    ['a localhost address overridden by the relaxed env ZEEBE_CLIENT_BROKER_GATEWAYADDRESS', 'zeebe.client.broker.gateway-address=localhost:26500', ['      ZEEBE_CLIENT_BROKER_GATEWAYADDRESS: zeebe:26500']],
    ['camunda.client.zeebe.grpc-address (Camunda Spring SDK)', 'camunda.client.zeebe.grpc-address=http://zeebe:26500', []],
    ['ZEEBE_ADDRESS in the environment', 'spring.application.name=orders', ['      ZEEBE_ADDRESS: zeebe:26500']],
    ['no address: the one Zeebe the deployment defines', 'spring.application.name=orders', []],
  ] as [string, string, string[]][])('Spring Zeebe resolves the engine from %s; Camunda web apps and Zeebe\'s exporter make no edges', async (_name, properties, environment) => {
    const compose = ['services:', '  zeebe:', '    image: camunda/zeebe:8.5.0', '    environment:', '      ZEEBE_BROKER_EXPORTERS_ELASTICSEARCH_ARGS_URL: http://elasticsearch:9200', '    depends_on: [elasticsearch]', '  orders:', '    build: ./orders', ...(environment.length ? ['    environment:', ...environment] : []), '    depends_on: [zeebe]', ...CAMUNDA_APPS].join('\n');
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: compose, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: properties, source: springConfigSource },
      { path: 'orders/src/main/java/acme/Workers.java', text: WORKER, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['orders -> zeebe messaging order-process', 'zeebe -> orders messaging retrieve-payment']);
  });

  it.each([
    ['zeebe.client.gateway.address', 'zeebe.client.gateway.address=gateway:26500', []],
    ['ZEEBE_CLIENT_BROKER_GATEWAYADDRESS', 'zeebe.client.broker.gateway-address=localhost:26500', ['      ZEEBE_CLIENT_BROKER_GATEWAYADDRESS: gateway:26500']],
    ['ZEEBE_ADDRESS', 'spring.application.name=orders', ['      ZEEBE_ADDRESS: gateway:26500']],
  ] as [string, string, string[]][])('with a broker and a standalone gateway both Zeebe, %s picks the gateway', async (_name, properties, environment) => {
    const compose = ['services:', '  zeebe:', '    image: camunda/zeebe:8.5.0', '  gateway:', '    image: camunda/zeebe:8.5.0', '    environment:', '      ZEEBE_STANDALONE_GATEWAY: "true"', '  orders:', '    build: ./orders', ...(environment.length ? ['    environment:', ...environment] : [])].join('\n');
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: compose, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: properties, source: springConfigSource },
      { path: 'orders/src/main/java/acme/Workers.java', text: WORKER, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['gateway -> orders messaging retrieve-payment', 'orders -> gateway messaging order-process']);
  });
});
