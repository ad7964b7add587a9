// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package registry

import (
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"

	commonhttp "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/lib/config"
	"github.com/quaymaster/quaymaster/src/server/middleware"
)

var proxy = newProxy()

func newProxy() http.Handler {
	regURL, _ := config.RegistryURL()
	url, err := url.Parse(regURL)
	if err != nil {
		panic(fmt.Sprintf("failed to parse the URL of registry: %v", err))
	}
	proxy := httputil.NewSingleHostReverseProxy(url)
	if commonhttp.InternalTLSEnabled() {
		proxy.Transport = commonhttp.GetHTTPTransport()
	}

	proxy.Director = basicAuthDirector(proxy.Director)
	return proxy
}

// basicAuthDirector adds the credentials of core to the request so that the registry (which is
// configured with htpasswd auth) accepts the forwarded /v2/ traffic
func basicAuthDirector(d func(*http.Request)) func(*http.Request) {
	return func(r *http.Request) {
		d(r)
		if r != nil && !middleware.V2CatalogURLRe.MatchString(r.URL.Path) {
			u, p := config.RegistryCredential()
			r.SetBasicAuth(u, p)
		}
	}
}

