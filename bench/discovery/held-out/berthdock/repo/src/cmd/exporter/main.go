package main

import (
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/berthdock/berthdock/src/common/dao"
	commonthttp "github.com/berthdock/berthdock/src/common/http"
	"github.com/berthdock/berthdock/src/common/models"
	"github.com/berthdock/berthdock/src/lib/log"
	"github.com/berthdock/berthdock/src/pkg/exporter"
)

func main() {
	viperEnv := func(key, def string) string {
		if v := os.Getenv("BERTHDOCK_" + strings.ToUpper(key)); v != "" {
			return v
		}
		return def
	}

	dbPort, _ := strconv.Atoi(viperEnv("database_port", "5432"))
	if err := dao.InitDatabase(&models.Database{
		Type: "postgresql",
		PostGreSQL: &models.PostGreSQL{
			Host:     viperEnv("database_host", "postgresql"),
			Port:     dbPort,
			Username: viperEnv("database_username", "postgres"),
			Password: viperEnv("database_password", ""),
			Database: viperEnv("database_dbname", "registry"),
			SSLMode:  viperEnv("database_sslmode", "disable"),
		},
	}); err != nil {
		log.Fatalf("failed to connect to database: %v", err)
	}

	exporter.InitBackendWorker(&exporter.RedisPoolConfig{
		URL:       viperEnv("redis_url", "redis://redis:6379/2"),
		Namespace: viperEnv("redis_namespace", "berthdock_job_service_namespace"),
	})

	exporter.InitHarborClient(&exporter.HarborClient{
		HarborScheme: viperEnv("service_scheme", "http"),
		HarborHost:   viperEnv("service_host", "core"),
		HarborPort:   viperEnv("service_port", "8080"),
		Client:       commonthttp.NewClient(nil),
	})

	cacheSeconds, _ := strconv.Atoi(viperEnv("exporter_cache_time", "23"))
	exporter.CacheInit(time.Duration(cacheSeconds) * time.Second)

	prometheus.MustRegister(exporter.NewProjectCollector(), exporter.NewSystemInfoCollector(),
		exporter.NewHealthCollect(), exporter.NewJobServiceCollector())

	path := viperEnv("exporter_metrics_path", "/metrics")
	port := viperEnv("exporter_port", "8080")
	http.Handle(path, promhttp.Handler())
	log.Infof("starting berthdock exporter on :%s%s", port, path)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}
