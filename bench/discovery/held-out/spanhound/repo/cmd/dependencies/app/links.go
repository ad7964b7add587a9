// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"context"
	"fmt"
	"time"

	"github.com/gocql/gocql"
	"github.com/olivere/elastic/v7"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/model"
)

// Store is what the job needs from a backend.
type Store interface {
	IterateSpans(ctx context.Context, day time.Time, fn func(traceID model.TraceID, spans []*model.Span) error) error
	WriteDependencies(ctx context.Context, day time.Time, links []model.DependencyLink) error
	Close() error
}

// Aggregate walks all traces of the day and counts parent->child service edges.
func Aggregate(ctx context.Context, s Store, day time.Time, logger *zap.Logger) ([]model.DependencyLink, error) {
	counts := map[[2]string]uint64{}
	traces := 0
	err := s.IterateSpans(ctx, day, func(_ model.TraceID, spans []*model.Span) error {
		traces++
		byID := make(map[model.SpanID]*model.Span, len(spans))
		for _, sp := range spans {
			byID[sp.SpanID] = sp
		}
		for _, sp := range spans {
			parent, ok := byID[sp.ParentSpanID()]
			if !ok {
				continue
			}
			ps, cs := parent.Process.ServiceName, sp.Process.ServiceName
			if ps != cs {
				counts[[2]string{ps, cs}]++
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]model.DependencyLink, 0, len(counts))
	for k, v := range counts {
		out = append(out, model.DependencyLink{Parent: k[0], Child: k[1], CallCount: v, Source: "spanhound"})
	}
	logger.Info("Aggregated traces", zap.Int("traces", traces), zap.Int("links", len(out)))
	return out, nil
}

// ---- Elasticsearch ----

type ESConfig struct {
	Nodes       []string
	IndexPrefix string
	Username    string
	Password    string
	UseAliases  bool
}

type esStore struct {
	client *elastic.Client
	cfg    ESConfig
}

func NewESStore(cfg ESConfig) (Store, error) {
	opts := []elastic.ClientOptionFunc{elastic.SetURL(cfg.Nodes...), elastic.SetSniff(false)}
	if cfg.Username != "" {
		opts = append(opts, elastic.SetBasicAuth(cfg.Username, cfg.Password))
	}
	c, err := elastic.NewClient(opts...)
	if err != nil {
		return nil, err
	}
	return &esStore{client: c, cfg: cfg}, nil
}

func (s *esStore) spanIndex(day time.Time) string {
	if s.cfg.UseAliases {
		return s.cfg.IndexPrefix + "spanhound-span-read"
	}
	return fmt.Sprintf("%sspanhound-span-%s", s.cfg.IndexPrefix, day.Format("2006-01-02"))
}

func (s *esStore) IterateSpans(ctx context.Context, day time.Time, fn func(model.TraceID, []*model.Span) error) error {
	scroll := s.client.Scroll(s.spanIndex(day)).Size(5000).
		Query(elastic.NewRangeQuery("startTimeMillis").Gte(day.UnixMilli()).Lt(day.Add(24 * time.Hour).UnixMilli())).
		Sort("traceID", true)
	return iterateScroll(ctx, scroll, fn)
}

func (s *esStore) WriteDependencies(ctx context.Context, day time.Time, links []model.DependencyLink) error {
	idx := fmt.Sprintf("%sspanhound-dependencies-%s", s.cfg.IndexPrefix, day.Format("2006-01-02"))
	if s.cfg.UseAliases {
		idx = s.cfg.IndexPrefix + "spanhound-dependencies-write"
	}
	_, err := s.client.Index().Index(idx).BodyJson(map[string]any{
		"timestamp":    day,
		"dependencies": links,
	}).Do(ctx)
	return err
}

func (s *esStore) Close() error { s.client.Stop(); return nil }

// ---- Cassandra ----

type CassandraConfig struct {
	ContactPoints []string
	Keyspace      string
	LocalDC       string
	Username      string
	Password      string
}

type cassandraStore struct{ session *gocql.Session }

func NewCassandraStore(cfg CassandraConfig) (Store, error) {
	cluster := gocql.NewCluster(cfg.ContactPoints...)
	cluster.Keyspace = cfg.Keyspace
	cluster.Consistency = gocql.LocalOne
	if cfg.LocalDC != "" {
		cluster.PoolConfig.HostSelectionPolicy = gocql.DCAwareRoundRobinPolicy(cfg.LocalDC)
	}
	if cfg.Username != "" {
		cluster.Authenticator = gocql.PasswordAuthenticator{Username: cfg.Username, Password: cfg.Password}
	}
	sess, err := cluster.CreateSession()
	if err != nil {
		return nil, err
	}
	return &cassandraStore{session: sess}, nil
}

func (s *cassandraStore) IterateSpans(ctx context.Context, day time.Time, fn func(model.TraceID, []*model.Span) error) error {
	iter := s.session.Query(
		`SELECT trace_id, span_id, parent_id, process, refs FROM traces WHERE start_time >= ? AND start_time < ? ALLOW FILTERING`,
		day.UnixMicro(), day.Add(24*time.Hour).UnixMicro(),
	).WithContext(ctx).PageSize(5000).Iter()
	return groupByTrace(iter, fn)
}

func (s *cassandraStore) WriteDependencies(ctx context.Context, day time.Time, links []model.DependencyLink) error {
	deps := make([]map[string]any, 0, len(links))
	for _, l := range links {
		deps = append(deps, map[string]any{"parent": l.Parent, "child": l.Child, "call_count": int64(l.CallCount), "source": l.Source})
	}
	return s.session.Query(`INSERT INTO dependencies_v2 (ts_bucket, ts, dependencies) VALUES (?, ?, ?)`,
		day, day, deps).WithContext(ctx).Exec()
}

func (s *cassandraStore) Close() error { s.session.Close(); return nil }
