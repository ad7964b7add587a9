import { describe, expect, it } from 'vitest';
import { isServiceLinkFact } from '../../../core/discovery/service-links.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { CONFIDENCE } from '../../../core/discovery/facts.js';
import { evidenceFor, type Source } from '../../source.js';
import { helmChartSource } from './helm-chart.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { releaseNaming } from '../../../core/discovery/helm-render.js';
import { bindValuesReferences, helmTemplatesSource, releaseNames, releasePrefixedNames, renderChartActions, renderImageLines, stripTemplateActions } from './helm-templates.js';
import { helmValuesSource } from './helm-values.js';

async function read(source: Source, path: string, text: string, others: Record<string, string> = {}): Promise<Fact[]> {
  const file = { path, text };
  // Service links are tested in core/discovery/service-links.test.ts.
  return (await source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => others[other] })).filter((fact) => !isServiceLinkFact(fact));
}

/** A sub-chart's Services: its own (`redis-master`), and the release's (`cart-redis`, `cart-redis-master`), the release named as the chart. */
const SUFFIXES = ['master', 'replicas', 'primary', 'read', 'headless', 'hl'];
const released = (name: string, chart = 'cart'): string[] => [...SUFFIXES.map((suffix) => `${name}-${suffix}`), `${chart}-${name}`, ...SUFFIXES.map((suffix) => `${chart}-${name}-${suffix}`)];

