//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package main

import (
	"github.com/fieldmesh/device-sdk-go/v3/pkg/startup"

	"github.com/fieldmesh/device-mqtt-go/v3/driver"
)

const (
	serviceName string = "device-mqtt"
)

// Version is set by the Dockerfile via -ldflags.
var Version string = "to be replaced by makefile"

func main() {
	d := driver.NewMqttDriver()
	startup.Bootstrap(serviceName, Version, d)
}
