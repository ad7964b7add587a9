//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package notifications

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
	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/support/notifications/application/channel"
)

const configurationName = "SupportNotificationsConfiguration"

type ConfigurationStruct struct {
	Writable   WritableInfo
	Database   bootstrapConfig.Database
	Registry   bootstrapConfig.RegistryInfo
	Service    bootstrapConfig.ServiceInfo
	MessageBus bootstrapConfig.MessageBusInfo
	Smtp       channel.SmtpInfo
	Retention  struct {
		Enabled        bool
		Interval       string
		MaxCap, MinCap uint32
	}
}

type WritableInfo struct {
	LogLevel        string
	ResendLimit     int
	ResendInterval  string
	InsecureSecrets bootstrapConfig.InsecureSecrets
	Telemetry       bootstrapConfig.TelemetryInfo
}

func Main(ctx context.Context, cancel context.CancelFunc, router *echo.Echo) {
	startupTimer := startup.NewStartUpTimer(common.SupportNotificationsServiceKey)

	f := flags.New()
	f.Parse(os.Args[1:])

	configuration := &ConfigurationStruct{}
	dic := di.NewContainer(di.ServiceConstructorMap{
		configurationName: func(get di.Get) interface{} { return configuration },
	})

	httpServer := handlers.NewHttpServer(router, true, common.SupportNotificationsServiceKey)

	bootstrap.Run(
		ctx,
		cancel,
		f,
		common.SupportNotificationsServiceKey,
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
			handlers.NewServiceMetrics(common.SupportNotificationsServiceKey).BootstrapHandler, // Must be after Messaging
			senderHandler,
			httpServer.BootstrapHandler,
			handlers.NewStartMessage(common.SupportNotificationsServiceKey, fieldmesh.Version).BootstrapHandler,
		})
}

func databaseHandler(ctx context.Context, wg *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	lc := container.LoggingClientFrom(dic.Get)
	cfg := dic.Get(configurationName).(*ConfigurationStruct)
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
	dic.Update(di.ServiceConstructorMap{"NotificationsDBClient": func(get di.Get) interface{} { return dbClient }})
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-ctx.Done()
		dbClient.CloseSession()
	}()
	return true
}

func senderHandler(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	cfg := dic.Get(configurationName).(*ConfigurationStruct)
	dic.Update(di.ServiceConstructorMap{
		channel.EmailSenderName: func(get di.Get) interface{} { return channel.NewEmailSender(dic, cfg.Smtp) },
		channel.RESTSenderName:  func(get di.Get) interface{} { return channel.NewRESTSender(dic) },
	})
	return true
}

func (c *ConfigurationStruct) GetBootstrap() bootstrapConfig.BootstrapConfiguration {
	return bootstrapConfig.BootstrapConfiguration{Service: &c.Service, Registry: &c.Registry, MessageBus: &c.MessageBus, Database: &c.Database}
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
