package processors

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/tallybill/tallybill/events-processor/models"
)

func processEvents(ctx context.Context, records []*kgo.Record) {
	var wg sync.WaitGroup
	wg.Add(len(records))

	for _, record := range records {
		go func(record *kgo.Record) {
			defer wg.Done()

			event := models.Event{}
			if err := json.Unmarshal(record.Value, &event); err != nil {
				logger.Error("Error unmarshalling message", slog.String("error", err.Error()))
				produceToDeadLetter(ctx, record.Value, "unmarshal_error")
				return
			}

			enriched, err := enrichEvent(&event)
			if err != nil {
				produceToDeadLetter(ctx, record.Value, err.Error())
				return
			}

			produceEnrichedEvent(ctx, enriched)
		}(record)
	}

	wg.Wait()
}

func enrichEvent(event *models.Event) (*models.EnrichedEvent, error) {
	enriched := event.ToEnrichedEvent()

	bm, err := apiStore.FetchBillableMetric(event.OrganizationID, event.Code)
	if err != nil {
		return nil, err
	}
	enriched.AggregationType = bm.AggregationType.String()

	if bm.FieldName != "" {
		if v, ok := event.Properties[bm.FieldName]; ok {
			value := toString(v)
			enriched.Value = &value
		}
	}

	sub, err := apiStore.FetchSubscription(event.OrganizationID, event.ExternalSubscriptionID, enriched.Time)
	if err == nil && sub != nil {
		enriched.SubscriptionID = sub.ID
		enriched.PlanID = sub.PlanID

		if flagged, _ := chargeCacheStore.IsChargeFlagged(ctx, sub.ID, bm.ID); flagged {
			enriched.Flagged = true
		}
	}

	return enriched, nil
}

func produceEnrichedEvent(ctx context.Context, event *models.EnrichedEvent) {
	payload, err := json.Marshal(event)
	if err != nil {
		logger.Error("error marshalling enriched event", slog.String("error", err.Error()))
		return
	}

	record := &kgo.Record{
		Topic: enrichedTopic,
		Key:   []byte(event.OrganizationID + "-" + event.ExternalSubscriptionID),
		Value: payload,
	}

	kafkaProducer.Produce(ctx, record, func(r *kgo.Record, err error) {
		if err != nil {
			logger.Error("error producing enriched event", slog.String("error", err.Error()))
		}
	})
}

func produceToDeadLetter(ctx context.Context, value []byte, reason string) {
	kafkaProducer.Produce(ctx, &kgo.Record{
		Topic:   deadLetterTopic,
		Value:   value,
		Headers: []kgo.RecordHeader{{Key: "reason", Value: []byte(reason)}},
	}, nil)
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
