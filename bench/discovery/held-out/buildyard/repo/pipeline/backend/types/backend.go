package types

import "context"

type BackendInfo struct{ Platform string }

// Backend defines a container orchestration backend.
type Backend interface {
	Name() string
	IsAvailable(ctx context.Context) bool
	Load(ctx context.Context) (*BackendInfo, error)
	SetupWorkflow(ctx context.Context, taskUUID string) error
	DestroyWorkflow(ctx context.Context, taskUUID string) error
}
