// Package httpcli provides the shared HTTP clients. InternalClient is used for
// service-to-service traffic inside the deployment, ExternalClient for code hosts.
package httpcli

import (
	"net/http"
	"time"
)

var InternalClient = &http.Client{
	Timeout: 2 * time.Minute,
	Transport: &http.Transport{
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
	},
}

var ExternalClient = &http.Client{
	Timeout: 30 * time.Second,
	Transport: &userAgentTransport{base: http.DefaultTransport},
}

type userAgentTransport struct{ base http.RoundTripper }

func (t *userAgentTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("User-Agent", "CodeQuarry-Bot")
	return t.base.RoundTrip(r)
}
