package models

import (
	"time"
)

type Event struct {
	OrganizationID          string         `json:"organization_id"`
	ExternalCustomerID      string         `json:"external_customer_id"`
	ExternalSubscriptionID  string         `json:"external_subscription_id"`
	TransactionID           string         `json:"transaction_id"`
	Code                    string         `json:"code"`
	Properties              map[string]any `json:"properties"`
	PreciseTotalAmountCents string         `json:"precise_total_amount_cents"`
	Source                  string         `json:"source,omitempty"`
	Timestamp               float64        `json:"timestamp"`
	IngestedAt              string         `json:"ingested_at"`
}

type EnrichedEvent struct {
	OrganizationID          string         `json:"organization_id"`
	ExternalSubscriptionID  string         `json:"external_subscription_id"`
	TransactionID           string         `json:"transaction_id"`
	Code                    string         `json:"code"`
	Properties              map[string]any `json:"properties"`
	PreciseTotalAmountCents string         `json:"precise_total_amount_cents"`
	Value                   *string        `json:"value"`
	Timestamp               float64        `json:"timestamp"`
	AggregationType         string         `json:"aggregation_type"`
	SubscriptionID          string         `json:"subscription_id,omitempty"`
	PlanID                  string         `json:"plan_id,omitempty"`
	Flagged                 bool           `json:"-"`
	Time                    time.Time      `json:"-"`
}

func (ev *Event) ToEnrichedEvent() *EnrichedEvent {
	sec := int64(ev.Timestamp)
	nsec := int64((ev.Timestamp - float64(sec)) * 1e9)

	return &EnrichedEvent{
		OrganizationID:          ev.OrganizationID,
		ExternalSubscriptionID:  ev.ExternalSubscriptionID,
		TransactionID:           ev.TransactionID,
		Code:                    ev.Code,
		Properties:              ev.Properties,
		PreciseTotalAmountCents: ev.PreciseTotalAmountCents,
		Timestamp:               ev.Timestamp,
		Time:                    time.Unix(sec, nsec).UTC(),
	}
}
