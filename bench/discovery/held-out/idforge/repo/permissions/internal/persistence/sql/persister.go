// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package sql

import (
	"context"
	"strings"

	"github.com/gobuffalo/pop/v6"

	"github.com/idforge/idforge/permissions/internal/relationtuple"
)

type Persister struct {
	conn       *pop.Connection
	namespaces string
}

func NewPersister(dsn, namespaces string) (*Persister, error) {
	dialect := strings.SplitN(dsn, "://", 2)[0]
	if dialect == "sqlite" {
		dialect = "sqlite3"
	}
	c, err := pop.NewConnection(&pop.ConnectionDetails{Dialect: dialect, URL: dsn})
	if err != nil {
		return nil, err
	}
	return &Persister{conn: c, namespaces: namespaces}, c.Open()
}

func (p *Persister) MigrateUp(ctx context.Context) error {
	return p.conn.WithContext(ctx).RawQuery(`CREATE TABLE IF NOT EXISTS relation_tuples (
  namespace VARCHAR(200) NOT NULL,
  object VARCHAR(64) NOT NULL,
  relation VARCHAR(64) NOT NULL,
  subject_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (namespace, object, relation, subject_id)
)`).Exec()
}

func (p *Persister) GetRelationTuples(ctx context.Context, q *relationtuple.RelationTuple) ([]*relationtuple.RelationTuple, error) {
	var rs []*relationtuple.RelationTuple
	err := p.conn.WithContext(ctx).RawQuery("SELECT namespace, object, relation, subject_id FROM relation_tuples WHERE namespace = ? AND object = ?", q.Namespace, q.Object).All(&rs)
	return rs, err
}

func (p *Persister) WriteRelationTuples(ctx context.Context, rs ...*relationtuple.RelationTuple) error {
	for _, r := range rs {
		if err := p.conn.WithContext(ctx).RawQuery("INSERT INTO relation_tuples (namespace, object, relation, subject_id) VALUES (?, ?, ?, ?)", r.Namespace, r.Object, r.Relation, r.SubjectID).Exec(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Persister) DeleteRelationTuples(ctx context.Context, rs ...*relationtuple.RelationTuple) error {
	for _, r := range rs {
		if err := p.conn.WithContext(ctx).RawQuery("DELETE FROM relation_tuples WHERE namespace = ? AND object = ? AND relation = ? AND subject_id = ?", r.Namespace, r.Object, r.Relation, r.SubjectID).Exec(); err != nil {
			return err
		}
	}
	return nil
}

// CheckIsMember does a direct lookup; subject-set rewrites from the OPL
// namespace config are evaluated by the engine (omitted in this reduced build).
func (p *Persister) CheckIsMember(ctx context.Context, t *relationtuple.RelationTuple, maxDepth int) (bool, error) {
	n, err := p.conn.WithContext(ctx).RawQuery("SELECT namespace FROM relation_tuples WHERE namespace = ? AND object = ? AND relation = ? AND subject_id = ?", t.Namespace, t.Object, t.Relation, t.SubjectID).Count(&relationtuple.RelationTuple{})
	return n > 0, err
}