describe('helm-chart source', () => {
  it.each([
    ['charts/cart/Chart.yaml', true],
    ['Chart.yaml', true],
    ['charts/cart/values.yaml', false],
    ['chart.yaml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(helmChartSource.accepts(path)).toBe(accepted);
  });

  it('reads the chart and its dependencies on well-known products', async () => {
    const text = [
      'apiVersion: v2', //                     1
      'name: cart', //                          2
      'version: 1.2.0', //                      3
      'dependencies:', //                       4
      '  - name: postgresql', //                5
      '    version: 15.x', //                   6
      '    repository: https://charts.bitnami.com/bitnami', // 7
      '    alias: cartdb', //                   8
      '  - name: common', //                    9
      '    repository: https://charts.bitnami.com/bitnami', // 10
      '  - name: redis', //                     11
    ].join('\n');
    const file = 'deploy/charts/cart/Chart.yaml';
    expect(await read(helmChartSource, file, text)).toEqual([
      { type: 'component', name: 'cart', kind: 'application', library: true, root: 'deploy/charts/cart', evidence: { file, line: 2, excerpt: 'name: cart' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'cartdb', kind: 'database', technology: 'PostgreSQL', aliases: released('cartdb'), evidence: { file, line: 5, excerpt: '- name: postgresql' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'cartdb' }, role: 'depends', mechanism: 'other', evidence: { file, line: 5, excerpt: '- name: postgresql' }, confidence: CONFIDENCE.declared },
      { type: 'component', name: 'redis', kind: 'database', technology: 'Redis', aliases: released('redis'), evidence: { file, line: 11, excerpt: '- name: redis' }, confidence: CONFIDENCE.declared },
      { type: 'connection', component: 'cart', target: { component: 'redis' }, role: 'depends', mechanism: 'other', evidence: { file, line: 11, excerpt: '- name: redis' }, confidence: CONFIDENCE.declared },
    ]);
  });

  describe('leaves out the dependencies the chart\'s own values.yaml switches off, as Helm does', () => {
    const chart = [
      'apiVersion: v2', //                              1
      'name: widgetry', //                              2
      'version: 3.4.1', //                              3
      'dependencies:', //                               4
      '  - name: postgresql', //                        5
      '    condition: postgresql.enabled', //           6
      '  - name: redis', //                             7
      '    condition: redis.enabled', //                8
      '  - name: rabbitmq', //                          9
      '    condition: rabbitmq.enabled,global.rabbitmq.enabled', // 10
      '  - name: mongodb', //                           11
      '    tags: [analytics]', //                       12
      '  - name: kafka', //                             13
      '    alias: events', //                           14
      '    condition: events.enabled', //               15
    ].join('\n');
    const installed = async (others: Record<string, string>): Promise<string[]> =>
      (await read(helmChartSource, 'deploy/helm/Chart.yaml', chart, others)).flatMap((fact) => (fact.type === 'connection' && 'component' in fact.target ? [fact.target.component ?? ''] : []));
    const values = ['postgresql:', '  enabled: false', 'redis:', '  enabled: true', 'rabbitmq:', '  auth: {username: w}', 'global:', '  rabbitmq:', '    enabled: false', 'tags:', '  analytics: false', 'events:', '  enabled: true'].join('\n');

    it.each<[string, Record<string, string>, string[]]>([
      ['the chart\'s values.yaml decides', { 'deploy/helm/values.yaml': values }, ['redis', 'events']],
      ['values.yml alike', { 'deploy/helm/values.yml': values }, ['redis', 'events']],
      ['an overlay or example values file is not the chart\'s values', { 'deploy/helm/values-external.example.yaml': 'postgresql: {enabled: false}\nredis: {enabled: false}\n' }, ['postgresql', 'redis', 'rabbitmq', 'mongodb', 'events']],
      ['without values, every dependency is installed', {}, ['postgresql', 'redis', 'rabbitmq', 'mongodb', 'events']],
      ['values that do not parse say nothing', { 'deploy/helm/values.yaml': 'postgresql: [enabled\n' }, ['postgresql', 'redis', 'rabbitmq', 'mongodb', 'events']],
    ])('%s', async (_case, others, expected) => {
      expect(await installed(others)).toEqual(expected);
    });
  });

  it.each([
    ['a library chart', 'apiVersion: v2\nname: common\ntype: library\n'],
    ['bad YAML', 'name: [cart\n'],
    ['no name', 'apiVersion: v2\nversion: 1.0.0\n'],
  ])('yields no facts for %s', async (_case, text) => {
    expect(await read(helmChartSource, 'Chart.yaml', text)).toEqual([]);
  });
});

describe('helm-values source', () => {
  it.each([
    ['charts/cart/values.yaml', true],
    ['charts/cart/values-prod.yaml', true],
    ['charts/cart/values.staging.yml', true],
    ['charts/cart/values.schema.json', false],
    ['charts/cart/myvalues.yaml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(helmValuesSource.accepts(path)).toBe(accepted);
  });

  it('binds address-like keys, address values and env maps and lists, and nothing else', async () => {
    const text = [
      'replicaCount: 2', //                     1
      'image:', //                              2
      '  repository: redis', //                 3
      '  tag: "7"', //                          4
      'config:', //                             5
      '  cartUrl: http://cart:8080', //         6
      '  paymentHost: payments.internal', //    7
      '  timeout: 30s', //                      8
      '  upstream: "catalog:3550"', //          9
      '  kafka:', //                            10
      '    brokers:', //                        11
      '      - kafka-0:9092', //                12
      '  computed: "{{ .Release.Name }}-db:5432"', // 13
      'env:', //                                14
      '  LOG_LEVEL: debug', //                  15
      '  ORDERS_ADDR: orders:50051', //         16
      'worker:', //                             17
      '  extraEnv:', //                         18
      '    - name: QUEUE_URL', //               19
      '      value: amqp://rabbit:5672', //     20
      'ingress:', //                            21
      '  enabled: false', //                    22
    ].join('\n');
    const file = 'charts/cart/values.yaml';
    const scope = 'charts/cart';
    expect((await read(helmValuesSource, file, text)).filter((fact) => fact.type !== 'binding' || fact.group === undefined)).toEqual([
      { type: 'binding', scope, key: 'config.cartUrl', value: 'http://cart:8080', evidence: { file, line: 6, excerpt: 'cartUrl: http://cart:8080' } },
      { type: 'binding', scope, key: 'config.paymentHost', value: 'payments.internal', evidence: { file, line: 7, excerpt: 'paymentHost: payments.internal' } },
      { type: 'binding', scope, key: 'config.upstream', value: 'catalog:3550', evidence: { file, line: 9, excerpt: 'upstream: "catalog:3550"' } },
      { type: 'binding', scope, key: 'config.kafka.brokers[0]', value: 'kafka-0:9092', evidence: { file, line: 12, excerpt: '- kafka-0:9092' } },
      { type: 'binding', scope, key: 'LOG_LEVEL', value: 'debug', evidence: { file, line: 15, excerpt: 'LOG_LEVEL: debug' } },
      { type: 'binding', scope, key: 'ORDERS_ADDR', value: 'orders:50051', evidence: { file, line: 16, excerpt: 'ORDERS_ADDR: orders:50051' } },
      { type: 'binding', scope, key: 'QUEUE_URL', value: 'amqp://rabbit:5672', evidence: { file, line: 19, excerpt: '- name: QUEUE_URL' } },
    ]);
  });

  it('makes the chart\'s values.yaml (not an overlay) a group for templates to take in, with each env map or list a group of its own, and no connections', async () => {
    const text = [
      'mongodb:', //                                 1
      '  url: mongodb://mongodb:27017/catalog', //   2
      'replicaCount: 2', //                          3
      'env:', //                                     4
      '  DATABASE_URL: postgres://db:5432/x', //     5
      'worker:', //                                  6
      '  extraEnv:', //                              7
      '    - name: QUEUE_URL', //                    8
      '      value: amqp://rabbit:5672', //          9
    ].join('\n');
    const members = (facts: Fact[]) => facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}`] : fact.type === 'binding' ? [] : [fact.type]));
    expect(members(await read(helmValuesSource, 'deploy/shop/values.yaml', text))).toEqual([
      'helm-values:deploy/shop mongodb.url=mongodb://mongodb:27017/catalog @2',
      'helm-values:deploy/shop replicaCount=2 @3',
      'helm-values:deploy/shop:env DATABASE_URL=postgres://db:5432/x @5',
      'helm-values:deploy/shop env.DATABASE_URL=postgres://db:5432/x @5',
      'helm-values:deploy/shop:worker.extraEnv QUEUE_URL=amqp://rabbit:5672 @8',
    ]);
    expect(members(await read(helmValuesSource, 'deploy/shop/values-prod.yaml', text))).toEqual([]);
  });

  it('binds nothing for the chart\'s folder under a group switched off, keeping it in the chart\'s group', async () => {
    const text = [
      'services:', //                                   1
      '  orders:', //                                   2
      '    env:', //                                    3
      '      PAYMENTS_URL: https://api.pay.io', //       4
      '  recommender:', //                              5
      '    enabled: false', //                          6
      '    endpoint: http://taste:8080', //             7
      '    env:', //                                    8
      '      TASTE_API_URL: https://api.taste.io', //    9
    ].join('\n');
    const facts = await read(helmValuesSource, 'deploy/shop/values.yaml', text);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.scope !== undefined ? [fact.key] : []))).toEqual(['PAYMENTS_URL']);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}`] : []))).toEqual([
      'helm-values:deploy/shop:services.orders.env PAYMENTS_URL',
      'helm-values:deploy/shop services.orders.env.PAYMENTS_URL',
      'helm-values:deploy/shop services.recommender.enabled',
      'helm-values:deploy/shop services.recommender.endpoint',
      'helm-values:deploy/shop:services.recommender.env TASTE_API_URL',
      'helm-values:deploy/shop services.recommender.env.TASTE_API_URL',
    ]);
  });

  it('yields no facts for bad YAML', async () => {
    expect(await read(helmValuesSource, 'values.yaml', 'config: {cartUrl: [x\n')).toEqual([]);
  });
});

