// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package identity

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/julienschmidt/httprouter"
)

const RouteCollection = "/admin/identities"

type (
	Identity struct {
		ID       string          `json:"id" db:"id"`
		SchemaID string          `json:"schema_id" db:"schema_id"`
		Traits   json.RawMessage `json:"traits" db:"traits"`
		State    string          `json:"state" db:"state"`
	}

	Pool interface {
		ListIdentities(ctx context.Context, page, perPage int) ([]Identity, error)
		GetIdentity(ctx context.Context, id string) (*Identity, error)
		CreateIdentity(ctx context.Context, i *Identity) error
		DeleteIdentity(ctx context.Context, id string) error
	}

	Handler struct {
		p Pool
	}
)

func NewHandler(p Pool) *Handler { return &Handler{p: p} }

func (h *Handler) RegisterAdminRoutes(r *httprouter.Router) {
	r.GET(RouteCollection, h.list)
	r.GET(RouteCollection+"/:id", h.get)
	r.POST(RouteCollection, h.create)
	r.DELETE(RouteCollection+"/:id", h.delete)
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	is, err := h.p.ListIdentities(r.Context(), 0, 250)
	writeJSON(w, is, err)
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	i, err := h.p.GetIdentity(r.Context(), ps.ByName("id"))
	writeJSON(w, i, err)
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var i Identity
	if err := json.NewDecoder(r.Body).Decode(&i); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	writeJSON(w, &i, h.p.CreateIdentity(r.Context(), &i))
}

func (h *Handler) delete(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	if err := h.p.DeleteIdentity(r.Context(), ps.ByName("id")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func writeJSON(w http.ResponseWriter, v interface{}, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
