// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// dependencies is a batch job (run daily, usually as a Kubernetes CronJob) that
// reads one day of spans from storage, derives parent->child service call
// counts and writes them back as the dependency graph shown in the UI's
// "System Architecture" tab. It plays the role of the Spark dependencies job
// of other tracing systems but runs as a plain Go binary.
//
// Configuration is environment-only:
//
//	STORAGE=elasticsearch|cassandra
//	DATE=2024-05-01 (defaults to today, UTC)
//	ES_NODES=http://elasticsearch:9200  ES_INDEX_PREFIX  ES_USERNAME ES_PASSWORD
//	CASSANDRA_CONTACT_POINTS=cassandra  CASSANDRA_KEYSPACE=spanhound_v1_dc1
package main

import (
	"context"
	"log"
	"os"
	"time"

	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/dependencies/app"
	"github.com/spanhound/spanhound/pkg/config"
)

func main() {
	logger, _ := zap.NewProduction()
	day := time.Now().UTC().Truncate(24 * time.Hour)
	if d := os.Getenv("DATE"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			log.Fatalf("invalid DATE %q: %v", d, err)
		}
		day = t
	}

	var store app.Store
	var err error
	switch st := config.GetEnv("STORAGE", "elasticsearch"); st {
	case "elasticsearch":
		store, err = app.NewESStore(app.ESConfig{
			Nodes:       config.SplitList(config.GetEnv("ES_NODES", "http://localhost:9200")),
			IndexPrefix: os.Getenv("ES_INDEX_PREFIX"),
			Username:    os.Getenv("ES_USERNAME"),
			Password:    os.Getenv("ES_PASSWORD"),
			UseAliases:  os.Getenv("ES_USE_ALIASES") == "true",
		})
	case "cassandra":
		store, err = app.NewCassandraStore(app.CassandraConfig{
			ContactPoints: config.SplitList(config.GetEnv("CASSANDRA_CONTACT_POINTS", "localhost")),
			Keyspace:      config.GetEnv("CASSANDRA_KEYSPACE", "spanhound_v1_dc1"),
			LocalDC:       os.Getenv("CASSANDRA_LOCAL_DC"),
			Username:      os.Getenv("CASSANDRA_USERNAME"),
			Password:      os.Getenv("CASSANDRA_PASSWORD"),
		})
	default:
		log.Fatalf("unsupported STORAGE %q", st)
	}
	if err != nil {
		logger.Fatal("failed to connect to storage", zap.Error(err))
	}
	defer store.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()

	links, err := app.Aggregate(ctx, store, day, logger)
	if err != nil {
		logger.Fatal("aggregation failed", zap.Error(err))
	}
	if err := store.WriteDependencies(ctx, day, links); err != nil {
		logger.Fatal("failed to write dependencies", zap.Error(err))
	}
	logger.Info("Dependencies written", zap.Time("day", day), zap.Int("links", len(links)))
}
