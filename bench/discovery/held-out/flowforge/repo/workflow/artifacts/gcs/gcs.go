package gcs

import (
	"context"
	"io"
	"os"

	"cloud.google.com/go/storage"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ArtifactDriver is a driver for Google Cloud Storage.
type ArtifactDriver struct {
	ServiceAccountKey string
}

func (g *ArtifactDriver) client(ctx context.Context) (*storage.Client, error) {
	return storage.NewClient(ctx)
}

func (g *ArtifactDriver) Load(ctx context.Context, art *wfv1.Artifact, path string) error {
	c, err := g.client(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	r, err := c.Bucket(art.GCS.Bucket).Object(art.GCS.Key).NewReader(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, r)
	return err
}

func (g *ArtifactDriver) Save(ctx context.Context, path string, art *wfv1.Artifact) error {
	c, err := g.client(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := c.Bucket(art.GCS.Bucket).Object(art.GCS.Key).NewWriter(ctx)
	if _, err := io.Copy(w, f); err != nil {
		return err
	}
	return w.Close()
}

func (g *ArtifactDriver) Delete(ctx context.Context, art *wfv1.Artifact) error {
	c, err := g.client(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Bucket(art.GCS.Bucket).Object(art.GCS.Key).Delete(ctx)
}

func (g *ArtifactDriver) OpenStream(ctx context.Context, art *wfv1.Artifact) (common.ReadCloser, error) {
	c, err := g.client(ctx)
	if err != nil {
		return nil, err
	}
	return c.Bucket(art.GCS.Bucket).Object(art.GCS.Key).NewReader(ctx)
}
