// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package oauth2

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/julienschmidt/httprouter"

	"github.com/idforge/idforge/oauth2/driver/config"
	"github.com/idforge/idforge/oauth2/persistence/sql"
)

const (
	DefaultConsentPath     = "/oauth2/fallbacks/consent"
	AuthPath               = "/oauth2/auth"
	TokenPath              = "/oauth2/token"
	WellKnownPath          = "/.well-known/openid-configuration"
	JWKPath                = "/.well-known/jwks.json"
	IntrospectPath         = "/admin/oauth2/introspect"
	RevocationPath         = "/oauth2/revoke"
	UserinfoPath           = "/userinfo"
)

type Handler struct {
	c *config.DefaultProvider
	p *sql.Persister
}

func NewHandler(c *config.DefaultProvider, p *sql.Persister) *Handler {
	return &Handler{c: c, p: p}
}

func (h *Handler) SetPublicRoutes(r *httprouter.Router) {
	r.GET(WellKnownPath, h.discovery)
	r.GET(AuthPath, h.authorize)
	r.POST(TokenPath, h.token)
	r.POST(RevocationPath, h.revoke)
	r.GET(UserinfoPath, h.userinfo)
}

func (h *Handler) SetAdminRoutes(r *httprouter.Router) {
	r.POST(IntrospectPath, h.introspect)
}

func (h *Handler) discovery(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	issuer := strings.TrimRight(h.c.IssuerURL().String(), "/")
	writeJSON(w, map[string]interface{}{
		"issuer":                 issuer,
		"authorization_endpoint": issuer + AuthPath,
		"token_endpoint":         issuer + TokenPath,
		"jwks_uri":               issuer + JWKPath,
		"userinfo_endpoint":      issuer + UserinfoPath,
	})
}

// authorize starts the flow: the browser is sent to urls.login with a
// login_challenge. The login app accepts it on the admin API.
func (h *Handler) authorize(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	challenge, err := h.p.CreateLoginRequest(r.Context(), r.URL.Query().Get("client_id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	login := h.c.LoginURL()
	q := login.Query()
	q.Set("login_challenge", challenge)
	login.RawQuery = q.Encode()
	http.Redirect(w, r, login.String(), http.StatusFound)
}

func (h *Handler) token(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	writeJSON(w, map[string]string{"token_type": "bearer"})
}

func (h *Handler) revoke(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusOK)
}

func (h *Handler) userinfo(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	writeJSON(w, map[string]string{})
}

// introspect implements RFC 7662; used by the proxy's oauth2_introspection authenticator.
func (h *Handler) introspect(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	_ = r.ParseForm()
	active, sub, scope := h.p.IntrospectToken(r.Context(), r.PostForm.Get("token"))
	writeJSON(w, map[string]interface{}{"active": active, "sub": sub, "scope": scope})
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
