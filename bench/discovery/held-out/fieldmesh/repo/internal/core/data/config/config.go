//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package config

import (
	bootstrapConfig "github.com/fieldmesh/go-mod-bootstrap/v3/config"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
)

// ConfigurationStruct is core-data's full configuration: res/configuration.yaml merged with the
// common configuration from the provider and environment overrides.
type ConfigurationStruct struct {
	Writable   WritableInfo
	MessageBus bootstrapConfig.MessageBusInfo
	Database   bootstrapConfig.Database
	Registry   bootstrapConfig.RegistryInfo
	Service    bootstrapConfig.ServiceInfo
	Retention  RetentionInfo
}

type WritableInfo struct {
	PersistData     bool
	LogLevel        string
	InsecureSecrets bootstrapConfig.InsecureSecrets
	Telemetry       bootstrapConfig.TelemetryInfo
}

type RetentionInfo struct {
	Enabled  bool
	Interval string
	MaxCap   uint32
	MinCap   uint32
}

func (c *ConfigurationStruct) UpdateFromRaw(rawConfig interface{}) bool {
	configuration, ok := rawConfig.(*ConfigurationStruct)
	if ok {
		*c = *configuration
	}
	return ok
}

func (c *ConfigurationStruct) UpdateWritableFromRaw(rawWritable interface{}) bool {
	rawWritableInfo, ok := rawWritable.(*WritableInfo)
	if ok {
		c.Writable = *rawWritableInfo
	}
	return ok
}

func (c *ConfigurationStruct) GetBootstrap() bootstrapConfig.BootstrapConfiguration {
	// temporary until we can make backwards-breaking configuration.yaml change
	return bootstrapConfig.BootstrapConfiguration{
		Service:    &c.Service,
		Registry:   &c.Registry,
		MessageBus: &c.MessageBus,
		Database:   &c.Database,
	}
}

func (c *ConfigurationStruct) GetLogLevel() string { return c.Writable.LogLevel }

func (c *ConfigurationStruct) GetRegistryInfo() bootstrapConfig.RegistryInfo { return c.Registry }

func (c *ConfigurationStruct) GetInsecureSecrets() bootstrapConfig.InsecureSecrets {
	return c.Writable.InsecureSecrets
}

func (c *ConfigurationStruct) GetTelemetryInfo() *bootstrapConfig.TelemetryInfo {
	return &c.Writable.Telemetry
}

func (c *ConfigurationStruct) GetWritablePtr() any { return &c.Writable }

// ConfigurationName contains the name of data's config.ConfigurationStruct implementation in the DIC.
var ConfigurationName = di.TypeInstanceToName(ConfigurationStruct{})

// DBClientInterfaceName contains the name of the Redis DB client in the DIC.
var DBClientInterfaceName = "CoreDataDBClient"

func ConfigurationFrom(get di.Get) *ConfigurationStruct {
	return get(ConfigurationName).(*ConfigurationStruct)
}

func DBClientFrom(get di.Get) *redis.Client {
	return get(DBClientInterfaceName).(*redis.Client)
}
