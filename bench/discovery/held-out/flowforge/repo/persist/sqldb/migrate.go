package sqldb

import (
	"context"

	log "github.com/sirupsen/logrus"
	"upper.io/db.v3/lib/sqlbuilder"
)

type change interface{ apply(sqlbuilder.Database) error }

type ansiSQLChange string

func (s ansiSQLChange) apply(session sqlbuilder.Database) error {
	_, err := session.Exec(string(s))
	return err
}

// Migrate brings the schema up to date. Both Postgres and MySQL dialects are supported.
func Migrate(ctx context.Context, session sqlbuilder.Database, clusterName string) error {
	changes := []change{
		ansiSQLChange(`create table if not exists schema_history (schema_version int not null)`),
		ansiSQLChange(`create table if not exists ff_workflows (clustername varchar(64) not null, uid varchar(128) not null, version varchar(64), namespace varchar(256) not null, nodes text, updatedat timestamp, primary key (clustername, uid, version))`),
		ansiSQLChange(`create table if not exists ff_archived_workflows (clustername varchar(64) not null, uid varchar(128) not null, name varchar(256) not null, namespace varchar(256) not null, phase varchar(25) not null, workflow text, startedat timestamp, finishedat timestamp, primary key (clustername, uid))`),
		ansiSQLChange(`create index if not exists ff_archived_workflows_i1 on ff_archived_workflows (clustername,namespace,startedat)`),
	}
	for i, c := range changes {
		log.WithField("changeSchemaVersion", i).Info("applying database change")
		if err := c.apply(session); err != nil {
			return err
		}
	}
	return nil
}
