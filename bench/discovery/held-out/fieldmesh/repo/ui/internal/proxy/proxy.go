//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package proxy

import (
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

type ClientInfo struct {
	Protocol   string `yaml:"Protocol"`
	Host       string `yaml:"Host"`
	Port       int    `yaml:"Port"`
	PathPrefix string `yaml:"PathPrefix"`
}

func (c ClientInfo) Url() string {
	return fmt.Sprintf("%s://%s:%d", c.Protocol, c.Host, c.Port)
}

// NewServiceProxy strips the /<service> prefix and forwards the request (including the user's
// Authorization: Bearer <JWT> header) to the configured service, e.g.
// /core-data/api/v3/event/all -> http://fieldmesh-core-data:59880/api/v3/event/all
func NewServiceProxy(key string, client ClientInfo) http.Handler {
	target, _ := url.Parse(client.Url())
	rp := httputil.NewSingleHostReverseProxy(target)
	director := rp.Director
	rp.Director = func(req *http.Request) {
		director(req)
		req.URL.Path = strings.TrimPrefix(req.URL.Path, client.PathPrefix)
		req.Host = target.Host
		req.Header.Set("X-Forwarded-Service", key)
	}
	return rp
}

// NewRegistryProxy forwards /consul/v1/... to the Consul HTTP API for the System page.
func NewRegistryProxy(host string, port int) http.Handler {
	target, _ := url.Parse(fmt.Sprintf("http://%s:%d", host, port))
	rp := httputil.NewSingleHostReverseProxy(target)
	director := rp.Director
	rp.Director = func(req *http.Request) {
		director(req)
		req.URL.Path = strings.TrimPrefix(req.URL.Path, "/consul")
	}
	return rp
}
