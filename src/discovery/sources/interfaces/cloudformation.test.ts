import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { aslHandle, cloudFormationSource, parseTemplateText, ssmHandle } from './cloudformation.js';

/** Reads one inline file the way the scanner would. */
function read(path: string, text: string): Fact[] {
  return cloudFormationSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] }) as Fact[];
}

const components = (facts: Fact[]): ComponentFact[] => facts.filter((fact): fact is ComponentFact => fact.type === 'component');
const bindings = (facts: Fact[]): Record<string, string> => Object.fromEntries(facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => [`${fact.component}.${fact.key}`, fact.value]));
const edges = (facts: Fact[]): string[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.component} ${fact.role} ${fact.target.component ?? `$${fact.target.key}`} ${fact.mechanism}`);

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: { Type: String, Default: dev }
  SharedQueueUrl:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /shop/shared-queue-url
Globals:
  Function:
    Environment:
      Variables:
        LOG_LEVEL: INFO
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Sub orders-\${Stage}
  Events:
    Type: AWS::SNS::Topic
    Properties: { TopicName: order-events }
  Inbox:
    Type: AWS::SQS::Queue
  Files:
    Type: AWS::S3::Bucket
  Bus:
    Type: AWS::Events::EventBus
    Properties: { Name: shop-bus }
  Sessions:
    Type: AWS::Serverless::SimpleTable
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Dimensions: [{ Name: QueueName, Value: !GetAtt Inbox.QueueName }]
  InboxUrl:
    Type: AWS::SSM::Parameter
    Properties: { Name: /shop/inbox-url, Type: String, Value: !Ref Inbox }
  PlaceOrder:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: functions/place_order/
      Environment:
        Variables:
          TABLE: !Ref OrdersTable
          TOPIC_ARN: !GetAtt Events.TopicArn
          BUCKET: !Sub "\${Files}"
          BUS_ARN: !Sub arn:aws:events:\${AWS::Region}:\${AWS::AccountId}:event-bus/\${Bus}
          IMPORTED: !ImportValue billing-InvoicesTable
          IMPORTED_SUB:
            Fn::ImportValue: !Sub "\${Stage}-Invoices"
          FROM_SSM: "{{resolve:ssm:/billing/table-name}}"
          FROM_PARAMETER: !Ref SharedQueueUrl
          OTHER_FUNCTION: !Ref Worker
      Events:
        FromInbox:
          Type: SQS
          Properties: { Queue: !GetAtt Inbox.Arn }
        FromTopic:
          Type: SNS
          Properties: { Topic: !Ref Events }
        Http:
          Type: Api
          Properties: { Path: /orders, Method: post }
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: shop-worker
      CodeUri: src/
      Events:
        Stream:
          Type: DynamoDB
          Properties: { Stream: !GetAtt OrdersTable.StreamArn, StartingPosition: LATEST }
Outputs:
  Table:
    Value: !Ref OrdersTable
    Export: { Name: !Sub "\${AWS::StackName}-OrdersTable" }
`;

