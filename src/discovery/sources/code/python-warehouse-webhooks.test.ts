/**
 * Plain Python clients of two SaaS services flows commonly use: the Snowflake connector
 * (`snowflake.connector.connect(…)`, a database use of the vendor whatever account it names) and
 * Slack's incoming-webhook client (`slack_sdk.webhook.WebhookClient(url)`, a REST call of Slack).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** A connection as `mechanism technology`. */
function brief(fact: Fact): string[] {
  if (fact.type !== 'connection') return [];
  const { mechanism, technology } = fact as ConnectionFact;
  return [`${mechanism} ${technology ?? '?'}`];
}

const CASES: Array<{ name: string; text: string; found: string[] }> = [
  {
    name: 'Snowflake connector, module imported',
    text: code`
      import os
      import snowflake.connector
      connection = snowflake.connector.connect(account=os.environ["SNOWFLAKE_ACCOUNT"], user="loader")`,
    found: ['database Snowflake'],
  },
  {
    name: 'Snowflake connector, submodule imported by name',
    text: code`
      from snowflake import connector
      connection = connector.connect(account="acme-eu1", user="loader")`,
    found: ['database Snowflake'],
  },
  {
    name: 'Slack incoming webhook',
    text: code`
      import os
      from slack_sdk.webhook import WebhookClient
      hook = WebhookClient(os.environ["SLACK_WEBHOOK_URL"])
      hook.send(text="done")`,
    found: ['rest Slack'],
  },
  {
    name: "MySQL's connector module is still MySQL",
    text: code`
      from mysql import connector
      connection = connector.connect(host="orders-db", user="orders")`,
    found: ['database MySQL'],
  },
  {
    name: 'a connect() of another library is no Snowflake',
    text: code`
      import sqlite3
      connection = sqlite3.connect("local.db")`,
    found: [],
  },
];

describe('Snowflake connector and Slack webhooks', () => {
  for (const { name, text, found } of CASES) {
    it(name, async () => {
      const facts = await readSnippet(pythonCodeSource, 'flows/common/clients.py', text);
      expect(facts.flatMap(brief)).toEqual(found);
    });
  }
});
