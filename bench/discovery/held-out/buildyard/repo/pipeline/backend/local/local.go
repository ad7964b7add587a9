package local

import (
	"context"
	"os"
	"runtime"

	backend "go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/types"
)

type local struct{ tempDir string }

func New() backend.Backend { return &local{} }

func (e *local) Name() string { return "local" }

func (e *local) IsAvailable(context.Context) bool {
	_, inContainer := os.LookupEnv("WOODPECKER_IN_CONTAINER")
	return !inContainer
}

func (e *local) Load(context.Context) (*backend.BackendInfo, error) {
	e.tempDir = os.TempDir()
	return &backend.BackendInfo{Platform: runtime.GOOS + "/" + runtime.GOARCH}, nil
}

func (e *local) SetupWorkflow(context.Context, string) error   { return nil }
func (e *local) DestroyWorkflow(context.Context, string) error { return nil }
