// Package keto is the legacy Ory Keto policy backend. It is only selected when
// DM_AUTH_POLICY_ENGINE=keto; the shipped docker/.env uses spicedb.
package keto

import (
	"context"

	acl "github.com/ory/keto/proto/ory/keto/relation_tuples/v1alpha2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

type Agent struct {
	read  acl.ReadServiceClient
	write acl.WriteServiceClient
	check acl.CheckServiceClient
}

// NewAgent dials Keto read (DM_KETO_READ_HOST:4466) and write (DM_KETO_WRITE_HOST:4467) APIs.
func NewAgent(readAddr, writeAddr string) (*Agent, error) {
	r, err := grpc.Dial(readAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	w, err := grpc.Dial(writeAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	return &Agent{read: acl.NewReadServiceClient(r), write: acl.NewWriteServiceClient(w), check: acl.NewCheckServiceClient(r)}, nil
}

func (a *Agent) CheckPermission(ctx context.Context, subjType, subj, perm, objType, obj string) (bool, error) {
	res, err := a.check.Check(ctx, &acl.CheckRequest{
		Namespace: objType, Object: obj, Relation: perm,
		Subject: acl.NewSubjectID(subj),
	})
	if err != nil {
		return false, err
	}
	return res.GetAllowed(), nil
}

func (a *Agent) AddPolicy(ctx context.Context, subjType, subj, relation, objType, obj string) error {
	_, err := a.write.TransactRelationTuples(ctx, &acl.TransactRelationTuplesRequest{
		RelationTupleDeltas: []*acl.RelationTupleDelta{{
			Action: acl.RelationTupleDelta_ACTION_INSERT,
			RelationTuple: &acl.RelationTuple{Namespace: objType, Object: obj, Relation: relation, Subject: acl.NewSubjectID(subj)},
		}},
	})
	return err
}
