//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package application

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/pkg/infrastructure/redis"
)

const (
	ConfigurationName = "SupportSchedulerConfiguration"
	DBClientName      = "SchedulerDBClient"

	intervalCollection       = "ss|int"
	intervalActionCollection = "ss|ia"
)

type IntervalInfo struct {
	Name     string
	Start    string
	End      string
	Interval string
}

// IntervalActionInfo describes a REST call fired on an interval. Host/Port are overridable with
// INTERVALACTIONS_<NAME>_HOST etc.; the deployed ScrubAged action targets core-data.
type IntervalActionInfo struct {
	Name       string
	Host       string
	Port       int
	Protocol   string
	Method     string
	Target     string
	Path       string
	Interval   string
	AdminState string
	AuthMethod string
}

type Manager struct {
	dic        *di.Container
	tick       time.Duration
	intervals  map[string]IntervalInfo
	actions    []IntervalActionInfo
	lastFired  map[string]time.Time
	httpClient *http.Client
}

func NewManager(dic *di.Container, scheduleIntervalTimeMs int) *Manager {
	return &Manager{
		dic:        dic,
		tick:       time.Duration(scheduleIntervalTimeMs) * time.Millisecond,
		intervals:  map[string]IntervalInfo{},
		lastFired:  map[string]time.Time{},
		httpClient: &http.Client{Timeout: 30 * time.Second},
	}
}

func (m *Manager) AddInterval(i IntervalInfo) {
	m.intervals[i.Name] = i
	_ = m.db().Put(intervalCollection, i.Name, i)
}

func (m *Manager) AddIntervalAction(a IntervalActionInfo) {
	m.actions = append(m.actions, a)
	_ = m.db().Put(intervalActionCollection, a.Name, a)
}

func (m *Manager) db() *redis.Client {
	return m.dic.Get(DBClientName).(*redis.Client)
}

func (m *Manager) Run(ctx context.Context) {
	ticker := time.NewTicker(m.tick)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-ticker.C:
			for _, a := range m.actions {
				if a.AdminState != "UNLOCKED" || !m.due(a, now) {
					continue
				}
				m.lastFired[a.Name] = now
				go m.execute(ctx, a)
			}
		}
	}
}

func (m *Manager) due(a IntervalActionInfo, now time.Time) bool {
	interval, ok := m.intervals[strings.ToLower(a.Interval)]
	if !ok {
		return false
	}
	d, err := time.ParseDuration(interval.Interval)
	if err != nil {
		return false
	}
	return now.Sub(m.lastFired[a.Name]) >= d
}

// execute issues the REST request described by the interval action, adding a JWT from the
// secret provider when AuthMethod is JWT (required behind the secure-mode services).
func (m *Manager) execute(ctx context.Context, a IntervalActionInfo) {
	lc := bootstrapContainer.LoggingClientFrom(m.dic.Get)
	url := fmt.Sprintf("%s://%s:%d%s", a.Protocol, a.Host, a.Port, a.Path)
	req, err := http.NewRequestWithContext(ctx, a.Method, url, nil)
	if err != nil {
		lc.Errorf("interval action %s: %v", a.Name, err)
		return
	}
	if a.AuthMethod == "JWT" {
		jwt, err := bootstrapContainer.SecretProviderExtFrom(m.dic.Get).GetSelfJWT()
		if err == nil {
			req.Header.Set("Authorization", "Bearer "+jwt)
		}
	}
	resp, err := m.httpClient.Do(req)
	if err != nil {
		lc.Errorf("interval action %s failed calling %s: %v", a.Name, url, err)
		return
	}
	defer resp.Body.Close()
	lc.Debugf("interval action %s -> %s %s: %d", a.Name, a.Method, url, resp.StatusCode)
}
