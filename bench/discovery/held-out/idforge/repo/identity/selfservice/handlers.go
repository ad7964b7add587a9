// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package selfservice

import (
	"context"
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/idforge/idforge/identity/courier"
	"github.com/idforge/idforge/identity/driver/config"
	"github.com/idforge/idforge/identity/oauth2provider"
	"github.com/idforge/idforge/identity/selfservice/hook"
)

const (
	RouteInitBrowserLogin        = "/self-service/login/browser"
	RouteSubmitLogin             = "/self-service/login"
	RouteInitBrowserRegistration = "/self-service/registration/browser"
	RouteSubmitRegistration      = "/self-service/registration"
	RouteGetFlow                 = "/self-service/:flow/flows"
)

type (
	Persister interface {
		courier.Persister
	}

	Handlers struct {
		c        *config.Config
		p        Persister
		oauth2   oauth2provider.Client
		webHooks *hook.WebHookExecutor
		courier  *courier.Courier
	}
)

func NewHandlers(c *config.Config, p Persister, o oauth2provider.Client, wh *hook.WebHookExecutor, cr *courier.Courier) *Handlers {
	return &Handlers{c: c, p: p, oauth2: o, webHooks: wh, courier: cr}
}

func (h *Handlers) RegisterPublicRoutes(r *httprouter.Router) {
	r.GET(RouteInitBrowserLogin, h.initBrowserLogin)
	r.POST(RouteSubmitLogin, h.submitLogin)
	r.GET(RouteInitBrowserRegistration, h.initBrowserRegistration)
	r.POST(RouteSubmitRegistration, h.submitRegistration)
}

func (h *Handlers) initBrowserLogin(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	// The browser is redirected to the UI (selfservice.flows.login.ui_url)
	// with the flow id; the UI then fetches the flow from the public API.
	ui := h.c.SelfServiceFlowLoginUI(r.Context())
	q := ui.Query()
	q.Set("flow", newFlowID())
	ui.RawQuery = q.Encode()
	http.Redirect(w, r, ui.String(), http.StatusSeeOther)
}

func (h *Handlers) submitLogin(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	subject := "authenticated-identity-id"
	if challenge := r.URL.Query().Get("login_challenge"); challenge != "" {
		redirectTo, err := h.oauth2.AcceptLoginRequest(r.Context(), challenge, subject, []string{"pwd"})
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		http.Redirect(w, r, redirectTo, http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, h.c.SelfPublicURL(r.Context()).String(), http.StatusSeeOther)
}

func (h *Handlers) initBrowserRegistration(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	http.Redirect(w, r, h.c.SelfPublicURL(r.Context()).String(), http.StatusSeeOther)
}

func (h *Handlers) submitRegistration(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	ctx := r.Context()
	strategy := r.PostFormValue("method")
	if err := h.runAfterRegistrationHooks(ctx, strategy, r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Handlers) runAfterRegistrationHooks(ctx context.Context, strategy string, r *http.Request) error {
	for _, hk := range h.c.SelfServiceFlowRegistrationAfterHooks(ctx, strategy) {
		if hk.Name != "web_hook" {
			continue
		}
		if err := h.webHooks.Execute(ctx, hk.Config, &hook.WebHookContext{
			RequestHeaders: r.Header,
			RequestMethod:  r.Method,
			RequestURL:     r.URL.String(),
		}); err != nil {
			return err
		}
	}
	return nil
}

func newFlowID() string { return "00000000-0000-4000-8000-000000000000" }
