package sqldb

import (
	"encoding/json"
	"fmt"
	"hash/fnv"

	"upper.io/db.v3"
	"upper.io/db.v3/lib/sqlbuilder"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

const offloadTableName = "ff_workflows"

type OffloadNodeStatusRepo interface {
	Save(uid, namespace string, nodes wfv1.Nodes) (string, error)
	Get(uid, version string) (wfv1.Nodes, error)
	IsEnabled() bool
}

type nodesRecord struct {
	ClusterName string `db:"clustername"`
	UID         string `db:"uid"`
	Version     string `db:"version"`
	Namespace   string `db:"namespace"`
	Nodes       string `db:"nodes"`
}

type offloadNodeStatusRepo struct {
	session     sqlbuilder.Database
	clusterName string
}

func NewOffloadNodeStatusRepo(session sqlbuilder.Database, clusterName string) OffloadNodeStatusRepo {
	return &offloadNodeStatusRepo{session: session, clusterName: clusterName}
}

func (r *offloadNodeStatusRepo) IsEnabled() bool { return true }

func nodeStatusVersion(s []byte) string {
	h := fnv.New32()
	_, _ = h.Write(s)
	return fmt.Sprintf("fnv:%v", h.Sum32())
}

func (r *offloadNodeStatusRepo) Save(uid, namespace string, nodes wfv1.Nodes) (string, error) {
	b, err := json.Marshal(nodes)
	if err != nil {
		return "", err
	}
	version := nodeStatusVersion(b)
	_, err = r.session.Collection(offloadTableName).Insert(&nodesRecord{
		ClusterName: r.clusterName, UID: uid, Version: version, Namespace: namespace, Nodes: string(b),
	})
	return version, err
}

func (r *offloadNodeStatusRepo) Get(uid, version string) (wfv1.Nodes, error) {
	rec := &nodesRecord{}
	if err := r.session.SelectFrom(offloadTableName).Where(db.Cond{"clustername": r.clusterName, "uid": uid, "version": version}).One(rec); err != nil {
		return nil, err
	}
	nodes := wfv1.Nodes{}
	return nodes, json.Unmarshal([]byte(rec.Nodes), &nodes)
}
