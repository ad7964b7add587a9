// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package main

import (
	"net/http"
	"os"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/viper"

	"github.com/quaymaster/quaymaster/src/common/dao"
	commonthttp "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/common/models"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/pkg/exporter"
)

func main() {
	viper.AutomaticEnv()
	viper.SetEnvPrefix("quaymaster")
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	log.Infof("initializing quaymaster exporter")

	dbCfg := &models.Database{
		Type: "postgresql",
		PostGreSQL: &models.PostGreSQL{
			Host:         viper.GetString("database.host"),
			Port:         viper.GetInt("database.port"),
			Username:     viper.GetString("database.username"),
			Password:     viper.GetString("database.password"),
			Database:     viper.GetString("database.dbname"),
			SSLMode:      viper.GetString("database.sslmode"),
			MaxIdleConns: viper.GetInt("database.max_idle_conns"),
			MaxOpenConns: viper.GetInt("database.max_open_conns"),
		},
	}
	if err := dao.InitDatabase(dbCfg); err != nil {
		log.Errorf("failed to connect to database: %v", err)
		os.Exit(1)
	}

	exporter.InitQuaymasterClient(&exporter.QuaymasterClientOpt{
		QuaymasterScheme: viper.GetString("service.scheme"),
		QuaymasterHost:   viper.GetString("service.host"),
		QuaymasterPort:   viper.GetInt("service.port"),
		Client: &http.Client{
			Transport: commonthttp.GetHTTPTransport(),
		},
	})

	exporter.InitBackendWorker(&exporter.RedisPoolConfig{
		URL:               viper.GetString("redis.url"),
		Namespace:         viper.GetString("redis.namespace"),
		IdleTimeoutSecond: viper.GetInt("redis.timeout"),
	})

	exporterOpt := &exporter.Opt{
		Port:                   viper.GetInt("exporter.port"),
		MetricsPath:            viper.GetString("exporter.metrics_path"),
		ExporterMetricsEnabled: viper.GetBool("exporter.metrics_enabled"),
		MaxRequests:            30,
		TLSEnabled:             viper.GetBool("exporter.tls_enabled"),
		Certificate:            viper.GetString("exporter.tls_cert"),
		Key:                    viper.GetString("exporter.tls_key"),
		CacheDuration:          viper.GetInt64("exporter.cache_time"),
		CacheCleanInterval:     viper.GetInt64("exporter.cache_clean_interval"),
	}
	quaymasterExporter := exporter.NewExporter(exporterOpt)
	log.Infof("Starting quaymaster_exporter with port=%v path=%v", exporterOpt.Port, exporterOpt.MetricsPath)
	prometheus.MustRegister(quaymasterExporter)
	if err := quaymasterExporter.ListenAndServe(); err != nil {
		log.Errorf("Error starting quaymaster expoter %s", err)
		os.Exit(1)
	}
}
