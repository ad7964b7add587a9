package transport

import (
	"net/http"
	"net/http/httputil"
	"net/url"
)

// NewTailProxy returns a reverse proxy for /loki/api/v1/tail to the querier at
// frontend.tail_proxy_url (e.g. http://querier:3100). Websockets cannot go through the
// scheduler, so tail is the one read request that reaches queriers directly over HTTP.
func NewTailProxy(tailProxyURL string) http.Handler {
	if tailProxyURL == "" {
		return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "tail not configured", http.StatusNotFound)
		})
	}
	u, err := url.Parse(tailProxyURL)
	if err != nil {
		panic(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(u)
	return proxy
}
