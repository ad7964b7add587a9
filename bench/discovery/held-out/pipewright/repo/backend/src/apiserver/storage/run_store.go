package storage

import (
	"fmt"

	sq "github.com/Masterminds/squirrel"
	"github.com/kubeflow/pipelines/backend/src/apiserver/model"
)

var runColumns = []string{"UUID", "ExperimentUUID", "DisplayName", "Name", "StorageState", "Namespace",
	"ServiceAccount", "Description", "CreatedAtInSec", "ScheduledAtInSec", "FinishedAtInSec", "Conditions",
	"PipelineId", "PipelineVersionId", "PipelineSpecManifest", "WorkflowSpecManifest", "Parameters"}

type RunStore struct {
	db   *DB
	time util.TimeInterface
}

func (s *RunStore) GetRun(runId string) (*model.RunDetail, error) {
	sql, args, err := sq.Select(runColumns...).From("run_details").Where(sq.Eq{"UUID": runId}).Limit(1).ToSql()
	if err != nil {
		return nil, fmt.Errorf("failed to create query to get run: %v", err)
	}
	r, err := s.db.Query(sql, args...)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	runs, err := s.scanRowsToRunDetails(r)
	if err != nil || len(runs) > 1 {
		return nil, err
	}
	if len(runs) == 0 {
		return nil, util.NewResourceNotFoundError("Run", fmt.Sprint(runId))
	}
	return runs[0], nil
}

func NewRunStore(db *DB, time util.TimeInterface) *RunStore {
	return &RunStore{db: db, time: time}
}
