package client

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// APIClient talks to flowforge-server over its REST gateway. Used by the CLI on a developer laptop.
type APIClient struct {
	baseURL string
	token   string
	http    *http.Client
}

func NewAPIClient() *APIClient {
	server := os.Getenv("FLOWFORGE_SERVER")
	if server == "" {
		server = "localhost:2746"
	}
	scheme := "https"
	if os.Getenv("FLOWFORGE_SECURE") == "false" {
		scheme = "http"
	}
	insecure := os.Getenv("FLOWFORGE_INSECURE_SKIP_VERIFY") == "true"
	return &APIClient{
		baseURL: fmt.Sprintf("%s://%s", scheme, server),
		token:   os.Getenv("FLOWFORGE_TOKEN"),
		http:    &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: insecure}}},
	}
}

func (c *APIClient) do(ctx context.Context, method, path string, body, out interface{}) error {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *APIClient) CreateWorkflow(ctx context.Context, namespace string, wf *wfv1.Workflow) (*wfv1.Workflow, error) {
	out := &wfv1.Workflow{}
	return out, c.do(ctx, http.MethodPost, "/api/v1/workflows/"+namespace, map[string]interface{}{"workflow": wf}, out)
}

func (c *APIClient) ListWorkflows(ctx context.Context, namespace string) (*wfv1.WorkflowList, error) {
	out := &wfv1.WorkflowList{}
	return out, c.do(ctx, http.MethodGet, "/api/v1/workflows/"+namespace, nil, out)
}
