//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package data

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
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/application"
	dataContainer "github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/config"
	httpController "github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/controller/http"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/messaging"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
)

func Main(ctx context.Context, cancel context.CancelFunc, router *echo.Echo) {
	startupTimer := startup.NewStartUpTimer(common.CoreDataServiceKey)

	// All common command-line flags have been moved to DefaultCommonFlags. Service specific flags can be added here,
	// by inserting service specific flag prior to call to commonFlags.Parse().
	f := flags.New()
	f.Parse(os.Args[1:])

	configuration := &dataContainer.ConfigurationStruct{}
	dic := di.NewContainer(di.ServiceConstructorMap{
		dataContainer.ConfigurationName: func(get di.Get) interface{} {
			return configuration
		},
	})

	httpServer := handlers.NewHttpServer(router, true, common.CoreDataServiceKey)

	bootstrap.Run(
		ctx,
		cancel,
		f,
		common.CoreDataServiceKey,
		common.ConfigStemCore,
		configuration,
		startupTimer,
		dic,
		true,
		bootstrapConfig.ServiceTypeOther,
		[]interfaces.BootstrapHandler{
			handlers.NewSecureProviderBootstrapHandler,
			newDatabaseBootstrap().BootstrapHandler,
			handlers.MessagingBootstrapHandler,
			handlers.NewServiceMetrics(common.CoreDataServiceKey).BootstrapHandler, // Must be after Messaging
			application.BootstrapHandler,
			messaging.SubscribeEvents,
			NewBootstrap(router, common.CoreDataServiceKey).BootstrapHandler,
			httpServer.BootstrapHandler,
			handlers.NewStartMessage(common.CoreDataServiceKey, fieldmesh.Version).BootstrapHandler,
		})
}

type databaseBootstrap struct{}

func newDatabaseBootstrap() *databaseBootstrap { return &databaseBootstrap{} }

// BootstrapHandler opens the Redis database named by Database.Name using the
// Database.Host / Database.Port from configuration (DATABASE_HOST override in compose).
func (d *databaseBootstrap) BootstrapHandler(ctx context.Context, wg *sync.WaitGroup, startupTimer startup.Timer, dic *di.Container) bool {
	lc := container.LoggingClientFrom(dic.Get)
	cfg := dataContainer.ConfigurationFrom(dic.Get)
	secretProvider := container.SecretProviderFrom(dic.Get)

	credentials, err := secretProvider.GetSecret(cfg.Database.Type)
	if err != nil {
		lc.Errorf("unable to get database credentials: %v", err)
		return false
	}

	dbClient, fmErr := redis.NewClient(cfg.Database, toCredentials(credentials), lc)
	if fmErr != nil {
		lc.Errorf("unable to create redis client: %v", fmErr)
		return false
	}

	dic.Update(di.ServiceConstructorMap{
		dataContainer.DBClientInterfaceName: func(get di.Get) interface{} {
			return dbClient
		},
	})

	wg.Add(1)
	go func() {
		defer wg.Done()
		<-ctx.Done()
		dbClient.CloseSession()
		lc.Info("Database disconnected")
	}()
	return true
}

// NewBootstrap registers the v3 REST routes.
func NewBootstrap(router *echo.Echo, serviceName string) *Bootstrap {
	return &Bootstrap{router: router, serviceName: serviceName}
}

type Bootstrap struct {
	router      *echo.Echo
	serviceName string
}

func (b *Bootstrap) BootstrapHandler(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	httpController.LoadRestRoutes(b.router, dic, b.serviceName)
	return true
}

func toCredentials(secrets map[string]string) bootstrapConfig.Credentials {
	return bootstrapConfig.Credentials{Username: secrets["username"], Password: secrets["password"]}
}
