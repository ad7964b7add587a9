//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package main

import (
	"context"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/core/data"

	"github.com/labstack/echo/v4"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	data.Main(ctx, cancel, echo.New())
}
