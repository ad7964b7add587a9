// Package spicedb stores and checks relationship policies in SpiceDB.
package spicedb

import (
	"context"

	v1 "github.com/authzed/authzed-go/proto/authzed/api/v1"
	"github.com/authzed/authzed-go/v1"
	"github.com/authzed/grpcutil"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

type Agent struct {
	client *authzed.Client
}

// NewAgent dials SpiceDB at host:port (DM_SPICEDB_HOST/DM_SPICEDB_PORT) with a preshared key.
func NewAgent(addr, presharedKey string) (*Agent, error) {
	c, err := authzed.NewClient(addr,
		grpcutil.WithInsecureBearerToken(presharedKey),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	return &Agent{client: c}, nil
}

func (a *Agent) CheckPermission(ctx context.Context, subjType, subj, perm, objType, obj string) (bool, error) {
	res, err := a.client.CheckPermission(ctx, &v1.CheckPermissionRequest{
		Resource:   &v1.ObjectReference{ObjectType: objType, ObjectId: obj},
		Permission: perm,
		Subject:    &v1.SubjectReference{Object: &v1.ObjectReference{ObjectType: subjType, ObjectId: subj}},
	})
	if err != nil {
		return false, err
	}
	return res.Permissionship == v1.CheckPermissionResponse_PERMISSIONSHIP_HAS_PERMISSION, nil
}

func (a *Agent) AddPolicy(ctx context.Context, subjType, subj, relation, objType, obj string) error {
	_, err := a.client.WriteRelationships(ctx, &v1.WriteRelationshipsRequest{
		Updates: []*v1.RelationshipUpdate{{
			Operation: v1.RelationshipUpdate_OPERATION_TOUCH,
			Relationship: &v1.Relationship{
				Resource: &v1.ObjectReference{ObjectType: objType, ObjectId: obj},
				Relation: relation,
				Subject:  &v1.SubjectReference{Object: &v1.ObjectReference{ObjectType: subjType, ObjectId: subj}},
			},
		}},
	})
	return err
}
