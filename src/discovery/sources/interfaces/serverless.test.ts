import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { ssmHandle } from './cloudformation.js';
import { cfOutputHandle, resolveVariables, serverlessSource } from './serverless.js';

function read(path: string, text: string): Fact[] {
  return serverlessSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] }) as Fact[];
}
async function readAsync(path: string, text: string): Promise<Fact[]> {
  return serverlessSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}
const components = (facts: Fact[]): ComponentFact[] => facts.filter((fact): fact is ComponentFact => fact.type === 'component');
const bindings = (facts: Fact[]): Record<string, string> => Object.fromEntries(facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => [`${fact.component}.${fact.key}`, fact.value]));
const edges = (facts: Fact[]): string[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.component} ${fact.role} ${fact.target.component ?? fact.target.host} ${fact.mechanism}`);

const SERVICE = `service: orders
custom:
  tableName: \${self:service}-\${sls:stage}-orders
  topicName: order-events
provider:
  name: aws
  runtime: nodejs20.x
  stage: \${opt:stage, 'prod'}
  environment:
    TABLE_NAME: \${self:custom.tableName}
    TOPIC_ARN: !Ref OrdersTopic
    PAYMENTS_QUEUE_URL: \${cf:payments-\${sls:stage}.PaymentsQueueUrl}
    RATES_URL: \${ssm:/orders/rates-url}
    SECRET: \${env:ORDERS_SECRET}
    SHIPPING_QUEUE: !ImportValue shipping-queue-url
  iamRoleStatements:
    - Effect: Allow
      Action: [dynamodb:PutItem]
      Resource: !GetAtt OrdersTable.Arn
functions:
  create:
    handler: src/handlers/create.main
    events:
      - httpApi: { path: /orders, method: post }
  fulfil:
    handler: src/handlers/fulfil.main
    name: orders-fulfilment
    environment:
      AUDIT_BUS: \${self:custom.busName, 'audit-bus'}
    events:
      - sqs:
          arn: !GetAtt FulfilQueue.Arn
      - sqs: arn:aws:sqs:\${aws:region}:\${aws:accountId}:returns-queue
      - sns: \${self:custom.topicName}
      - sns:
          arn: !ImportValue billing-topic-arn
      - stream:
          type: dynamodb
          arn: !GetAtt OrdersTable.StreamArn
      - stream: arn:aws:kinesis:us-east-1:123456789012:stream/clicks
      - eventBridge:
          eventBus: audit-bus
          pattern: { source: [orders] }
      - eventBridge:
          pattern: { source: [aws.ec2] }
      - s3: { bucket: order-uploads, event: "s3:ObjectCreated:*" }
      - schedule: rate(5 minutes)
      - websocket: { route: $connect }
      - kafka:
          topic: clicks
          bootstrapServers: [kafka.internal.acme-retail.io:9092]
resources:
  Resources:
    OrdersTable:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${self:custom.tableName}
    OrdersTopic:
      Type: AWS::SNS::Topic
      Properties:
        TopicName: !Sub "\${AWS::StackName}-events"
    FulfilQueue:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: \${self:service}-fulfil
  Outputs:
    FulfilQueueUrl:
      Value: !Ref FulfilQueue
      Export:
        Name: orders-fulfil-queue-url
`;

describe('serverless variables', () => {
  it.each([
    ['${self:service}-${sls:stage}', 'orders-dev'],
    ["${opt:stage, 'qa'}", 'qa'],
    ['${self:custom.name}', 'orders-table'],
    ['${self:custom.${sls:stage}.url}', 'http://dev.internal'],
    ['${ssm:/a/b}', ssmHandle('/a/b')],
    ['${cf:pay-${sls:stage}.QueueUrl}', cfOutputHandle('pay-dev', 'QueueUrl')],
    ["${env:MISSING, 'fallback'}", 'fallback'],
    ['arn:aws:sqs:${aws:region}:1:q', 'arn:aws:sqs:us-east-1:1:q'],
    ['!Sub keeps ${AWS::Region} and ${Queue.Arn}', '!Sub keeps ${AWS::Region} and ${Queue.Arn}'],
  ])('%s → %s', (value, expected) => {
    const resolved = resolveVariables({ service: 'orders', provider: {}, custom: { name: 'orders-table', dev: { url: 'http://dev.internal' } }, value });
    expect(resolved['value']).toBe(expected);
  });
});

describe('serverless.yml', () => {
  const facts = read('services/orders/serverless.yml', SERVICE);

  it('makes the service the system, with its functions, stack and folder as names and its handler folders as code', () => {
    const service = components(facts).filter((fact) => fact.name === 'orders');
    expect(service.map((fact) => fact.root)).toEqual(['services/orders', 'services/orders/src/handlers']);
    expect(service[0]?.aliases).toEqual(expect.arrayContaining(['orders-prod', 'create', 'orders-prod-create', 'fulfil', 'orders-fulfilment']));
  });

  it('reads resources.Resources as CloudFormation, names filled in', () => {
    const byName = Object.fromEntries(components(facts).map((fact) => [fact.name, fact.aliases ?? []]));
    expect(byName['OrdersTable']).toContain('orders-prod-orders');
    expect(byName['OrdersTopic']).toContain('orders-events');
    expect(byName['FulfilQueue']).toEqual(expect.arrayContaining(['orders-fulfil', 'orders-fulfil-queue-url', cfOutputHandle('orders-prod', 'FulfilQueueUrl')]));
  });

  it('binds provider and function environments as what they lead to', () => {
    expect(bindings(facts)).toEqual({
      'orders.TABLE_NAME': 'orders-prod-orders',
      'orders.TOPIC_ARN': 'OrdersTopic',
      'orders.PAYMENTS_QUEUE_URL': cfOutputHandle('payments-prod', 'PaymentsQueueUrl'),
      'orders.RATES_URL': ssmHandle('/orders/rates-url'),
      'orders.SHIPPING_QUEUE': 'shipping-queue-url',
      'orders.AUDIT_BUS': 'audit-bus',
    });
  });

  it('makes consuming events connections, and http, websocket, schedule and the default bus none', () => {
    expect(edges(facts)).toEqual([
      'orders consumes FulfilQueue messaging',
      'orders consumes returns-queue messaging',
      'orders consumes order-events messaging',
      'orders consumes billing-topic-arn messaging',
      'orders consumes OrdersTable messaging',
      'orders consumes clicks messaging',
      'orders consumes audit-bus messaging',
      'orders consumes order-uploads messaging',
      'orders consumes kafka.internal.acme-retail.io messaging',
    ]);
  });

  it('takes ${param:…} from the stage params of the file, else from the group Serverless Compose passes', () => {
    const text = `service: billing
