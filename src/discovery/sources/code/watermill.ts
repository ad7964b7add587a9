/**
 * ThreeDotsLabs Watermill (Go): one `message.Publisher` / `message.Subscriber` interface over
 * pluggable pub/subs. The pub/sub is constructed once (`amqp.NewPublisher(amqp.NewDurableQueueConfig(uri), logger)`,
 * `kafka.NewSubscriber(kafka.SubscriberConfig{Brokers: …}, logger)`), often in an infrastructure
 * package, and used elsewhere through the interface (`publisher.Publish(topic, msgs...)`,
 * `subscriber.Subscribe(ctx, topic)`, `router.AddHandler(name, subscribeTopic, subscriber,
 * publishTopic, publisher, handler)`), whose file names no broker. So, as for the .NET service
 * buses (core/discovery/service-bus.ts): each construction is an `endpoint` fact carrying the bus
 * `Watermill` with the pub/sub's product and broker address, and each use a connection of
 * technology `Watermill`, joined per component in resolution. The in-process GoChannel
 * (`gochannel.NewGoChannel`) is a transport without a broker: its messages stay in the process.
 */
import { IN_PROCESS_TRANSPORT } from '../../../core/discovery/service-bus.js';
import type { Signature } from './code-model.js';
import { consumes, endpoint, produces } from './signature-builders.js';

/** The bus technology Watermill's uses are reported with until resolution carries them onto a transport. */
export const WATERMILL = 'Watermill';

const CORE = ['github.com/ThreeDotsLabs/watermill'];
const AMQP = ['github.com/ThreeDotsLabs/watermill-amqp'];
const KAFKA = ['github.com/ThreeDotsLabs/watermill-kafka'];
const NATS = ['github.com/ThreeDotsLabs/watermill-nats'];
const REDIS_STREAM = ['github.com/ThreeDotsLabs/watermill-redisstream'];
const GOOGLE_CLOUD = ['github.com/ThreeDotsLabs/watermill-googlecloud'];
const SQL = ['github.com/ThreeDotsLabs/watermill-sql'];
const GO_CHANNEL = ['github.com/ThreeDotsLabs/watermill/pubsub/gochannel'];
/** Every Watermill module: a file using the interfaces imports the core, one constructing a pub/sub its module. */
const ANY = [...CORE, ...AMQP, ...KAFKA, ...NATS, ...REDIS_STREAM, ...GOOGLE_CLOUD, ...SQL];

/** A first argument that is a context (`Subscribe(ctx, topic)`, cqrs's `EventBus.Publish(ctx, event)`): not a topic. */
const CONTEXT = /^(?:ctx|context\.|c\.Context|r\.Context)/;

/**
 * The config constructors of watermill-amqp, each given the AMQP URI (the broker address):
 * `amqp.NewDurableQueueConfig(uri)`, `amqp.NewDurablePubSubConfig(uri, generateQueueName)`…
 */
export const WATERMILL_AMQP_CONFIGS = [
  'amqp.NewDurableQueueConfig',
  'amqp.NewNonDurableQueueConfig',
  'amqp.NewDurablePubSubConfig',
  'amqp.NewNonDurablePubSubConfig',
  'amqp.NewDurableTopicConfig',
  'amqp.NewNonDurableTopicConfig',
];

/** The Watermill lines of the Go signature table, tried before the brokers' own clients (watermill-nats's package is also `nats`). */
export const WATERMILL_GO: readonly Signature[] = [
  // Pub/subs: where the component's messages go.
  endpoint('messaging', 'RabbitMQ', ['amqp.NewPublisher', 'amqp.NewSubscriber'], { imports: AMQP, bus: WATERMILL, target: [0, 'Connection.AmqpURI'] }),
  endpoint('messaging', 'Kafka', ['kafka.NewPublisher', 'kafka.NewSubscriber'], { imports: KAFKA, bus: WATERMILL, target: ['Brokers'], bareHost: true }),
  endpoint('messaging', 'NATS', ['nats.NewPublisher', 'nats.NewSubscriber', 'nats.NewStreamingPublisher', 'nats.NewStreamingSubscriber'], { imports: NATS, bus: WATERMILL, target: ['URL', 0], bareHost: true }),
  endpoint('messaging', 'Redis', ['redisstream.NewPublisher', 'redisstream.NewSubscriber'], { imports: REDIS_STREAM, bus: WATERMILL, target: ['Client'], bareHost: true }),
  endpoint('messaging', 'Google Pub/Sub', ['googlecloud.NewPublisher', 'googlecloud.NewSubscriber'], { imports: GOOGLE_CLOUD, bus: WATERMILL }),
  endpoint('messaging', IN_PROCESS_TRANSPORT, ['gochannel.NewGoChannel'], { imports: GO_CHANNEL, bus: WATERMILL }),
  // Uses through the interfaces: the topic is the channel.
  produces(WATERMILL, ['*.Publish'], { imports: ANY, channel: [0], refine: (site, tools) => (site.args.length >= 2 && site.args[0] && !CONTEXT.test(tools.text(site.args[0])) ? undefined : false) }),
  consumes(WATERMILL, ['*.Subscribe'], { imports: ANY, channel: [1], refine: (site, tools) => (site.args.length === 2 && site.args[0] && CONTEXT.test(tools.text(site.args[0])) ? undefined : false) }),
  // `router.AddHandler(name, subscribeTopic, subscriber, publishTopic, publisher, handler)` consumes one topic and produces another.
  consumes(WATERMILL, ['*.AddHandler'], {
    imports: ANY,
    channel: [1],
    refine: (site, tools) => {
      if (site.args.length !== 6) return false;
      // A publish topic the file cannot name (another package's constant) still publishes, on no
      // channel said (an empty one), not on the topic consumed.
      const published = tools.channels(site, 3);
      return { more: (published.length > 0 ? published : ['']).map((channel) => ({ role: 'produces' as const, channel })) };
    },
  }),
  consumes(WATERMILL, ['*.AddNoPublisherHandler', '*.AddConsumerHandler'], { imports: ANY, channel: [1], refine: (site) => (site.args.length === 4 ? undefined : false) }),
];

/** Prefilter words of files using Watermill: its import paths. */
export const WATERMILL_TRIGGERS = ['watermill'];
