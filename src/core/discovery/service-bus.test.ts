import { describe, expect, it } from 'vitest';
import type { ConnectionFact, FactCondition } from './facts.js';
import { IN_PROCESS_TRANSPORT, onBusTransports } from './service-bus.js';

const fact = (file: string, line: number, extra: Partial<ConnectionFact>): ConnectionFact => ({
  type: 'connection',
  target: {},
  role: 'consumes',
  mechanism: 'messaging',
  evidence: { file, line, excerpt: '' },
  confidence: 0.9,
  ...extra,
});
const transport = (file: string, line: number, technology: string, target: ConnectionFact['target'] = {}, extra: Partial<ConnectionFact> = {}): ConnectionFact =>
  fact(file, line, { role: 'uses', technology, target, endpoint: true, bus: 'MassTransit', targetKind: 'message-broker', ...extra });
const consumer = (file: string, channel: string, extra: Partial<ConnectionFact> = {}): ConnectionFact => fact(file, 7, { technology: 'MassTransit', channel, ...extra });
const byFolder = (candidate: ConnectionFact): string | undefined => (candidate.evidence.file.startsWith('lib/') ? undefined : candidate.evidence.file.split('/')[0]);
const summary = (facts: ConnectionFact[]): string[] =>
  facts.filter((each) => !each.endpoint).map((each) => `${each.evidence.file} ${each.role} ${each.technology ?? '-'} ${JSON.stringify(each.target)} ${each.channel ?? '-'}${each.conditions ? ' if' : ''}`);
const useAzure: FactCondition = { key: 'UseAzure', test: 'true' };

describe('onBusTransports', () => {
  const cases: { name: string; facts: ConnectionFact[]; want: string[] }[] = [
    {
      name: 'a consumer in another file takes the transport its component configures',
      facts: [transport('orders/Program.cs', 20, 'RabbitMQ'), transport('orders/Program.cs', 22, 'RabbitMQ', { key: 'RabbitMQ:Host' }), consumer('orders/Consumers/A.cs', 'SubmitOrder')],
      want: ['orders/Consumers/A.cs consumes RabbitMQ {"key":"RabbitMQ:Host"} SubmitOrder'],
    },
    {
      name: 'a transport without a broker makes no connection',
      facts: [transport('analytics/Program.cs', 11, IN_PROCESS_TRANSPORT), consumer('analytics/A.cs', 'Rollup'), fact('analytics/Program.cs', 16, { technology: 'Kafka', role: 'produces', channel: 'report-ready' })],
      want: ['analytics/Program.cs produces Kafka {} report-ready'],
    },
    {
      name: 'no transport of its own: the bus’s one product in the scan, its broker left to resolution; no component, nothing',
      facts: [transport('orders/Program.cs', 20, 'RabbitMQ', { host: 'rabbitmq' }), transport('tools/Program.cs', 4, IN_PROCESS_TRANSPORT), consumer('billing/A.cs', 'OrderSubmitted'), consumer('lib/Shared.cs', 'X')],
      want: ['billing/A.cs consumes RabbitMQ {} OrderSubmitted'],
    },
    {
      name: 'no transport of its own and several products in the scan: nothing',
      facts: [transport('orders/Program.cs', 20, 'RabbitMQ', { host: 'rabbitmq' }), transport('shipping/Program.cs', 3, 'Azure Service Bus'), consumer('billing/A.cs', 'OrderSubmitted')],
      want: [],
    },
    {
      name: 'no transport anywhere: nothing',
      facts: [consumer('billing/A.cs', 'OrderSubmitted')],
      want: [],
    },
    {
      name: 'transports of two products chosen by a setting: one connection each, with its conditions',
      facts: [transport('ordering/Program.cs', 5, 'Azure Service Bus', { key: 'Sb' }, { conditions: [useAzure] }), transport('ordering/Program.cs', 9, 'RabbitMQ', { host: 'rabbitmq' }), consumer('ordering/A.cs', 'Paid')],
      want: ['ordering/A.cs consumes Azure Service Bus {"key":"Sb"} Paid if', 'ordering/A.cs consumes RabbitMQ {"host":"rabbitmq"} Paid'],
    },
    {
      name: 'a connection that names its own broker keeps it; other facts pass through',
      facts: [transport('shop/Program.cs', 3, 'RabbitMQ', { host: 'rabbitmq' }), consumer('shop/A.cs', 'q', { role: 'produces', target: { host: 'other' } }), fact('shop/B.cs', 2, { role: 'calls', mechanism: 'rest', technology: 'HTTP', target: { host: 'api' } })],
      want: ['shop/A.cs produces RabbitMQ {"host":"other"} q', 'shop/B.cs calls HTTP {"host":"api"} -'],
    },
  ];
  it.each(cases)('$name', ({ facts, want }) => {
    expect(summary(onBusTransports(facts, byFolder))).toEqual(want);
  });

  it('marks what it carried with the bus and the broker kind', () => {
    const [carried] = onBusTransports([transport('a/P.cs', 1, 'RabbitMQ', { host: 'mq' }), consumer('a/C.cs', 'X')], byFolder).filter((each) => !each.endpoint);
    expect(carried).toMatchObject({ technology: 'RabbitMQ', bus: 'MassTransit', targetKind: 'message-broker', target: { host: 'mq' } });
  });
});
