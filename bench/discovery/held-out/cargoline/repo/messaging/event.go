// Package messaging defines the wire format of events exchanged between
// cargoline services and the broker-agnostic interfaces around them.
package messaging

import (
	"encoding/json"
	"time"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/voyage"
)

// SubjectHandlingRegistered is the subject (NATS) / routing key (AMQP) on
// which registered handling events are announced.
const SubjectHandlingRegistered = "cargoline.handling.registered"

// HandlingRegistered is the JSON envelope of a registered handling event.
type HandlingRegistered struct {
	TrackingID   string    `json:"tracking_id"`
	EventType    string    `json:"event_type"`
	Location     string    `json:"location"`
	VoyageNumber string    `json:"voyage,omitempty"`
	Completed    time.Time `json:"completion_time"`
	Registered   time.Time `json:"registration_time"`
}

// Encode serializes a domain handling event.
func Encode(e cargo.HandlingEvent) ([]byte, error) {
	return json.Marshal(HandlingRegistered{
		TrackingID:   string(e.TrackingID),
		EventType:    e.Activity.Type.String(),
		Location:     string(e.Activity.Location),
		VoyageNumber: string(e.Activity.VoyageNumber),
		Completed:    e.Completed,
		Registered:   e.Registered,
	})
}

// Decode deserializes a handling event envelope.
func Decode(b []byte) (cargo.HandlingEvent, error) {
	var m HandlingRegistered
	if err := json.Unmarshal(b, &m); err != nil {
		return cargo.HandlingEvent{}, err
	}
	return cargo.HandlingEvent{
		TrackingID: cargo.TrackingID(m.TrackingID),
		Activity: cargo.HandlingActivity{
			Type:         parseType(m.EventType),
			Location:     location.UNLocode(m.Location),
			VoyageNumber: voyage.Number(m.VoyageNumber),
		},
		Completed:  m.Completed,
		Registered: m.Registered,
	}, nil
}

func parseType(s string) cargo.HandlingEventType {
	for _, t := range []cargo.HandlingEventType{cargo.Receive, cargo.Load, cargo.Unload, cargo.Customs, cargo.Claim} {
		if t.String() == s {
			return t
		}
	}
	return cargo.NotHandled
}

// Handler processes a decoded handling event.
type Handler func(cargo.HandlingEvent) error
