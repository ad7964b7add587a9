package rules

import (
	"context"
	"encoding/json"
	"time"

	"go.uber.org/zap"

	"github.com/tracewell/tracewell/pkg/alertmanager"
	"github.com/tracewell/tracewell/pkg/query-service/reader"
	"github.com/tracewell/tracewell/pkg/sqlstore"
)

type Rule struct {
	ID        int64   `json:"id"`
	Name      string  `json:"alert"`
	Query     string  `json:"query"`
	Op        string  `json:"op"`
	Target    float64 `json:"target"`
	Severity  string  `json:"severity"`
	EvalEvery string  `json:"evalWindow"`
}

// Manager periodically evaluates rules against ClickHouse and forwards the
// resulting alerts to alertmanager.
type Manager struct {
	store  sqlstore.SQLStore
	reader *reader.ClickHouseReader
	am     *alertmanager.Client
	logger *zap.Logger
}

func NewManager(store sqlstore.SQLStore, r *reader.ClickHouseReader, am *alertmanager.Client, logger *zap.Logger) *Manager {
	return &Manager{store: store, reader: r, am: am, logger: logger}
}

func (m *Manager) Run(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			m.evalAll(ctx)
		}
	}
}

func (m *Manager) loadRules(ctx context.Context) ([]Rule, error) {
	rows, err := m.store.DB().QueryContext(ctx, `SELECT id, data FROM rules`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Rule
	for rows.Next() {
		var id int64
		var data string
		if err := rows.Scan(&id, &data); err != nil {
			return nil, err
		}
		var r Rule
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			m.logger.Warn("skipping malformed rule", zap.Int64("id", id), zap.Error(err))
			continue
		}
		r.ID = id
		out = append(out, r)
	}
	return out, rows.Err()
}

func (m *Manager) evalAll(ctx context.Context) {
	rules, err := m.loadRules(ctx)
	if err != nil {
		m.logger.Error("load rules", zap.Error(err))
		return
	}
	var firing []alertmanager.PostableAlert
	for _, r := range rules {
		v, err := m.reader.EvaluateThreshold(ctx, r.Query)
		if err != nil {
			m.logger.Warn("rule eval failed", zap.String("rule", r.Name), zap.Error(err))
			continue
		}
		if breached(r.Op, v, r.Target) {
			firing = append(firing, alertmanager.PostableAlert{
				Labels:      map[string]string{"alertname": r.Name, "severity": r.Severity, "ruleId": jsonID(r.ID)},
				Annotations: map[string]string{"value": jsonFloat(v)},
				StartsAt:    time.Now(),
			})
		}
	}
	if len(firing) > 0 {
		if err := m.am.SendAlerts(ctx, firing...); err != nil {
			m.logger.Error("send alerts", zap.Error(err))
		}
	}
}

func breached(op string, v, target float64) bool {
	switch op {
	case ">":
		return v > target
	case "<":
		return v < target
	case "=":
		return v == target
	}
	return false
}

func jsonID(id int64) string     { b, _ := json.Marshal(id); return string(b) }
func jsonFloat(f float64) string { b, _ := json.Marshal(f); return string(b) }
