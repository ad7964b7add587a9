//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package command

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
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/command/application"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/command/config"
	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/command/controller/messaging"
	pkgHandlers "github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/bootstrap/handlers"
)

func Main(ctx context.Context, cancel context.CancelFunc, router *echo.Echo) {
	startupTimer := startup.NewStartUpTimer(common.CoreCommandServiceKey)

	f := flags.New()
	f.Parse(os.Args[1:])

	configuration := &config.ConfigurationStruct{}
	dic := di.NewContainer(di.ServiceConstructorMap{
		application.ConfigurationName: func(get di.Get) interface{} {
			return configuration
		},
	})

	httpServer := handlers.NewHttpServer(router, true, common.CoreCommandServiceKey)

	bootstrap.Run(
		ctx,
		cancel,
		f,
		common.CoreCommandServiceKey,
		common.ConfigStemCore,
		configuration,
		startupTimer,
		dic,
		true,
		bootstrapConfig.ServiceTypeOther,
		[]interfaces.BootstrapHandler{
			handlers.NewSecureProviderBootstrapHandler,
			pkgHandlers.NewClientsBootstrap().BootstrapHandler,
			handlers.MessagingBootstrapHandler,
			handlers.NewServiceMetrics(common.CoreCommandServiceKey).BootstrapHandler, // Must be after Messaging
			messagingBootstrap,
			application.NewRestRoutes(router).BootstrapHandler,
			httpServer.BootstrapHandler,
			handlers.NewStartMessage(common.CoreCommandServiceKey, fieldmesh.Version).BootstrapHandler,
		})
}

// messagingBootstrap wires the internal MessageBus command path and, only when
// ExternalMQTT.Enabled is true, the bridge to an external MQTT broker.
func messagingBootstrap(ctx context.Context, wg *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	lc := container.LoggingClientFrom(dic.Get)
	cfg := dic.Get(application.ConfigurationName).(*config.ConfigurationStruct)

	if err := messaging.SubscribeCommandRequests(ctx, dic); err != nil {
		lc.Errorf("Failed to subscribe commands request from internal message bus, %v", err)
		return false
	}
	if err := messaging.SubscribeCommandQueryRequests(ctx, dic); err != nil {
		lc.Errorf("Failed to subscribe command query request from internal message bus, %v", err)
		return false
	}

	if cfg.ExternalMQTT.Enabled {
		externalMQTT := handlers.NewExternalMQTT(messaging.OnConnectHandler(dic))
		if !externalMQTT.BootstrapHandler(ctx, wg, nil, dic) {
			return false
		}
	}
	return true
}
