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

const summary = async (source: Source, path: string, text: string): Promise<FactSummary[]> => summarise(await readSnippet(source, path, text));

describe('STOMP clients', () => {
  it.each([
    [
      'stompit: connect({ host, port }), subscribe({ destination }) and send({ destination })',
      typescriptCodeSource,
      'watcher/src/index.js',
      code`
        const stompit = require('stompit');
        stompit.connect({ host: process.env.STOMP_HOST, port: 61613 }, (error, client) => {
          client.subscribe({ destination: '/topic/rates.updated', ack: 'auto' }, onMessage);
          const frame = client.send({ destination: '/queue/audit' });
        });`,
      [message('consumes', 'STOMP', '/topic/rates.updated', { key: 'STOMP_HOST' }, 3), message('produces', 'STOMP', '/queue/audit', { key: 'STOMP_HOST' }, 4)],
    ],
    [
      'stomp-client: new StompClient(host, port), publish and subscribe by destination',
      typescriptCodeSource,
      'alerts/src/bus.js',
      code`
        const StompClient = require('stomp-client');
        const client = new StompClient('activemq', 61613, 'user', 'pass');
        client.publish('/queue/alerts', JSON.stringify(alert));
        client.subscribe('/queue/acks', onAck);`,
      [message('produces', 'STOMP', '/queue/alerts', { host: 'activemq', port: 61613 }, 3), message('consumes', 'STOMP', '/queue/acks', { host: 'activemq', port: 61613 }, 4)],
    ],
    [
      '@stomp/stompjs run by a Node service: new Client({ brokerURL }), publish({ destination }), subscribe(dest)',
      typescriptCodeSource,
      'bridge/src/relay.ts',
      code`
        import { Client } from '@stomp/stompjs';
        import { WebSocket } from 'ws';
        Object.assign(global, { WebSocket });
        const client = new Client({ brokerURL: 'ws://rabbitmq:15674/ws' });
        client.onConnect = () => {
          client.subscribe('/queue/orders', handle);
          client.publish({ destination: '/topic/order-events', body: '{}' });
        };`,
      [message('consumes', 'STOMP', '/queue/orders', { host: 'rabbitmq', port: 15674, url: 'ws://rabbitmq:15674/ws' }, 6), message('produces', 'STOMP', '/topic/order-events', { host: 'rabbitmq', port: 15674, url: 'ws://rabbitmq:15674/ws' }, 7)],
    ],
    [
      '@stomp/stompjs in a browser app talks to its own backend: nothing',
      typescriptCodeSource,
      'dashboard/src/LiveQuotes.tsx',
      code`
        import { useEffect } from 'react';
        import { Client } from '@stomp/stompjs';
        const client = new Client({ brokerURL: 'wss://live.quotedesk.net/quotes-ws' });
        client.subscribe('/topic/quotes', (message) => render(message));
        client.publish({ destination: '/app/quotes', body: '{}' });`,
      [],
    ],
    [
      'stomp.py: Connection([(host, port)]), send(destination=…) and subscribe(destination=…)',
      pythonCodeSource,
      'feed/feed/main.py',
      code`
        import os
        import stomp
        conn = stomp.Connection([(os.environ.get("STOMP_HOST", "localhost"), 61613)])
        conn.connect("feed", os.environ["STOMP_PASSWORD"], wait=True)
        conn.send(destination="/topic/rates.updated", body="{}")
        conn.subscribe(destination="/queue/commands", id=1, ack="auto")`,
      [message('produces', 'STOMP', '/topic/rates.updated', { key: 'STOMP_HOST' }, 5), message('consumes', 'STOMP', '/queue/commands', { key: 'STOMP_HOST' }, 6)],
    ],
    [
      'go-stomp: Dial("tcp", addr), Send and Subscribe',
      goCodeSource,
      'ledger/main.go',
      code`
        package main
        import "github.com/go-stomp/stomp/v3"
        func run() {
          conn, _ := stomp.Dial("tcp", "artemis:61613")
          conn.Send("/queue/ledger", "application/json", body)
          sub, _ := conn.Subscribe("/queue/payments", stomp.AckAuto)
        }`,
      [message('produces', 'STOMP', '/queue/ledger', { host: 'artemis', port: 61613 }, 5), message('consumes', 'STOMP', '/queue/payments', { host: 'artemis', port: 61613 }, 6)],
    ],
    [
      'Spring: a WebSocketStompClient connecting to the broker, a StompSession sending and subscribing',
      jvmCodeSource,
      'pricing/src/main/java/acme/Pricing.java',
      code`
        import org.springframework.messaging.simp.stomp.StompSession;
        import org.springframework.web.socket.messaging.WebSocketStompClient;
        class Pricing {
          void start(WebSocketStompClient stompClient) {
            stompClient.connectAsync("ws://activemq:61614/stomp", handler);
          }
          void afterConnected(StompSession session) {
            session.subscribe("/topic/prices", handler);
            session.send("/queue/price-requests", request);
          }
        }`,
      [message('consumes', 'STOMP', '/topic/prices', { host: 'activemq', port: 61614, url: 'ws://activemq:61614/stomp' }, 8), message('produces', 'STOMP', '/queue/price-requests', { host: 'activemq', port: 61614, url: 'ws://activemq:61614/stomp' }, 9)],
    ],
  ] as [string, Source, string, string, FactSummary[]][])('%s', async (_name, source, path, text, expected) => {
    expect(await summary(source, path, text)).toEqual(expected);
  });

  // The relay forwards both ways; the relay host is read at `setRelayHost`, and the consuming side
  // (at `enableStompBrokerRelay`, before it in the chain) is left to the one STOMP broker defined.
  it('Spring broker relay: forwards both ways', async () => {
    const facts = summarise(
      await readSnippet(
        jvmCodeSource,
        'chat/src/main/java/acme/WebSocketConfig.java',
        code`
          import org.springframework.beans.factory.annotation.Value;
          import org.springframework.messaging.simp.config.MessageBrokerRegistry;
          class WebSocketConfig {
            @Value("\${relay.host}") private String relayHost;
            public void configureMessageBroker(MessageBrokerRegistry registry) {
              registry.enableStompBrokerRelay("/topic", "/queue").setRelayHost(relayHost).setRelayPort(61613);
            }
          }`,
      ),
    );
    expect(facts.map((fact) => ('role' in fact ? `${fact.role} ${JSON.stringify(fact.target)}` : '')).sort()).toEqual(['consumes {}', 'produces {"key":"relay.host"}']);
  });

  it('joins producers and consumers through the broker the environment names', async () => {
    const compose = ['services:', '  activemq:', '    image: apache/activemq-classic:6.1.0', '  feed:', '    build: ./feed', '    environment:', '      STOMP_HOST: activemq', '  watcher:', '    build: ./watcher', '    environment:', '      STOMP_HOST: activemq'].join('\n');
    const facts: Fact[] = [
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', compose)),
      ...(await readSnippet(pythonCodeSource, 'feed/main.py', code`
        import os, stomp
        conn = stomp.Connection([(os.environ["STOMP_HOST"], 61613)])
        conn.send(destination="/topic/rates", body="{}")`)),
      ...(await readSnippet(typescriptCodeSource, 'watcher/index.js', code`
        const stompit = require('stompit');
        stompit.connect({ host: process.env.STOMP_HOST, port: 61613 }, (e, client) => client.subscribe({ destination: '/topic/rates' }, onRate));`)),
    ];
    const graph = resolveFacts(facts);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`).sort()).toEqual(['activemq -> watcher messaging /topic/rates', 'feed -> activemq messaging /topic/rates']);
  });
});
