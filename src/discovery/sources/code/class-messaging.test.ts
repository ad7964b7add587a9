import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { projectMarkers } from '../project-markers.js';
import { evidenceFor } from '../../source.js';
import { code, readSnippetWithNames as readSnippet } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

const PUBLISHER = code`
  import { Stan } from 'node-nats-streaming';

  export abstract class Publisher<T extends Event> {
    abstract subject: T['subject'];
    constructor(protected client: Stan) {}

    publish(data: T['data']): Promise<void> {
      return new Promise((resolve) => this.client.publish(this.subject, JSON.stringify(data), () => resolve()));
    }
  }
`;
const LISTENER = code`
  import { Stan } from 'node-nats-streaming';

  export abstract class Listener<T> {
    abstract subject: string;
    constructor(protected client: Stan) {}
    listen() {
      const subscription = this.client.subscribe(this.subject, 'group', {});
      subscription.on('message', (msg) => this.onMessage(msg));
    }
  }
`;
const SUBJECTS = "export enum Subjects {\n  OrderCreated = 'order:created',\n  OrderCancelled = 'order:cancelled',\n}\n";
const WRAPPER = code`
  import nats from 'node-nats-streaming';

  class NatsWrapper {
    connect(clusterId: string, clientId: string, url: string) {
      this.client = nats.connect(clusterId, clientId, { url: 'http://events-bus:4222' });
    }
  }
`;

async function read(path: string, text: string): Promise<Fact[]> {
  if (path.endsWith('package.json')) {
    const file = { path, text };
    return projectMarkers.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
  }
  return readSnippet(typescriptCodeSource, path, text);
}

