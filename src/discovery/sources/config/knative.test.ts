import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { isServiceLinkFact } from '../../../core/discovery/service-links.js';
import { evidenceFor } from '../../source.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

async function read(text: string): Promise<Fact[]> {
  const file = { path: 'config/eventing.yaml', text };
  return kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const connections = (facts: Fact[]): string[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map((fact) => `${fact.component} ${fact.role} ${fact.target.component ?? fact.target.host} ${fact.mechanism}${fact.channel ? ` [${fact.channel}]` : ''}`);

const SERVICE = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      labels: { app: checkout }
    spec:
      containers:
        - image: ghcr.io/acme/checkout:1.2
          env:
            - name: PAYMENTS_URL
              value: http://payments.shop.svc.cluster.local
`;

describe('Knative', () => {
  it('reads a Serving Service as a workload answering to its in-cluster names', async () => {
    const facts = await read(SERVICE);
    const component = facts.find((fact): fact is ComponentFact => fact.type === 'component');
    expect(component?.name).toBe('checkout');
    expect(component?.aliases).toEqual(expect.arrayContaining(['checkout.shop', 'checkout.shop.svc.cluster.local']));
    expect(facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => `${fact.component}.${fact.key}=${fact.value}`)).toEqual(['checkout.PAYMENTS_URL=http://payments.shop.svc.cluster.local']);
  });

  it.each([
    ['a Broker is a message broker', 'apiVersion: eventing.knative.dev/v1\nkind: Broker\nmetadata: { name: default, namespace: shop }\n', []],
    [
      'a Trigger is its subscriber consuming from the broker, the filter type as channel',
      'apiVersion: eventing.knative.dev/v1\nkind: Trigger\nmetadata: { name: t }\nspec:\n  broker: orders\n  filter: { attributes: { type: dev.acme.order.placed } }\n  subscriber:\n    ref: { apiVersion: serving.knative.dev/v1, kind: Service, name: shipping }\n',
      ['shipping consumes orders messaging [dev.acme.order.placed]'],
    ],
    [
      'a Trigger without a broker is on `default`; a subscriber uri names the Service',
      'apiVersion: eventing.knative.dev/v1\nkind: Trigger\nmetadata: { name: t }\nspec:\n  subscriber: { uri: "http://audit.shop.svc.cluster.local/events" }\n',
      ['audit consumes default messaging'],
    ],
    [
      'a KafkaSource is its sink consuming the Kafka topic',
      'apiVersion: sources.knative.dev/v1beta1\nkind: KafkaSource\nmetadata: { name: k }\nspec:\n  bootstrapServers: [my-cluster-kafka-bootstrap.kafka:9092]\n  topics: [clicks]\n  sink:\n    ref: { apiVersion: serving.knative.dev/v1, kind: Service, name: analytics }\n',
      ['analytics consumes my-cluster-kafka-bootstrap.kafka messaging [clicks]'],
    ],
    [
      'a PingSource and an ApiServerSource have no producer that is a system',
      'apiVersion: sources.knative.dev/v1\nkind: PingSource\nmetadata: { name: p }\nspec:\n  schedule: "*/5 * * * *"\n  sink: { ref: { kind: Broker, name: default } }\n---\napiVersion: sources.knative.dev/v1\nkind: ApiServerSource\nmetadata: { name: a }\nspec:\n  sink: { ref: { kind: Service, name: watcher } }\n',
      [],
    ],
    [
      'a SinkBinding makes its subject send to the sink (a broker: messages)',
      'apiVersion: sources.knative.dev/v1\nkind: SinkBinding\nmetadata: { name: b }\nspec:\n  subject: { apiVersion: apps/v1, kind: Deployment, name: orders }\n  sink:\n    ref: { apiVersion: eventing.knative.dev/v1, kind: Broker, name: default }\n',
      ['orders produces default messaging'],
    ],
    [
      'a ContainerSource is a workload sending to its sink (a Service: a call)',
      'apiVersion: sources.knative.dev/v1\nkind: ContainerSource\nmetadata: { name: heartbeats }\nspec:\n  template:\n    spec:\n      containers: [{ image: ghcr.io/acme/heartbeats:1 }]\n  sink:\n    ref: { apiVersion: serving.knative.dev/v1, kind: Service, name: monitor }\n',
      ['heartbeats calls monitor rest'],
    ],
    [
      'a Subscription is its subscriber consuming the channel, replying to a broker',
      'apiVersion: messaging.knative.dev/v1\nkind: Subscription\nmetadata: { name: s }\nspec:\n  channel: { apiVersion: messaging.knative.dev/v1, kind: InMemoryChannel, name: invoices }\n  subscriber: { ref: { kind: Service, name: billing } }\n  reply: { ref: { kind: Broker, name: default } }\n',
      ['billing consumes invoices messaging', 'billing produces default messaging'],
    ],
    [
      "an operator's Subscription (OLM) is no Knative object",
      'apiVersion: operators.coreos.com/v1alpha1\nkind: Subscription\nmetadata: { name: s }\nspec:\n  channel: stable\n  name: knative-operator\n',
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(connections(await read(text))).toEqual(expected);
  });

  it('binds K_SINK for a SinkBinding subject, and a POST to it is publishing to the broker', async () => {
    const facts = await read(`apiVersion: eventing.knative.dev/v1
kind: Broker
metadata: { name: default }
---
apiVersion: sources.knative.dev/v1
kind: SinkBinding
metadata: { name: b }
spec:
  subject: { apiVersion: apps/v1, kind: Deployment, name: orders }
  sink: { ref: { kind: Broker, name: default } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: orders }
spec:
  template:
    spec:
      containers: [{ image: ghcr.io/acme/orders:1 }]
`);
    // The Deployment also gets the kubelet's service links (service-links.test.ts), not what this test is about.
    expect(facts.filter((fact): fact is BindingFact => fact.type === 'binding' && !isServiceLinkFact(fact)).map((fact) => `${fact.component}.${fact.key}=${fact.value}`)).toEqual(['orders.K_SINK=default']);
    const code: Fact = { type: 'connection', component: 'orders', target: { key: 'K_SINK' }, role: 'calls', mechanism: 'rest', evidence: { file: 'orders/app.js', line: 3, excerpt: 'fetch(process.env.K_SINK)' }, confidence: 0.9 };
    const graph = resolveFacts([...facts.filter((fact) => fact.type !== 'connection'), code]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} (${edge.mechanism})`)).toEqual(['orders -> default (messaging)']);
  });
});