params:
  default: { ledgerUrl: "https://ledger.acme-books.io" }
  prod: { ledgerUrl: "https://ledger-prod.acme-books.io" }
provider:
  name: aws
  stage: prod
  environment:
    LEDGER_URL: \${param:ledgerUrl}
    TOPIC_ARN: \${param:topicArn}
    MIXED: prefix-\${param:topicArn}
functions:
  settle:
    handler: app.handler
    events:
      - sqs: \${param:invoicesQueueArn}
resources:
  Resources:
    Sub:
      Type: AWS::SNS::Subscription
      Properties:
        Protocol: sqs
        TopicArn: \${param:topicArn}
        Endpoint: arn:aws:sqs:\${aws:region}:\${aws:accountId}:billing-in
`;
    const facts = read('services/billing/serverless.yml', text);
    expect(bindings(facts)).toEqual({
      'billing.LEDGER_URL': 'https://ledger-prod.acme-books.io',
      'billing.TOPIC_ARN': '$group:serverless-params:services/billing#topicArn',
      'billing.serverless-param:invoicesQueueArn': '$group:serverless-params:services/billing#invoicesQueueArn',
    });
    expect(facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.component} ${fact.role} ${fact.target.component ?? fact.target.key}`)).toEqual(['billing consumes serverless-param:invoicesQueueArn']);

    const compose = read('serverless-compose.yml', `services:
  orders:
    path: services/orders
  billing:
    path: services/billing
    params:
      topicArn: \${orders.OrderEventsTopicArn}
      invoicesQueueArn: arn:aws:sqs:eu-west-1:123456789012:invoices
      fromEnv: \${env:X}
`);
    expect(compose.map((fact) => (fact.type === 'binding' ? `${fact.group} ${fact.key}=${fact.value}` : fact.type))).toEqual([
      `serverless-params:services/billing topicArn=${cfOutputHandle('orders-dev', 'OrderEventsTopicArn')}`,
      'serverless-params:services/billing invoicesQueueArn=invoices',
    ]);
  });

  it('reads the configuration object of a serverless.ts, constants followed and imports left out', async () => {
    const text = `import type { AWS } from '@serverless/typescript';
import hello from '@functions/hello';

const environment = { QUEUE_URL: { Ref: 'InboxQueue' }, TABLE: '\${self:service}-\${sls:stage}-items' };

const serverlessConfiguration: AWS = {
  service: 'inbox',
  frameworkVersion: '3',
  provider: { name: 'aws', runtime: 'nodejs20.x', environment },
  functions: {
    hello,
    drain: {
      handler: 'src/drain/handler.main',
      events: [{ sqs: { arn: { 'Fn::GetAtt': ['InboxQueue', 'Arn'] } } }, { http: { method: 'get', path: \`hello/\${1}\` } }],
    },
  },
  resources: { Resources: { InboxQueue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'inbox-queue' } } } },
};

module.exports = serverlessConfiguration;
`;
    const facts = await readAsync('serverless.ts', text);
    expect(components(facts).map((fact) => `${fact.name}@${fact.root ?? '-'}`)).toEqual(['inbox@', 'inbox@src/drain', 'InboxQueue@-']);
    expect(bindings(facts)).toEqual({ 'inbox.QUEUE_URL': 'InboxQueue', 'inbox.TABLE': 'inbox-dev-items' });
    expect(edges(facts)).toEqual(['inbox consumes InboxQueue messaging']);
    // The TypeScript is only the configuration when it holds one.
    expect(await readAsync('serverless.ts', 'export default {};\n')).toEqual([]);
  });

  it('reads JSON and ignores files that are no service', () => {
    expect(components(read('serverless.json', JSON.stringify({ service: 'tiny', provider: { name: 'aws' }, functions: { hello: { handler: 'app.handler' } } }))).map((fact) => fact.name)).toEqual(['tiny']);
    expect(read('serverless.yml', 'service: x\n')).toEqual([]);
  });
});
