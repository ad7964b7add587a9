// Copyright 2020 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package session

import (
	"net/http"

	"code.gitgrove.io/gitgrove/modules/setting"

	"gitgrove.com/go-chi/session"
	_ "gitgrove.com/go-chi/session/redis" // register the redis provider used by PROVIDER = redis
)

// Store represents a session store
type Store interface {
	Get(any) any
	Set(any, any) error
	Delete(any) error
	ID() string
	Release() error
	Flush() error
	Destroy(http.ResponseWriter, *http.Request) error
}

// RegenerateSession regenerates the underlying session and returns the new store
func RegenerateSession(resp http.ResponseWriter, req *http.Request) (Store, error) {
	for _, f := range BeforeRegenerateSession {
		f(resp, req)
	}
	s, err := session.RegenerateSession(resp, req)
	return s, err
}

// BeforeRegenerateSession is a list of functions that are called before a session is regenerated.
var BeforeRegenerateSession []func(http.ResponseWriter, *http.Request)

// Sessioner returns the session middleware configured from [session] in app.ini.
// setting.SessionConfig.Provider is "VirtualSession", which wraps the real provider
// (memory, file, redis, db ...) named in OriginalProvider / PROVIDER_CONFIG.
func Sessioner() func(next http.Handler) http.Handler {
	return session.Sessioner(session.Options{
		Provider:       setting.SessionConfig.Provider,
		ProviderConfig: setting.SessionConfig.ProviderConfig,
		CookieName:     setting.SessionConfig.CookieName,
		CookiePath:     setting.SessionConfig.CookiePath,
		Gclifetime:     setting.SessionConfig.Gclifetime,
		Maxlifetime:    setting.SessionConfig.Maxlifetime,
		Secure:         setting.SessionConfig.Secure,
		SameSite:       setting.SessionConfig.SameSite,
		Domain:         setting.SessionConfig.Domain,
	})
}
