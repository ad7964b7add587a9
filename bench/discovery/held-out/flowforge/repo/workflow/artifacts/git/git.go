package git

import (
	"context"
	"fmt"

	"github.com/go-git/go-git/v5"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ArtifactDriver clones a git repository as an input artifact.
type ArtifactDriver struct{}

func (g *ArtifactDriver) Load(ctx context.Context, art *wfv1.Artifact, path string) error {
	_, err := git.PlainCloneContext(ctx, path, false, &git.CloneOptions{URL: art.Git.Repo, Depth: art.Git.Depth})
	return err
}

func (g *ArtifactDriver) Save(ctx context.Context, path string, art *wfv1.Artifact) error {
	return fmt.Errorf("git output artifacts unsupported")
}

func (g *ArtifactDriver) Delete(ctx context.Context, art *wfv1.Artifact) error {
	return fmt.Errorf("git artifacts cannot be deleted")
}

func (g *ArtifactDriver) OpenStream(ctx context.Context, art *wfv1.Artifact) (common.ReadCloser, error) {
	return nil, fmt.Errorf("git artifacts cannot be streamed")
}
