// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// es-rollover manages index aliases for ES_USE_ALIASES=true deployments.
//
//	spanhound-es-rollover init     http://elasticsearch:9200   # create first indices + aliases, templates
//	spanhound-es-rollover rollover http://elasticsearch:9200   # roll write alias when conditions hit
//	spanhound-es-rollover lookback http://elasticsearch:9200   # drop old indices from read alias
package main

import (
	"fmt"
	"os"
	"strconv"

	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/es-rollover/app"
	"github.com/spanhound/spanhound/pkg/config"
)

func main() {
	logger, _ := zap.NewProduction()
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: spanhound-es-rollover (init|rollover|lookback) http://HOSTNAME:PORT")
		os.Exit(1)
	}
	action, endpoint := os.Args[1], os.Args[2]

	shards, _ := strconv.Atoi(config.GetEnv("SHARDS", "5"))
	replicas, _ := strconv.Atoi(config.GetEnv("REPLICAS", "1"))
	unitCount, _ := strconv.Atoi(config.GetEnv("UNIT_COUNT", "1"))
	cfg := app.Config{
		Endpoint:   endpoint,
		IndexPrefix: config.GetEnv("INDEX_PREFIX", ""),
		Archive:    config.GetEnv("ARCHIVE", "false") == "true",
		Username:   os.Getenv("ES_USERNAME"),
		Password:   os.Getenv("ES_PASSWORD"),
		Shards:     shards,
		Replicas:   replicas,
		Conditions: config.GetEnv("CONDITIONS", `{"max_age": "1d"}`),
		Unit:       config.GetEnv("UNIT", "days"),
		UnitCount:  unitCount,
		UseILM:     config.GetEnv("ES_USE_ILM", "false") == "true",
		ILMPolicy:  config.GetEnv("ES_ILM_POLICY_NAME", "spanhound-ilm-policy"),
		SkipDependencies: config.GetEnv("SKIP_DEPENDENCIES", "false") == "true",
	}
	client := app.NewClient(cfg)

	var err error
	switch action {
	case "init":
		err = app.Init(client, cfg, logger)
	case "rollover":
		err = app.Rollover(client, cfg, logger)
	case "lookback":
		err = app.Lookback(client, cfg, logger)
	default:
		err = fmt.Errorf("unknown action %q", action)
	}
	if err != nil {
		logger.Fatal("es-rollover failed", zap.String("action", action), zap.Error(err))
	}
}
