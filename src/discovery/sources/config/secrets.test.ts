import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { configSources } from './index.js';

/** Runs every config source that accepts the path, as the scanner would. */
async function scan(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  const facts: Fact[] = [];
  for (const source of configSources.filter((candidate) => candidate.accepts(path))) {
    facts.push(...(await source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })));
  }
  return facts;
}

// Each file plants canary secrets in the shapes its format allows; none may reach a fact.
const FILES: [string, string, string[]][] = [
  [
    'docker-compose.yml',
    [
      'services:',
      '  api:',
      '    image: acme/api',
      '    environment:',
      '      POSTGRES_PASSWORD: Canary-Compose-1',
      '      DATABASE_URL: postgres://app:Canary-Compose-2@db:5432/app',
      '      API_TOKEN: Canary-Compose-3',
      '      JWT_SECRET: "Q2FuYXJ5LUNvbXBvc2UtNA=="',
      '      DB_PASSWORD: ${DB_PASSWORD:-Canary-Compose-5}',
      '  worker:',
      '    image: acme/worker',
      '    environment:',
      '      - AWS_SECRET_ACCESS_KEY=Canary/Compose/6',
      '      - STRIPE_KEY=sk_live_CanaryCompose7abcdefgh',
      '  flow:',
      '    image: acme/flow',
      '    environment: {CLIENT_SECRET: Canary-Compose-8}',
    ].join('\n'),
    ['Canary-Compose-1', 'Canary-Compose-2', 'Canary-Compose-3', 'Q2FuYXJ5LUNvbXBvc2UtNA==', 'Canary-Compose-5', 'Canary/Compose/6', 'sk_live_CanaryCompose7abcdefgh', 'Canary-Compose-8'],
  ],
  [
    'k8s/app.yaml',
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: app-config}',
      'data:',
      '  password: Canary-K8s-1',
      '  DATABASE_URL: mysql://root:Canary-K8s-2@mysql:3306/app',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: app}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: acme/app',
      '          env:',
      '            - name: DB_PASSWORD',
      '              value: Canary-K8s-3',
      '            - {name: API_KEY, value: Canary-K8s-4}',
      '            - value: Canary-K8s-5',
      '              name: AUTH_TOKEN',
      '            - name: DB_PW',
      '              valueFrom: {configMapKeyRef: {name: app-config, key: password}}',
      '          envFrom:',
      '            - configMapRef: {name: app-config}',
    ].join('\n'),
    ['Canary-K8s-1', 'Canary-K8s-2', 'Canary-K8s-3', 'Canary-K8s-4', 'Canary-K8s-5'],
  ],
  [
    'charts/app/values.yaml',
    [
      'database:',
      '  url: postgres://app:Canary-Values-1@db:5432/app',
      '  password: Canary-Values-2',
      'env:',
      '  REDIS_PASSWORD: Canary-Values-3',
      '  REDIS_URL: redis://:Canary-Values-4@redis:6379',
      'extraEnv:',
      '  - name: GITHUB_TOKEN',
      '    value: ghp_CanaryValues5abcdefghijklmnopqrstuvwxyz',
    ].join('\n'),
    ['Canary-Values-1', 'Canary-Values-2', 'Canary-Values-3', 'Canary-Values-4', 'ghp_CanaryValues5abcdefghijklmnopqrstuvwxyz'],
  ],
  [
    'charts/app/templates/deployment.yaml',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "app.fullname" . }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: "{{ .Values.image }}"',
      '          env:',
      '            - {name: SMTP_PASSWORD, value: "Canary-Template-1"}',
      '            - name: AMQP_URL',
      '              value: amqp://guest:Canary-Template-2@rabbitmq:5672/',
    ].join('\n'),
    ['Canary-Template-1', 'Canary-Template-2'],
  ],
  [
    'services/api/.env',
    [
      'PASSWORD=Canary-Env-1',
      "export SECRET_KEY='Canary-Env-2'",
      'DATABASE_URL=mysql://root:Canary-Env-3@mysql/db',
      'SESSION_SECRET=Q2FuYXJ5LUVudi00==',
      'PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----',
      'MIICanaryEnv5',
      '-----END RSA PRIVATE KEY-----"',
      'SLACK_WEBHOOK_TOKEN=xoxb-123456789012-CanaryEnv6abc',
    ].join('\n'),
    ['Canary-Env-1', 'Canary-Env-2', 'Canary-Env-3', 'Q2FuYXJ5LUVudi00==', 'MIICanaryEnv5', 'xoxb-123456789012-CanaryEnv6abc'],
  ],
  [
    'orders/src/main/resources/application.yml',
    [
      'spring:',
      '  datasource:',
      '    url: ${DB_URL:jdbc:postgresql://orders:Canary-Spring-1@db:5432/orders}',
      '    password: ${DB_PASSWORD:Canary-Spring-2}',
      '  mail:',
      '    host: smtp.example.org',
      '    password: Canary-Spring-3',
      '  security:',
      '    oauth2:',
      '      client:',
      '        registration:',
      '          shop:',
      '            client-secret: Canary-Spring-4',
      'stripe:',
      '  api-key: sk_test_CanarySpring5abcdefgh',
    ].join('\n'),
    ['Canary-Spring-1', 'Canary-Spring-2', 'Canary-Spring-3', 'Canary-Spring-4', 'sk_test_CanarySpring5abcdefgh'],
  ],
  [
    'src/main/resources/application.properties',
    [
      'spring.datasource.password=Canary-Props-1',
      'spring.datasource.url=jdbc:sqlserver://sql:1433;databaseName=x;password=Canary-Props-2',
      'app.api-key: Canary-Props-3',
      'db.password=\\',
      '    Canary-Props-4',
      'spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="Canary-Props-5";',
    ].join('\n'),
    ['Canary-Props-1', 'Canary-Props-2', 'Canary-Props-3', 'Canary-Props-4', 'Canary-Props-5'],
  ],
  [
    'src/Api/appsettings.json',
    [
      '{',
      '  "ConnectionStrings": {',
      '    "Db": "Server=sql;Database=x;User Id=app;Password=Canary-Net-1;",',
      '    "Redis": "cache:6379,password=Canary-Net-2,ssl=false",',
      '    "Bus": "Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=s;SharedAccessKey=Canary/Net+3="',
      '  },',
      '  "Auth": { "ClientSecret": "Canary-Net-4", "ApiKey": "Q2FuYXJ5LU5ldC01==" },',
      '  "Smtp": { "Password": "Canary-Net-6" }',
      '}',
    ].join('\n'),
    ['Canary-Net-1', 'Canary-Net-2', 'Canary/Net+3=', 'Canary-Net-4', 'Q2FuYXJ5LU5ldC01==', 'Canary-Net-6'],
  ],
];

describe('config sources never report a secret', () => {
  it.each(FILES)('%s', async (path, text, canaries) => {
    const facts = await scan(path, text);
    expect(facts.length).toBeGreaterThan(0);
    const serialised = JSON.stringify(facts);
    for (const canary of canaries) expect(serialised, canary).not.toContain(canary);
    // The shapes of secrets too: no part of a canary long enough to matter is left.
    expect(serialised).not.toMatch(/Canary[-/]/);
  });
});
