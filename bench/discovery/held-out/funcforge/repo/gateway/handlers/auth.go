package handlers

import (
	"bytes"
	"context"
	"crypto/subtle"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type BasicAuthCredentials struct {
	User     string
	Password string
}

// ReadBasicAuthFromDisk reads basic-auth-user / basic-auth-password from the
// secret mount (a Kubernetes Secret or forged's /var/lib/forged/secrets).
func ReadBasicAuthFromDisk(mount string) (*BasicAuthCredentials, error) {
	user, err := os.ReadFile(filepath.Join(mount, "basic-auth-user"))
	if err != nil {
		return nil, err
	}
	pass, err := os.ReadFile(filepath.Join(mount, "basic-auth-password"))
	if err != nil {
		return nil, err
	}
	return &BasicAuthCredentials{User: strings.TrimSpace(string(user)), Password: strings.TrimSpace(string(pass))}, nil
}

// DecorateWithBasicAuth checks credentials in-process.
func DecorateWithBasicAuth(next http.HandlerFunc, c *BasicAuthCredentials) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || subtle.ConstantTimeCompare([]byte(user), []byte(c.User)) != 1 ||
			subtle.ConstantTimeCompare([]byte(pass), []byte(c.Password)) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="Restricted"`)
			http.Error(w, "invalid credentials", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

// MakeExternalAuthHandler delegates the decision to an auth plugin such as
// basic-auth-plugin: a 2xx from {upstreamURL} lets the request through.
func MakeExternalAuthHandler(next http.HandlerFunc, timeout time.Duration, upstreamURL string, passBody bool) http.HandlerFunc {
	client := &http.Client{Timeout: timeout}
	return func(w http.ResponseWriter, r *http.Request) {
		var body io.Reader
		if passBody && r.Body != nil {
			buf, _ := io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(buf))
			body = bytes.NewReader(buf)
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, upstreamURL, body)
		copyHeaders(req.Header, r.Header)

		res, err := client.Do(req)
		if err != nil {
			http.Error(w, "unable to validate request", http.StatusInternalServerError)
			return
		}
		defer res.Body.Close()
		if res.StatusCode >= 200 && res.StatusCode < 300 {
			next(w, r)
			return
		}
		w.WriteHeader(res.StatusCode)
		io.Copy(w, res.Body)
	}
}
