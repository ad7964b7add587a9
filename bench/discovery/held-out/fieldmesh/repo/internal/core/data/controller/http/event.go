//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package http

import (
	"net/http"
	"strconv"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/controller"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/handlers"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	commonDTO "github.com/fieldmesh/go-mod-core-contracts/v3/dtos/common"
	"github.com/labstack/echo/v4"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/application"
)

type EventController struct {
	dic *di.Container
}

func NewEventController(dic *di.Container) *EventController {
	return &EventController{dic: dic}
}

func LoadRestRoutes(r *echo.Echo, dic *di.Container, serviceName string) {
	authenticationHook := handlers.AutoConfigAuthenticationFunc(dic)

	// Common: ping, version, config, secret
	_ = controller.NewCommonController(dic, r, serviceName, "3.1.0")

	ec := NewEventController(dic)
	r.DELETE(common.ApiVersion+"/event/age/:age", ec.DeleteEventsByAge, authenticationHook)
	r.GET(common.ApiVersion+"/event/all", ec.AllEvents, authenticationHook)
}

// DeleteEventsByAge handles DELETE /api/v3/event/age/{age} (called by support-scheduler).
func (ec *EventController) DeleteEventsByAge(c echo.Context) error {
	age, err := strconv.ParseInt(c.Param("age"), 10, 64)
	if err != nil {
		return c.JSON(http.StatusBadRequest, commonDTO.NewBaseResponse("", "age must be an integer", http.StatusBadRequest))
	}
	if fmErr := application.EventAppFrom(ec.dic.Get).DeleteEventsByAge(age, ec.dic); fmErr != nil {
		return c.JSON(fmErr.Code(), commonDTO.NewBaseResponse("", fmErr.Message(), fmErr.Code()))
	}
	return c.JSON(http.StatusAccepted, commonDTO.NewBaseResponse("", "", http.StatusAccepted))
}

func (ec *EventController) AllEvents(c echo.Context) error {
	return c.JSON(http.StatusOK, commonDTO.NewBaseResponse("", "", http.StatusOK))
}
