/**
 * Dagster code locations: `EnvVar("X")` (and `EnvVar.int`) is an env read like `os.getenv`, and
 * Dagster's integration resources name the technology they reach (S3, Snowflake, Slack);
 * DuckDB runs in-process and reaches nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** A connection as `mechanism technology target[#channel]`. */
function brief(fact: Fact): string[] {
  if (fact.type !== 'connection') return [];
  const { target, mechanism, technology, channel } = fact as ConnectionFact;
  const where = target.key !== undefined ? `key:${target.key}` : (target.url ?? target.host ?? '-');
  return [`${mechanism} ${technology ?? '?'} ${where}${channel !== undefined ? `#${channel}` : ''}`];
}

const CASES: Array<{ name: string; text: string; found: string[] }> = [
  {
    name: 'EnvVar as a client argument reads the environment',
    text: code`
      import psycopg2
      from dagster import EnvVar
      conn = psycopg2.connect(host=EnvVar("ORDERS_DB_HOST"), port=5432)`,
    found: ['database PostgreSQL key:ORDERS_DB_HOST'],
  },
  {
    name: 'dagster.EnvVar, module-qualified',
    text: code`
      import dagster as dg
      import requests
      requests.get(dg.EnvVar("PRICING_URL"))`,
    found: ['rest HTTP key:PRICING_URL'],
  },
  {
    name: 'S3 pickle IO manager: the bucket on S3',
    text: code`
      from dagster_aws.s3 import S3PickleIOManager, S3Resource
      io = S3PickleIOManager(s3_resource=S3Resource(region_name="eu-west-1"), s3_bucket="harvest-assets")`,
    found: ['file-transfer Amazon S3 -#harvest-assets', 'file-transfer Amazon S3 -'],
  },
  {
    name: 'S3 resource aimed at another store by endpoint_url',
    text: code`
      from dagster import EnvVar
      from dagster_aws.s3 import S3Resource
      s3 = S3Resource(endpoint_url=EnvVar("S3_ENDPOINT"))`,
    found: ['file-transfer Amazon S3 key:S3_ENDPOINT'],
  },
  {
    name: 'Snowflake resource: the vendor, whatever the account',
    text: code`
      from dagster import EnvVar
      from dagster_snowflake import SnowflakeResource
      sf = SnowflakeResource(account=EnvVar("SNOWFLAKE_ACCOUNT"), user="etl")`,
    found: ['database Snowflake -'],
  },
  {
    name: 'Slack resource',
    text: code`
      from dagster import EnvVar
      from dagster_slack import SlackResource
      slack = SlackResource(token=EnvVar("SLACK_BOT_TOKEN"))`,
    found: ['rest Slack -'],
  },
  {
    name: 'DuckDB runs in-process: nothing',
    text: code`
      from dagster_duckdb import DuckDBResource
      scratch = DuckDBResource(database="/tmp/scratch.duckdb")`,
    found: [],
  },
  {
    name: 'an S3Resource of another library is not Dagster\'s',
    text: code`
      from acme.storage import S3Resource
      s3 = S3Resource(endpoint_url="http://minio:9000")`,
    found: [],
  },
];

describe('Dagster code locations', () => {
  it.each(CASES)('$name', async ({ text, found }) => {
    expect((await readSnippet(pythonCodeSource, 'harvest/definitions.py', text)).flatMap(brief)).toEqual(found);
  });
});
