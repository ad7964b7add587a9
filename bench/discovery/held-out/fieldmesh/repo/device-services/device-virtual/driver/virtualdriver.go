//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package driver simulates devices (random bool/int/float/binary resources) so that a gateway
// can be exercised end to end without hardware.
package driver

import (
	"fmt"
	"math/rand"
	"sync"

	"github.com/fieldmesh/device-sdk-go/v3/pkg/interfaces"
	sdkModels "github.com/fieldmesh/device-sdk-go/v3/pkg/models"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"
	"github.com/spf13/cast"
)

type VirtualDriver struct {
	lc             logger.LoggingClient
	asyncCh        chan<- *sdkModels.AsyncValues
	sdk            interfaces.DeviceServiceSDK
	locker         sync.Mutex
	virtualDevices sync.Map
}

func NewVirtualDriver() *VirtualDriver { return &VirtualDriver{} }

func (d *VirtualDriver) Initialize(sdk interfaces.DeviceServiceSDK) error {
	d.sdk = sdk
	d.lc = sdk.LoggingClient()
	d.asyncCh = sdk.AsyncValuesChannel()
	return nil
}

func (d *VirtualDriver) Start() error { return nil }

// HandleReadCommands is invoked by the SDK for AutoEvents and for GET commands arriving from
// core-command (REST) or over the MessageBus; the SDK publishes the resulting event.
func (d *VirtualDriver) HandleReadCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest) ([]*sdkModels.CommandValue, error) {
	d.locker.Lock()
	defer d.locker.Unlock()

	res := make([]*sdkModels.CommandValue, len(reqs))
	for i, req := range reqs {
		cv, err := d.random(req)
		if err != nil {
			return nil, err
		}
		res[i] = cv
	}
	return res, nil
}

func (d *VirtualDriver) random(req sdkModels.CommandRequest) (*sdkModels.CommandValue, error) {
	switch req.Type {
	case common.ValueTypeBool:
		return sdkModels.NewCommandValue(req.DeviceResourceName, req.Type, rand.Intn(2) == 1) //nolint:gosec
	case common.ValueTypeInt32:
		return sdkModels.NewCommandValue(req.DeviceResourceName, req.Type, rand.Int31()) //nolint:gosec
	case common.ValueTypeFloat64:
		return sdkModels.NewCommandValue(req.DeviceResourceName, req.Type, rand.Float64()*100) //nolint:gosec
	case common.ValueTypeUint8:
		return sdkModels.NewCommandValue(req.DeviceResourceName, req.Type, cast.ToUint8(rand.Intn(255))) //nolint:gosec
	default:
		return nil, fmt.Errorf("virtual driver: unsupported value type %s", req.Type)
	}
}

func (d *VirtualDriver) HandleWriteCommands(deviceName string, protocols map[string]models.ProtocolProperties, reqs []sdkModels.CommandRequest, params []*sdkModels.CommandValue) error {
	for _, p := range params {
		d.virtualDevices.Store(deviceName+"/"+p.DeviceResourceName, p.Value)
	}
	return nil
}

func (d *VirtualDriver) Stop(force bool) error {
	d.lc.Info("VirtualDriver.Stop called")
	return nil
}

func (d *VirtualDriver) AddDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	d.lc.Debugf("a new Device is added: %s", deviceName)
	return nil
}

func (d *VirtualDriver) UpdateDevice(deviceName string, protocols map[string]models.ProtocolProperties, adminState models.AdminState) error {
	d.lc.Debugf("Device %s is updated", deviceName)
	return nil
}

func (d *VirtualDriver) RemoveDevice(deviceName string, protocols map[string]models.ProtocolProperties) error {
	d.virtualDevices.Delete(deviceName)
	return nil
}

func (d *VirtualDriver) Discover() error {
	return fmt.Errorf("Discover function is yet to be implemented")
}

func (d *VirtualDriver) ValidateDevice(device models.Device) error { return nil }
