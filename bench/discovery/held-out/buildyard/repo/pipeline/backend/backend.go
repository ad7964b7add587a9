package backend

import (
	"context"
	"fmt"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/types"
)

func FindBackend(ctx context.Context, backends []types.Backend, name string) (types.Backend, error) {
	for _, b := range backends {
		if name == "auto-detect" && b.IsAvailable(ctx) {
			return b, nil
		}
		if b.Name() == name {
			return b, nil
		}
	}
	return nil, fmt.Errorf("backend %s not found", name)
}