describe('helm-templates source', () => {
  it.each([
    ['charts/cart/templates/deployment.yaml', true],
    ['charts/cart/templates/sub/cm.yml', true],
    ['charts/cart/templates/_helpers.tpl', false],
    ['k8s/deployment.yaml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(helmTemplatesSource.accepts(path)).toBe(accepted);
  });

  it.each([
    ['a line of actions only becomes blank', '  {{- if .Values.enabled }}', ''],
    ['an inline action becomes a placeholder', 'name: {{ include "cart.fullname" . }}-svc', 'name: __tpl__-svc'],
    ['two actions in a value', 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', 'image: "__tpl__:__tpl__"'],
    ['an indented include', '      {{- include "cart.labels" . | nindent 8 }}', ''],
    ['a multi-line comment keeps the line count', '{{/*\ncomment\n*/}}\nkind: Service', '\n\n\nkind: Service'],
    ['a line without actions is kept', 'kind: Deployment', 'kind: Deployment'],
  ])('strips templates: %s', (_case, text, expected) => {
    expect(stripTemplateActions(text)).toBe(expected);
  });

  it('reads a template as a manifest; a Deployment named by the release is the chart\'s service, its env its own', async () => {
    const text = [
      'apiVersion: apps/v1', //                                    1
      'kind: Deployment', //                                       2
      'metadata:', //                                              3
      '  name: {{ include "cart.fullname" . }}', //                4
      '  labels:', //                                              5
      '    {{- include "cart.labels" . | nindent 4 }}', //         6
      'spec:', //                                                  7
      '  template:', //                                            8
      '    spec:', //                                              9
      '      containers:', //                                      10
      '        - name: {{ .Chart.Name }}', //                      11
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', // 12
      '          env:', //                                         13
      '            - name: CATALOG_ADDR', //                       14
      '              value: "catalog:3550"', //                    15
      '            - name: REDIS_ADDR', //                         16
      '              value: {{ .Values.redisAddr | quote }}', //   17
      '            {{- if .Values.debug }}', //                    18
      '            - name: DEBUG', //                              19
      '              value: "true"', //                            20
      '            {{- end }}', //                                 21
      '---', //                                                    22
      'apiVersion: v1', //                                         23
      'kind: Service', //                                          24
      'metadata:', //                                              25
      '  name: cart', //                                           26
      'spec:', //                                                  27
      '  selector:', //                                            28
      '    app: cart', //                                          29
      '    release: {{ .Release.Name }}', //                       30
    ].join('\n');
    const file = 'charts/cart/templates/deployment.yaml';
    expect(await read(helmTemplatesSource, file, text)).toEqual([
      { type: 'component', name: 'cart', kind: 'application', evidence: { file, line: 4, excerpt: 'name: {{ include "cart.fullname" . }}' }, confidence: CONFIDENCE.declared, chartWorkload: 'whole' },
      { type: 'binding', component: 'cart', key: 'CATALOG_ADDR', value: 'catalog:3550', evidence: { file, line: 14, excerpt: '- name: CATALOG_ADDR' } },
      { type: 'binding', component: 'cart', key: 'REDIS_ADDR', value: '$group:helm-values:charts/cart#redisAddr', evidence: { file, line: 16, excerpt: '- name: REDIS_ADDR' } },
      { type: 'binding', component: 'cart', key: 'DEBUG', value: 'true', evidence: { file, line: 19, excerpt: '- name: DEBUG' } },
      { type: 'component', name: 'cart', kind: 'application', selector: { app: 'cart' }, evidence: { file, line: 26, excerpt: 'name: cart' }, confidence: CONFIDENCE.declared },
      // The DEBUG entry renders only with `debug` set: resolution decides from the chart's values.
      { type: 'values-guard', group: 'helm-values:charts/cart', from: 19, to: 20, tests: [{ path: 'debug', truthy: true }], evidence: { file, line: 18, excerpt: '{{- if .Values.debug }}' } },
    ]);
  });

  it.each<[string, string[], string]>([
    ['a value of the chart\'s values', ['          env:', '            - name: MONGO_URL', '              value: {{ .Values.mongodb.url | quote }}'], '          env:\n            - name: MONGO_URL\n              value: "$group:helm-values:charts/shop#mongodb.url"'],
    ['quote first, trimming', ['              value: {{- quote .Values.a.b -}}'], '              value: "$group:helm-values:charts/shop#a.b"'],
    ['a value computed from it is not followed', ['              value: {{ .Values.a | default "x" }}'], '              value: {{ .Values.a | default "x" }}'],
    [
      'a range over an env map, nested actions counted',
      ['          env:', '            {{- range $name, $value := .Values.env }}', '            {{- if $value }}', '            - name: {{ $name }}', '              value: {{ $value | quote }}', '            {{- end }}', '            {{- end }}', '            - name: X'],
      '          env:\n            - {name: "*", value: "$group:helm-values:charts/shop:env"}\n\n\n\n\n\n            - name: X',
    ],
    ['a range over something other than env items', ['  {{- range $k, $v := .Values.hosts }}', '  - host: {{ $v }}', '  {{- end }}'], '  {{- range $k, $v := .Values.hosts }}\n  - host: {{ $v }}\n  {{- end }}'],
    [
      'a range making whole objects, env items inside',
      ['{{- range $name, $svc := .Values.services }}', '{{- if $svc.enabled }}', 'kind: Deployment', '          env:', '            - name: PORT', '              value: {{ $svc.port | quote }}', '{{- end }}', '{{- end }}'],
      '{{- range $name, $svc := .Values.services }}\n{{- if $svc.enabled }}\nkind: Deployment\n          env:\n            - name: PORT\n              value: {{ $svc.port | quote }}\n{{- end }}\n{{- end }}',
    ],
    ['toYaml of an env list right under env:', ['          env:', '            {{- toYaml .Values.worker.env | nindent 12 }}'], '          env:\n            - {name: "*", value: "$group:helm-values:charts/shop:worker.env"}'],
    ['toYaml elsewhere', ['          resources:', '            {{- toYaml .Values.resources | nindent 12 }}'], '          resources:\n            {{- toYaml .Values.resources | nindent 12 }}'],
    ['an Ingress class from the values', ['  ingressClassName: {{ .Values.ingress.className }}'], '  ingressClassName: "$group:helm-values:charts/shop#ingress.className"'],
    ['the class annotation, quoted', ['    kubernetes.io/ingress.class: {{ .Values.ingress.class | quote }}'], '    kubernetes.io/ingress.class: "$group:helm-values:charts/shop#ingress.class"'],
    ['a class computed from it is not followed', ['  ingressClassName: {{ .Values.ingress.className | default "nginx" }}'], '  ingressClassName: {{ .Values.ingress.className | default "nginx" }}'],
  ])('binds the chart\'s values into a container\'s environment: %s', (_case, lines, expected) => {
    expect(bindValuesReferences(lines.join('\n'), 'charts/shop')).toBe(expected);
  });

  it('gives a datastore URL in values.yaml to the workload whose template takes it in, never to the chart', async () => {
    const chart = 'deploy/shop';
    const files: [Source, string, string][] = [
      [helmChartSource, `${chart}/Chart.yaml`, 'apiVersion: v2\nname: shop\n'],
      [helmValuesSource, `${chart}/values.yaml`, 'mongodb:\n  url: mongodb://mongodb:27017/catalog\nsearch:\n  url: http://search:9200\nworker:\n  env:\n    REDIS_URL: redis://cache:6379\nunused:\n  url: postgres://legacy-db:5432/x\n'],
      [
        helmTemplatesSource,
        `${chart}/templates/api.yaml`,
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: {name: catalog-api}',
          'spec:',
          '  template:',
          '    spec:',
          '      containers:',
          '        - name: api',
          '          env:',
          '            - name: MONGO_URL',
          '              value: {{ .Values.mongodb.url | quote }}',
          '---',
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: {name: catalog-worker}',
          'spec:',
          '  template:',
          '    spec:',
          '      containers:',
          '        - name: worker',
          '          env:',
          '            {{- range $k, $v := .Values.worker.env }}',
          '            - name: {{ $k }}',
          '              value: {{ $v | quote }}',
          '            {{- end }}',
        ].join('\n'),
      ],
    ];
    const facts = (await Promise.all(files.map(([source, path, text]) => read(source, path, text)))).flat();
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.evidence.map((item) => `${item.file}:${item.line}`).join(' ')}`)).toEqual([
      `catalog-api -> mongodb (database) ${chart}/values.yaml:2`,
      `catalog-worker -> cache (database) ${chart}/values.yaml:7`,
    ]);
  });

  it('skips documents that do not parse once stripped and reads the others', async () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ .Values.a }}: {{ .Values.b }}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: ok}',
      'spec: {selector: {app: ok}}',
    ].join('\n');
    expect((await read(helmTemplatesSource, 'c/templates/svc.yaml', text)).map((fact) => (fact.type === 'component' ? fact.name : ''))).toEqual(['ok']);
  });
});

describe('an umbrella chart', () => {
  it('is no system of its own: the products its dependencies install serve the services its templates deploy, not the chart', async () => {
    const chart = [
      'apiVersion: v2',
      'name: roastery',
      'version: 0.1.0',
      'dependencies:',
      '  - name: rabbitmq',
      '    version: 12.x.x',
      '    repository: https://charts.bitnami.com/bitnami',
    ].join('\n');
    const single = ['apiVersion: v2', 'name: orders', 'version: 0.1.0', 'dependencies:', '  - name: postgresql', '    version: 13.x.x', '    repository: https://charts.bitnami.com/bitnami'].join('\n');
    const facts = [
      ...(await read(helmChartSource, 'charts/roastery/Chart.yaml', chart)),
      ...(await read(helmChartSource, 'charts/orders/Chart.yaml', single)),
      // The single-service chart's Deployment is named like the chart (its fullname helper).
      { type: 'component' as const, name: 'orders', kind: 'application' as const, evidence: { file: 'charts/orders/templates/deployment.yaml', line: 4, excerpt: 'name: orders' }, confidence: CONFIDENCE.declared },
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`)).toEqual(['orders -> postgresql database']);
    expect(graph.systems.map((system) => system.id)).not.toContain('roastery');
  });
});

