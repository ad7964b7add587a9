package mqtt

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/devicemill/devicemill/pkg/messaging"
	paho "github.com/eclipse/paho.mqtt.golang"
)

// Publisher publishes broker messages into VerneMQ so MQTT subscribers receive
// messages that arrived over HTTP, CoAP or WS.
type Publisher struct {
	client paho.Client
	qos    byte
}

func NewPublisher(c paho.Client, qos byte) *Publisher { return &Publisher{client: c, qos: qos} }

func (p *Publisher) Handle(msg *messaging.Message) error {
	if msg.Protocol == "mqtt" {
		return nil // already delivered by VerneMQ
	}
	topic := fmt.Sprintf("channels/%s/messages", msg.Channel)
	if msg.Subtopic != "" {
		topic += "/" + strings.ReplaceAll(msg.Subtopic, ".", "/")
	}
	tok := p.client.Publish(topic, p.qos, false, msg.Payload)
	tok.Wait()
	return tok.Error()
}

func (p *Publisher) Cancel() error { return nil }

type Forwarder struct {
	topic  string
	logger *slog.Logger
}

func NewForwarder(topic string, logger *slog.Logger) Forwarder {
	return Forwarder{topic: topic, logger: logger}
}

func (f Forwarder) Forward(ctx context.Context, id string, sub messaging.Subscriber, pub *Publisher) error {
	return sub.Subscribe(ctx, messaging.SubscriberConfig{ID: id, Topic: f.topic, Handler: pub})
}
