package http

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"github.com/ovenworks/slicelab/pkg/errorinjector"
	"github.com/ovenworks/slicelab/pkg/model"
)

var instrumentedClient = &http.Client{
	Transport: otelhttp.NewTransport(http.DefaultTransport),
	Timeout:   5 * time.Second,
}

// CatalogClient talks to the catalog service (SLICELAB_CATALOG_ENDPOINT).
type CatalogClient struct {
	baseURL string
	client  *http.Client
}

func NewCatalogClient(baseURL string) *CatalogClient {
	return &CatalogClient{baseURL: baseURL, client: instrumentedClient}
}

func (c *CatalogClient) Ingredients(ctx context.Context, t string) ([]model.Ingredient, error) {
	var out []model.Ingredient
	return out, c.getJSON(ctx, "/api/ingredients/"+t, &out)
}

func (c *CatalogClient) Doughs(ctx context.Context) ([]model.Dough, error) {
	var out []model.Dough
	return out, c.getJSON(ctx, "/api/doughs", &out)
}

func (c *CatalogClient) Recommendations(ctx context.Context) ([]model.Pizza, error) {
	var out []model.Pizza
	return out, c.getJSON(ctx, "/api/internal/recommendations", &out)
}

func (c *CatalogClient) RecordRecommendation(ctx context.Context, p model.Pizza, h http.Header) error {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/api/internal/recommendations", bytes.NewReader(body))
	if err != nil {
		return err
	}
	for _, k := range []string{errorinjector.HeaderRecordError, errorinjector.HeaderDelay, errorinjector.HeaderPercentage} {
		if v := h.Get(k); v != "" {
			req.Header.Set(k, v)
		}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("catalog returned %d", resp.StatusCode)
	}
	return nil
}

func (c *CatalogClient) getJSON(ctx context.Context, path string, out any) error {
	return getJSON(ctx, c.client, c.baseURL+path, out)
}

// CopyClient talks to the copy service (SLICELAB_COPY_ENDPOINT).
type CopyClient struct {
	baseURL string
	client  *http.Client
}

func NewCopyClient(baseURL string) *CopyClient {
	return &CopyClient{baseURL: baseURL, client: instrumentedClient}
}

func (c *CopyClient) Adjectives(ctx context.Context) ([]string, error) {
	var out []string
	return out, getJSON(ctx, c.client, c.baseURL+"/api/adjectives", &out)
}

func (c *CopyClient) Names(ctx context.Context) ([]string, error) {
	var out []string
	return out, getJSON(ctx, c.client, c.baseURL+"/api/names", &out)
}

func getJSON(ctx context.Context, client *http.Client, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %d", url, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
