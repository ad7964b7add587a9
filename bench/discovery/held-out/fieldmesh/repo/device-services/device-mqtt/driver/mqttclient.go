//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package driver connects Fieldmesh to devices that speak MQTT through the plant's own broker.
// Devices publish readings on <IncomingTopic> (incoming/data/<device>/<resource>) and answer
// commands published by this service on command/<device>/<method>/<uuid> via <ResponseTopic>.
package driver

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/fieldmesh/device-sdk-go/v3/pkg/interfaces"
	sdkModels "github.com/fieldmesh/device-sdk-go/v3/pkg/models"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"
	"github.com/google/uuid"
)

type MqttDriver struct {
	lc               logger.LoggingClient
	sdk              interfaces.DeviceServiceSDK
	asyncCh          chan<- *sdkModels.AsyncValues
	serviceConfig    *ServiceConfig
	mqttClient       mqtt.Client
	commandResponses sync.Map
}

func NewMqttDriver() *MqttDriver { return &MqttDriver{} }

func (d *MqttDriver) Initialize(sdk interfaces.DeviceServiceSDK) error {
	d.sdk = sdk
	d.lc = sdk.LoggingClient()
	d.asyncCh = sdk.AsyncValuesChannel()
	d.serviceConfig = &ServiceConfig{}

	if err := sdk.LoadCustomConfig(d.serviceConfig, "MQTTBrokerInfo"); err != nil {
		return fmt.Errorf("unable to load 'MQTTBrokerInfo' custom configuration: %s", err.Error())
	}
	return nil
}

// Start connects to the device broker and subscribes to the incoming data and command
// response topics.
func (d *MqttDriver) Start() error {
	info := d.serviceConfig.MQTTBrokerInfo
	brokerURL, err := info.URL()
	if err != nil {
		return err
	}

	opts := mqtt.NewClientOptions()
	opts.AddBroker(brokerURL.String())
	opts.SetClientID(info.ClientId)
	opts.SetKeepAlive(time.Duration(info.KeepAlive) * time.Second)
	opts.SetAutoReconnect(true)
	opts.SetOnConnectHandler(d.onConnect)

	if info.AuthMode == "usernamepassword" {
		secrets, err := d.sdk.SecretProvider().GetSecret(info.CredentialsName, "username", "password")
		if err != nil {
			return fmt.Errorf("failed to get MQTT broker credentials: %w", err)
		}
		opts.SetUsername(secrets["username"])
		opts.SetPassword(secrets["password"])
	}

	var lastErr error
	for i := 0; i < info.ConnEstablishingRetry; i++ {
		d.mqttClient = mqtt.NewClient(opts)
		token := d.mqttClient.Connect()
		if token.Wait() && token.Error() == nil {
			d.lc.Infof("Connected to MQTT device broker %s", brokerURL.Host)
			return nil
		}
		lastErr = token.Error()
		d.lc.Warnf("could not connect to MQTT broker %s, retrying: %v", brokerURL.Host, lastErr)
		time.Sleep(time.Duration(info.ConnRetryWaitTime) * time.Second)
	}
	return fmt.Errorf("failed to connect to MQTT device broker: %w", lastErr)
}

func (d *MqttDriver) onConnect(client mqtt.Client) {
	info := d.serviceConfig.MQTTBrokerInfo
	qos := byte(info.Qos)
	if token := client.Subscribe(info.IncomingTopic, qos, d.onIncomingDataReceived); token.Wait() && token.Error() != nil {
		d.lc.Errorf("failed to subscribe to incoming topic %s: %v", info.IncomingTopic, token.Error())
	}
	if token := client.Subscribe(info.ResponseTopic, qos, d.onCommandResponseReceived); token.Wait() && token.Error() != nil {
		d.lc.Errorf("failed to subscribe to response topic %s: %v", info.ResponseTopic, token.Error())
	}
}

