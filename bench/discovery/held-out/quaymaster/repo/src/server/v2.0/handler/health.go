// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package handler

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/docker/distribution/health"
	"github.com/go-openapi/runtime/middleware"

	"github.com/quaymaster/quaymaster/src/common/dao"
	httputil "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/lib/cache"
	"github.com/quaymaster/quaymaster/src/lib/config"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/server/v2.0/models"
	"github.com/quaymaster/quaymaster/src/server/v2.0/restapi/operations/health"
)

var (
	timeout         = 60 * time.Second
	healthCheckerRegistry = map[string]health.Checker{}
)

type overallHealthStatus struct {
	Status     string                   `json:"status"`
	Components []*componentHealthStatus `json:"components"`
}

type componentHealthStatus struct {
	Name   string `json:"name"`
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}

// HTTPStatusCodeHealthChecker implements a Checker to check that the HTTP status code
// returned matches the expected one
func HTTPStatusCodeHealthChecker(method string, url string, header http.Header,
	timeout time.Duration, statusCode int) health.Checker {
	return health.CheckFunc(func() error {
		req, err := http.NewRequest(method, url, nil)
		if err != nil {
			return fmt.Errorf("failed to create request: %v", err)
		}
		for key, values := range header {
			for _, value := range values {
				req.Header.Add(key, value)
			}
		}

		client := httputil.NewClient(&http.Client{
			Transport: httputil.GetHTTPTransport(),
			Timeout:   timeout,
		})
		resp, err := client.Do(req)
		if err != nil {
			return fmt.Errorf("failed to check health: %v", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != statusCode {
			return fmt.Errorf("received unexpected status code: %d", resp.StatusCode)
		}
		return nil
	})
}

func coreHealthChecker() health.Checker {
	return health.CheckFunc(func() error { return nil })
}

func portalHealthChecker() health.Checker {
	url := config.GetPortalURL()
	return HTTPStatusCodeHealthChecker(http.MethodGet, url, nil, timeout, http.StatusOK)
}

func jobserviceHealthChecker() health.Checker {
	url := config.InternalJobServiceURL() + "/api/v1/stats"
	return HTTPStatusCodeHealthChecker(http.MethodGet, url, nil, timeout, http.StatusOK)
}

func registryHealthChecker() health.Checker {
	url := getRegistryURL() + "/"
	return HTTPStatusCodeHealthChecker(http.MethodGet, url, nil, timeout, http.StatusOK)
}

func registryCtlHealthChecker() health.Checker {
	url := config.GetRegistryCtlURL() + "/api/health"
	return HTTPStatusCodeHealthChecker(http.MethodGet, url, nil, timeout, http.StatusOK)
}

func trivyHealthChecker() health.Checker {
	url := config.TrivyAdapterURL() + "/probe/healthy"
	return HTTPStatusCodeHealthChecker(http.MethodGet, url, nil, timeout, http.StatusOK)
}

func databaseHealthChecker() health.Checker {
	return health.CheckFunc(func() error {
		_, err := dao.GetOrmer().Raw("SELECT 1").Exec()
		if err != nil {
			return fmt.Errorf("failed to run SQL \"SELECT 1\": %v", err)
		}
		return nil
	})
}

func redisHealthChecker() health.Checker {
	return health.CheckFunc(func() error {
		return cache.Default().Ping(context.TODO())
	})
}

// RegisterHealthCheckers registers the component health checkers
func RegisterHealthCheckers() {
	healthCheckerRegistry["core"] = coreHealthChecker()
	healthCheckerRegistry["portal"] = portalHealthChecker()
	healthCheckerRegistry["jobservice"] = jobserviceHealthChecker()
	healthCheckerRegistry["registry"] = registryHealthChecker()
	healthCheckerRegistry["registryctl"] = registryCtlHealthChecker()
	healthCheckerRegistry["database"] = databaseHealthChecker()
	healthCheckerRegistry["redis"] = redisHealthChecker()
	if config.WithTrivy() {
		healthCheckerRegistry["trivy"] = trivyHealthChecker()
	}
}

func getRegistryURL() string {
	endpoint, err := config.RegistryURL()
	if err != nil {
		log.Errorf("failed to get the URL of registry: %v", err)
		return ""
	}
	return endpoint
}

type healthAPI struct {
	BaseAPI
}

func newHealthAPI() *healthAPI {
	return &healthAPI{}
}

func (r *healthAPI) GetHealth(ctx context.Context, params health.GetHealthParams) middleware.Responder {
	var isHealthy healthy = true
	components := []*models.ComponentHealthStatus{}
	c := make(chan *models.ComponentHealthStatus, len(healthCheckerRegistry))
	for name, checker := range healthCheckerRegistry {
		go check(name, checker, timeout, c)
	}
	for i := 0; i < len(healthCheckerRegistry); i++ {
		componentStatus := <-c
		if len(componentStatus.Error) != 0 {
			isHealthy = false
		}
		components = append(components, componentStatus)
	}
	sort.Slice(components, func(i, j int) bool { return components[i].Name < components[j].Name })

	return health.NewGetHealthOK().WithPayload(&models.OverallHealthStatus{
		Status:     isHealthy.String(),
		Components: components,
	})
}
