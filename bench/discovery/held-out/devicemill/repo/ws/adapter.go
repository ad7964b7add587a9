// Package ws implements the WebSocket adapter.
package ws

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{
	ReadBufferSize: 1024, WriteBufferSize: 1024,
	CheckOrigin: func(r *http.Request) bool { return true },
}

type Service struct {
	things grpcclient.ThingsAuthzClient
	pubsub messaging.PubSub
}

func New(things grpcclient.ThingsAuthzClient, ps messaging.PubSub) *Service {
	return &Service{things: things, pubsub: ps}
}

type client struct{ conn *websocket.Conn }

func (c client) Handle(msg *messaging.Message) error {
	if msg.Protocol == "websocket" {
		return nil
	}
	return c.conn.WriteMessage(websocket.TextMessage, msg.Payload)
}
func (c client) Cancel() error { return c.conn.Close() }

func (s *Service) Subscribe(ctx context.Context, key, chanID string, conn *websocket.Conn) (string, error) {
	thingID, err := s.things.Authorize(ctx, key, chanID, "subscribe")
	if err != nil {
		return "", err
	}
	err = s.pubsub.Subscribe(ctx, messaging.SubscriberConfig{ID: thingID, Topic: "channels." + chanID, Handler: client{conn: conn}})
	return thingID, err
}

func (s *Service) Publish(ctx context.Context, thingID, chanID string, payload []byte) error {
	return s.pubsub.Publish(ctx, chanID, &messaging.Message{
		Channel: chanID, Publisher: thingID, Protocol: "websocket", Payload: payload, Created: time.Now().UnixNano(),
	})
}

func MakeHandler(r chi.Router, svc *Service, logger *slog.Logger) {
	r.Get("/channels/{chanID}/messages", func(w http.ResponseWriter, req *http.Request) {
		key := req.URL.Query().Get("authorization")
		if key == "" {
			key = strings.TrimPrefix(req.Header.Get("Authorization"), "Thing ")
		}
		chanID := chi.URLParam(req, "chanID")
		conn, err := upgrader.Upgrade(w, req, nil)
		if err != nil {
			logger.Warn("upgrade failed", slog.Any("error", err))
			return
		}
		ctx := context.Background()
		thingID, err := svc.Subscribe(ctx, key, chanID, conn)
		if err != nil {
			_ = conn.Close()
			return
		}
		go func() {
			defer svc.pubsub.Unsubscribe(ctx, thingID, "channels."+chanID)
			for {
				_, payload, err := conn.ReadMessage()
				if err != nil {
					return
				}
				_ = svc.Publish(ctx, thingID, chanID, payload)
			}
		}()
	})
}
