// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// es-index-cleaner removes daily Spanhound indices older than NUM_OF_DAYS.
//
//	spanhound-es-index-cleaner 7 http://elasticsearch:9200
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/es-index-cleaner/app"
	"github.com/spanhound/spanhound/pkg/config"
)

func main() {
	logger, _ := zap.NewProduction()
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: spanhound-es-index-cleaner NUM_OF_DAYS http://HOSTNAME:PORT")
		os.Exit(1)
	}
	numDays, err := strconv.Atoi(os.Args[1])
	if err != nil || numDays < 0 {
		log.Fatalf("could not parse NUM_OF_DAYS %q", os.Args[1])
	}

	cfg := app.Config{
		IndexPrefix:    config.GetEnv("INDEX_PREFIX", ""),
		Archive:        config.GetEnv("ARCHIVE", "false") == "true",
		Rollover:       config.GetEnv("ROLLOVER", "false") == "true",
		IndexDateSeparator: config.GetEnv("INDEX_DATE_SEPARATOR", "-"),
		Username:       os.Getenv("ES_USERNAME"),
		Password:       os.Getenv("ES_PASSWORD"),
		TLSSkipVerify:  config.GetEnv("ES_TLS_SKIP_HOST_VERIFY", "false") == "true",
		Timeout:        120 * time.Second,
	}

	client := &app.IndicesClient{
		Endpoint: os.Args[2],
		Client:   &http.Client{Timeout: cfg.Timeout, Transport: app.Transport(cfg)},
		Username: cfg.Username,
		Password: cfg.Password,
	}
	indices, err := client.GetSpanhoundIndices(cfg.IndexPrefix)
	if err != nil {
		logger.Fatal("failed to list indices", zap.Error(err))
	}
	cutoff := time.Now().UTC().AddDate(0, 0, -numDays).Truncate(24 * time.Hour)
	toDelete := app.Filter(indices, cfg, cutoff)
	if len(toDelete) == 0 {
		logger.Info("No indices to delete")
		return
	}
	logger.Info("Deleting indices", zap.Int("count", len(toDelete)), zap.Time("cutoff", cutoff))
	if err := client.DeleteIndices(toDelete); err != nil {
		logger.Fatal("failed to delete indices", zap.Error(err))
	}
}
