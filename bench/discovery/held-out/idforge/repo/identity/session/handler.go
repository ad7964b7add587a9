// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package session

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/julienschmidt/httprouter"

	"github.com/idforge/idforge/identity/driver/config"
)

const (
	RouteWhoami        = "/sessions/whoami"
	RouteCollection    = "/sessions"
	AdminRouteSessions = "/admin/sessions"
	CookieName         = "idforge_session"
)

type (
	Session struct {
		ID        string      `json:"id"`
		Active    bool        `json:"active"`
		ExpiresAt time.Time   `json:"expires_at"`
		Identity  interface{} `json:"identity"`
	}

	Persister interface {
		GetSessionByToken(ctx context.Context, token string) (*Session, error)
		RevokeSession(ctx context.Context, id string) error
	}

	Handler struct {
		p Persister
		c *config.Config
	}
)

func NewHandler(p Persister, c *config.Config) *Handler {
	return &Handler{p: p, c: c}
}

func (h *Handler) RegisterPublicRoutes(r *httprouter.Router) {
	r.GET(RouteWhoami, h.whoami)
	r.DELETE(RouteCollection+"/:id", h.revoke)
}

func (h *Handler) RegisterAdminRoutes(r *httprouter.Router) {
	r.DELETE(AdminRouteSessions+"/:id", h.revoke)
}

// whoami is called by the UI and by the proxy's cookie_session
// authenticator to resolve the session cookie or token.
func (h *Handler) whoami(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	token := r.Header.Get("X-Session-Token")
	if c, err := r.Cookie(CookieName); err == nil && token == "" {
		token = c.Value
	}
	s, err := h.p.GetSessionByToken(r.Context(), token)
	if err != nil || s == nil || !s.Active {
		http.Error(w, `{"error":{"code":401,"status":"Unauthorized"}}`, http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(s)
}

func (h *Handler) revoke(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if err := h.p.RevokeSession(r.Context(), ps.ByName("id")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
