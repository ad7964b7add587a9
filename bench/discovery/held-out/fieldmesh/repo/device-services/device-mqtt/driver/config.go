//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package driver

import (
	"fmt"
	"net/url"
)

// ServiceConfig is the custom configuration section of device-mqtt; the SDK loads it from
// configuration.yaml / the config provider and applies env overrides such as
// MQTTBROKERINFO_HOST and MQTTBROKERINFO_PORT.
type ServiceConfig struct {
	MQTTBrokerInfo MQTTBrokerInfo
}

type MQTTBrokerInfo struct {
	Schema    string
	Host      string
	Port      int
	Qos       int
	KeepAlive int
	ClientId  string

	CredentialsRetryTime  int
	CredentialsRetryWait  int
	ConnEstablishingRetry int
	ConnRetryWaitTime     int

	AuthMode        string
	CredentialsName string

	IncomingTopic  string
	ResponseTopic  string
	UseTopicLevels bool

	Writable WritableInfo
}

type WritableInfo struct {
	ResponseFetchInterval int
}

func (sw *ServiceConfig) UpdateFromRaw(rawConfig interface{}) bool {
	configuration, ok := rawConfig.(*ServiceConfig)
	if !ok {
		return false
	}
	*sw = *configuration
	return true
}

func (info MQTTBrokerInfo) URL() (*url.URL, error) {
	return url.Parse(fmt.Sprintf("%s://%s:%d", info.Schema, info.Host, info.Port))
}