describe('names the release gives', () => {
  it.each([
    ['name: {{ .Release.Name }}', 'name: workflow'],
    ['name: {{ include "workflow.fullname" . }}', 'name: workflow'],
    ['name: {{ template "workflow.fullname" . }}', 'name: workflow'],
    ['name: {{ .Chart.Name }}', 'name: workflow'],
    ['name: {{ include "workflow.fullname" . | trunc 63 | trimSuffix "-" }}-worker', 'name: worker'],
    ['value: {{ .Release.Name }}-rabbitmq', 'value: rabbitmq'],
    ['value: http://{{ .Release.Name }}-orders:8000/api', 'value: http://orders:8000/api'],
    ['image: {{ .Values.image.repository }}', 'image: {{ .Values.image.repository }}'],
    ['name: {{ .Release.Namespace }}', 'name: {{ .Release.Namespace }}'],
    ['value: "http://agenda.{{ .Release.Namespace }}.svc.cluster.local"', 'value: "http://agenda.default.svc.cluster.local"'],
    ['value: agenda.{{- .Release.Namespace -}}.svc:8080', 'value: agenda.default.svc:8080'],
    ['namespace: {{ .Release.Namespace }}', 'namespace: {{ .Release.Namespace }}'],
    ['value: "{{ .Release.Namespace }}.example.com"', 'value: "{{ .Release.Namespace }}.example.com"'],
  ])('%s → %s', (line, expected) => {
    expect(releaseNames(line, 'workflow')).toBe(expected);
  });

  it.each([
    ['  name: {{ include "tracelens.fullname" . }}-web', [['web', 'tracelens-web']]],
    ['  - name: {{ .Release.Name }}-redis-master', [['redis-master', 'tracelens-redis-master']]],
    ['  name: {{ include "tracelens.fullname" . }}', []],
    ['    value: http://{{ .Release.Name }}-web:3000', []],
    ['  app: {{ .Release.Name }}-web', []],
  ])('%s is installed with the release prefix: %j', (line, expected) => {
    expect([...releasePrefixedNames(line, 'tracelens')]).toEqual(expected);
  });

  it('keeps the installed name of a release-prefixed workload as an alias, so a compose service of that name is the same system', async () => {
    const facts = await read(helmTemplatesSource, 'charts/tracelens/templates/web/deployment.yaml', [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "tracelens.fullname" . }}-web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: ghcr.io/tracelens/tracelens:2',
    ].join('\n'));
    const web = facts.find((fact) => fact.type === 'component' && fact.name === 'web');
    expect(web?.type === 'component' ? web.aliases : undefined).toContain('tracelens-web');
  });

  it('makes a single-service chart\'s Deployment named by the release the chart\'s service, with its values in its environment', async () => {
    const values = await read(helmValuesSource, 'charts/workflow/values.yaml', 'services:\n  packageUri: http://package/api/\n');
    const template = await read(helmTemplatesSource, 'charts/workflow/templates/deployment.yaml', [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: workflow',
      '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '          env:',
      '            - name: Services__PackageUri',
      '              value: {{ .Values.services.packageUri | quote }}',
    ].join('\n'));
    const workload = template.find((fact) => fact.type === 'component');
    expect(workload).toMatchObject({ type: 'component', name: 'workflow' });
    const graph = resolveFacts([...values, ...template, { type: 'component', name: 'package', kind: 'application', evidence: { file: 'charts/package/templates/deployment.yaml', line: 4, excerpt: 'name: package' }, confidence: CONFIDENCE.declared }, { type: 'connection', target: { key: 'Services:PackageUri' }, role: 'calls', mechanism: 'rest', evidence: { file: 'workflow/src/PackageCaller.cs', line: 9, excerpt: 'x' }, confidence: CONFIDENCE.literal }]);
    expect(graph.systems.map((system) => system.id)).toContain('workflow');
  });
});

