// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package exporter

import (
	"encoding/json"
	"io"

	"github.com/gocraft/work"
	"github.com/gomodule/redigo/redis"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/quaymaster/quaymaster/src/common/dao"
	"github.com/quaymaster/quaymaster/src/lib/log"
)

const (
	systemInfoCollectorName = "SystemInfoCollector"
	healthCollectorName     = "HealthCollector"
	jobServiceCollectorName = "JobServiceCollector"
	projectCollectorName    = "ProjectCollector"

	sysInfoURL = "/api/v2.0/systeminfo"
	healthURL  = "/api/v2.0/health"
)

var redisPool *redis.Pool

// RedisPoolConfig ...
type RedisPoolConfig struct {
	URL               string
	Namespace         string
	IdleTimeoutSecond int
}

// InitBackendWorker initiate backend worker: a read-only gocraft/work client on the
// jobservice redis db, used to report queue length / latency
func InitBackendWorker(redisPoolConfig *RedisPoolConfig) {
	redisPool = &redis.Pool{
		MaxActive: 6,
		MaxIdle:   6,
		Wait:      true,
		Dial: func() (redis.Conn, error) {
			return redis.DialURL(redisPoolConfig.URL)
		},
	}
	jsClient = work.NewClient(redisPoolConfig.Namespace, redisPool)
	jsNamespace = redisPoolConfig.Namespace
}

var (
	jsClient    *work.Client
	jsNamespace string
)

// getSysInfo calls core's systeminfo API
func getSysInfo() (map[string]interface{}, error) {
	res, err := QuaymasterCli.Get(sysInfoURL)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	info := map[string]interface{}{}
	err = json.Unmarshal(data, &info)
	return info, err
}

// getHealthStatus calls core's health API
func getHealthStatus() (map[string]interface{}, error) {
	res, err := QuaymasterCli.Get(healthURL)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	result := map[string]interface{}{}
	err = json.NewDecoder(res.Body).Decode(&result)
	return result, err
}

// getQueueStats reads the job queues from the jobservice redis
func getQueueStats() ([]*work.Queue, error) {
	return jsClient.Queues()
}

const totalProjectSQL = `SELECT
	COUNT(*) filter (where project_metadata.value = 'true') as public_project,
	COUNT(*) filter (where project_metadata.value = 'false') as private_project
	FROM project INNER JOIN project_metadata ON project.project_id = project_metadata.project_id
	WHERE project.deleted = FALSE AND project_metadata.name = 'public'`

// getProjectInfo queries the quaymaster database directly
func getProjectInfo() (public, private int64) {
	pMap := make(map[string]int64)
	_, err := dao.GetOrmer().Raw(totalProjectSQL).RowsToMap(&pMap, "public_project", "private_project")
	if err != nil {
		log.Errorf("get project info error: %v", err)
	}
	return pMap["public_project"], pMap["private_project"]
}

var _ prometheus.Collector = (*Exporter)(nil)
