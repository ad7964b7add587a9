// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package proxy

import (
	"net/http"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/idforge/idforge/proxy/pipeline/authn"
	"github.com/idforge/idforge/proxy/pipeline/authz"
	"github.com/idforge/idforge/proxy/rule"
)

type Proxy struct {
	rules          []rule.Rule
	l              *logrus.Logger
	authenticators map[string]authn.Authenticator
	authorizers    map[string]authz.Authorizer
}

func NewProxy(rules []rule.Rule, l *logrus.Logger, an map[string]authn.Authenticator, az map[string]authz.Authorizer) *Proxy {
	return &Proxy{rules: rules, l: l, authenticators: an, authorizers: az}
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rl := p.match(r)
	if rl == nil {
		http.Error(w, "Requested url does not match any rules", http.StatusNotFound)
		return
	}

	session := &authn.AuthenticationSession{}
	authenticated := false
	for _, h := range rl.Authenticators {
		a, ok := p.authenticators[h.Handler]
		if !ok {
			continue
		}
		if err := a.Authenticate(r, session, h.Config); err == nil {
			authenticated = true
			break
		}
	}
	if !authenticated {
		http.Error(w, "Access credentials are invalid", http.StatusUnauthorized)
		return
	}
	if az, ok := p.authorizers[rl.Authorizer.Handler]; ok {
		if err := az.Authorize(r, session, rl.Authorizer.Config); err != nil {
			http.Error(w, "Access credentials are not sufficient to access this resource", http.StatusForbidden)
			return
		}
	}

	target, err := url.Parse(rl.Upstream.URL)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	rp := httputil.NewSingleHostReverseProxy(target)
	director := rp.Director
	rp.Director = func(req *http.Request) {
		director(req)
		if rl.Upstream.StripPath != "" {
			req.URL.Path = strings.TrimPrefix(req.URL.Path, rl.Upstream.StripPath)
		}
		if rl.Upstream.PreserveHost {
			req.Host = r.Host
		}
		req.Header.Set("X-User", session.Subject)
	}
	rp.ServeHTTP(w, r)
}

func (p *Proxy) match(r *http.Request) *rule.Rule {
	full := "http://" + r.Host + r.URL.Path
	for i := range p.rules {
		if globMatch(p.rules[i].Match.URL, full) && methodAllowed(p.rules[i].Match.Methods, r.Method) {
			return &p.rules[i]
		}
	}
	return nil
}

func methodAllowed(ms []string, m string) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

var globToken = regexp.MustCompile(`<[^>]*>`)

func globMatch(pattern, s string) bool {
	re := "^" + globToken.ReplaceAllString(regexp.QuoteMeta(pattern), ".*") + "$"
	ok, _ := regexp.MatchString(re, s)
	return ok
}
