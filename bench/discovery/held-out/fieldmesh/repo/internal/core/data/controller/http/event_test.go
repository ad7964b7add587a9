//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package http

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/labstack/echo/v4"
	"github.com/stretchr/testify/assert"
)

// Integration tests in CI point DATABASE_HOST at the redis service container (localhost:6379).
const testRedisAddr = "localhost:6379"

func TestDeleteEventsByAge_InvalidAge(t *testing.T) {
	e := echo.New()
	req := httptest.NewRequest(http.MethodDelete, "http://localhost:59880/api/v3/event/age/abc", nil)
	rec := httptest.NewRecorder()
	c := e.NewContext(req, rec)
	c.SetParamNames("age")
	c.SetParamValues("abc")

	ec := NewEventController(nil)
	err := ec.DeleteEventsByAge(c)
	assert.NoError(t, err)
	assert.Equal(t, http.StatusBadRequest, rec.Code)
	_ = testRedisAddr
}
