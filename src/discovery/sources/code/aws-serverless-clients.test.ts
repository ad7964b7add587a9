/**
 * The AWS clients serverless code calls its stack's resources with: DynamoDB (boto3 resources and
 * clients, SDK v3 commands and the document client, SDK v2 DocumentClient), Step Functions
 * executions and Lambda invocations (calls of the state machine or function).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

/** `role mechanism technology target-key line` of each connection. */
async function connections(source: typeof pythonCodeSource, path: string, text: string): Promise<string[]> {
  const facts = await readSnippet(source, path, text);
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.role} ${fact.mechanism} ${fact.technology ?? '-'} ${fact.target.key ?? fact.target.host ?? fact.channel ?? '-'} ${fact.evidence.line}`);
}

describe('AWS serverless clients', () => {
  it.each([
    [
      'Python: a boto3 DynamoDB Table, a client put_item, start_execution and invoke',
      'src/app.py',
      code`
        import os
        import boto3
        table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
        boto3.client("dynamodb").put_item(TableName=os.environ["AUDIT_TABLE"], Item={})
        boto3.client("stepfunctions").start_execution(stateMachineArn=os.environ["WORKFLOW_ARN"], input="{}")
        boto3.client("lambda").invoke(FunctionName=os.environ["PRICING_FN"], Payload=b"{}")`,
      [
        'uses database Amazon DynamoDB TABLE_NAME 3',
        'uses database Amazon DynamoDB AUDIT_TABLE 4',
        'calls rest AWS Step Functions WORKFLOW_ARN 5',
        'calls rest AWS Lambda PRICING_FN 6',
      ],
    ],
    ['Python: a table method without boto3 is no DynamoDB', 'src/app.py', code`
        def save(table, item):
            table.put_item(TableName="orders", Item=item)`, []],
  ])('%s', async (_name, path, text, expected) => {
    expect(await connections(pythonCodeSource, path, text)).toEqual(expected);
  });

  it.each([
    [
      'TypeScript: SDK v3 DynamoDB commands, the lib-dynamodb document client, StartExecution and Invoke',
      'src/handler.ts',
      code`
        import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
        import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
        import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
        import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
        await client.send(new PutItemCommand({ TableName: process.env.ORDERS_TABLE, Item: {} }));
        await documents.send(new QueryCommand({ TableName: process.env.ORDERS_TABLE, KeyConditionExpression: 'pk = :p' }));
        await sfn.send(new StartExecutionCommand({ stateMachineArn: process.env.FLOW_ARN }));
        await lambda.send(new InvokeCommand({ FunctionName: process.env.PRICING_FN }));`,
      [
        'uses database Amazon DynamoDB ORDERS_TABLE 5',
        'uses database Amazon DynamoDB ORDERS_TABLE 6',
        'calls rest AWS Step Functions FLOW_ARN 7',
        'calls rest AWS Lambda PRICING_FN 8',
      ],
    ],
    [
      'JavaScript: the SDK v2 DocumentClient',
      'src/handler.js',
      code`
        const AWS = require('aws-sdk');
        const documents = new AWS.DynamoDB.DocumentClient();
        await documents.put({ TableName: process.env.ORDERS_TABLE, Item: {} }).promise();
        await documents.get({ Key: { id } }).promise();`,
      ['uses database Amazon DynamoDB ORDERS_TABLE 3'],
    ],
    [
      'TypeScript: a mocked client in a test names no table',
      'tests/handler.spec.ts',
      code`
        import { mockClient } from 'aws-sdk-client-mock';
        import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
        const documents = mockClient(DynamoDBDocumentClient);
        documents.on(PutCommand).resolves({});`,
      [],
    ],
  ])('%s', async (_name, path, text, expected) => {
    expect(await connections(typescriptCodeSource, path, text)).toEqual(expected);
  });
});
