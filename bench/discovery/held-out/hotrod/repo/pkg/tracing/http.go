package tracing

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// HTTPClient wraps http.Client with OTel instrumentation and JSON decoding.
type HTTPClient struct {
	Client *http.Client
}

// NewHTTPClient returns a client whose transport injects trace context.
func NewHTTPClient() *HTTPClient {
	return &HTTPClient{Client: &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport)}}
}

// GetJSON executes an HTTP GET against url and decodes the JSON body into out.
func (c *HTTPClient) GetJSON(ctx context.Context, endpoint, url string, out interface{}) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")

	res, err := c.Client.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", endpoint, err)
	}
	defer res.Body.Close()

	if res.StatusCode >= 400 {
		body, _ := io.ReadAll(io.LimitReader(res.Body, 1024))
		return fmt.Errorf("%s: status %d: %s", endpoint, res.StatusCode, body)
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// NewServeMux returns a mux that starts a server span per route.
func NewServeMux(serviceName string) *TracedServeMux {
	return &TracedServeMux{mux: http.NewServeMux(), service: serviceName}
}

// TracedServeMux is a thin wrapper around http.ServeMux.
type TracedServeMux struct {
	mux     *http.ServeMux
	service string
}

// Handle registers handler under pattern with a span named after the pattern.
func (tm *TracedServeMux) Handle(pattern string, handler http.Handler) {
	tm.mux.Handle(pattern, otelhttp.NewHandler(handler, tm.service+" "+pattern))
}

// ServeHTTP implements http.Handler.
func (tm *TracedServeMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tm.mux.ServeHTTP(w, r)
}
