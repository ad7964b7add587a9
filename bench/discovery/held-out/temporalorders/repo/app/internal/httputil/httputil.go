// Package httputil contains small helpers shared by the oms HTTP APIs and the
// activities that call them.
package httputil

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/mux"
)

// DefaultClient is used by activities to call other oms APIs.
var DefaultClient = &http.Client{Timeout: 10 * time.Second}

// NewRouter returns a mux router with the standard /healthz route and request logging.
func NewRouter(logger *slog.Logger) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok"))
	}).Methods(http.MethodGet)
	r.Use(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			start := time.Now()
			next.ServeHTTP(w, req)
			logger.Debug("http request", "method", req.Method, "path", req.URL.Path, "took", time.Since(start))
		})
	})
	return r
}

// WriteJSON writes v as a JSON response.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if v != nil {
		_ = json.NewEncoder(w).Encode(v)
	}
}

// WriteError writes a JSON error body.
func WriteError(w http.ResponseWriter, status int, err error) {
	WriteJSON(w, status, map[string]string{"error": err.Error()})
}

// DecodeJSON decodes a request body into v.
func DecodeJSON(r *http.Request, v any) error {
	defer r.Body.Close()
	return json.NewDecoder(r.Body).Decode(v)
}

// DoJSON sends a JSON request to url and decodes the JSON response into out (if non-nil).
func DoJSON(ctx context.Context, method, url string, in any, out any) error {
	var body io.Reader
	if in != nil {
		buf, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(buf)
	}

	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")

	res, err := DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()

	if res.StatusCode >= 300 {
		msg, _ := io.ReadAll(res.Body)
		return fmt.Errorf("%s %s: %s: %s", method, url, res.Status, bytes.TrimSpace(msg))
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// PostJSON is DoJSON with POST.
func PostJSON(ctx context.Context, url string, in any, out any) error {
	return DoJSON(ctx, http.MethodPost, url, in, out)
}

// PutJSON is DoJSON with PUT.
func PutJSON(ctx context.Context, url string, in any, out any) error {
	return DoJSON(ctx, http.MethodPut, url, in, out)
}
