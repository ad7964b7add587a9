/**
 * A JMS connection factory's broker is the argument holding the URL: ActiveMQ Classic's and Qpid
 * JMS's `(user, password, url)`, Artemis's `(url, user, password)`, the one-argument form.
 */
import { describe, expect, it } from 'vitest';
import { code, readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
import { factoryAddressArgument, type FactoryArgument } from './jms-factories.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { dockerComposeSource } from '../config/docker-compose.js';
import { springConfigSource } from '../config/spring-config.js';
import type { Fact } from '../../../core/discovery/facts.js';

const literal = (text: string): FactoryArgument => ({ text: JSON.stringify(text), value: { kind: 'literal', text } });
const named = (text: string, key?: string): FactoryArgument => ({ text, value: key ? { kind: 'env', key } : { kind: 'unknown' } });

describe('factoryAddressArgument', () => {
  it.each<[string, FactoryArgument[], number | undefined]>([
    ['Classic: user, password, URL literal', [literal('admin'), literal('secret'), literal('tcp://activemq:61616')], 2],
    ['Artemis: URL, user, password', [literal('tcp://artemis:61616'), literal('admin'), literal('secret')], 0],
    ['failover URL', [named('user'), named('password'), literal('failover:(tcp://a:61616,tcp://b:61616)')], 2],
    ['settings by key: the URL key, not the user key', [named('userName', 'skylark.broker.user'), named('password', 'skylark.broker.password'), named('brokerUrl', 'skylark.broker.url')], 2],
    ['Artemis with named fields', [named('this.url'), named('this.user'), named('this.password')], 0],
    ['env var names', [named('System.getenv("AMQ_USER")', 'AMQ_USER'), named('System.getenv("AMQ_PASSWORD")', 'AMQ_PASSWORD'), named('System.getenv("AMQ_BROKER")', 'AMQ_BROKER')], 2],
    ['one argument', [named('brokerUrl', 'courier.broker-url')], 0],
    ['three arguments nothing tells: Classic order', [named('a'), named('b'), named('c')], 2],
    ['credentials alone', [named('username'), named('password')], undefined],
    ['no arguments', [], undefined],
  ])('%s', (_, args, expected) => {
    expect(factoryAddressArgument(args)).toBe(expected);
  });
});

const PUBLISHER = code`
  package acme.dispatch;
  import jakarta.jms.*;
  import org.apache.activemq.ActiveMQConnectionFactory;
  import org.springframework.beans.factory.annotation.Value;
  @Component
  public class BookingPublisher {
    private final String userName;
    private final String password;
    private final String brokerUrl;
    public BookingPublisher(@Value("\${acme.broker.user}") String userName, @Value("\${acme.broker.password}") String password, @Value("\${acme.broker.url}") String brokerUrl) {
      this.userName = userName;
      this.password = password;
      this.brokerUrl = brokerUrl;
    }
    public void publish(String json) throws JMSException {
      ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(userName, password, brokerUrl);
      Connection connection = factory.createConnection();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      Destination destination = session.createQueue("parcel.bookings");
      MessageProducer producer = session.createProducer(destination);
      producer.send(session.createTextMessage(json));
    }
  }`;

const PROPERTIES = ['acme.broker.url=${ACTIVEMQ_URL:tcp://activemq:61616}', 'acme.broker.user=${ACTIVEMQ_USER:admin}', 'acme.broker.password=${ACTIVEMQ_PASSWORD:}'].join('\n');

const COMPOSE = ['services:', '  activemq:', '    image: apache/activemq-classic:6.1.2', '  dispatch:', '    build: ./dispatch', '    environment:', '      ACTIVEMQ_USER: admin'].join('\n');

describe('ActiveMQConnectionFactory(userName, password, brokerUrl) end to end', () => {
  it('reaches the broker of the URL, not a system named after the user', async () => {
    const facts: Fact[] = [
      ...(await readSnippet(jvmCodeSource, 'dispatch/src/main/java/acme/dispatch/BookingPublisher.java', PUBLISHER)),
      ...(await readSnippet(springConfigSource, 'dispatch/src/main/resources/application.properties', PROPERTIES)),
      ...(await readSnippet(dockerComposeSource, 'docker-compose.yml', COMPOSE)),
    ];
    const result = resolveFacts(facts);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism} ${edge.channel ?? ''}`.trim()).sort()).toEqual(['dispatch -> activemq messaging parcel.bookings']);
    expect(result.systems.map((system) => system.id)).not.toContain('admin');
  });
});
