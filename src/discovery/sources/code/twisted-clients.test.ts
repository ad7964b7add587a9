/**
 * Twisted's clients: txredisapi (Redis, its pub/sub as messaging), adbapi (the DB-API module named
 * says the database; sqlite3 is in-process), twisted.mail (SMTP relay), treq and Agent (HTTP).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** A connection as `role mechanism technology target[#channel]`. */
function brief(fact: Fact): string[] {
  if (fact.type !== 'connection') return [];
  const { target, mechanism, technology, channel, role } = fact as ConnectionFact;
  const where = target.key !== undefined ? `key:${target.key}` : (target.url ?? target.host ?? '-');
  return [`${role} ${mechanism} ${technology ?? '?'} ${where}${channel !== undefined ? `#${channel}` : ''}`];
}

const CASES: Array<{ name: string; text: string; found: string[] }> = [
  {
    name: 'txredisapi lazyConnection: Redis as a datastore',
    text: code`
      import txredisapi
      cache = txredisapi.lazyConnection("redis", 6379)`,
    found: ['uses database Redis redis'],
  },
  {
    name: 'txredisapi pool from the environment',
    text: code`
      import os
      from txredisapi import lazyConnectionPool
      pool = lazyConnectionPool(host=os.environ.get("REDIS_HOST"), port=6379)`,
    found: ['uses database Redis key:REDIS_HOST'],
  },
  {
    name: 'adbapi with psycopg2: PostgreSQL',
    text: code`
      from twisted.enterprise import adbapi
      pool = adbapi.ConnectionPool("psycopg2", host="postgres", database="app", cp_reactor=None)`,
    found: ['uses database PostgreSQL postgres'],
  },
  {
    name: 'adbapi with pymysql: MySQL',
    text: code`
      from twisted.enterprise import adbapi
      pool = adbapi.ConnectionPool("pymysql", host="mysql", db="app")`,
    found: ['uses database MySQL mysql'],
  },
  {
    name: 'adbapi with sqlite3: in-process, no connection',
    text: code`
      from twisted.enterprise import adbapi
      pool = adbapi.ConnectionPool("sqlite3", "homeserver.db", check_same_thread=False)`,
    found: [],
  },
  {
    name: 'twisted.mail sendmail names the relay',
    text: code`
      from twisted.mail.smtp import sendmail
      sendmail("mail", "a@example.org", ["b@example.org"], b"hi", port=25)`,
    found: ['uses email SMTP mail'],
  },
  {
    name: 'ESMTPSenderFactory connected by the reactor',
    text: code`
      from twisted.internet import reactor
      from twisted.mail.smtp import ESMTPSenderFactory
      factory = ESMTPSenderFactory(None, None, "a@example.org", "b@example.org", None, None)
      reactor.connectTCP("smtp.internal", 587, factory)`,
    found: ['uses email SMTP smtp.internal'],
  },
  {
    name: 'treq post to a URL',
    text: code`
      import treq
      d = treq.post("http://push-gateway:8080/_matrix/push/v1/notify", json={})`,
    found: ['calls rest HTTP http://push-gateway:8080/_matrix/push/v1/notify'],
  },
  {
    name: 'twisted.web Agent request',
    text: code`
      from twisted.internet import reactor
      from twisted.web.client import Agent
      agent = Agent(reactor)
      d = agent.request(b"POST", b"http://hooks:9000/notify")`,
    found: ['calls rest HTTP http://hooks:9000/notify'],
  },
  {
    name: 'txredisapi subscriber: consumes the channel, no separate database use',
    text: code`
      from twisted.internet import reactor
      import txredisapi
      class Listener(txredisapi.SubscriberProtocol):
          def connectionMade(self):
              self.subscribe("events")
      reactor.connectTCP("redis", 6379, txredisapi.SubscriberFactory())`,
    found: ['consumes messaging Redis redis#events'],
  },
];

describe('Twisted clients', () => {
  it.each(CASES)('$name', async ({ text, found }) => {
    const facts = await readSnippet(pythonCodeSource, 'app/client.py', text);
    expect(facts.flatMap(brief).sort()).toEqual([...found].sort());
  });
});
