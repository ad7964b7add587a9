//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package messaging

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/fieldmesh/go-mod-core-contracts/v3/dtos/requests"
	"github.com/fieldmesh/go-mod-messaging/v3/pkg/types"
	"github.com/fxamacker/cbor/v2"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/application"
	dataContainer "github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/config"
)

// SubscribeEvents subscribes to <BaseTopicPrefix>/events/device/# on the MessageBus
// (Redis Pub/Sub in the Fieldmesh deployment) and persists every event received.
func SubscribeEvents(ctx context.Context, wg *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	lc := bootstrapContainer.LoggingClientFrom(dic.Get)
	messageBus := bootstrapContainer.MessagingClientFrom(dic.Get)
	app := application.EventAppFrom(dic.Get)
	cfg := dataContainer.ConfigurationFrom(dic.Get)

	subscribeTopic := common.BuildTopic(cfg.MessageBus.GetBaseTopicPrefix(), common.CoreDataEventSubscribeTopic)

	messages := make(chan types.MessageEnvelope)
	messageErrors := make(chan error)
	topics := []types.TopicChannel{{Topic: subscribeTopic, Messages: messages}}

	if err := messageBus.Subscribe(topics, messageErrors); err != nil {
		lc.Errorf("failed to subscribe for event messages: %v", err)
		return false
	}
	lc.Infof("Subscribing to events on topic: %s", subscribeTopic)

	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-ctx.Done():
				lc.Infof("Exiting waiting for MessageBus '%s' topic messages", subscribeTopic)
				return
			case e := <-messageErrors:
				lc.Error(e.Error())
			case msgEnvelope := <-messages:
				event := &requests.AddEventRequest{}
				if err := unmarshal(msgEnvelope, event); err != nil {
					lc.Errorf("failed to decode AddEventRequest: %v", err)
					continue
				}
				if err := validateTopic(msgEnvelope.ReceivedTopic, event); err != nil {
					lc.Error(err.Error())
					continue
				}
				if err := app.AddEvent(requests.AddEventReqToEventModel(*event), ctx, dic); err != nil {
					lc.Errorf("failed to persist event %s: %v", event.Event.Id, err)
				}
			}
		}
	}()
	return true
}

// topic layout: <prefix>/events/device/<service>/<profile>/<device>/<source>
func validateTopic(topic string, e *requests.AddEventRequest) error {
	fields := strings.Split(topic, "/")
	if len(fields) < 4 {
		return errInvalidTopic(topic)
	}
	n := len(fields)
	if fields[n-2] != common.URLEncode(e.Event.DeviceName) || fields[n-1] != common.URLEncode(e.Event.SourceName) {
		return errInvalidTopic(topic)
	}
	return nil
}

func unmarshal(env types.MessageEnvelope, event *requests.AddEventRequest) error {
	switch env.ContentType {
	case common.ContentTypeCBOR:
		return cbor.Unmarshal(env.Payload.([]byte), event)
	default:
		b, err := json.Marshal(env.Payload)
		if err != nil {
			return err
		}
		return json.Unmarshal(b, event)
	}
}

func errInvalidTopic(topic string) error {
	return fmt.Errorf("received topic '%s' does not match event device/source", topic)
}
