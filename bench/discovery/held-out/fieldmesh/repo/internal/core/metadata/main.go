//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package metadata

import (
	"context"
	"os"
	"sync"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/flags"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/handlers"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/interfaces"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	bootstrapConfig "github.com/fieldmesh/go-mod-bootstrap/v3/config"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/labstack/echo/v4"

	fieldmesh "github.com/fieldmesh/fieldmesh-go/v3"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/metadata/application"
	pkgHandlers "github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/bootstrap/handlers"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
)

// ConfigurationStruct contains core-metadata's configuration.
type ConfigurationStruct struct {
	Writable      WritableInfo
	Clients       map[string]bootstrapConfig.ClientInfo
	Database      bootstrapConfig.Database
	Notifications application.NotificationInfo
	Registry      bootstrapConfig.RegistryInfo
	Service       bootstrapConfig.ServiceInfo
	MessageBus    bootstrapConfig.MessageBusInfo
	UoM           struct{ UoMFile string }
}

type WritableInfo struct {
	LogLevel        string
	ProfileChange   struct{ StrictDeviceProfileChanges, StrictDeviceProfileDelete bool }
	UoM             struct{ Validation bool }
	InsecureSecrets bootstrapConfig.InsecureSecrets
	Telemetry       bootstrapConfig.TelemetryInfo
}

func Main(ctx context.Context, cancel context.CancelFunc, router *echo.Echo) {
	startupTimer := startup.NewStartUpTimer(common.CoreMetaDataServiceKey)

	f := flags.New()
	f.Parse(os.Args[1:])

	configuration := &ConfigurationStruct{}
	dic := di.NewContainer(di.ServiceConstructorMap{
		application.ConfigurationName: func(get di.Get) interface{} {
			return configuration
		},
	})

	httpServer := handlers.NewHttpServer(router, true, common.CoreMetaDataServiceKey)

	bootstrap.Run(
		ctx,
		cancel,
		f,
		common.CoreMetaDataServiceKey,
		common.ConfigStemCore,
		configuration,
		startupTimer,
		dic,
		true,
		bootstrapConfig.ServiceTypeOther,
		[]interfaces.BootstrapHandler{
			handlers.NewSecureProviderBootstrapHandler,
			databaseHandler,
			handlers.MessagingBootstrapHandler,
			handlers.NewServiceMetrics(common.CoreMetaDataServiceKey).BootstrapHandler, // Must be after Messaging
			pkgHandlers.NewClientsBootstrap().BootstrapHandler,
			application.NewRestRoutes(router).BootstrapHandler,
			httpServer.BootstrapHandler,
			handlers.NewStartMessage(common.CoreMetaDataServiceKey, fieldmesh.Version).BootstrapHandler,
		})
}

func databaseHandler(ctx context.Context, wg *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	lc := container.LoggingClientFrom(dic.Get)
	cfg := dic.Get(application.ConfigurationName).(*ConfigurationStruct)
	secrets, err := container.SecretProviderFrom(dic.Get).GetSecret(cfg.Database.Type)
	if err != nil {
		lc.Errorf("unable to get database credentials: %v", err)
		return false
	}
	dbClient, fmErr := redis.NewClient(cfg.Database,
		bootstrapConfig.Credentials{Username: secrets["username"], Password: secrets["password"]}, lc)
	if fmErr != nil {
		lc.Errorf("unable to create redis client: %v", fmErr)
		return false
	}
	dic.Update(di.ServiceConstructorMap{application.DBClientName: func(get di.Get) interface{} { return dbClient }})

	wg.Add(1)
	go func() {
		defer wg.Done()
		<-ctx.Done()
		dbClient.CloseSession()
	}()
	return true
}

func (c *ConfigurationStruct) GetBootstrap() bootstrapConfig.BootstrapConfiguration {
	return bootstrapConfig.BootstrapConfiguration{
		Clients:    &c.Clients,
		Service:    &c.Service,
		Registry:   &c.Registry,
		MessageBus: &c.MessageBus,
		Database:   &c.Database,
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

func (c *ConfigurationStruct) NotificationSettings() application.NotificationInfo {
	return c.Notifications
}
