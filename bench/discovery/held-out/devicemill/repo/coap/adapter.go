// Package coap implements the CoAP adapter: POST publishes, GET+Observe subscribes.
package coap

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging"
	"github.com/plgd-dev/go-coap/v3/message"
	"github.com/plgd-dev/go-coap/v3/message/codes"
	"github.com/plgd-dev/go-coap/v3/mux"
	"github.com/plgd-dev/go-coap/v3/options"
	"github.com/plgd-dev/go-coap/v3/udp/server"
)

type Service struct {
	things grpcclient.ThingsAuthzClient
	pubsub messaging.PubSub
}

func New(things grpcclient.ThingsAuthzClient, ps messaging.PubSub) *Service {
	return &Service{things: things, pubsub: ps}
}

func (s *Service) Publish(ctx context.Context, key, chanID string, payload []byte) error {
	thingID, err := s.things.Authorize(ctx, key, chanID, "publish")
	if err != nil {
		return err
	}
	return s.pubsub.Publish(ctx, chanID, &messaging.Message{
		Channel: chanID, Publisher: thingID, Protocol: "coap", Payload: payload, Created: time.Now().UnixNano(),
	})
}

type observer struct {
	w mux.ResponseWriter
}

func (o observer) Handle(msg *messaging.Message) error {
	return o.w.SetResponse(codes.Content, message.AppJSON, bytes.NewReader(msg.Payload))
}
func (o observer) Cancel() error { return nil }

func (s *Service) Subscribe(ctx context.Context, key, chanID, token string, w mux.ResponseWriter) error {
	if _, err := s.things.Authorize(ctx, key, chanID, "subscribe"); err != nil {
		return err
	}
	return s.pubsub.Subscribe(ctx, messaging.SubscriberConfig{ID: token, Topic: "channels." + chanID, Handler: observer{w: w}})
}

func Options(svc *Service, logger *slog.Logger) []server.Option {
	r := mux.NewRouter()
	_ = r.DefaultHandleFunc(func(w mux.ResponseWriter, m *mux.Message) {
		path, _ := m.Options().Path()
		parts := strings.Split(strings.Trim(path, "/"), "/")
		if len(parts) < 3 || parts[0] != "channels" {
			_ = w.SetResponse(codes.NotFound, message.TextPlain, nil)
			return
		}
		q, _ := m.Options().Queries()
		key := ""
		for _, kv := range q {
			if strings.HasPrefix(kv, "auth=") {
				key = strings.TrimPrefix(kv, "auth=")
			}
		}
		switch m.Code() {
		case codes.POST:
			body, _ := m.ReadBody()
			if err := svc.Publish(m.Context(), key, parts[1], body); err != nil {
				logger.Warn("coap publish failed", slog.Any("error", err))
				_ = w.SetResponse(codes.Forbidden, message.TextPlain, nil)
				return
			}
			_ = w.SetResponse(codes.Created, message.TextPlain, nil)
		case codes.GET:
			if err := svc.Subscribe(m.Context(), key, parts[1], string(m.Token()), w); err != nil {
				_ = w.SetResponse(codes.Forbidden, message.TextPlain, nil)
			}
		}
	})
	return []server.Option{options.WithMux(r)}
}
