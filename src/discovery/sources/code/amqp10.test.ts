import { describe, expect, it } from 'vitest';
import { code, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { goCodeSource } from './go-source.js';
import { jvmCodeSource } from './jvm-source.js';
import { pythonCodeSource } from './python-source.js';
import { typescriptCodeSource } from './typescript-source.js';
import type { Source } from '../../source.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';

const ARTEMIS = { host: 'artemis', port: 5672, url: 'amqp://artemis:5672' };

describe('AMQP 1.0 and JMS clients', () => {
  it.each([
    [
      'rhea: container.connect({ host, port }), open_sender and open_receiver by string and by address',
      typescriptCodeSource,
      'orders/src/bus.js',
      code`
        const container = require('rhea');
        const connection = container.connect({ host: process.env.AMQP_HOST, port: 5672 });
        connection.open_sender('orders');
        connection.open_receiver({ source: { address: 'payments' } });`,
      [message('produces', 'AMQP', 'orders', { key: 'AMQP_HOST' }, 3), message('consumes', 'AMQP', 'payments', { key: 'AMQP_HOST' }, 4)],
    ],
    [
      'rhea-promise: new Connection, createSender and createReceiver',
      typescriptCodeSource,
      'orders/src/bus.ts',
      code`
        import { Connection } from 'rhea-promise';
        const connection = new Connection({ host: 'acme.servicebus.windows.net', port: 5671, transport: 'tls' });
        const sender = await connection.createSender({ target: { address: 'invoices' } });
        const receiver = await connection.createReceiver({ source: { address: 'receipts' } });`,
      [message('produces', 'AMQP', 'invoices', { host: 'acme.servicebus.windows.net', port: 5671 }, 3), message('consumes', 'AMQP', 'receipts', { host: 'acme.servicebus.windows.net', port: 5671 }, 4)],
    ],
    [
      'Azure Service Bus SDK createSender is not rhea',
      typescriptCodeSource,
      'orders/src/sb.ts',
      code`
        import { ServiceBusClient } from '@azure/service-bus';
        const sb = new ServiceBusClient(process.env.SB_CONNECTION);
        const sender = sb.createSender('invoices');`,
      [message('produces', 'Azure Service Bus', 'invoices', { key: 'SB_CONNECTION' }, 3)],
    ],
    [
      'go-amqp: Dial with a context, senders and receivers on a session',
      goCodeSource,
      'billing/main.go',
      code`
        package main
        import "github.com/Azure/go-amqp"
        func run(ctx context.Context) {
          conn, _ := amqp.Dial(ctx, "amqp://artemis:5672", nil)
          session, _ := conn.NewSession(ctx, nil)
          sender, _ := session.NewSender(ctx, "orders", nil)
          receiver, _ := session.NewReceiver(ctx, "payments", nil)
        }`,
      [message('produces', 'AMQP', 'orders', ARTEMIS, 6), message('consumes', 'AMQP', 'payments', ARTEMIS, 7)],
    ],
    [
      'RabbitMQ amqp091 Dial is still RabbitMQ',
      goCodeSource,
      'billing/rabbit.go',
      code`
        package main
        import amqp "github.com/rabbitmq/amqp091-go"
        func run() {
          conn, _ := amqp.Dial("amqp://rabbitmq:5672/")
          ch, _ := conn.Channel()
          ch.Publish("orders", "", false, false, msg)
        }`,
      [message('produces', 'RabbitMQ', 'orders', { host: 'rabbitmq', port: 5672, url: 'amqp://rabbitmq:5672/' }, 6)],
    ],
    [
      'Qpid Proton: a handler connecting and creating links on the connection',
      pythonCodeSource,
      'shipping/worker.py',
      code`
        import os
        from proton.handlers import MessagingHandler
        from proton.reactor import Container
        class Shipper(MessagingHandler):
            def on_start(self, event):
                conn = event.container.connect(os.environ["AMQP_URL"])
                event.container.create_sender(conn, "shipments")
                event.container.create_receiver(conn, "orders")
        Container(Shipper()).run()`,
      [message('produces', 'AMQP', 'shipments', { key: 'AMQP_URL' }, 7), message('consumes', 'AMQP', 'orders', { key: 'AMQP_URL' }, 8)],
    ],
    [
      'Qpid Proton: a link opened on a URL is addressed by it',
      pythonCodeSource,
      'shipping/send.py',
      code`
        from proton.reactor import Container
        class Send(MessagingHandler):
            def on_start(self, event):
                event.container.create_sender("amqp://artemis:5672/shipments")`,
      [message('produces', 'AMQP', 'shipments', { host: 'artemis', port: 5672, url: 'amqp://artemis:5672/shipments' }, 4)],
    ],
    [
      'Qpid JMS: an amqps:// factory, destinations from createQueue and createTopic',
      jvmCodeSource,
      'ledger/src/main/java/acme/Ledger.java',
      code`
        import javax.jms.*;
        import org.apache.qpid.jms.JmsConnectionFactory;
        class Ledger {
          void run() throws Exception {
            ConnectionFactory factory = new JmsConnectionFactory("amqps://acme.servicebus.windows.net");
            Session session = factory.createConnection().createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("ledger-entries");
            MessageProducer producer = session.createProducer(queue);
            MessageConsumer consumer = session.createConsumer(session.createTopic("rates"));
          }
        }`,
      [
        message('produces', 'JMS', 'ledger-entries', { host: 'acme.servicebus.windows.net', url: 'amqps://acme.servicebus.windows.net' }, 8),
        message('consumes', 'JMS', 'rates', { host: 'acme.servicebus.windows.net', url: 'amqps://acme.servicebus.windows.net' }, 9),
      ],
    ],
    [
      'JMS 2.0 and Spring JMS',
      jvmCodeSource,
      'ledger/src/main/java/acme/Events.java',
      code`
        import jakarta.jms.JMSContext;
        import org.springframework.jms.annotation.JmsListener;
        import org.springframework.jms.core.JmsTemplate;
        class Events {
          private JmsTemplate jmsTemplate;
          void send(JMSContext context, Queue audit) {
            context.createProducer().send(context.createQueue("audit"), "x");
            jmsTemplate.convertAndSend("ledger-events", event);
          }
          @JmsListener(destination = "rates")
          void onRate(String body) {}
        }`,
      [message('produces', 'JMS', 'audit', {}, 7), message('produces', 'JMS', 'ledger-events', {}, 8), message('consumes', 'JMS', 'rates', {}, 10)],
    ],
  ] as [string, Source, string, string, FactSummary[]][])('%s', async (_name, source, path, text, expected) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(expected);
  });
});

describe('AMQP 1.0 end to end', () => {
  it('joins producers and consumers through the broker the host names, or the one AMQP 1.0 broker defined', async () => {
    const compose = ['services:', '  orders:', '    build: ./orders', '  billing:', '    build: ./billing', '  artemis:', '    image: apache/activemq-artemis:2.31.2'].join('\n');
    const facts: Fact[] = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(typescriptCodeSource, 'orders/src/bus.js', code`
        const container = require('rhea');
        const connection = container.connect({ host: 'artemis', port: 5672 });
        connection.open_sender('orders');`)),
      // No address in the file: the one broker of the files that speaks AMQP 1.0.
      ...(await readSnippet(typescriptCodeSource, 'billing/src/bus.js', code`
        const rhea = require('rhea');
        rhea.on('message', handle);
        rhea.connect(options).open_receiver('orders');`)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`).sort()).toEqual(['artemis -> billing messaging orders', 'orders -> artemis messaging orders']);
  });
});