describe('names the chart\'s helpers give', () => {
  const helpers = [
    '{{- define "widgetry.name" -}}',
    '{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}',
    '{{- end }}',
    '{{- define "widgetry.fullname" -}}',
    '{{- if .Values.fullnameOverride }}',
    '{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}',
    '{{- else }}',
    '{{- $name := default .Chart.Name .Values.nameOverride }}',
    '{{- if contains $name .Release.Name }}',
    '{{- .Release.Name | trunc 63 | trimSuffix "-" }}',
    '{{- else }}',
    '{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}',
    '{{- end }}',
    '{{- end }}',
    '{{- end }}',
  ].join('\n');
  const deployment = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "widgetry.fullname" . }}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: ghcr.io/widgetry/widgetry:3',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "widgetry.fullname" . }}-worker',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: worker',
    '          image: ghcr.io/widgetry/widgetry:3',
  ].join('\n');
  const names = async (others: Record<string, string>): Promise<string[]> =>
    (await read(helmTemplatesSource, 'deploy/helm/templates/deployment.yaml', deployment, others)).flatMap((fact) => (fact.type === 'component' ? [[fact.name, ...(fact.aliases ?? []).filter((alias) => !alias.includes('/'))].join(' aka ')] : []));
  const chart = 'apiVersion: v2\nname: widgetry\nversion: 3.4.1\n';

  it.each<[string, Record<string, string>, string[]]>([
    ['fullnameOverride', { 'deploy/helm/Chart.yaml': chart, 'deploy/helm/templates/_helpers.tpl': helpers, 'deploy/helm/values.yaml': 'fullnameOverride: configurator\nnameOverride: ""\n' }, ['configurator', 'worker aka configurator-worker']],
    ['nameOverride', { 'deploy/helm/Chart.yaml': chart, 'deploy/helm/templates/_helpers.tpl': helpers, 'deploy/helm/values.yaml': 'fullnameOverride: ""\nnameOverride: gizmo\n' }, ['gizmo', 'worker aka gizmo-worker']],
    ['neither: the chart\'s name, not its folder\'s', { 'deploy/helm/Chart.yaml': chart, 'deploy/helm/templates/_helpers.tpl': helpers, 'deploy/helm/values.yaml': 'replicaCount: 1\n' }, ['widgetry', 'worker aka widgetry-worker']],
    ['no helpers: the chart\'s name', { 'deploy/helm/Chart.yaml': chart, 'deploy/helm/values.yaml': 'fullnameOverride: configurator\n' }, ['widgetry', 'worker aka widgetry-worker']],
    ['no Chart.yaml: the folder\'s name, as before', {}, ['helm', 'worker aka helm-worker']],
  ])('%s', async (_case, others, expected) => {
    expect(await names(others)).toEqual(expected);
  });

  it('routes an Ingress `helm create` writes to the Service the fullname helper names', async () => {
    const ingress = [
      '{{- if .Values.ingress.enabled -}}',
      '{{- $fullName := include "widgetry.fullname" . -}}',
      '{{- $svcPort := .Values.service.port -}}',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: {{ $fullName }}',
      'spec:',
      '  ingressClassName: nginx',
      '  rules:',
      '    {{- range .Values.ingress.hosts }}',
      '    - host: {{ .host | quote }}',
      '      http:',
      '        paths:',
      '          {{- range .paths }}',
      '          - path: {{ .path }}',
      '            pathType: {{ .pathType }}',
      '            backend:',
      '              service:',
      '                name: {{ $fullName }}',
      '                port:',
      '                  number: {{ $svcPort }}',
      '          {{- end }}',
      '    {{- end }}',
      '{{- end }}',
    ].join('\n');
    const values = 'fullnameOverride: widgetry\nservice: {port: 8080}\ningress:\n  enabled: true\n  hosts:\n    - host: configurator.widgetry.io\n      paths: [{path: /, pathType: Prefix}]\n';
    const facts = await read(helmTemplatesSource, 'deploy/helm/templates/ingress.yaml', ingress, { 'deploy/helm/Chart.yaml': chart, 'deploy/helm/templates/_helpers.tpl': helpers, 'deploy/helm/values.yaml': values });
    const targets = facts.flatMap((fact) => (fact.type === 'connection' && 'host' in fact.target ? [fact.target.host] : []));
    expect(targets).toContain('widgetry');
    expect(targets).not.toContain('helm');
  });
});

