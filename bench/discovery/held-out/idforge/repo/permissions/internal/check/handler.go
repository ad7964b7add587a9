// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package check

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/julienschmidt/httprouter"

	"github.com/idforge/idforge/permissions/internal/relationtuple"
)

const RouteBase = "/relation-tuples/check"

type (
	Checker interface {
		CheckIsMember(ctx context.Context, t *relationtuple.RelationTuple, maxDepth int) (bool, error)
	}
	Handler struct{ c Checker }
)

func NewHandler(c Checker) *Handler { return &Handler{c: c} }

func (h *Handler) RegisterReadRoutes(r *httprouter.Router) {
	r.GET(RouteBase, h.getCheck)
	r.POST(RouteBase, h.postCheck)
	r.POST(RouteBase+"/openapi", h.postCheck)
}

func (h *Handler) getCheck(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	h.respond(w, r, &relationtuple.RelationTuple{
		Namespace: q.Get("namespace"),
		Object:    q.Get("object"),
		Relation:  q.Get("relation"),
		SubjectID: q.Get("subject_id"),
	})
}

func (h *Handler) postCheck(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var t relationtuple.RelationTuple
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	h.respond(w, r, &t)
}

func (h *Handler) respond(w http.ResponseWriter, r *http.Request, t *relationtuple.RelationTuple) {
	allowed, err := h.c.CheckIsMember(r.Context(), t, 5)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if !allowed {
		w.WriteHeader(http.StatusForbidden)
	}
	_ = json.NewEncoder(w).Encode(map[string]bool{"allowed": allowed})
}
