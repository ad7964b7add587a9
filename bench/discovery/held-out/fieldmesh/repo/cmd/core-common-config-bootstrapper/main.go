//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package main

import (
	"context"
	"os"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/flags"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/interfaces"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/config"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"gopkg.in/yaml.v3"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/environment"
)

const serviceKey = common.CoreCommonConfigServiceKey

// main loads res/configuration.yaml, applies ALL_SERVICES_* / APP_SERVICES_* / DEVICE_SERVICES_*
// env overrides and pushes the result to the configuration provider (Consul KV). It exits once done.
func main() {
	lc := logger.NewClient(serviceKey, "INFO")
	f := flags.New()
	f.Parse(os.Args[1:])

	env := environment.NewVariables(lc)
	providerInfo, err := config.NewProviderInfo(env, f.ConfigProviderUrl())
	if err != nil {
		lc.Errorf("failed to determine configuration provider: %v", err)
		os.Exit(1)
	}

	raw, err := os.ReadFile(f.ConfigDirectory() + "/configuration.yaml")
	if err != nil {
		lc.Errorf("failed to read common configuration: %v", err)
		os.Exit(1)
	}
	var common map[string]any
	if err := yaml.Unmarshal(raw, &common); err != nil {
		lc.Errorf("failed to parse common configuration: %v", err)
		os.Exit(1)
	}

	for section, prefix := range map[string]string{
		"all-services":    "ALL_SERVICES",
		"app-services":    "APP_SERVICES",
		"device-services": "DEVICE_SERVICES",
	} {
		if overrides := env.OverrideConfigMapValues(prefix, common[section]); overrides > 0 {
			lc.Infof("%d overrides applied to %s from environment", overrides, section)
		}
	}

	client, err := startup.NewConfigProviderClient(context.Background(), lc, providerInfo, serviceKey, f.OverwriteConfig())
	if err != nil {
		lc.Errorf("failed to connect to configuration provider: %v", err)
		os.Exit(1)
	}
	var _ interfaces.Configuration
	if err := client.PutConfigurationMap(common, f.OverwriteConfig()); err != nil {
		lc.Errorf("failed to push common configuration: %v", err)
		os.Exit(1)
	}
	if err := client.PutConfigurationValue(config.CommonConfigDone, []byte("true")); err != nil {
		lc.Errorf("failed to mark common configuration done: %v", err)
		os.Exit(1)
	}
	lc.Info("common configuration pushed to configuration provider")
}
