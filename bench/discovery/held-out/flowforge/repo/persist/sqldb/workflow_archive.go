package sqldb

import (
	"encoding/json"
	"time"

	"upper.io/db.v3"
	"upper.io/db.v3/lib/sqlbuilder"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

const archiveTableName = "ff_archived_workflows"

type archivedWorkflowRecord struct {
	ClusterName string    `db:"clustername"`
	UID         string    `db:"uid"`
	Name        string    `db:"name"`
	Namespace   string    `db:"namespace"`
	Phase       string    `db:"phase"`
	StartedAt   time.Time `db:"startedat"`
	FinishedAt  time.Time `db:"finishedat"`
	Workflow    string    `db:"workflow"`
}

type WorkflowArchive interface {
	ArchiveWorkflow(wf *wfv1.Workflow) error
	ListWorkflows(namespace string, limit, offset int) ([]wfv1.Workflow, error)
	GetWorkflow(uid string) (*wfv1.Workflow, error)
	DeleteWorkflow(uid string) error
	DeleteExpiredWorkflows(ttl time.Duration) error
}

type workflowArchive struct {
	session     sqlbuilder.Database
	clusterName string
}

func NewWorkflowArchive(session sqlbuilder.Database, clusterName string) WorkflowArchive {
	return &workflowArchive{session: session, clusterName: clusterName}
}

func (r *workflowArchive) ArchiveWorkflow(wf *wfv1.Workflow) error {
	b, err := json.Marshal(wf)
	if err != nil {
		return err
	}
	return r.session.Tx(nil, func(sess sqlbuilder.Tx) error {
		_, err := sess.DeleteFrom(archiveTableName).Where(db.Cond{"clustername": r.clusterName, "uid": wf.UID}).Exec()
		if err != nil {
			return err
		}
		_, err = sess.Collection(archiveTableName).Insert(&archivedWorkflowRecord{
			ClusterName: r.clusterName,
			UID:         string(wf.UID),
			Name:        wf.Name,
			Namespace:   wf.Namespace,
			Phase:       string(wf.Status.Phase),
			StartedAt:   wf.Status.StartedAt.Time,
			FinishedAt:  wf.Status.FinishedAt.Time,
			Workflow:    string(b),
		})
		return err
	})
}

func (r *workflowArchive) ListWorkflows(namespace string, limit, offset int) ([]wfv1.Workflow, error) {
	var records []archivedWorkflowRecord
	q := r.session.Select("workflow").From(archiveTableName).Where(db.Cond{"clustername": r.clusterName})
	if namespace != "" {
		q = q.And(db.Cond{"namespace": namespace})
	}
	if err := q.OrderBy("-startedat").Limit(limit).Offset(offset).All(&records); err != nil {
		return nil, err
	}
	out := make([]wfv1.Workflow, 0, len(records))
	for _, rec := range records {
		var wf wfv1.Workflow
		if err := json.Unmarshal([]byte(rec.Workflow), &wf); err != nil {
			return nil, err
		}
		out = append(out, wf)
	}
	return out, nil
}

func (r *workflowArchive) GetWorkflow(uid string) (*wfv1.Workflow, error) {
	rec := &archivedWorkflowRecord{}
	err := r.session.Select("workflow").From(archiveTableName).Where(db.Cond{"clustername": r.clusterName, "uid": uid}).One(rec)
	if err != nil {
		return nil, err
	}
	wf := &wfv1.Workflow{}
	return wf, json.Unmarshal([]byte(rec.Workflow), wf)
}

func (r *workflowArchive) DeleteWorkflow(uid string) error {
	_, err := r.session.DeleteFrom(archiveTableName).Where(db.Cond{"clustername": r.clusterName, "uid": uid}).Exec()
	return err
}

func (r *workflowArchive) DeleteExpiredWorkflows(ttl time.Duration) error {
	_, err := r.session.DeleteFrom(archiveTableName).
		Where(db.Cond{"clustername": r.clusterName}).
		And(db.Cond{"finishedat <": time.Now().Add(-ttl)}).Exec()
	return err
}

type nullWorkflowArchive struct{}

// NullWorkflowArchive is used when persistence is not configured.
var NullWorkflowArchive WorkflowArchive = &nullWorkflowArchive{}

func (r *nullWorkflowArchive) ArchiveWorkflow(*wfv1.Workflow) error { return nil }
func (r *nullWorkflowArchive) ListWorkflows(string, int, int) ([]wfv1.Workflow, error) {
	return []wfv1.Workflow{}, nil
}
func (r *nullWorkflowArchive) GetWorkflow(string) (*wfv1.Workflow, error) { return nil, nil }
func (r *nullWorkflowArchive) DeleteWorkflow(string) error                { return nil }
func (r *nullWorkflowArchive) DeleteExpiredWorkflows(time.Duration) error { return nil }
