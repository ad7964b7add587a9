// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package healthcheck

import (
	"encoding/json"
	"net/http"
	"sync/atomic"
	"time"
)

// Status of a component.
type Status int32

const (
	Unavailable Status = iota
	Ready
)

// HealthCheck is served on the admin port (14269 collector, 16687 query,
// 14270 ingester, 14271 agent) at "/". Kubernetes probes and the compose
// healthchecks hit it.
type HealthCheck struct {
	state  atomic.Int32
	upTime atomic.Int64
}

func New() *HealthCheck { return &HealthCheck{} }

func (hc *HealthCheck) Ready() {
	hc.state.Store(int32(Ready))
	hc.upTime.Store(time.Now().Unix())
}

func (hc *HealthCheck) Set(s Status) { hc.state.Store(int32(s)) }

func (hc *HealthCheck) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		st := Status(hc.state.Load())
		code := http.StatusServiceUnavailable
		msg := "Server not available"
		if st == Ready {
			code = http.StatusOK
			msg = "Server available"
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(map[string]any{
			"status":    msg,
			"upSince":   time.Unix(hc.upTime.Load(), 0),
			"uptimeSec": time.Now().Unix() - hc.upTime.Load(),
		})
	})
}