describe('cloudFormationSource', () => {
  it.each([
    ['orders/template.yaml', true],
    ['orders/template.yml', true],
    ['infra/orders.template.json', true],
    ['infra/orders.template', true],
    ['statemachine/booking.asl.json', true],
    ['statemachine/booking.asl.yaml', true],
    ['charts/app/templates/deployment.yaml', false],
    ['config/settings.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(cloudFormationSource.accepts(path)).toBe(accepted);
  });

  it('reads the short-form tags as long forms, and an unknown tag without failing', () => {
    expect(parseTemplateText('a: !Ref X\nb: !GetAtt Q.Arn\nc: !Sub ["${A}", {A: !Ref B}]\nd: !Whatever {x: 1}\ne: !Join ["-", [a, !Ref S]]\n')).toEqual({
      a: { Ref: 'X' },
      b: { 'Fn::GetAtt': ['Q', 'Arn'] },
      c: { 'Fn::Sub': ['${A}', { A: { Ref: 'B' } }] },
      d: { 'Fn::Whatever': { x: 1 } },
      e: { 'Fn::Join': ['-', ['a', { Ref: 'S' }]] },
    });
  });

  it('ignores YAML that is no template', () => {
    expect(read('ops/template.yaml', 'kind: ConfigMap\nmetadata: { name: x }\n')).toEqual([]);
  });

  it('makes the stack the deployable unit: its functions are its names, their CodeUri its code', () => {
    const found = components(read('shop/template.yaml', SAM));
    const stack = found.filter((fact) => fact.name === 'shop');
    expect(stack[0]).toMatchObject({ kind: 'application', root: 'shop', technology: 'AWS Lambda' });
    expect(stack[0]?.aliases).toEqual(expect.arrayContaining(['PlaceOrder', 'Worker', 'shop-worker']));
    expect(stack.map((fact) => fact.root)).toEqual(['shop', 'shop/functions/place_order', 'shop/src']);
    expect(stack.find((fact) => fact.root === 'shop/functions/place_order')?.aliases).toBeUndefined();
  });

  it.each([
    ['OrdersTable', 'database', 'Amazon DynamoDB', ['orders-dev', 'shop-OrdersTable']],
    ['Events', 'message-broker', 'Amazon SNS', ['order-events']],
    ['Inbox', 'message-broker', 'Amazon SQS', [ssmHandle('/shop/inbox-url')]],
    ['Files', 'file-store', 'Amazon S3', undefined],
    ['Bus', 'message-broker', 'Amazon EventBridge', ['shop-bus']],
    ['Sessions', 'database', 'Amazon DynamoDB', undefined],
  ])('makes %s a %s (%s) with its physical, exported and SSM names as aliases', (name, kind, technology, aliases) => {
    const fact = components(read('shop/template.yaml', SAM)).find((candidate) => candidate.name === name);
    expect(fact).toMatchObject({ kind, technology });
    expect(fact?.aliases).toEqual(aliases);
    expect(fact?.labelled?.distinctName).toMatch(new RegExp(`^${name}-[a-z0-9]+$`));
  });

  it('binds the environment to the stack, each reference written as the name of what it refers to', () => {
    expect(bindings(read('shop/template.yaml', SAM))).toMatchObject({
      'shop.LOG_LEVEL': 'INFO',
      'shop.TABLE': 'OrdersTable',
      'shop.TOPIC_ARN': 'Events',
      'shop.BUCKET': 'Files',
      'shop.BUS_ARN': 'Bus',
      'shop.IMPORTED': 'billing-InvoicesTable',
      'shop.IMPORTED_SUB': 'dev-Invoices',
      'shop.FROM_SSM': ssmHandle('/billing/table-name'),
      'shop.FROM_PARAMETER': ssmHandle('/shop/shared-queue-url'),
      'shop.OTHER_FUNCTION': 'shop',
    });
  });

  it('makes event sources consumer edges of the stack, and nothing of Api events or alarms', () => {
    expect(edges(read('shop/template.yaml', SAM))).toEqual(['shop consumes Inbox messaging', 'shop consumes Events messaging', 'shop consumes OrdersTable messaging']);
  });

  it('reads plain CloudFormation JSON: event source mappings, SNS subscriptions and AppSync data sources', () => {
    const template = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Alerts: { Type: 'AWS::SNS::Topic', Properties: { Subscription: [{ Protocol: 'sqs', Endpoint: { 'Fn::GetAtt': ['Queue', 'Arn'] } }, { Protocol: 'email', Endpoint: 'ops@example.com' }] } },
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Code: { ZipFile: 'x' }, Environment: { Variables: { QUEUE_URL: { Ref: 'Queue' } } } } },
        Mapping: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, FunctionName: { Ref: 'Fn' } } },
        Subscription: { Type: 'AWS::SNS::Subscription', Properties: { Protocol: 'sqs', TopicArn: { 'Fn::ImportValue': 'shop-Events' }, Endpoint: { 'Fn::GetAtt': ['Queue', 'Arn'] } } },
        Email: { Type: 'AWS::SNS::Subscription', Properties: { Protocol: 'email', TopicArn: { 'Fn::ImportValue': 'shop-Events' }, Endpoint: 'ops@example.com' } },
        Lambda: { Type: 'AWS::AppSync::DataSource', Properties: { Type: 'AWS_LAMBDA', LambdaConfig: { LambdaFunctionArn: { 'Fn::ImportValue': 'billing-InvoiceFunctionArn' } } } },
        Table: { Type: 'AWS::AppSync::DataSource', Properties: { Type: 'AMAZON_DYNAMODB', DynamoDBConfig: { TableName: 'audit-log' } } },
      },
    }, null, 2);
    const facts = read('ops/ops.template.json', template);
    expect(components(facts).map((fact) => fact.name)).toEqual(['ops', 'Queue', 'Alerts']);
    expect(bindings(facts)).toEqual({ 'ops.QUEUE_URL': 'Queue' });
    expect(edges(facts)).toEqual(['Queue consumes Alerts messaging', 'ops consumes Queue messaging', 'Queue consumes shop-Events messaging', 'ops calls billing-InvoiceFunctionArn rest', 'ops uses audit-log database']);
  });

  it('reads an inline state machine definition: lambda invoke, SNS, SQS, DynamoDB tasks, Parallel branches', () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Topic: { Type: AWS::SNS::Topic }
  Table: { Type: AWS::DynamoDB::Table }
  Fn:
    Type: AWS::Lambda::Function
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: order-flow
      Definition:
        StartAt: Both
        States:
          Both:
            Type: Parallel
            Branches:
              - StartAt: Call
                States:
                  Call: { Type: Task, Resource: arn:aws:states:::lambda:invoke, Parameters: { FunctionName: !GetAtt Fn.Arn }, End: true }
              - StartAt: Tell
                States:
                  Tell: { Type: Task, Resource: arn:aws:states:::sns:publish, Parameters: { TopicArn: !Ref Topic }, End: true }
            Next: Save
          Save: { Type: Task, Resource: arn:aws:states:::aws-sdk:dynamodb:updateItem, Parameters: { TableName: !Ref Table }, Next: Send }
          Send: { Type: Task, Resource: arn:aws:states:::sqs:sendMessage, Parameters: { QueueUrl: !ImportValue shop-Inbox }, Next: Direct }
          Direct: { Type: Task, Resource: arn:aws:lambda:eu-west-1:123456789012:function:legacy-pricing, End: true }
`;
    expect(edges(read('flows/template.yaml', template))).toEqual([
      'Flow calls flows rest',
      'Flow produces Topic messaging',
      'Flow uses Table database',
      'Flow produces shop-Inbox messaging',
      'Flow calls legacy-pricing rest',
    ]);
  });

  it('binds the definition substitutions of a state machine whose ASL file is elsewhere, and names it by that file', () => {
    const template = `Transform: AWS::Serverless-2016-10-31
Resources:
  Reserve: { Type: AWS::Serverless::Function, Properties: { CodeUri: reserve/ } }
  Topic: { Type: AWS::SNS::Topic }
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/flow.asl.json
      DefinitionSubstitutions:
        ReserveArn: !GetAtt Reserve.Arn
        TopicArn: !Ref Topic
`;
    const facts = read('booking/template.yaml', template);
    expect(components(facts).find((fact) => fact.name === 'Flow')?.aliases).toEqual([aslHandle('booking/statemachine/flow.asl.json')]);
    expect(bindings(facts)).toEqual({ 'Flow.ReserveArn': 'booking', 'Flow.TopicArn': 'Topic' });
    const asl = JSON.stringify({
      StartAt: 'Reserve',
      States: {
        Reserve: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${ReserveArn}' }, Next: 'Tell' },
        Tell: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: '${TopicArn}' }, End: true },
      },
    }, null, 2);
    const aslFacts = read('booking/statemachine/flow.asl.json', asl);
    expect(edges(aslFacts)).toEqual([`${aslHandle('booking/statemachine/flow.asl.json')} calls $ReserveArn rest`, `${aslHandle('booking/statemachine/flow.asl.json')} produces $TopicArn messaging`]);
    expect(aslFacts[0]?.evidence.line).toBe(8);
  });
});
