package azure

import (
	"context"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ArtifactDriver is a driver for Azure Blob Storage.
type ArtifactDriver struct {
	Endpoint  string
	Container string
	AccountKey string
}

func (a *ArtifactDriver) client() (*azblob.Client, error) {
	return azblob.NewClientWithNoCredential(a.Endpoint, nil)
}

func (a *ArtifactDriver) Load(ctx context.Context, art *wfv1.Artifact, path string) error {
	c, err := a.client()
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = c.DownloadFile(ctx, a.Container, art.Azure.Blob, f, nil)
	return err
}

func (a *ArtifactDriver) Save(ctx context.Context, path string, art *wfv1.Artifact) error {
	c, err := a.client()
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = c.UploadFile(ctx, a.Container, art.Azure.Blob, f, nil)
	return err
}

func (a *ArtifactDriver) Delete(ctx context.Context, art *wfv1.Artifact) error {
	c, err := a.client()
	if err != nil {
		return err
	}
	_, err = c.DeleteBlob(ctx, a.Container, art.Azure.Blob, nil)
	return err
}

func (a *ArtifactDriver) OpenStream(ctx context.Context, art *wfv1.Artifact) (common.ReadCloser, error) {
	c, err := a.client()
	if err != nil {
		return nil, err
	}
	resp, err := c.DownloadStream(ctx, a.Container, art.Azure.Blob, nil)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}
