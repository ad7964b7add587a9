package common

import (
	"context"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// SecretFunc resolves a secret key to its value.
type SecretFunc func(name, key string) (string, error)

// ArtifactDriver is the interface for loading and saving of artifacts.
type ArtifactDriver interface {
	Load(ctx context.Context, inputArtifact *wfv1.Artifact, path string) error
	Save(ctx context.Context, path string, outputArtifact *wfv1.Artifact) error
	Delete(ctx context.Context, artifact *wfv1.Artifact) error
	OpenStream(ctx context.Context, artifact *wfv1.Artifact) (ReadCloser, error)
}

type ReadCloser interface {
	Read(p []byte) (int, error)
	Close() error
}