describe('helm-templates source: ranges over the chart\'s values', () => {
  const chart = 'charts/shop';
  const values = [
    'ingress:',
    '  className: nginx',
    '  hosts:',
    '    - host: shop.acme.io',
    '      paths:',
    '        - path: /',
    '          backend: {service: {name: storefront, port: {number: 8080}}}',
    '        - path: /api',
    '          backend: {service: {name: orders, port: {number: 8081}}}',
    '    # - host: old.acme.io',
    '    #   paths: [{path: /, backend: {service: {name: legacy, port: {number: 80}}}}]',
    'services:',
    '  orders:',
    '    enabled: true',
    '    env: {DATABASE_URL: "postgres://db:5432/orders"}',
    '  recommender:',
    '    enabled: false',
    '    env: {TASTE_URL: "https://api.taste.io"}',
  ].join('\n');
  const others = { [`${chart}/values.yaml`]: values };

  it('reads the backends an Ingress\'s rules range over, its evidence on the template\'s lines', async () => {
    const file = `${chart}/templates/ingress.yaml`;
    const text = [
      'apiVersion: networking.k8s.io/v1', //                                   1
      'kind: Ingress', //                                                      2
      'metadata:', //                                                          3
      '  name: {{ .Release.Name }}-ingress', //                                4
      'spec:', //                                                              5
      '  ingressClassName: {{ .Values.ingress.className }}', //                6
      '  rules:', //                                                           7
      '  {{- range .Values.ingress.hosts }}', //                               8
      '    - host: {{ .host | quote }}', //                                    9
      '      http:', //                                                        10
      '        paths:', //                                                     11
      '        {{- range .paths }}', //                                        12
      '          - path: {{ .path }}', //                                      13
      '            backend:', //                                               14
      '              service:', //                                             15
      '                name: {{ .backend.service.name }}', //                  16
      '                port:', //                                              17
      '                  number: {{ .backend.service.port.number }}', //       18
      '        {{- end }}', //                                                 19
      '  {{- end }}', //                                                       20
    ].join('\n');
    const calls = (await read(helmTemplatesSource, file, text, others)).flatMap((fact) => (fact.type === 'connection' ? [`${fact.component} -> ${'host' in fact.target ? `${fact.target.host}:${fact.target.port ?? ''}` : ''} @${fact.evidence.line}`] : []));
    expect(calls).toEqual(['$group:helm-values:charts/shop#ingress.className -> storefront:8080 @16', '$group:helm-values:charts/shop#ingress.className -> orders:8081 @16']);
    // Without the values (a caller giving no other files), the backends stay computed, as before.
    expect((await read(helmTemplatesSource, file, text)).filter((fact) => fact.type === 'connection')).toEqual([]);
  });

  it('makes a Deployment per entry of a services map, leaving out the entries switched off and the test hooks', async () => {
    const text = [
      '{{- range $name, $svc := .Values.services }}', //   1
      '{{- if $svc.enabled }}', //                         2
      '---', //                                            3
      'apiVersion: apps/v1', //                            4
      'kind: Deployment', //                               5
      'metadata:', //                                      6
      '  name: {{ $name }}', //                            7
      'spec:', //                                          8
      '  template:', //                                    9
      '    spec:', //                                      10
      '      containers:', //                              11
      '        - name: {{ $name }}', //                    12
      '          env:', //                                 13
      '            {{- range $key, $value := $svc.env }}', // 14
      '            - name: {{ $key }}', //                 15
      '              value: {{ $value | quote }}', //      16
      '            {{- end }}', //                         17
      '{{- end }}', //                                     18
      '{{- end }}', //                                     19
      '---', //                                            20
      'apiVersion: v1', //                                 21
      'kind: Pod', //                                      22
      'metadata:', //                                      23
      '  name: "{{ .Release.Name }}-test"', //             24
      '  annotations:', //                                 25
      '    "helm.sh/hook": test', //                       26
      'spec:', //                                          27
      '  containers:', //                                  28
      '    - name: wget', //                               29
      '      image: busybox', //                           30
      '      args: ["http://orders:8081/healthz"]', //     31
    ].join('\n');
    const facts = await read(helmTemplatesSource, `${chart}/templates/services.yaml`, text, others);
    expect(facts.flatMap((fact) => (fact.type === 'component' ? [`${fact.name} @${fact.evidence.line}`] : []))).toEqual(['orders @7']);
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.component !== undefined ? [`${fact.component} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []))).toEqual(['orders DATABASE_URL=postgres://db:5432/orders @15']);
  });
});

describe('addresses the chart\'s helpers build', () => {
  const helpers = [
    '{{- define "vault.fullname" -}}{{ default .Release.Name .Values.fullnameOverride }}{{- end -}}',
    '{{- define "vault.core" -}}{{ printf "%s-core" (include "vault.fullname" .) }}{{- end -}}',
    '{{- define "vault.redis.host" -}}',
    '{{- if eq .Values.redis.type "internal" -}}{{ include "vault.fullname" . }}-redis',
    '{{- else -}}{{ .Values.redis.external.addr }}{{- end -}}',
    '{{- end -}}',
    '{{- define "vault.redis.url" -}}{{ printf "redis://%s:6379/%d" (include "vault.redis.host" .) .Values.redis.index }}{{- end -}}',
    '{{- define "vault.labels" -}}',
    'app: {{ .Release.Name }}',
    'tier: cache',
    '{{- end -}}',
  ].join('\n');
  const values = { redis: { type: 'internal', index: 1, external: { addr: 'cache.prod.internal' } } };
  const render = releaseNaming({ name: 'vault' }, values, helpers);
  const configMap = (line: string) => ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: x', 'data:', line].join('\n');

  // A host the release prefixes is written as the release's part, as releaseNames writes `{{ .Release.Name }}-redis`.
  it.each<[string, string, string]>([
    ['a whole value, quoted for YAML', configMap('  REDIS_URL: {{ template "vault.redis.url" . }}'), configMap('  REDIS_URL: "redis://redis:6379/1"')],
    ['inside quotes', configMap('  REDIS_HOST: "{{ include "vault.redis.host" . }}"'), configMap('  REDIS_HOST: "redis"')],
    ['through a pipe', configMap('  REDIS_URL: {{ include "vault.redis.url" . | quote }}'), configMap('  REDIS_URL: "redis://redis:6379/1"')],
    ['a host quoted by a pipe', '        - name: REDIS_HOST\n          value: {{ include "vault.redis.host" . | quote }}', '        - name: REDIS_HOST\n          value: "redis"'],
    ['the release\'s name in a printf', configMap('  CORE_URL: http://{{ printf "%s-core" .Release.Name }}:8080'), configMap('  CORE_URL: http://core:8080')],
    ['inside a settings file the ConfigMap holds', configMap('  application.yml: |\n    auth:\n      host: {{ include "vault.fullname" . }}-service-auth:5671'), configMap('  application.yml: |\n    auth:\n      host: vault-service-auth:5671')],
    ['an env value', '        - name: REDIS_HOST\n          value: {{ include "vault.redis.host" . }}', '        - name: REDIS_HOST\n          value: "redis"'],
    ['a helper-named object, the release prefix dropped', 'metadata:\n  name: {{ template "vault.core" . }}', 'metadata:\n  name: core'],
    ['a plain value is left to the values reader', configMap('  PORT: {{ .Values.port }}'), configMap('  PORT: {{ .Values.port }}')],
    ['a label is left computed, as releaseNames leaves it', 'metadata:\n  labels:\n    app: {{ include "vault.fullname" . }}', 'metadata:\n  labels:\n    app: {{ include "vault.fullname" . }}'],
    ['a helper spanning lines is left', configMap('  X: {{ include "vault.labels" . }}'), configMap('  X: {{ include "vault.labels" . }}')],
    ['a helper the chart does not define is left', configMap('  X: {{ include "common.names.fullname" . }}'), configMap('  X: {{ include "common.names.fullname" . }}')],
    ['control actions are left', configMap('  {{- if .Values.x }}'), configMap('  {{- if .Values.x }}')],
  ])('%s', (_case, text, expected) => {
    expect(renderChartActions(text, render, 'vault').text).toBe(expected);
  });

  it('renders the external branch when the values choose it', () => {
    const external = releaseNaming({ name: 'vault' }, { redis: { ...values.redis, type: 'external' } }, helpers);
    expect(renderChartActions(configMap('  REDIS_HOST: {{ include "vault.redis.host" . }}'), external, 'vault').text).toBe(configMap('  REDIS_HOST: "cache.prod.internal"'));
  });

  it('keeps the installed name of a helper-named object as its alias', () => {
    expect([...renderChartActions('metadata:\n  name: {{ template "vault.core" . }}', render, 'vault').aliases]).toEqual([['core', 'vault-core']]);
  });

  it('binds a ConfigMap\'s helper-built URL, and names it and the Deployment taking it in by the helper', async () => {
    const others = {
      'deploy/vault/Chart.yaml': 'apiVersion: v2\nname: vault\nversion: 1.0.0\n',
      'deploy/vault/values.yaml': 'redis:\n  type: internal\n  index: 1\n  external:\n    addr: cache.prod.internal\n',
      'deploy/vault/templates/_helpers.tpl': helpers,
    };
    const facts = await read(helmTemplatesSource, 'deploy/vault/templates/core.yaml', [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: {{ template "vault.core" . }}',
      'data:',
      '  REDIS_URL: {{ template "vault.redis.url" . }}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ template "vault.core" . }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: core',
      '          image: ghcr.io/vault/core:1',
      '          envFrom:',
      '            - configMapRef:',
      '                name: {{ template "vault.core" . }}',
    ].join('\n'), others);
    expect(facts.find((fact) => fact.type === 'component')).toMatchObject({ name: 'core', aliases: expect.arrayContaining(['vault-core']) });
    expect(facts.find((fact) => fact.type === 'binding' && fact.key === 'REDIS_URL')).toMatchObject({ value: 'redis://redis:6379/1', evidence: { line: 6 } });
  });
});

describe('images the chart\'s values give', () => {
  const render = (values: Record<string, unknown>, appVersion?: string) => releaseNaming({ name: 'desk', ...(appVersion !== undefined ? { appVersion } : {}) }, values);
  it.each<[string, string, Record<string, unknown>, string | undefined, string]>([
    ['repository and tag', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', { image: { repository: 'ghcr.io/acme/desk', tag: '6.2' } }, undefined, '          image: "ghcr.io/acme/desk:6.2"'],
    ['the tag defaulting to appVersion', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', { image: { repository: 'ghcr.io/acme/desk', tag: '' } }, '6.2', '          image: "ghcr.io/acme/desk:6.2"'],
    ['a tag not told: the repository alone', '        - image: {{ .Values.image.repository }}:{{ .Values.image.tag }}', { image: { repository: 'ghcr.io/acme/desk' } }, undefined, '        - image: "ghcr.io/acme/desk"'],
    ['a registry before the repository', '          image: {{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}', { image: { registry: 'docker.io', repository: 'acme/desk', tag: '1' } }, undefined, '          image: "docker.io/acme/desk:1"'],
    ['a repository not told: as written', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', { image: { tag: '1' } }, undefined, '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"'],
    ['a literal image: as written', '          image: postgres:16', {}, undefined, '          image: postgres:16'],
  ])('%s', (_case, line, values, appVersion, expected) => {
    expect(renderImageLines(line, render(values, appVersion))).toBe(expected);
  });
});

describe('workloads the release names', () => {
  const alwaysPrefixed = '{{- define "desk.fullname" -}}\n{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}\n{{- end }}\n';
  const workload = (name: string, args: string) =>
    ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:', '        - name: main', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', `          args: [${args}]`].join('\n');
  const others = { 'charts/desk/Chart.yaml': 'apiVersion: v2\nname: desk\nversion: 1.0.0\n', 'charts/desk/values.yaml': 'image:\n  repository: ghcr.io/acme/desk\n  tag: "6.2"\n', 'charts/desk/templates/_helpers.tpl': alwaysPrefixed };
  it.each<[string, string, string, string | undefined]>([
    ['after the fullname: suffixed', '{{ include "desk.fullname" . }}-worker', '"worker"', 'worker suffixed'],
    ['the fullname alone, doubled by the helper: whole', '{{ include "desk.fullname" . }}', '', 'desk-desk whole'],
    ['a literal name: none', 'desk-mailer', '"mail"', 'desk-mailer -'],
  ])('%s', async (_case, name, args, expected) => {
    const facts = await read(helmTemplatesSource, 'charts/desk/templates/deployment.yaml', workload(name, args), others);
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' ? `${component.name} ${component.chartWorkload ?? '-'}` : undefined).toBe(expected);
    expect(component?.type === 'component' ? component.aliases : undefined).toContain('ghcr.io/acme/desk');
  });
  // The release's own workload is the chart's app: the chart's name is one of its names, so the chart joins it.
  it.each<[string, string, boolean]>([
    ['{{ include "desk.fullname" . }}', '', true],
    ['{{ include "desk.fullname" . }}-worker', '"worker"', false],
    ['desk-mailer', '"mail"', false],
  ])('%s answers to the chart\'s name: %s', async (name, args, expected) => {
    const facts = await read(helmTemplatesSource, 'charts/desk/templates/deployment.yaml', workload(name, args), others);
    const component = facts.find((fact) => fact.type === 'component');
    expect(component?.type === 'component' && (component.aliases ?? []).includes('desk')).toBe(expected);
  });
});

describe('helm values blocks naming their own image', () => {
  it('names the image of each block beside an env map, for that image\'s deployable (standalone-go-images.ts)', async () => {
    const text = [
      'image:', //                                       1
      '  repository: ghcr.io/gate/server', //            2
      'env:', //                                         3
      '  LOG_LEVEL: info', //                            4
      'outposts:', //                                    5
      '  proxy:', //                                     6
      '    image: ghcr.io/gate/proxy', //                7
      '    env:', //                                     8
      '      GATE_HOST: https://gate-server:9443', //    9
      '  ldap:', //                                      10
      '    image: {repository: ghcr.io/gate/ldap}', //   11
      '    extraEnv: {GATE_HOST: https://gate-server:9443}', // 12
      '  radius:', //                                    13
      '    image: "{{ .Values.registry }}/radius"', //   14
      '    env: {GATE_HOST: https://gate-server:9443}', // 15
      '  docs:', //                                      16
      '    image: ghcr.io/gate/docs', //                 17
    ].join('\n');
    const groups = (facts: Fact[]) => facts.flatMap((fact) => (fact.type === 'binding' && fact.group?.startsWith('helm-values-images:') ? [`${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []));
    expect(groups(await read(helmValuesSource, 'charts/gate/values.yaml', text))).toEqual([
      'helm-values-images:charts/gate:outposts.proxy env=ghcr.io/gate/proxy @7',
      'helm-values-images:charts/gate:outposts.ldap extraEnv=ghcr.io/gate/ldap @11',
    ]);
    // Overlays are chosen per install and make no groups.
    expect(groups(await read(helmValuesSource, 'charts/gate/values-prod.yaml', text))).toEqual([]);
  });
});
