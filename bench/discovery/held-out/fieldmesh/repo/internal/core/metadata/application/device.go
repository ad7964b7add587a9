//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package application

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/handlers"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/fieldmesh/go-mod-core-contracts/v3/dtos"
	"github.com/fieldmesh/go-mod-core-contracts/v3/dtos/requests"
	"github.com/fieldmesh/go-mod-core-contracts/v3/errors"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"
	"github.com/fieldmesh/go-mod-messaging/v3/pkg/types"
	"github.com/labstack/echo/v4"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
)

const (
	ConfigurationName = "CoreMetadataConfiguration"
	DBClientName      = "CoreMetadataDBClient"
)

// NotificationInfo mirrors the Notifications section of configuration.yaml.
type NotificationInfo struct {
	PostDeviceChanges bool
	Content           string
	Sender            string
	Description       string
	Label             string
}

type notificationsConfig interface {
	NotificationSettings() NotificationInfo
}

// AddDevice persists the device, publishes a system event on the MessageBus so the owning
// device service refreshes its cache, and optionally posts a notice to support-notifications.
func AddDevice(d models.Device, ctx context.Context, dic *di.Container) (string, errors.FieldmeshError) {
	lc := bootstrapContainer.LoggingClientFrom(dic.Get)
	dbClient := dic.Get(DBClientName).(*redis.Client)

	if err := dbClient.Put(redis.DeviceCollection, d.Name, d); err != nil {
		return "", errors.NewCommonFieldmeshErrorWrapper(err)
	}
	lc.Debugf("Device created on DB successfully. Device ID: %s", d.Id)

	go publishSystemEvent(common.DeviceSystemEventType, common.SystemEventActionAdd, d.ServiceName, d.ProfileName, dtos.FromDeviceModelToDTO(d), ctx, dic)
	go postDeviceChangeNotice(d.Name, "added", ctx, dic)
	return d.Id, nil
}

// publishSystemEvent publishes to
// <prefix>/system-events/core-metadata/<type>/<action>/<owner>/<profile>
func publishSystemEvent(eventType, action, owner, profileName string, details any, ctx context.Context, dic *di.Container) {
	lc := bootstrapContainer.LoggingClientFrom(dic.Get)
	messagingClient := bootstrapContainer.MessagingClientFrom(dic.Get)
	if messagingClient == nil {
		lc.Errorf("unable to publish '%s' System Event: MessageBus Client not available", eventType)
		return
	}
	cfg := bootstrapContainer.ConfigurationFrom(dic.Get).GetBootstrap().MessageBus

	systemEvent := dtos.NewSystemEvent(eventType, action, common.CoreMetaDataServiceKey, owner, nil, details)
	topic := common.NewPathBuilder().EnableNameFieldEscape(false).
		SetPath(cfg.GetBaseTopicPrefix()).SetPath(common.SystemEventPublishTopic).
		SetPath(systemEvent.Source).SetPath(systemEvent.Type).SetPath(systemEvent.Action).
		SetNameFieldPath(systemEvent.Owner).SetNameFieldPath(profileName).BuildPath()

	payload, _ := jsonMarshal(systemEvent)
	envelope := types.NewMessageEnvelope(payload, ctx)
	if err := messagingClient.Publish(envelope, topic); err != nil {
		lc.Errorf("unable to publish '%s' System Event for %s to topic '%s': %v", action, owner, topic, err)
		return
	}
	lc.Debugf("Published the '%s' System Event for %s to topic '%s'", action, owner, topic)
}

// postDeviceChangeNotice sends a notification through support-notifications when
// Notifications.PostDeviceChanges is enabled (disabled in the default/Northwind config).
func postDeviceChangeNotice(deviceName, action string, ctx context.Context, dic *di.Container) {
	cfg, ok := dic.Get(ConfigurationName).(notificationsConfig)
	if !ok || !cfg.NotificationSettings().PostDeviceChanges {
		return
	}
	settings := cfg.NotificationSettings()
	client := bootstrapContainer.NotificationClientFrom(dic.Get)
	notification := dtos.NewNotification(
		[]string{settings.Label},
		settings.Label,
		fmt.Sprintf("%s-device: %s %s", settings.Content, deviceName, action),
		settings.Sender,
		models.Normal,
	)
	req := requests.NewAddNotificationRequest(notification)
	if _, err := client.SendNotification(ctx, []requests.AddNotificationRequest{req}); err != nil {
		bootstrapContainer.LoggingClientFrom(dic.Get).Errorf("failed to post device change notice: %v", err)
	}
}

type RestRoutes struct{ router *echo.Echo }

func NewRestRoutes(r *echo.Echo) *RestRoutes { return &RestRoutes{router: r} }

func (rr *RestRoutes) BootstrapHandler(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	auth := handlers.AutoConfigAuthenticationFunc(dic)
	rr.router.POST(common.ApiDeviceRoute, func(c echo.Context) error {
		var reqs []requests.AddDeviceRequest
		if err := c.Bind(&reqs); err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
		for _, r := range reqs {
			if _, err := AddDevice(dtos.ToDeviceModel(r.Device), c.Request().Context(), dic); err != nil {
				return c.JSON(err.Code(), err.Message())
			}
		}
		return c.NoContent(http.StatusMultiStatus)
	}, auth)
	return true
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
