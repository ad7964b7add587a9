//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// app-service-configurable runs a functions pipeline defined entirely in configuration. The
// profile (res/<profile>/configuration.yaml) is chosen with -p/--profile or the
// FIELDMESH_PROFILE env var; each deployed instance uses one profile.
package main

import (
	"os"

	"github.com/fieldmesh/app-functions-sdk-go/v3/pkg"
	"github.com/fieldmesh/app-functions-sdk-go/v3/pkg/interfaces"
)

const (
	serviceKey = "app-" + "service-configurable"
)

type myApp struct {
	service interfaces.ApplicationService
}

func main() {
	app := myApp{}
	code := app.CreateAndRunService(serviceKey, pkg.NewAppService)
	os.Exit(code)
}

// CreateAndRunService returns 0 on success or a non-zero exit code on failure.
func (app *myApp) CreateAndRunService(serviceKey string, newServiceFactory func(string) (interfaces.ApplicationService, bool)) int {
	var ok bool
	app.service, ok = newServiceFactory(serviceKey)
	if !ok {
		return -1
	}
	lc := app.service.LoggingClient()

	// Pipelines (Writable.Pipeline.ExecutionOrder / PerTopicPipelines) are built from the
	// configurable functions: FilterByDeviceName, Transform, Compress, Batch, HTTPExport, MQTTExport...
	configurable := pkg.NewConfigurable(lc)
	if err := app.service.LoadConfigurableFunctionPipelines(configurable); err != nil {
		lc.Errorf("failed to load configurable function pipelines: %s", err.Error())
		return -1
	}

	if err := app.service.Run(); err != nil {
		lc.Errorf("Run returned error: %s", err.Error())
		return -1
	}
	return 0
}
