// Package consumer handles things events (devicemill.things stream) so bootstrap
// configs stay consistent when things are removed or disconnected.
package consumer

import (
	"context"

	"github.com/devicemill/devicemill/bootstrap"
)

type eventHandler struct{ svc *bootstrap.Service }

func NewEventHandler(svc *bootstrap.Service) *eventHandler { return &eventHandler{svc: svc} }

func (h *eventHandler) Handle(ctx context.Context, ev map[string]interface{}) error {
	op, _ := ev["operation"].(string)
	switch op {
	case "thing.remove":
		id, _ := ev["id"].(string)
		return h.svc.RemoveConfigHandler(ctx, id)
	case "channel.disconnect":
		thingID, _ := ev["thing_id"].(string)
		chanID, _ := ev["channel_id"].(string)
		return h.svc.DisconnectThingHandler(ctx, chanID, thingID)
	}
	return nil
}
