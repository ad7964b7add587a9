/**
 * Google Cloud's managed datastores across the language families: a client is a database edge to
 * the product (named after the project or instance the code writes), unless the deployment points
 * the product's emulator variable at a service it deploys, which is then the store.
 */
import { describe, expect, it } from 'vitest';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { CONFIDENCE, type Fact } from '../../../core/discovery/facts.js';
import type { Source } from '../../source.js';
import { code, readSnippet } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';

interface Case {
  name: string;
  source: Source;
  path: string;
  text: string;
  /** The edges with nothing set in the deployment. */
  managed: string[];
}

const CASES: Case[] = [
  { name: 'go: firestore.NewClient with the project from the environment', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import ("context"; "os"; "cloud.google.com/go/firestore")
      func open(ctx context.Context) (*firestore.Client, error) { return firestore.NewClient(ctx, os.Getenv("GCP_PROJECT")) }`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'go: datastore.NewClient with a literal project', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import ("context"; "cloud.google.com/go/datastore")
      func open(ctx context.Context) { c, _ := datastore.NewClient(ctx, "acme-prod"); _ = c }`, managed: ['app -> datastore-acme-prod (database) Google Cloud Datastore'] },
  { name: 'go: spanner.NewClient with a database path', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import ("context"; "cloud.google.com/go/spanner")
      func open(ctx context.Context) { c, _ := spanner.NewClient(ctx, "projects/acme/instances/orders/databases/ledger"); _ = c }`, managed: ['app -> spanner-orders (database) Google Cloud Spanner #ledger'] },
  { name: 'go: bigtable.NewClient with a literal instance', source: goCodeSource, path: 'app/db.go', text: code`
      package app
      import ("context"; "cloud.google.com/go/bigtable")
      func open(ctx context.Context) { c, _ := bigtable.NewClient(ctx, "acme", "metrics"); _ = c }`, managed: ['app -> bigtable-metrics (database) Google Cloud Bigtable'] },
  { name: 'ts: new Firestore()', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { Firestore } from '@google-cloud/firestore';
      export const db = new Firestore();`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'ts: getFirestore() of firebase-admin', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { initializeApp } from 'firebase-admin/app';
      import { getFirestore } from 'firebase-admin/firestore';
      initializeApp();
      export const db = getFirestore();`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'js: admin.firestore()', source: typescriptCodeSource, path: 'app/db.js', text: code`
      const admin = require('firebase-admin');
      admin.initializeApp();
      module.exports = admin.firestore();`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'ts: Spanner instance', source: typescriptCodeSource, path: 'app/db.ts', text: code`
      import { Spanner } from '@google-cloud/spanner';
      const spanner = new Spanner({ projectId: 'acme' });
      export const db = spanner.instance('orders').database('ledger');`, managed: ['app -> spanner-orders (database) Google Cloud Spanner'] },
  { name: 'py: firestore.Client()', source: pythonCodeSource, path: 'app/db.py', text: code`
      from google.cloud import firestore
      db = firestore.Client()`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'py: firebase_admin firestore.client()', source: pythonCodeSource, path: 'app/db.py', text: code`
      import firebase_admin
      from firebase_admin import firestore
      firebase_admin.initialize_app()
      db = firestore.client()`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'py: bigtable instance', source: pythonCodeSource, path: 'app/db.py', text: code`
      from google.cloud import bigtable
      client = bigtable.Client(project="acme")
      instance = client.instance("metrics")`, managed: ['app -> bigtable-metrics (database) Google Cloud Bigtable'] },
  { name: 'java: FirestoreOptions.getDefaultInstance().getService()', source: jvmCodeSource, path: 'app/src/main/java/acme/Db.java', text: code`
      package acme;
      import com.google.cloud.firestore.Firestore;
      import com.google.cloud.firestore.FirestoreOptions;
      class Db {
        Firestore db = FirestoreOptions.getDefaultInstance().getService();
      }`, managed: ['app -> firestore (database) Google Cloud Firestore'] },
  { name: 'kotlin: DatastoreOptions', source: jvmCodeSource, path: 'app/src/main/kotlin/acme/Db.kt', text: code`
      package acme
      import com.google.cloud.datastore.DatastoreOptions
      val datastore = DatastoreOptions.getDefaultInstance().service`, managed: ['app -> datastore (database) Google Cloud Datastore'] },
  { name: 'c#: FirestoreDb.Create', source: csharpCodeSource, path: 'app/Db.cs', text: code`
      using Google.Cloud.Firestore;
      public class Db {
        private readonly FirestoreDb _db = FirestoreDb.Create("acme-prod");
      }`, managed: ['app -> firestore-acme-prod (database) Google Cloud Firestore'] },
];

const at = { file: 'docker-compose.yml', line: 1, excerpt: 'services:' };
const app: Fact = { type: 'component', name: 'app', kind: 'application', root: 'app', evidence: at, confidence: CONFIDENCE.declared };
const edges = (facts: readonly Fact[]): string[] =>
  resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism}) ${edge.technology ?? ''}${edge.channel ? ` #${edge.channel}` : ''}`.trim()).sort();
const emulatorKey = (technology: string): string => `${technology.split(' ').pop()?.toUpperCase()}_EMULATOR_HOST`;

describe('Google Cloud managed datastores', () => {
  it.each(CASES)('$name', async ({ source, path, text, managed }) => {
    const facts = await readSnippet(source, path, text);
    expect(edges([...facts, app])).toEqual(managed);
  });

  it.each(CASES)('$name: an emulator the deployment runs is the store', async ({ source, path, text, managed }) => {
    const facts = await readSnippet(source, path, text);
    const technology = /\) (.+?)( #|$)/.exec(managed[0] ?? '')?.[1] ?? '';
    const emulator: Fact[] = [
      { type: 'component', name: 'emulator', kind: 'database', evidence: at, confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'app', key: emulatorKey(technology), value: 'emulator:8787', evidence: at },
    ];
    expect(edges([...facts, app, ...emulator]).map((edge) => edge.replace(/ #.*$/, ''))).toEqual([`app -> emulator (database) ${technology}`]);
  });

  it.each([
    ['on this machine', 'localhost:8787'],
    ['on a host nothing deploys', 'firestore-emulator.dev.internal:8787'],
  ])('an emulator %s leaves the product Google’s', async (_where, value) => {
    const facts = await readSnippet(goCodeSource, 'app/db.go', 'package app\nimport "cloud.google.com/go/firestore"\nvar c, _ = firestore.NewClient(ctx, "acme")\n');
    const binding: Fact = { type: 'binding', component: 'app', key: 'FIRESTORE_EMULATOR_HOST', value, evidence: at };
    expect(edges([...facts, app, binding])).toEqual(['app -> firestore-acme (database) Google Cloud Firestore']);
  });

  it('a Pub/Sub emulator the deployment runs is the broker', async () => {
    const facts = await readSnippet(goCodeSource, 'app/pub.go', 'package app\nimport "cloud.google.com/go/pubsub"\nfunc send(c *pubsub.Client) { t := c.Topic("orders"); t.Publish(ctx, &pubsub.Message{}) }\n');
    const emulator: Fact[] = [
      { type: 'component', name: 'pubsub', kind: 'message-broker', evidence: at, confidence: CONFIDENCE.declared },
      { type: 'binding', component: 'app', key: 'PUBSUB_EMULATOR_HOST', value: 'pubsub:8085', evidence: at },
    ];
    expect(edges([...facts, app, ...emulator]).map((edge) => edge.split(' (')[0])).toEqual(['app -> pubsub']);
  });
});
