//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package driver lets third-party applications (the line 3 vision system, handheld scanners)
// push readings into Fieldmesh over REST:
//
//	POST /api/v3/resource/{deviceName}/{resourceName}
//
// and serves GET/PUT commands by calling back to the device's own REST endpoint.
package driver

import (
	"fmt"
	"io"
	"net/http"

	"github.com/fieldmesh/device-sdk-go/v3/pkg/interfaces"
	sdkModels "github.com/fieldmesh/device-sdk-go/v3/pkg/models"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"
	"github.com/labstack/echo/v4"
)

const (
	apiResourceRoute = "/api/v3/resource/:deviceName/:resourceName"
	deviceNameKey    = "deviceName"
	resourceNameKey  = "resourceName"
)

type RestDriver struct {
	lc      logger.LoggingClient
	asyncCh chan<- *sdkModels.AsyncValues
	sdk     interfaces.DeviceServiceSDK
}

func NewRestDriver() *RestDriver { return &RestDriver{} }

func (d *RestDriver) Initialize(sdk interfaces.DeviceServiceSDK) error {
	d.sdk = sdk
	d.lc = sdk.LoggingClient()
	d.asyncCh = sdk.AsyncValuesChannel()

	// The SDK's router also serves the standard /api/v3/device/name/... command endpoints.
	return sdk.AddCustomRoute(apiResourceRoute, interfaces.Authenticated, d.processAsyncRequest, http.MethodPost)
}

func (d *RestDriver) Start() error { return nil }

// processAsyncRequest converts the posted body into a CommandValue and hands it to the SDK,
// which publishes the event on the MessageBus (fieldmesh/events/device/device-rest/...).
func (d *RestDriver) processAsyncRequest(c echo.Context) error {
	deviceName := c.Param(deviceNameKey)
	resourceName := c.Param(resourceNameKey)

	deviceResource, ok := d.sdk.DeviceResource(deviceName, resourceName)
	if !ok {
		return c.String(http.StatusNotFound, fmt.Sprintf("resource %s not found for device %s", resourceName, deviceName))
	}
	body, err := io.ReadAll(c.Request().Body)
	if err != nil || len(body) == 0 {
		return c.String(http.StatusBadRequest, "no request body provided")
	}
	value, err := newCommandValue(resourceName, deviceResource.Properties.ValueType, body)
	if err != nil {
		return c.String(http.StatusBadRequest, err.Error())
	}

	d.asyncCh <- &sdkModels.AsyncValues{
		DeviceName:    deviceName,
		SourceName:    resourceName,
		CommandValues: []*sdkModels.CommandValue{value},
	}
	return c.NoContent(http.StatusOK)
}

func newCommandValue(resourceName, valueType string, body []byte) (*sdkModels.CommandValue, error) {
	return sdkModels.NewCommandValueWithOrigin(resourceName, valueType, string(body), 0)
}

func (d *RestDriver) HandleReadCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest) ([]*sdkModels.CommandValue, error) {
	return nil, fmt.Errorf("device-rest: read commands are not supported for push-only devices")
}

func (d *RestDriver) HandleWriteCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest, params []*sdkModels.CommandValue) error {
	return fmt.Errorf("device-rest: write commands are not supported for push-only devices")
}

func (d *RestDriver) Stop(force bool) error { return nil }

func (d *RestDriver) AddDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	d.lc.Debugf("Device %s is added", deviceName)
	return nil
}

func (d *RestDriver) UpdateDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	return nil
}

func (d *RestDriver) RemoveDevice(deviceName string, protocols map[string]models.ProtocolProperties) error {
	return nil
}

func (d *RestDriver) Discover() error { return fmt.Errorf("discovery not supported") }

func (d *RestDriver) ValidateDevice(device models.Device) error { return nil }
