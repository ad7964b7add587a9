package handlers

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/funcforge/forge-netes/k8s"
)

var proxyClient = &http.Client{
	Transport: &http.Transport{MaxIdleConnsPerHost: 512, IdleConnTimeout: 90 * time.Second},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

// MakeProxy forwards /function/<name>[.<namespace>]/<path> to a function
// pod. The resolver returns the function's Service address,
// http://<name>.<namespace>.svc.cluster.local:8080.
func MakeProxy(resolver *k8s.EndpointResolver, timeout time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rest := strings.TrimPrefix(r.URL.Path, "/function/")
		parts := strings.SplitN(rest, "/", 2)
		name, ns := resolver.Split(parts[0])
		path := "/"
		if len(parts) == 2 {
			path += parts[1]
		}

		base, err := resolver.Resolve(r.Context(), name, ns)
		if err != nil {
			http.Error(w, fmt.Sprintf("function %s not found: %s", name, err), http.StatusNotFound)
			return
		}
		target := base + path
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}

		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, r.Method, target, r.Body)
		for k, v := range r.Header {
			req.Header[k] = v
		}
		res, err := proxyClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		for k, v := range res.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(res.StatusCode)
		io.Copy(w, res.Body)
	}
}
