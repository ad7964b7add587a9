// Package events decorates the things service so every mutation is published
// to the "devicemill.things" stream of the event store.
package events

import (
	"context"

	"github.com/devicemill/devicemill/pkg/events/store"
	"github.com/devicemill/devicemill/things"
)

const streamID = "devicemill.things"

type thingEvent struct {
	op   string
	data map[string]interface{}
}

func (e thingEvent) Encode() (map[string]interface{}, error) {
	out := map[string]interface{}{"operation": e.op}
	for k, v := range e.data {
		out[k] = v
	}
	return out, nil
}

type eventStore struct {
	things.Service
	pub store.Publisher
}

func NewEventStoreMiddleware(svc things.Service, pub store.Publisher) things.Service {
	return &eventStore{Service: svc, pub: pub}
}

func (es *eventStore) CreateThing(ctx context.Context, token string, t things.Thing) (things.Thing, error) {
	saved, err := es.Service.CreateThing(ctx, token, t)
	if err != nil {
		return saved, err
	}
	return saved, es.pub.Publish(ctx, streamID, thingEvent{op: "thing.create", data: map[string]interface{}{"id": saved.ID, "domain": saved.DomainID}})
}

func (es *eventStore) Connect(ctx context.Context, token, thingID, chanID string) error {
	if err := es.Service.Connect(ctx, token, thingID, chanID); err != nil {
		return err
	}
	return es.pub.Publish(ctx, streamID, thingEvent{op: "channel.connect", data: map[string]interface{}{"thing_id": thingID, "channel_id": chanID}})
}
