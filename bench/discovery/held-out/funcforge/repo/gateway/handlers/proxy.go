package handlers

import (
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/mux"

	"github.com/funcforge/funcforge/gateway/metrics"
)

// NewProxyTransport returns the shared transport used for all upstream calls.
func NewProxyTransport(timeout time.Duration, maxIdle int) *http.Transport {
	return &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: (&net.Dialer{
			Timeout:   timeout,
			KeepAlive: 1 * time.Second,
		}).DialContext,
		MaxIdleConns:          maxIdle,
		MaxIdleConnsPerHost:   maxIdle,
		IdleConnTimeout:       120 * time.Millisecond,
		ExpectContinueTimeout: 1500 * time.Millisecond,
	}
}

// ProviderProxy forwards requests to the functions provider (forge-netes or
// forged), which in turn forwards /function/ calls to the function replicas.
type ProviderProxy struct {
	base    *url.URL
	client  *http.Client
	timeout time.Duration
	store   *metrics.Store
}

func NewProviderProxy(base *url.URL, t *http.Transport, timeout time.Duration, store *metrics.Store) *ProviderProxy {
	return &ProviderProxy{
		base:    base,
		client:  &http.Client{Transport: t, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }},
		timeout: timeout,
		store:   store,
	}
}

// Invoke handles /function/{name}.
func (p *ProviderProxy) Invoke(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	start := time.Now()
	status := p.forward(w, r, strings.TrimSuffix(p.base.String(), "/")+r.URL.Path)
	p.store.ObserveInvocation(name, status, time.Since(start))
}

// System handles the /system/* management API.
func (p *ProviderProxy) System(w http.ResponseWriter, r *http.Request) {
	p.forward(w, r, strings.TrimSuffix(p.base.String(), "/")+r.URL.Path)
}

func (p *ProviderProxy) forward(w http.ResponseWriter, r *http.Request, target string) int {
	ctx, cancel := context.WithTimeout(r.Context(), p.timeout)
	defer cancel()

	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, target, r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return http.StatusInternalServerError
	}
	copyHeaders(req.Header, r.Header)
	req.Header.Set("X-Forwarded-Host", r.Host)
	req.Header.Set("X-Forwarded-Uri", r.URL.String())

	res, err := p.client.Do(req)
	if err != nil {
		log.Printf("upstream error %s: %s", target, err)
		http.Error(w, "Can't reach service for: "+target, http.StatusBadGateway)
		return http.StatusBadGateway
	}
	defer res.Body.Close()

	copyHeaders(w.Header(), res.Header)
	w.WriteHeader(res.StatusCode)
	io.Copy(w, res.Body)
	return res.StatusCode
}

func copyHeaders(dst, src http.Header) {
	for k, v := range src {
		vv := make([]string, len(v))
		copy(vv, v)
		dst[k] = vv
	}
}
