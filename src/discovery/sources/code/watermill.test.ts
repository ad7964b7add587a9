import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet } from './code-test-support.js';
import { goCodeSource } from './go-source.js';

const read = (path: string, text: string): Promise<Fact[]> => readSnippet(goCodeSource, path, text);
const connections = (facts: Fact[]): string[] =>
  facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.endpoint ? 'endpoint ' : ''}${fact.role} ${fact.technology ?? '-'} ${JSON.stringify(fact.target)} ${fact.channel ?? ''}${fact.bus ? ` bus=${fact.bus}` : ''}`.trim())
    .sort();

describe('Watermill (Go)', () => {
  it.each<[string, string, string[]]>([
    [
      'an AMQP publisher given a durable queue config on an env URI, publishing on a constant',
      code`
        package main
        import (
        	"os"
        	"github.com/ThreeDotsLabs/watermill"
        	"github.com/ThreeDotsLabs/watermill-amqp/v3/pkg/amqp"
        	"github.com/ThreeDotsLabs/watermill/message"
        )
        const ordersQueue = "orders-to-pay"
        func main() {
        	pub, _ := amqp.NewPublisher(amqp.NewDurableQueueConfig(os.Getenv("AMQP_URI")), watermill.NopLogger{})
        	pub.Publish(ordersQueue, message.NewMessage("1", nil))
        }
      `,
      ['endpoint uses RabbitMQ {"key":"AMQP_URI"}  bus=Watermill', 'produces Watermill {} orders-to-pay'],
    ],
    [
      'an AMQP subscriber on a pub/sub config in a variable, with a literal URI',
      code`
        package main
        import (
        	"context"
        	"github.com/ThreeDotsLabs/watermill-amqp/v2/pkg/amqp"
        )
        func main() {
        	config := amqp.NewDurablePubSubConfig("amqp://guest:guest@rabbitmq:5672/", amqp.GenerateQueueNameTopicNameWithSuffix("payments"))
        	sub, _ := amqp.NewSubscriber(config, nil)
        	sub.Subscribe(context.Background(), "payments-completed")
        }
      `,
      ['consumes Watermill {} payments-completed', 'endpoint uses RabbitMQ {"host":"rabbitmq","port":5672,"url":"amqp://guest:***@rabbitmq:5672/"}  bus=Watermill'],
    ],
    [
      'a Kafka publisher and subscriber configured by struct literals',
      code`
        package main
        import "github.com/ThreeDotsLabs/watermill-kafka/v3/pkg/kafka"
        func main() {
        	kafka.NewPublisher(kafka.PublisherConfig{Brokers: []string{"kafka:9092"}, Marshaler: kafka.DefaultMarshaler{}}, nil)
        	kafka.NewSubscriber(kafka.SubscriberConfig{Brokers: []string{"kafka:9092"}, ConsumerGroup: "payments"}, nil)
        }
      `,
      ['endpoint uses Kafka {"host":"kafka","port":9092}  bus=Watermill', 'endpoint uses Kafka {"host":"kafka","port":9092}  bus=Watermill'],
    ],
    [
      'a router handler consuming one topic and publishing another; a handler publishing nothing',
      code`
        package interfaces
        import "github.com/ThreeDotsLabs/watermill/message"
        const (
        	toPay = "orders-to-pay"
        	paid  = "payments-completed"
        )
        func Add(router *message.Router, sub message.Subscriber, pub message.Publisher) {
        	router.AddHandler("charge", toPay, sub, paid, pub, charge)
        	router.AddNoPublisherHandler("audit", "orders-audit", sub, audit)
        }
      `,
      ['consumes Watermill {} orders-audit', 'consumes Watermill {} orders-to-pay', 'produces Watermill {} payments-completed'],
    ],
    [
      "a router handler on another package's topics: both roles, no channel named",
      code`
        package interfaces
        import (
        	"github.com/ThreeDotsLabs/watermill/message"
        	"example.com/shop/internal/events"
        )
        func Add(router *message.Router, sub message.Subscriber, pub message.Publisher) {
        	router.AddHandler("charge", events.ToPay, sub, events.Paid, pub, charge)
        }
      `,
      ['consumes Watermill {}', 'produces Watermill {}'],
    ],
    [
      "the in-process GoChannel: a transport with no broker",
      code`
        package main
        import (
        	"github.com/ThreeDotsLabs/watermill/pubsub/gochannel"
        	"github.com/ThreeDotsLabs/watermill/message"
        )
        func main() {
        	ps := gochannel.NewGoChannel(gochannel.Config{}, nil)
        	ps.Publish("orders-to-pay", message.NewMessage("1", nil))
        }
      `,
      ['endpoint uses In-memory {}  bus=Watermill', 'produces Watermill {} orders-to-pay'],
    ],
    [
      "cqrs's Publish(ctx, event) and a file not importing Watermill make no use",
      code`
        package main
        import "context"
        func main() {
        	bus.Publish(context.Background(), event)
        	other.Subscribe(context.Background(), "x")
        }
      `,
      [],
    ],
  ])('%s', async (_name, text, expected) => {
    expect(connections(await read('svc/main.go', text))).toEqual(expected);
  });
});
