// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package consent

import (
	"encoding/json"
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/idforge/idforge/oauth2/driver/config"
	"github.com/idforge/idforge/oauth2/persistence/sql"
)

const (
	LoginPath   = "/admin/oauth2/auth/requests/login"
	ConsentPath = "/admin/oauth2/auth/requests/consent"
	LogoutPath  = "/admin/oauth2/auth/requests/logout"
)

type Handler struct {
	c *config.DefaultProvider
	p *sql.Persister
}

func NewHandler(c *config.DefaultProvider, p *sql.Persister) *Handler {
	return &Handler{c: c, p: p}
}

// SetAdminRoutes registers the login/consent endpoints that the login &
// consent app (selfservice UI, identity server) call with the challenge.
func (h *Handler) SetAdminRoutes(r *httprouter.Router) {
	r.GET(LoginPath, h.getLoginRequest)
	r.PUT(LoginPath+"/accept", h.acceptLoginRequest)
	r.PUT(LoginPath+"/reject", h.rejectRequest)
	r.GET(ConsentPath, h.getConsentRequest)
	r.PUT(ConsentPath+"/accept", h.acceptConsentRequest)
	r.PUT(ConsentPath+"/reject", h.rejectRequest)
	r.PUT(LogoutPath+"/accept", h.acceptLogoutRequest)
}

func (h *Handler) getLoginRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	lr, err := h.p.GetLoginRequest(r.Context(), r.URL.Query().Get("login_challenge"))
	respond(w, lr, err)
}

func (h *Handler) acceptLoginRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var body struct {
		Subject  string `json:"subject"`
		Remember bool   `json:"remember"`
	}
	_ = json.NewDecoder(r.Body).Decode(&body)
	challenge := r.URL.Query().Get("login_challenge")
	if err := h.p.HandleLoginRequest(r.Context(), challenge, body.Subject); err != nil {
		respond(w, nil, err)
		return
	}
	respond(w, map[string]string{"redirect_to": h.c.IssuerURL().String() + "/oauth2/auth?login_verifier=" + challenge}, nil)
}

func (h *Handler) getConsentRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	cr, err := h.p.GetConsentRequest(r.Context(), r.URL.Query().Get("consent_challenge"))
	respond(w, cr, err)
}

func (h *Handler) acceptConsentRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	challenge := r.URL.Query().Get("consent_challenge")
	respond(w, map[string]string{"redirect_to": h.c.IssuerURL().String() + "/oauth2/auth?consent_verifier=" + challenge}, nil)
}

func (h *Handler) acceptLogoutRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	respond(w, map[string]string{"redirect_to": h.c.LoginURL().String()}, nil)
}

func (h *Handler) rejectRequest(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	respond(w, map[string]string{"redirect_to": h.c.IssuerURL().String() + "/oauth2/fallbacks/error"}, nil)
}

func respond(w http.ResponseWriter, v interface{}, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
