import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

describe('object-store clients on an endpoint the user enters', () => {
  it.each<[string, string, number]>([
    [
      'a data-source backend’s client on its parameters: no connection',
      code`
        import boto3

        class S3Backend:
            def __init__(self, url, **params):
                self.params = params

            def fetch(self, path):
                client = boto3.client("s3", endpoint_url=self.params.get("endpoint_url"))
                for item in client.list_objects_v2(Bucket="b", Prefix="p").get("Contents", []):
                    client.download_file("b", item["Key"], path)`,
      0,
    ],
    [
      'a function’s parameter: no connection',
      code`
        import boto3

        def export(endpoint, data):
            s3 = boto3.client("s3", endpoint_url=endpoint)
            s3.put_object(Bucket="exports", Key="k", Body=data)`,
      0,
    ],
    [
      'an endpoint from the environment: the connection stays',
      code`
        import os
        import boto3

        def export(data):
            s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])
            s3.put_object(Bucket="exports", Key="k", Body=data)`,
      1,
    ],
    [
      'no endpoint (AWS’s own): the connection stays',
      code`
        import boto3

        def export(data):
            s3 = boto3.client("s3")
            s3.put_object(Bucket="exports", Key="k", Body=data)`,
      1,
    ],
  ])('%s', async (_name, text, count) => {
    const facts = await readSnippet(pythonCodeSource, 'app/datasources/backends.py', text);
    expect(facts.filter((fact) => fact.type === 'connection' && fact.technology === 'Amazon S3')).toHaveLength(count);
  });
});
