// Package messaging defines the broker-agnostic publisher/subscriber used by adapters and writers.
package messaging

import "context"

// Message is a single SenML/JSON payload travelling through the broker.
type Message struct {
	Channel   string `json:"channel"`
	Subtopic  string `json:"subtopic"`
	Publisher string `json:"publisher"`
	Protocol  string `json:"protocol"`
	Payload   []byte `json:"payload"`
	Created   int64  `json:"created"`
}

type MessageHandler interface {
	Handle(msg *Message) error
	Cancel() error
}

type Publisher interface {
	Publish(ctx context.Context, topic string, msg *Message) error
	Close() error
}

type SubscriberConfig struct {
	ID      string
	Topic   string
	Handler MessageHandler
}

type Subscriber interface {
	Subscribe(ctx context.Context, cfg SubscriberConfig) error
	Unsubscribe(ctx context.Context, id, topic string) error
	Close() error
}

type PubSub interface {
	Publisher
	Subscriber
}

// AllTopic subscribes to every channel.
const AllTopic = "channels.>"
