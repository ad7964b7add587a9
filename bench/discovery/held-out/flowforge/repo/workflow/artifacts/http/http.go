package http

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ArtifactDriver fetches artifacts from arbitrary user-supplied URLs.
type ArtifactDriver struct {
	Client *http.Client
}

func (h *ArtifactDriver) httpClient() *http.Client {
	if h.Client != nil {
		return h.Client
	}
	return http.DefaultClient
}

func (h *ArtifactDriver) Load(ctx context.Context, art *wfv1.Artifact, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, art.HTTP.URL, nil)
	if err != nil {
		return err
	}
	resp, err := h.httpClient().Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("GET %s: %s", art.HTTP.URL, resp.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

func (h *ArtifactDriver) Save(ctx context.Context, path string, art *wfv1.Artifact) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, art.HTTP.URL, f)
	if err != nil {
		return err
	}
	resp, err := h.httpClient().Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (h *ArtifactDriver) Delete(ctx context.Context, art *wfv1.Artifact) error {
	return fmt.Errorf("delete not supported for http artifacts")
}

func (h *ArtifactDriver) OpenStream(ctx context.Context, art *wfv1.Artifact) (common.ReadCloser, error) {
	resp, err := h.httpClient().Get(art.HTTP.URL)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}