describe('messaging through a shared library\'s base classes', () => {
  it('marks a producer made in a class method with its class and the field its channel is read from', async () => {
    const facts = await read('common/src/base-publisher.ts', PUBLISHER);
    const produced = facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(produced).toMatchObject([{ role: 'produces', technology: 'NATS', inClass: 'Publisher', channelField: 'subject', evidence: { line: 8 } }]);
  });

  it('finds the channel field in a kafkajs option and an amqplib first argument', async () => {
    const kafka = code`
      import { Kafka, Producer } from 'kafkajs';
      export abstract class BaseProducer {
        abstract topic: string;
        constructor(private producer: Producer) {}
        async emit(value: string) {
          await this.producer.send({ topic: this.topic, messages: [{ value }] });
        }
      }
      export abstract class BaseConsumer {
        abstract topic: string;
        async start(consumer: any) {
          await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
        }
      }
    `;
    const amqp = code`
      import amqp from 'amqplib';
      export abstract class QueueSender {
        abstract queue: string;
        send(channel: amqp.Channel, body: Buffer) {
          channel.sendToQueue(this.queue, body);
        }
      }
    `;
    const facts = [...(await read('lib/src/kafka.ts', kafka)), ...(await read('lib/src/amqp.ts', amqp))].filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(facts.map((fact) => [fact.role, fact.technology, fact.inClass, fact.channelField])).toEqual([
      ['produces', 'Kafka', 'BaseProducer', 'topic'],
      ['consumes', 'Kafka', 'BaseConsumer', 'topic'],
      ['produces', 'RabbitMQ', 'QueueSender', 'queue'],
    ]);
  });

  it('states subclasses with the fields they set, and string enum members as bindings', async () => {
    const text = code`
      import { Publisher, Subjects } from '@acme/common';
      export class OrderCreatedPublisher extends Publisher<OrderCreatedEvent> {
        subject: Subjects.OrderCreated = Subjects.OrderCreated;
        retries = 3;
      }
      class Cancelled extends base.Publisher { readonly subject = 'order:cancelled'; }
      class Plain {}
    `;
    const stated = async (path: string, snippet: string) => (await read(path, snippet)).filter((fact) => fact.type !== 'code-names');
    expect(await stated('orders/src/pub.ts', text)).toMatchObject([
      { type: 'subclass', name: 'OrderCreatedPublisher', base: 'Publisher', fields: { subject: '$ref:code:Subjects.OrderCreated' }, evidence: { line: 2 } },
      { type: 'subclass', name: 'Cancelled', base: 'Publisher', fields: { subject: 'literal:order:cancelled' }, evidence: { line: 6 } },
    ]);
    expect(await stated('common/src/subjects.ts', SUBJECTS)).toMatchObject([
      { type: 'binding', key: 'code:Subjects.OrderCreated', value: 'order:created', evidence: { line: 2 } },
      { type: 'binding', key: 'code:Subjects.OrderCancelled', value: 'order:cancelled', evidence: { line: 3 } },
    ]);
  });

  it('makes each service subclassing a library class publish or subscribe, on its own subject, through the broker its own connect names', async () => {
    const files: [string, string][] = [
      ['common/package.json', '{ "name": "@acme/common", "main": "build/index.js", "types": "build/index.d.ts" }'],
      ['common/src/base-publisher.ts', PUBLISHER],
      ['common/src/base-listener.ts', LISTENER],
      ['common/src/subjects.ts', SUBJECTS],
      ['orders/package.json', '{ "name": "orders", "scripts": { "start": "node build/index.js" } }'],
      ['orders/src/nats-wrapper.ts', WRAPPER],
      ['orders/src/events/order-created-publisher.ts', "import { Publisher, Subjects } from '@acme/common';\nexport class OrderCreatedPublisher extends Publisher<E> {\n  readonly subject = Subjects.OrderCreated;\n}\n"],
      ['payments/package.json', '{ "name": "payments", "scripts": { "start": "node build/index.js" } }'],
      ['payments/src/nats-wrapper.ts', WRAPPER],
      ['payments/src/listener.ts', "import { Listener } from '@acme/common';\nexport class OrderCreatedListener extends Listener<E> {\n  subject = 'order:created' as const;\n}\n"],
      // A class of another service of the same name is no library's: nothing is inherited from it.
      ['shipping/package.json', '{ "name": "shipping", "scripts": { "start": "node index.js" } }'],
      ['shipping/src/listener.ts', "class Listener {}\nexport class Other extends Listener { subject = 'x'; }\n"],
    ];
    const facts = (await Promise.all(files.map(([path, text]) => read(path, text)))).flat();
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`)).toEqual([
      'events-bus -> payments messaging order:created',
      'orders -> events-bus messaging order:created',
    ]);
    const published = graph.integrations.find((edge) => edge.source === 'orders');
    expect(published?.evidence.map((evidence) => `${evidence.file}:${evidence.line}`)).toEqual(['common/src/base-publisher.ts:8', 'orders/src/events/order-created-publisher.ts:2', 'orders/src/nats-wrapper.ts:5']);
    expect(graph.systems.map((system) => system.id)).not.toContain('common');
  });

  it('takes the broker the service\'s own settings point at when its connect call names none', async () => {
    const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
    const broker = (name: string): Fact => ({ type: 'component', name, kind: 'message-broker', technology: 'NATS', evidence: at('k8s/brokers.yaml'), confidence: 0.95 });
    const facts: Fact[] = [
      ...(await read('common/package.json', '{ "name": "@acme/common", "types": "build/index.d.ts" }')),
      ...(await read('common/src/base-listener.ts', LISTENER)),
      ...(await read('payments/package.json', '{ "name": "payments", "scripts": { "start": "node index.js" } }')),
      ...(await read('payments/src/listener.ts', "import { Listener } from '@acme/common';\nexport class Paid extends Listener<E> { subject = 'order:paid'; }\n")),
      broker('bus-a'),
      broker('bus-b'),
      { type: 'binding', component: 'payments', key: 'NATS_URL', value: 'http://bus-b:4222', evidence: at('k8s/payments.yaml', 9) },
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.channel ?? ''} ${edge.evidence.map((evidence) => `${evidence.file}:${evidence.line}`).join(' ')}`)).toEqual([
      'bus-b -> payments order:paid common/src/base-listener.ts:7 k8s/payments.yaml:9 payments/src/listener.ts:2',
    ]);
  });
});
