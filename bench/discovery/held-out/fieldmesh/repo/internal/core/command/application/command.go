//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package application

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/handlers"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/fieldmesh/go-mod-core-contracts/v3/dtos/responses"
	"github.com/fieldmesh/go-mod-core-contracts/v3/errors"
	"github.com/labstack/echo/v4"
)

const ConfigurationName = "CoreCommandConfiguration"

// IssueGetCommandByName looks the device, its profile and its owning device service up in
// core-metadata, then issues the GET to the device service at the BaseAddress it registered
// (e.g. http://fieldmesh-device-virtual:59900/api/v3/device/name/<device>/<command>).
func IssueGetCommandByName(deviceName, commandName, queryParams string, ctx context.Context, dic *di.Container) (*responses.EventResponse, errors.FieldmeshError) {
	deviceClient := bootstrapContainer.DeviceClientFrom(dic.Get)
	deviceServiceClient := bootstrapContainer.DeviceServiceClientFrom(dic.Get)
	deviceServiceCommandClient := bootstrapContainer.DeviceServiceCommandClientFrom(dic.Get)

	deviceResponse, err := deviceClient.DeviceByName(ctx, deviceName)
	if err != nil {
		return nil, errors.NewCommonFieldmeshErrorWrapper(err)
	}
	deviceServiceResponse, err := deviceServiceClient.DeviceServiceByName(ctx, deviceResponse.Device.ServiceName)
	if err != nil {
		return nil, errors.NewCommonFieldmeshErrorWrapper(err)
	}

	response, err := deviceServiceCommandClient.GetCommand(ctx, deviceServiceResponse.Service.BaseAddress, deviceName, commandName, queryParams)
	if err != nil {
		return nil, errors.NewCommonFieldmeshErrorWrapper(err)
	}
	return response, nil
}

// IssueSetCommandByName issues a PUT to the device service's BaseAddress.
func IssueSetCommandByName(deviceName, commandName, queryParams string, settings map[string]any, ctx context.Context, dic *di.Container) errors.FieldmeshError {
	deviceClient := bootstrapContainer.DeviceClientFrom(dic.Get)
	deviceServiceClient := bootstrapContainer.DeviceServiceClientFrom(dic.Get)
	deviceServiceCommandClient := bootstrapContainer.DeviceServiceCommandClientFrom(dic.Get)

	deviceResponse, err := deviceClient.DeviceByName(ctx, deviceName)
	if err != nil {
		return errors.NewCommonFieldmeshErrorWrapper(err)
	}
	if deviceResponse.Device.AdminState == "LOCKED" {
		return errors.NewCommonFieldmeshError(errors.KindServiceLocked, fmt.Sprintf("device %s is locked", deviceName), nil)
	}
	deviceServiceResponse, err := deviceServiceClient.DeviceServiceByName(ctx, deviceResponse.Device.ServiceName)
	if err != nil {
		return errors.NewCommonFieldmeshErrorWrapper(err)
	}
	_, err = deviceServiceCommandClient.SetCommandWithObject(ctx, deviceServiceResponse.Service.BaseAddress, deviceName, commandName, queryParams, settings)
	if err != nil {
		return errors.NewCommonFieldmeshErrorWrapper(err)
	}
	return nil
}

type RestRoutes struct{ router *echo.Echo }

func NewRestRoutes(r *echo.Echo) *RestRoutes { return &RestRoutes{router: r} }

func (rr *RestRoutes) BootstrapHandler(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	auth := handlers.AutoConfigAuthenticationFunc(dic)
	rr.router.GET(common.ApiDeviceNameCommandNameEchoRoute, func(c echo.Context) error {
		resp, err := IssueGetCommandByName(c.Param(common.Name), c.Param(common.Command), c.QueryString(), c.Request().Context(), dic)
		if err != nil {
			return c.JSON(err.Code(), err.Message())
		}
		return c.JSON(http.StatusOK, resp)
	}, auth)
	rr.router.PUT(common.ApiDeviceNameCommandNameEchoRoute, func(c echo.Context) error {
		settings := map[string]any{}
		if err := c.Bind(&settings); err != nil {
			return c.NoContent(http.StatusBadRequest)
		}
		if err := IssueSetCommandByName(c.Param(common.Name), c.Param(common.Command), c.QueryString(), settings, c.Request().Context(), dic); err != nil {
			return c.JSON(err.Code(), err.Message())
		}
		return c.NoContent(http.StatusOK)
	}, auth)
	return true
}
