import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Source } from '../../source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { kubernetesManifestsSource } from '../config/kubernetes-manifests.js';
import { springConfigSource } from '../config/spring-config.js';

/** role technology channel target, one line a fact. */
const brief = async (source: Source, path: string, text: string): Promise<string[]> =>
  summarise(await readSnippet(source, path, text)).map((fact) => ('role' in fact ? `${fact.role} ${fact.technology ?? ''} ${fact.channel ?? ''} ${JSON.stringify(fact.target)}`.replace(/ +/g, ' ') : ''));

describe('Temporal clients and workers in every SDK', () => {
  it.each([
    [
      'Go: client.Options{HostPort}, StartWorkflowOptions{TaskQueue}, ExecuteWorkflow and SignalWorkflow produce',
      goCodeSource,
      'claims/main.go',
      code`
        package main
        import "go.temporal.io/sdk/client"
        func main() {
          c, _ := client.Dial(client.Options{HostPort: "temporal:7233", Namespace: "default"})
          opts := client.StartWorkflowOptions{ID: "claim-1", TaskQueue: "claims"}
          c.ExecuteWorkflow(ctx, opts, "ClaimWorkflow", req)
          c.SignalWorkflow(ctx, "claim-1", "", "approve", true)
        }`,
      [
        'produces Temporal claims {"host":"temporal","port":7233}',
        'produces Temporal {"host":"temporal","port":7233}',
        'produces Temporal {"host":"temporal","port":7233}',
      ],
    ],
    [
      'Go: worker.New(c, "queue", …) consumes; a workflow\'s child workflows and activities are the worker\'s own',
      goCodeSource,
      'worker/main.go',
      code`
        package main
        import (
          "go.temporal.io/sdk/client"
          "go.temporal.io/sdk/worker"
          "go.temporal.io/sdk/workflow"
        )
        func main() {
          c, _ := client.NewLazyClient(client.Options{HostPort: "temporal-frontend.temporal:7233"})
          w := worker.New(c, "payments", worker.Options{})
          w.Run(worker.InterruptCh())
        }
        func Pay(ctx workflow.Context) error {
          return workflow.ExecuteChildWorkflow(ctx, "Refund").Get(ctx, nil)
        }`,
      ['consumes Temporal payments {"host":"temporal-frontend.temporal","port":7233}'],
    ],
    [
      'Java: service stubs setTarget, a workflow stub with WorkflowOptions.setTaskQueue, WorkerFactory.newWorker',
      jvmCodeSource,
      'orders/src/main/java/acme/Temporal.java',
      code`
        package acme;
        import io.temporal.client.WorkflowClient;
        import io.temporal.client.WorkflowOptions;
        import io.temporal.serviceclient.WorkflowServiceStubs;
        import io.temporal.serviceclient.WorkflowServiceStubsOptions;
        import io.temporal.worker.WorkerFactory;
        class Temporal {
          void run() {
            WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget("temporal:7233").build());
            WorkflowClient client = WorkflowClient.newInstance(service);
            OrderWorkflow wf = client.newWorkflowStub(OrderWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue("orders").build());
            WorkflowClient.start(wf::process, "42");
            WorkerFactory factory = WorkerFactory.newInstance(client);
            factory.newWorker("orders").registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
          }
        }`,
      [
        'produces Temporal {"host":"temporal","port":7233}',
        'produces Temporal orders {"host":"temporal","port":7233}',
        'produces Temporal {"host":"temporal","port":7233}',
        'consumes Temporal orders {"host":"temporal","port":7233}',
      ],
    ],
    [
      'Java, Spring Boot starter: @WorkflowImpl and @ActivityImpl(taskQueues) consume',
      jvmCodeSource,
      'orders/src/main/java/acme/OrderWorkflowImpl.java',
      code`
        package acme;
        import io.temporal.spring.boot.ActivityImpl;
        import io.temporal.spring.boot.WorkflowImpl;
        import io.temporal.workflow.Workflow;
        @WorkflowImpl(taskQueues = "orders")
        class OrderWorkflowImpl implements OrderWorkflow {
          private final Child child = Workflow.newChildWorkflowStub(Child.class);
        }
        @ActivityImpl(taskQueues = "orders")
        class Activities {}`,
      ['consumes Temporal orders {}', 'consumes Temporal orders {}'],
    ],
    [
      'TypeScript: Connection.connect({ address }), client.workflow.start({ taskQueue }), Worker.create on a NativeConnection',
      typescriptCodeSource,
      'portal/src/temporal.ts',
      code`
        import { Client, Connection } from '@temporalio/client';
        import { NativeConnection, Worker } from '@temporalio/worker';
        const connection = await Connection.connect({ address: 'temporal:7233' });
        const client = new Client({ connection });
        await client.workflow.start('ingest', { taskQueue: 'documents', workflowId: 'd-1' });
        await client.workflow.signalWithStart('ingest', { taskQueue: 'documents', workflowId: 'd-2', signal: 'more' });
        const worker = await Worker.create({ connection: await NativeConnection.connect({ address: 'temporal:7233' }), taskQueue: 'documents', workflowsPath: './workflows' });`,
      [
        'produces Temporal documents {"host":"temporal","port":7233}',
        'produces Temporal documents {"host":"temporal","port":7233}',
        'consumes Temporal documents {"host":"temporal","port":7233}',
      ],
    ],
    [
      'Python: await Client.connect(address), start_workflow(task_queue=…), Worker(client, task_queue=…)',
      pythonCodeSource,
      'payouts/payouts/worker.py',
      code`
        from temporalio.client import Client
        from temporalio.worker import Worker
        async def main():
            client = await Client.connect("temporal:7233")
            await client.start_workflow(PayoutWorkflow.run, "c-1", id="payout-c-1", task_queue="payouts")
            await client.execute_workflow("Refund", id="refund-1", task_queue="refunds")
            worker = Worker(client, task_queue="payouts", workflows=[PayoutWorkflow])
            await worker.run()`,
      [
        'produces Temporal payouts {"host":"temporal","port":7233}',
        'produces Temporal refunds {"host":"temporal","port":7233}',
        'consumes Temporal payouts {"host":"temporal","port":7233}',
      ],
    ],
    [
      '.NET: TemporalClient.ConnectAsync(new("host:7233")), StartWorkflowAsync with a task queue, TemporalWorker options',
      csharpCodeSource,
      'Reminders/Program.cs',
      code`
        using Temporalio.Client;
        using Temporalio.Worker;
        var client = await TemporalClient.ConnectAsync(new("temporal:7233"));
        await client.StartWorkflowAsync((ReminderWorkflow wf) => wf.RunAsync("c-1"), new(id: "reminder-c-1", taskQueue: "reminders"));
        using var worker = new TemporalWorker(client, new TemporalWorkerOptions("reminders").AddWorkflow<ReminderWorkflow>());`,
      [
        'produces Temporal reminders {"host":"temporal","port":7233}',
        'consumes Temporal reminders {"host":"temporal","port":7233}',
      ],
    ],
    [
      '.NET hosting: AddHostedTemporalWorker(host, namespace, queue) consumes from that host',
      csharpCodeSource,
      'Notifications/Program.cs',
      code`
        using Temporalio.Extensions.Hosting;
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddHostedTemporalWorker("temporal:7233", "default", "notifications").AddWorkflow<ReminderWorkflow>();`,
      ['consumes Temporal notifications {"host":"temporal","port":7233}'],
    ],
    [
      'handles: signalling or querying a running workflow (TypeScript, Python, .NET)',
      typescriptCodeSource,
      'portal/src/approve.ts',
      code`
        import { Client, Connection } from '@temporalio/client';
        const client = new Client({ connection: await Connection.connect({ address: 'temporal:7233' }) });
        await client.workflow.getHandle('claim-1').signal('approve', true);`,
      ['produces Temporal {"host":"temporal","port":7233}'],
    ],
    [
      'Python: a handle and a Worker from the module',
      pythonCodeSource,
      'payouts/payouts/approve.py',
      code`
        from temporalio import worker
        from temporalio.client import Client
        async def approve(claim_id):
            client = await Client.connect("temporal:7233")
            await client.get_workflow_handle(f"claim-{claim_id}").signal("approve", True)
            await worker.Worker(client, task_queue="approvals").run()`,
      ['produces Temporal {"host":"temporal","port":7233}', 'consumes Temporal approvals {"host":"temporal","port":7233}'],
    ],
    [
      '.NET: options written as initializers and named arguments',
      csharpCodeSource,
      'Reminders/Worker.cs',
      code`
        using Temporalio.Client;
        using Temporalio.Worker;
        var client = await TemporalClient.ConnectAsync(new TemporalClientConnectOptions { TargetHost = "temporal:7233", Namespace = "default" });
        await client.GetWorkflowHandle("reminder-1").SignalAsync<ReminderWorkflow>(wf => wf.SnoozeAsync());
        using var worker = new TemporalWorker(client, new TemporalWorkerOptions(taskQueue: "reminders"));`,
      ['produces Temporal {"host":"temporal","port":7233}', 'consumes Temporal reminders {"host":"temporal","port":7233}'],
    ],
    [
      '.NET hosting: AddTemporalClient(host, ns) names the frontend, AddHostedTemporalWorker("queue") only its task queue',
      csharpCodeSource,
      'Reminders/Hosting.cs',
      code`
        using Temporalio.Extensions.Hosting;
        builder.Services.AddTemporalClient("temporal:7233", "default");
        builder.Services.AddHostedTemporalWorker("reminders").AddWorkflow<ReminderWorkflow>();`,
      ['consumes Temporal reminders {"host":"temporal","port":7233}'],
    ],
    [
      '.NET hosting: the client options set in a lambda',
      csharpCodeSource,
      'Reminders/Lambda.cs',
      code`
        using Temporalio.Extensions.Hosting;
        builder.Services.AddTemporalClient(options => { options.TargetHost = "temporal:7233"; options.Namespace = "default"; });
        builder.Services.AddHostedTemporalWorker("reminders").AddWorkflow<ReminderWorkflow>();`,
      ['consumes Temporal reminders {"host":"temporal","port":7233}'],
    ],
  ] as [string, Source, string, string, string[]][])('%s', async (_name, source, path, text, expected) => {
    expect(await brief(source, path, text)).toEqual(expected);
  });

  const edgesOf = async (files: { path: string; text: string; source: Source }[]): Promise<string[]> => {
    const facts: Fact[] = [];
    for (const file of files) facts.push(...(await readSnippet(file.source, file.path, file.text)));
    return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
  };
  const unique = (edges: string[]): string[] => [...new Set(edges)];

  const SPRING_WORKER = code`
    package acme;
    import io.temporal.spring.boot.WorkflowImpl;
    @WorkflowImpl(taskQueues = "orders")
    class OrderWorkflowImpl implements OrderWorkflow {}`;
  const ENGINE = ['  temporal-db:', '    image: postgres:16', '  temporal:', '    image: temporalio/auto-setup:1.24.2', '    environment:', '      DB: postgres12', '      POSTGRES_SEEDS: temporal-db', '    depends_on: [temporal-db]', '  temporal-ui:', '    image: temporalio/ui:2.26.2', '    environment:', '      TEMPORAL_ADDRESS: temporal:7233', '    depends_on: [temporal]', '  admin-tools:', '    image: temporalio/admin-tools:1.24.2', '    environment:', '      TEMPORAL_ADDRESS: temporal:7233'];

  it.each([
    ['spring.temporal.connection.target in application.properties', 'spring.temporal.connection.target=temporal:7233', []],
    ['a localhost target overridden by SPRING_TEMPORAL_CONNECTION_TARGET', 'spring.temporal.connection.target=localhost:7233', ['      SPRING_TEMPORAL_CONNECTION_TARGET: temporal:7233']],
    ['TEMPORAL_ADDRESS in the environment', 'spring.application.name=orders', ['      TEMPORAL_ADDRESS: temporal:7233']],
    ['no address: the one Temporal the deployment defines', 'spring.application.name=orders', []],
  ] as [string, string, string[]][])('a Spring Boot worker finds the frontend from %s; Temporal\'s database, UI and admin tools make no edges', async (_name, properties, environment) => {
    const compose = ['services:', ...ENGINE, '  orders:', '    build: ./orders', ...(environment.length ? ['    environment:', ...environment] : []), '    depends_on: [temporal]'].join('\n');
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: compose, source: dockerComposeSource },
      { path: 'orders/src/main/resources/application.properties', text: properties, source: springConfigSource },
      { path: 'orders/src/main/java/acme/OrderWorkflowImpl.java', text: SPRING_WORKER, source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['temporal -> orders messaging']);
  });

  it('a Temporal Cloud namespace is the engine, named after the namespace', async () => {
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: ['services:', '  claims:', '    build: ./claims'].join('\n'), source: dockerComposeSource },
      {
        path: 'claims/main.go',
        text: code`
          package main
          import (
            "go.temporal.io/sdk/client"
            "go.temporal.io/sdk/worker"
          )
          func main() {
            c, _ := client.Dial(client.Options{HostPort: "claims-prod.a2dd6.tmprl.cloud:7233", Namespace: "claims-prod.a2dd6"})
            worker.New(c, "claims", worker.Options{}).Run(worker.InterruptCh())
          }`,
        source: goCodeSource,
      },
    ]);
    expect(unique(edges)).toEqual(['claims-prod -> claims messaging']);
  });

  it('on Kubernetes, Temporal\'s services of one image are reached at temporal-frontend', async () => {
    const deployment = (name: string, image: string, env: string[] = []) => [
      '---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${name}`, `          image: ${image}`, ...(env.length ? ['          env:', ...env] : []),
      '---', 'apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`, 'spec:', '  selector:', `    app: ${name}`, '  ports:', '    - port: 7233',
    ];
    const manifests = [
      ...deployment('temporal-frontend', 'temporalio/server:1.24.2', ['            - name: POSTGRES_SEEDS', '              value: temporal-db']),
      ...deployment('temporal-history', 'temporalio/server:1.24.2'),
      ...deployment('temporal-matching', 'temporalio/server:1.24.2'),
      ...deployment('orders', 'acme/orders:1.0'),
    ].join('\n');
    const edges = await edgesOf([
      { path: 'k8s/temporal.yaml', text: manifests, source: kubernetesManifestsSource },
      { path: 'orders/src/main/java/acme/OrderWorkflowImpl.java', text: SPRING_WORKER, source: jvmCodeSource },
    ]);
    expect(unique(edges)).toEqual(['temporal-frontend -> orders messaging']);
  });

  it('the Spring Boot starter\'s workers declared in configuration consume their task queues', async () => {
    const yaml = ['spring:', '  temporal:', '    connection:', '      target: temporal:7233', '    workers:', '      - task-queue: billing', '        workflow-classes:', '          - acme.BillingWorkflowImpl'].join('\n');
    const facts = await readSnippet(springConfigSource, 'billing/src/main/resources/application.yml', yaml);
    expect(summarise(facts).filter((fact) => 'role' in fact).map((fact) => ('role' in fact ? `${fact.role} ${fact.technology ?? ''} ${fact.channel ?? ''}` : ''))).toEqual(['consumes Temporal billing']);
    const edges = await edgesOf([
      { path: 'docker-compose.yml', text: ['services:', ...ENGINE, '  billing:', '    build: ./billing'].join('\n'), source: dockerComposeSource },
      { path: 'billing/src/main/resources/application.yml', text: yaml, source: springConfigSource },
      { path: 'billing/src/main/java/acme/BillingWorkflowImpl.java', text: 'package acme;\nimport io.temporal.workflow.Workflow;\nclass BillingWorkflowImpl implements BillingWorkflow {}', source: jvmCodeSource },
    ]);
    expect(edges).toEqual(['temporal -> billing messaging']);
  });
});
