import { describe, expect, it } from 'vitest';
import { isServiceLinkFact } from '../../../core/discovery/service-links.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { COMMAND_PROGRAM_KEY, CONFIDENCE } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { CELERY_PROCESS_KEY } from '../../../core/discovery/shared-codebase.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  // Service links are tested in core/discovery/service-links.test.ts.
  return (await kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact) => !isServiceLinkFact(fact));
}

describe('kubernetes-manifests source', () => {
  it.each([
    ['k8s/cart.yaml', true],
    ['deploy/all.yml', true],
    ['docker-compose.yml', false],
    ['compose.yaml', false],
    ['charts/cart/templates/deployment.yaml', false],
    ['catalog-info.yaml', false],
    ['charts/cart/Chart.yaml', false],
    ['charts/cart/values.yaml', false],
    // Named like Spring settings: accepted, read as a manifest only when it holds Kubernetes objects (below).
    ['src/main/resources/application.yml', true],
    ['manifests/base/application-controller.yaml', true],
    ['charts/cd/templates/application-controller.yaml', false],
    ['k8s/cart.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(kubernetesManifestsSource.accepts(path)).toBe(accepted);
  });

  it.each([
    [
      'a StatefulSet in a file named like a Spring profile',
      'manifests/base/application-controller.yaml',
      ['apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: acme-application-controller', 'spec:', '  template:', '    spec:', '      containers:', '        - name: c', '          image: quay.io/acme/acme:v1', '          command: [acme-application-controller]'].join('\n'),
      ['acme-application-controller'],
    ],
    [
      'Spring settings naming a kind of their own',
      'src/main/resources/application-prod.yml',
      ['spring:', '  application:', '    name: orders', 'report:', '  kind: Service', 'server:', '  port: 8080'].join('\n'),
      [],
    ],
  ])('reads %s only as what it is', async (_case, path, text, components) => {
    const facts = await read(path, text);
    expect(facts.filter((fact) => fact.type === 'component').map((fact) => (fact.type === 'component' ? fact.name : ''))).toEqual(components);
  });

  it('reads a Deployment, its env, a ConfigMap it references and a Service selecting it', async () => {
    const text = [
      'apiVersion: v1', //                               1
      'kind: ConfigMap', //                              2
      'metadata:', //                                    3
      '  name: cart-config', //                          4
      'data:', //                                        5
      '  REDIS_ADDR: redis-cart:6379', //                6
      '  LOG_LEVEL: info', //                            7
      '---', //                                          8
      'apiVersion: apps/v1', //                          9
      'kind: Deployment', //                             10
      'metadata:', //                                    11
      '  name: cartservice', //                          12
      'spec:', //                                        13
      '  template:', //                                  14
      '    metadata:', //                                15
      '      labels:', //                                16
      '        app: cartservice', //                     17
      '        tier: backend', //                        18
      '    spec:', //                                    19
      '      containers:', //                            20
      '        - name: server', //                       21
      '          image: gcr.io/acme/cartservice:v1', //  22
      '          env:', //                               23
      '            - name: PORT', //                     24
      '              value: "7070"', //                  25
      '            - name: CACHE_ADDR', //               26
      '              valueFrom:', //                     27
      '                configMapKeyRef:', //             28
      '                  name: cart-config', //          29
      '                  key: REDIS_ADDR', //            30
      '            - name: DB_PASSWORD', //              31
      '              valueFrom:', //                     32
      '                secretKeyRef: {name: db, key: pw}', // 33
      '            - name: ELSEWHERE', //                34
      '              valueFrom:', //                     35
      '                configMapKeyRef: {name: other, key: X}', // 36
      '          envFrom:', //                           37
      '            - configMapRef:', //                  38
      '                name: cart-config', //            39
      '              prefix: CFG_', //                   40
      '---', //                                          41
      'apiVersion: v1', //                               42
      'kind: Service', //                                43
      'metadata:', //                                    44
      '  name: cart', //                                 45
      '  namespace: shop', //                            46
      'spec:', //                                        47
      '  selector:', //                                  48
      '    app: cartservice', //                         49
      '  ports: [{port: 7070}]', //                      50
    ].join('\n');
    const file = 'k8s/cart.yaml';
    expect(await read(file, text)).toEqual([
      // The ConfigMap is also a group workloads of other files may take in.
      { type: 'binding', group: 'configmap:cart-config', key: 'REDIS_ADDR', value: 'redis-cart:6379', evidence: { file, line: 6, excerpt: 'REDIS_ADDR: redis-cart:6379' } },
      { type: 'binding', group: 'configmap:cart-config', key: 'LOG_LEVEL', value: 'info', evidence: { file, line: 7, excerpt: 'LOG_LEVEL: info' } },
      {
        type: 'component',
        name: 'cartservice',
        kind: 'application',
        aliases: ['gcr.io/acme/cartservice'],
        labels: { app: 'cartservice', tier: 'backend' },
        evidence: { file, line: 12, excerpt: 'name: cartservice' },
        confidence: CONFIDENCE.declared,
      },
      { type: 'binding', component: 'cartservice', key: 'PORT', value: '7070', evidence: { file, line: 24, excerpt: '- name: PORT' } },
      { type: 'binding', component: 'cartservice', key: 'CACHE_ADDR', value: 'redis-cart:6379', evidence: { file, line: 26, excerpt: '- name: CACHE_ADDR' } },
      // A ConfigMap in another file: resolution finds the key where the group is defined.
      { type: 'binding', component: 'cartservice', key: 'ELSEWHERE', value: '$group:configmap:other#X', evidence: { file, line: 34, excerpt: '- name: ELSEWHERE' } },
      { type: 'binding', component: 'cartservice', key: 'CFG_REDIS_ADDR', value: 'redis-cart:6379', evidence: { file, line: 6, excerpt: 'REDIS_ADDR: redis-cart:6379' } },
      { type: 'binding', component: 'cartservice', key: 'CFG_LOG_LEVEL', value: 'info', evidence: { file, line: 7, excerpt: 'LOG_LEVEL: info' } },
      {
        type: 'component',
        name: 'cart',
        kind: 'application',
        aliases: ['cart.shop', 'cart.shop.svc', 'cart.shop.svc.cluster.local'],
        selector: { app: 'cartservice' },
        evidence: { file, line: 45, excerpt: 'name: cart' },
        confidence: CONFIDENCE.declared,
      },
    ]);
  });

  it.each([
    ['StatefulSet', 'spec:\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n      containers: [{name: pg, image: "postgres:15"}]', { kind: 'database', technology: 'PostgreSQL', labels: { app: 'db' } }],
    ['DaemonSet', 'spec:\n  template:\n    spec:\n      containers: [{name: agent, image: acme/agent}]', { kind: 'application', aliases: ['acme/agent'] }],
    ['Job', 'spec:\n  template:\n    spec:\n      containers: [{name: m, image: acme/migrate:3}]', { kind: 'application', aliases: ['acme/migrate'] }],
    ['CronJob', 'spec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {job: nightly}}\n        spec:\n          containers: [{name: n, image: acme/nightly}]', { kind: 'application', labels: { job: 'nightly' } }],
  ])('reads a %s as a component', async (kind, body, expected) => {
    const [component] = await read('k8s/x.yaml', `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: thing\n${body}`);
    expect(component).toMatchObject({ type: 'component', name: 'thing', ...expected });
  });

  it('reads addresses in a container\'s command and args, $(VAR) references included', async () => {
    const text = [
      'apiVersion: apps/v1', //                         1
      'kind: Deployment', //                            2
      'metadata:', //                                   3
      '  name: loadgenerator', //                       4
      'spec:', //                                       5
      '  template:', //                                 6
      '    spec:', //                                   7
      '      containers:', //                           8
      '        - name: main', //                        9
      '          image: acme/loadgen:1', //             10
      '          command: ["locust"]', //               11
      '          args:', //                             12
      '            - --host=http://$(FRONTEND_ADDR)', // 13
      '            - --headless', //                    14
    ].join('\n');
    const connections = (await read('k8s/loadgen.yaml', text)).filter((fact) => fact.type === 'connection');
    expect(connections).toEqual([
      { type: 'connection', component: 'loadgenerator', target: { key: 'FRONTEND_ADDR' }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: { file: 'k8s/loadgen.yaml', line: 11, excerpt: 'command: ["locust"]' }, confidence: CONFIDENCE.resolved },
    ]);
  });

  it.each<[string, string, string, string, string]>([
    ['without a kind word the pod label repeats', 'listingdb-deployment', 'mongo-0', 'listingdb', 'listingdb'],
    ['without a kind word the container repeats', 'orders-sts', 'orders', 'orders-db', 'orders'],
    ['as written when no pod name repeats the rest', 'cart-deployment', 'redis', 'cache', 'cart-deployment'],
    ['as written with no kind word', 'listing-api', 'api', 'listing-api', 'listing-api'],
  ])('names a workload %s', async (_name, written, container, label, expected) => {
    const text = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${written}`, 'spec:', '  template:', '    metadata:', `      labels: { app: ${label} }`, '    spec:', '      containers:', `        - name: ${container}`, '          image: mongo:7'].join('\n');
    const [component] = (await read('k8s/db.yaml', text)).filter((fact) => fact.type === 'component');
    expect(component).toMatchObject({ name: expected });
    // The name as written stays another name of it.
    if (expected !== written) expect(component?.type === 'component' ? component.aliases : []).toContain(written);
  });

  it('reads a Pod, with the labels of its own metadata', async () => {
    const [component] = await read('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: broker}\nspec:\n  containers: [{name: k, image: "bitnami/kafka:3.7"}]\n');
    expect(component).toMatchObject({ name: 'p', kind: 'message-broker', technology: 'Kafka', labels: { app: 'broker' } });
  });

  it('reads the items of a List and an ExternalName Service', async () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata: {name: payments}',
      '    spec: {type: ExternalName, externalName: api.payments.example.com}',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata: {name: manual}',
      '    spec: {ports: [{port: 80}]}',
    ].join('\n');
    expect(await read('svc.yaml', text)).toEqual([
      { type: 'component', name: 'payments', kind: 'application', aliases: ['api.payments.example.com'], evidence: { file: 'svc.yaml', line: 6, excerpt: 'metadata: {name: payments}' }, confidence: CONFIDENCE.declared },
    ]);
  });

  it.each([
    ['bad YAML', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: [x\n'],
    ['YAML that is not Kubernetes', 'name: build\non: [push]\njobs: {}\n'],
    ['a kind without apiVersion', 'kind: Deployment\nmetadata: {name: x}\n'],
    ['an unused kind', 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: x}\n'],
    ['a Kustomization', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n'],
  ])('yields no facts for %s', async (_case, text) => {
    expect(await read('k8s/x.yaml', text)).toEqual([]);
  });

  it('keeps the good documents of a stream whose other documents are bad', async () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {selector: {app: a}}\n---\nkind: [broken\n';
    expect((await read('k8s/x.yaml', text)).map((fact) => (fact.type === 'component' ? fact.name : ''))).toEqual(['a']);
  });

  it('never puts the value of a secret env entry in evidence, even on the line of its name', async () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: acme/p\n      env: [{name: DB_PASSWORD, value: canary-k8s-secret}]\n';
    const facts = await read('pod.yaml', text);
    expect(facts[1]).toMatchObject({ key: 'DB_PASSWORD', value: '***', evidence: { line: 8 } });
    expect(JSON.stringify(facts)).not.toContain('canary-k8s-secret');
  });

  it('takes in a ConfigMap or Secret of another file through envFrom, and reads a Secret\'s key names only', async () => {
    const deployment = [
      'apiVersion: apps/v1', //                  1
      'kind: Deployment', //                     2
      'metadata: {name: ledgerwriter}', //       3
      'spec:', //                                4
      '  template:', //                          5
      '    spec:', //                            6
      '      containers:', //                    7
      '        - name: app', //                  8
      '          image: acme/ledgerwriter', //   9
      '          envFrom:', //                   10
      '            - configMapRef: {name: service-api-config}', // 11
      '            - secretRef: {name: jwt-key}', // 12
      '              prefix: JWT_', //           13
    ].join('\n');
    const bindings = (await read('k8s/ledgerwriter.yaml', deployment)).filter((fact) => fact.type === 'binding');
    expect(bindings).toEqual([
      { type: 'binding', component: 'ledgerwriter', key: '*', value: '$group:configmap:service-api-config', evidence: { file: 'k8s/ledgerwriter.yaml', line: 11, excerpt: '- configMapRef: {name: service-api-config}' } },
      { type: 'binding', component: 'ledgerwriter', key: 'JWT_*', value: '$group:secret:jwt-key', evidence: { file: 'k8s/ledgerwriter.yaml', line: 12, excerpt: '- secretRef: {name: jwt-key}' } },
    ]);
    const secret = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: jwt-key}', 'stringData:', '  PRIVATE_KEY: CANARY-SECRET-k8s-stringdata', 'data:', '  DB_URL: cG9zdGdyZXM6Ly9hcHA6Q0FOQVJZQGRiL3g='].join('\n');
    const facts = await read('k8s/secret.yaml', secret);
    expect(facts).toEqual([
      { type: 'binding', group: 'secret:jwt-key', key: 'DB_URL', value: '***', evidence: { file: 'k8s/secret.yaml', line: 7, excerpt: 'DB_URL: ***' } },
      { type: 'binding', group: 'secret:jwt-key', key: 'PRIVATE_KEY', value: '***', evidence: { file: 'k8s/secret.yaml', line: 5, excerpt: 'PRIVATE_KEY: ***' } },
    ]);
    expect(JSON.stringify(facts)).not.toMatch(/CANARY|cG9zdGdy/);
  });

  it('binds the name each container runs a multi-call binary as, from a one-word command, a path command or a path given as args alone', async () => {
    const container = (name: string, lines: string[]): string[] => [
      'apiVersion: apps/v1',
      'kind: Deployment',
      `metadata: { name: ${name} }`,
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      '          image: ghcr.io/acme/acme:latest',
      ...lines,
    ];
    const text = [
      ...container('acme-server', ['          command: [acme-server]']),
      '---',
      ...container('acme-controller', ['          command: [/usr/local/bin/acme-controller]', '          args: [--resync, 3m]']),
      '---',
      ...container('acme-repo-server', ['          args: [/usr/local/bin/acme-repo-server]']),
      '---',
      ...container('acme-worker', ['          args: [worker]']),
    ].join('\n');
    const facts = await read('k8s/acme.yaml', text);
    const programs = facts.flatMap((fact) => (fact.type === 'binding' && fact.key === COMMAND_PROGRAM_KEY ? [[fact.component, fact.value]] : []));
    expect(programs).toEqual([
      ['acme-server', 'acme-server'],
      ['acme-controller', 'acme-controller'],
      ['acme-repo-server', 'acme-repo-server'],
    ]);
  });

  it('runs a program an init container copied onto a shared volume as the copying image\'s code, under the copy\'s name', async () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: acme-dex-server }',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: copyutil',
      '          image: quay.io/acme/acme:v2.9.0',
      '          command: [/bin/cp, -n, /usr/local/bin/acme, /shared/acme-dex]',
      '      containers:',
      '        - name: dex',
      '          image: ghcr.io/dexidp/dex:v2.38.0',
      '          command: [/shared/acme-dex, rundex]',
    ].join('\n');
    const facts = await read('k8s/dex.yaml', text);
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' && component.aliases).toContain('quay.io/acme/acme');
    expect(component?.type === 'component' && component.aliases?.some((alias) => alias.includes('dexidp'))).toBe(false);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === COMMAND_PROGRAM_KEY ? [fact.value] : []))).toEqual(['acme-dex']);
  });

  it('takes a one-word command running a script of the image as the process that script starts, as a compose command', async () => {
    const deployment = (name: string, command: string): string[] => [
      'apiVersion: apps/v1',
      'kind: Deployment',
      `metadata: { name: ${name} }`,
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      '          image: acme/backend:1.4.0',
      `          command: [${command}]`,
    ];
    const text = [...deployment('worker', '"./bin/docker-entrypoint-worker.sh"'), '---', ...deployment('server', 'acme-server')].join('\n');
    const facts = await read('k8s/backend.yaml', text);
    const processes = facts.flatMap((fact) => (fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY ? [[fact.component, fact.value]] : []));
    expect(processes).toEqual([['worker', '$process-env:process-env:docker-entrypoint-worker.sh']]);
  });
});

describe('a workload command kept for tying its image to a Dockerfile', () => {
  const deployment = (container: string[]): string =>
    ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: books-worker', 'spec:', '  template:', '    spec:', '      containers:', '        - name: worker', '          image: docker.io/acmecommunity/tally:v4.0', ...container].join('\n');
  it.each<[string, string[], string[] | undefined]>([
    ['command and args, options and addresses left out', ['          command: [/opt/app/venv/bin/python, /opt/app/app/manage.py]', '          args: [rqworker, --url=redis://:Canary-K8s-cmd@redis:6379]'], ['/opt/app/venv/bin/python', '/opt/app/app/manage.py', 'rqworker']],
    ['args alone, given to the entrypoint', ['          args: [bundle, exec, sidekiq]'], ['bundle', 'exec', 'sidekiq']],
    ['no command: none', [], undefined],
  ])('%s', async (_name, container, expected) => {
    const facts = await read('k8s/books.yaml', deployment(container));
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' ? component.command : 'none').toEqual(expected);
    expect(JSON.stringify(component)).not.toContain('Canary-K8s-cmd');
  });
});

describe('kubernetes-manifests source: a Strimzi Kafka cluster', () => {
  const cluster = (apiVersion: string, metadata: string[]): string => [`apiVersion: ${apiVersion}`, 'kind: Kafka', 'metadata:', ...metadata, 'spec:', '  kafka:', '    replicas: 1'].join('\n');
  it.each<[string, string, { name: string; aliases: string[] } | undefined]>([
    ['named by the resource, its bootstrap and brokers Services names of it', cluster('kafka.strimzi.io/v1beta2', ['  name: events']), { name: 'events', aliases: ['events-kafka-bootstrap', 'events-kafka-brokers'] }],
    [
      'with a namespace, their cluster DNS names too',
      cluster('kafka.strimzi.io/v1beta2', ['  name: events', '  namespace: shop']),
      { name: 'events', aliases: ['events-kafka-bootstrap', 'events-kafka-bootstrap.shop', 'events-kafka-bootstrap.shop.svc', 'events-kafka-bootstrap.shop.svc.cluster.local', 'events-kafka-brokers', 'events-kafka-brokers.shop', 'events-kafka-brokers.shop.svc', 'events-kafka-brokers.shop.svc.cluster.local'] },
    ],
    ['another group\'s Kafka kind says nothing', cluster('kafka.example.com/v1', ['  name: events']), undefined],
  ])('%s', async (_title, text, expected) => {
    const components = (await read('k8s/kafka.yaml', text)).filter((fact) => fact.type === 'component');
    if (expected === undefined) {
      expect(components).toEqual([]);
      return;
    }
    expect(components).toMatchObject([{ name: expected.name, kind: 'message-broker', technology: 'Kafka', aliases: expected.aliases }]);
  });
});
