package http

import (
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"github.com/ovenworks/slicelab/pkg/envutil"
)

// GatewayRoute maps a path prefix to an upstream service.
type GatewayRoute struct {
	Prefix   string
	Upstream string
}

// GatewayRoutesFromEnv builds the routing table used by the public API when the
// other services run as separate deployments.
func GatewayRoutesFromEnv() []GatewayRoute {
	catalog := envutil.Get("SLICELAB_CATALOG_ENDPOINT", "http://localhost:3333")
	copy := envutil.Get("SLICELAB_COPY_ENDPOINT", "http://localhost:3333")
	ws := envutil.Get("SLICELAB_WS_ENDPOINT", "http://localhost:3333")
	recs := envutil.Get("SLICELAB_RECOMMENDATIONS_ENDPOINT", "http://localhost:3333")
	config := envutil.Get("SLICELAB_CONFIG_ENDPOINT", "http://localhost:3333")
	admin := envutil.Get("SLICELAB_ADMIN_ENDPOINT", "http://localhost:3333")

	return []GatewayRoute{
		{"/api/ingredients", catalog},
		{"/api/doughs", catalog},
		{"/api/tools", catalog},
		{"/api/users", catalog},
		{"/api/ratings", catalog},
		{"/api/quotes", copy},
		{"/api/names", copy},
		{"/api/adjectives", copy},
		{"/ws", ws},
		{"/api/pizza", recs},
		{"/api/config", config},
		{"/api/admin", admin},
	}
}

func (s *Server) WithGateway(routes []GatewayRoute) *Server {
	for _, rt := range routes {
		target, err := url.Parse(rt.Upstream)
		if err != nil {
			slog.Error("bad upstream", "prefix", rt.Prefix, "upstream", rt.Upstream)
			continue
		}
		proxy := httputil.NewSingleHostReverseProxy(target)
		proxy.Transport = instrumentedClient.Transport
		prefix := rt.Prefix
		s.router.HandleFunc(prefix+"*", func(w http.ResponseWriter, r *http.Request) {
			if !strings.HasPrefix(r.URL.Path, prefix) {
				http.NotFound(w, r)
				return
			}
			proxy.ServeHTTP(w, r)
		})
	}
	return s
}
