//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package config

import (
	bootstrapConfig "github.com/fieldmesh/go-mod-bootstrap/v3/config"
)

// ConfigurationStruct contains the configuration properties for the core-command service.
type ConfigurationStruct struct {
	Writable     WritableInfo
	Clients      bootstrapConfig.ClientsCollection
	Database     bootstrapConfig.Database
	Registry     bootstrapConfig.RegistryInfo
	Service      bootstrapConfig.ServiceInfo
	MessageBus   bootstrapConfig.MessageBusInfo
	ExternalMQTT bootstrapConfig.ExternalMQTTInfo
}

// WritableInfo contains configuration properties that can be updated at runtime from the provider.
type WritableInfo struct {
	LogLevel        string
	InsecureSecrets bootstrapConfig.InsecureSecrets
	Telemetry       bootstrapConfig.TelemetryInfo
}

func (c *ConfigurationStruct) GetBootstrap() bootstrapConfig.BootstrapConfiguration {
	return bootstrapConfig.BootstrapConfiguration{
		Clients:      &c.Clients,
		Service:      &c.Service,
		Registry:     &c.Registry,
		MessageBus:   &c.MessageBus,
		ExternalMQTT: &c.ExternalMQTT,
	}
}

func (c *ConfigurationStruct) GetLogLevel() string                           { return c.Writable.LogLevel }
func (c *ConfigurationStruct) GetRegistryInfo() bootstrapConfig.RegistryInfo { return c.Registry }
func (c *ConfigurationStruct) GetInsecureSecrets() bootstrapConfig.InsecureSecrets {
	return c.Writable.InsecureSecrets
}
func (c *ConfigurationStruct) GetTelemetryInfo() *bootstrapConfig.TelemetryInfo {
	return &c.Writable.Telemetry
}
func (c *ConfigurationStruct) GetWritablePtr() any { return &c.Writable }
func (c *ConfigurationStruct) UpdateFromRaw(raw interface{}) bool {
	v, ok := raw.(*ConfigurationStruct)
	if ok {
		*c = *v
	}
	return ok
}
func (c *ConfigurationStruct) UpdateWritableFromRaw(raw interface{}) bool {
	v, ok := raw.(*WritableInfo)
	if ok {
		c.Writable = *v
	}
	return ok
}