// onIncomingDataReceived: topic incoming/data/<device>/<resource>, payload is the raw value.
func (d *MqttDriver) onIncomingDataReceived(_ mqtt.Client, message mqtt.Message) {
	levels := strings.Split(message.Topic(), "/")
	if len(levels) < 4 {
		d.lc.Warnf("ignoring message on unexpected topic %s", message.Topic())
		return
	}
	deviceName, resourceName := levels[len(levels)-2], levels[len(levels)-1]
	resource, ok := d.sdk.DeviceResource(deviceName, resourceName)
	if !ok {
		d.lc.Warnf("no resource %s for device %s", resourceName, deviceName)
		return
	}
	cv, err := sdkModels.NewCommandValueWithOrigin(resourceName, resource.Properties.ValueType, string(message.Payload()), time.Now().UnixNano())
	if err != nil {
		d.lc.Errorf("failed to build command value: %v", err)
		return
	}
	d.asyncCh <- &sdkModels.AsyncValues{DeviceName: deviceName, SourceName: resourceName, CommandValues: []*sdkModels.CommandValue{cv}}
}

func (d *MqttDriver) onCommandResponseReceived(_ mqtt.Client, message mqtt.Message) {
	levels := strings.Split(message.Topic(), "/")
	d.commandResponses.Store(levels[len(levels)-1], string(message.Payload()))
}

// HandleReadCommands publishes command/<device>/get/<uuid> to the device broker and waits for
// the device's answer on command/response/<uuid>.
func (d *MqttDriver) HandleReadCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest) ([]*sdkModels.CommandValue, error) {
	var res []*sdkModels.CommandValue
	for _, req := range reqs {
		cmdUUID := uuid.NewString()
		topic := fmt.Sprintf("command/%s/get/%s", deviceName, cmdUUID)
		payload, _ := json.Marshal(map[string]string{"cmd": req.DeviceResourceName})
		if token := d.mqttClient.Publish(topic, byte(d.serviceConfig.MQTTBrokerInfo.Qos), false, payload); token.Wait() && token.Error() != nil {
			return nil, token.Error()
		}
		raw, err := d.awaitResponse(cmdUUID)
		if err != nil {
			return nil, err
		}
		cv, err := sdkModels.NewCommandValueWithOrigin(req.DeviceResourceName, req.Type, raw, time.Now().UnixNano())
		if err != nil {
			return nil, err
		}
		res = append(res, cv)
	}
	return res, nil
}

func (d *MqttDriver) HandleWriteCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest, params []*sdkModels.CommandValue) error {
	for i, req := range reqs {
		cmdUUID := uuid.NewString()
		topic := fmt.Sprintf("command/%s/set/%s", deviceName, cmdUUID)
		payload, _ := json.Marshal(map[string]any{"cmd": req.DeviceResourceName, req.DeviceResourceName: params[i].Value})
		if token := d.mqttClient.Publish(topic, byte(d.serviceConfig.MQTTBrokerInfo.Qos), false, payload); token.Wait() && token.Error() != nil {
			return token.Error()
		}
		if _, err := d.awaitResponse(cmdUUID); err != nil {
			return err
		}
	}
	return nil
}

func (d *MqttDriver) awaitResponse(cmdUUID string) (string, error) {
	interval := time.Duration(d.serviceConfig.MQTTBrokerInfo.Writable.ResponseFetchInterval) * time.Millisecond
	for i := 0; i < 10; i++ {
		if v, ok := d.commandResponses.LoadAndDelete(cmdUUID); ok {
			return v.(string), nil
		}
		time.Sleep(interval)
	}
	return "", fmt.Errorf("timed out waiting for command response %s", cmdUUID)
}

func (d *MqttDriver) Stop(force bool) error {
	if d.mqttClient != nil {
		d.mqttClient.Disconnect(5000)
	}
	return nil
}

func (d *MqttDriver) AddDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	return nil
}

func (d *MqttDriver) UpdateDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	return nil
}

func (d *MqttDriver) RemoveDevice(deviceName string, protocols map[string]models.ProtocolProperties) error {
	return nil
}

func (d *MqttDriver) Discover() error { return fmt.Errorf("discovery not supported") }

func (d *MqttDriver) ValidateDevice(device models.Device) error { return nil }
