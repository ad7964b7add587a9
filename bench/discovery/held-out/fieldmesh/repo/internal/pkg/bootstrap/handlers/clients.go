//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package handlers

import (
	"context"
	"sync"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/config"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/http"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
)

// ClientsBootstrap creates the HTTP clients a service declares in its Clients configuration
// section (e.g. Clients.core-metadata) and registers them in the DI container. The URL of
// each client comes from configuration (CLIENTS_CORE_METADATA_HOST etc. override Host).
type ClientsBootstrap struct{}

func NewClientsBootstrap() *ClientsBootstrap { return &ClientsBootstrap{} }

func (cb *ClientsBootstrap) BootstrapHandler(
	_ context.Context,
	_ *sync.WaitGroup,
	_ startup.Timer,
	dic *di.Container) bool {

	lc := container.LoggingClientFrom(dic.Get)
	cfg := container.ConfigurationFrom(dic.Get)
	jwtProvider := container.SecretProviderExtFrom(dic.Get)

	for serviceKey, serviceInfo := range cfg.GetBootstrap().Clients {
		url := serviceInfo.Url()
		lc.Infof("Using REST for '%s' clients @ %s", serviceKey, url)

		switch serviceKey {
		case common.CoreMetaDataServiceKey:
			dic.Update(di.ServiceConstructorMap{
				container.MetadataDeviceClientName: func(get di.Get) interface{} {
					return http.NewDeviceClient(url, jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
				},
				container.MetadataDeviceProfileClientName: func(get di.Get) interface{} {
					return http.NewDeviceProfileClient(url, jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
				},
				container.MetadataDeviceServiceClientName: func(get di.Get) interface{} {
					return http.NewDeviceServiceClient(url, jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
				},
			})
		case common.CoreDataServiceKey:
			dic.Update(di.ServiceConstructorMap{
				container.EventClientName: func(get di.Get) interface{} {
					return http.NewEventClient(url, jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
				},
			})
		case common.SupportNotificationsServiceKey:
			dic.Update(di.ServiceConstructorMap{
				container.NotificationClientName: func(get di.Get) interface{} {
					return http.NewNotificationClient(url, jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
				},
			})
		default:
			lc.Warnf("unknown client key '%s' in Clients configuration, skipping", serviceKey)
		}
	}

	// Device service command client: core-command addresses device services by the
	// BaseAddress they registered with core-metadata, not by configuration.
	dic.Update(di.ServiceConstructorMap{
		container.DeviceServiceCommandClientName: func(get di.Get) interface{} {
			return http.NewDeviceServiceCommandClient(jwtProvider, cfg.GetBootstrap().Service.EnableNameFieldEscape)
		},
	})

	_ = config.ClientInfo{}
	return true
}
