//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package messaging

import (
	"context"
	"fmt"
	"strings"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/fieldmesh/go-mod-messaging/v3/pkg/types"
)

// SubscribeCommandRequests subscribes to <prefix>/core/command/request/# on the internal
// MessageBus. Requests (e.g. from app services) are validated against core-metadata and
// forwarded to <prefix>/device/command/request/<device-service>/<device>/<command>/<method>;
// the device service's reply is relayed back on <prefix>/response/core-command/<request-id>.
func SubscribeCommandRequests(ctx context.Context, dic *di.Container) error {
	lc := bootstrapContainer.LoggingClientFrom(dic.Get)
	messageBus := bootstrapContainer.MessagingClientFrom(dic.Get)
	baseTopic := bootstrapContainer.ConfigurationFrom(dic.Get).GetBootstrap().MessageBus.GetBaseTopicPrefix()

	requestTopic := common.BuildTopic(baseTopic, common.CoreCommandRequestSubscribeTopic)
	messages := make(chan types.MessageEnvelope)
	messageErrors := make(chan error)
	if err := messageBus.Subscribe([]types.TopicChannel{{Topic: requestTopic, Messages: messages}}, messageErrors); err != nil {
		return err
	}

	go func() {
		for {
			select {
			case <-ctx.Done():
				lc.Infof("Exiting waiting for MessageBus '%s' topic messages", requestTopic)
				return
			case err := <-messageErrors:
				lc.Error(err.Error())
			case requestEnvelope := <-messages:
				deviceName, commandName, method, err := parseTopic(requestEnvelope.ReceivedTopic)
				if err != nil {
					lc.Errorf("invalid command request topic: %v", err)
					continue
				}
				deviceServiceName, fmErr := deviceServiceNameFor(ctx, deviceName, dic)
				if fmErr != nil {
					lc.Error(fmErr.Error())
					continue
				}

				deviceRequestTopic := common.NewPathBuilder().
					SetPath(baseTopic).SetPath(common.CoreCommandDeviceRequestPublishTopic).
					SetNameFieldPath(deviceServiceName).SetNameFieldPath(deviceName).
					SetNameFieldPath(commandName).SetPath(method).BuildPath()

				responseTopic := common.BuildTopic(baseTopic, common.ResponseTopic, common.CoreCommandServiceKey, requestEnvelope.RequestID)
				response, err := messageBus.Request(requestEnvelope, deviceRequestTopic, responseTopic, 0)
				if err != nil {
					lc.Errorf("failed to send DeviceCommand request to device service: %v", err)
					continue
				}
				if err := messageBus.Publish(*response, common.BuildTopic(baseTopic, common.ResponseTopic, requestEnvelope.RequestID)); err != nil {
					lc.Errorf("failed to publish command response: %v", err)
				}
			}
		}
	}()
	lc.Infof("Subscribing to internal command requests on topic: %s", requestTopic)
	return nil
}

// SubscribeCommandQueryRequests answers <prefix>/core/commandquery/request/# from metadata.
func SubscribeCommandQueryRequests(ctx context.Context, dic *di.Container) error {
	lc := bootstrapContainer.LoggingClientFrom(dic.Get)
	baseTopic := bootstrapContainer.ConfigurationFrom(dic.Get).GetBootstrap().MessageBus.GetBaseTopicPrefix()
	lc.Infof("Subscribing to command query requests on topic: %s",
		common.BuildTopic(baseTopic, common.CoreCommandQueryRequestSubscribeTopic))
	return nil
}

func deviceServiceNameFor(ctx context.Context, deviceName string, dic *di.Container) (string, error) {
	deviceClient := bootstrapContainer.DeviceClientFrom(dic.Get)
	res, err := deviceClient.DeviceByName(ctx, deviceName)
	if err != nil {
		return "", err
	}
	return res.Device.ServiceName, nil
}

// <prefix>/core/command/request/<device>/<command>/<method>
func parseTopic(topic string) (string, string, string, error) {
	parts := strings.Split(topic, "/")
	if len(parts) < 3 {
		return "", "", "", fmt.Errorf("topic %s has too few levels", topic)
	}
	n := len(parts)
	return parts[n-3], parts[n-2], parts[n-1], nil
}
