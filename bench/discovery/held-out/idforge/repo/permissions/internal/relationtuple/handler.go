// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package relationtuple

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/julienschmidt/httprouter"
)

const (
	ReadRouteBase  = "/relation-tuples"
	WriteRouteBase = "/admin/relation-tuples"
)

type (
	RelationTuple struct {
		Namespace string `json:"namespace" db:"namespace"`
		Object    string `json:"object" db:"object"`
		Relation  string `json:"relation" db:"relation"`
		SubjectID string `json:"subject_id,omitempty" db:"subject_id"`
	}

	Manager interface {
		GetRelationTuples(ctx context.Context, query *RelationTuple) ([]*RelationTuple, error)
		WriteRelationTuples(ctx context.Context, rs ...*RelationTuple) error
		DeleteRelationTuples(ctx context.Context, rs ...*RelationTuple) error
	}

	Handler struct{ m Manager }
)

func NewHandler(m Manager) *Handler { return &Handler{m: m} }

func (h *Handler) RegisterReadRoutes(r *httprouter.Router) {
	r.GET(ReadRouteBase, h.getRelations)
}

// RegisterWriteRoutes serves the write API; the identity server's
// registration web hook PUTs owner tuples here.
func (h *Handler) RegisterWriteRoutes(r *httprouter.Router) {
	r.PUT(WriteRouteBase, h.createRelation)
	r.DELETE(WriteRouteBase, h.deleteRelations)
}

func (h *Handler) getRelations(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	rs, err := h.m.GetRelationTuples(r.Context(), &RelationTuple{Namespace: q.Get("namespace"), Object: q.Get("object"), Relation: q.Get("relation")})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]interface{}{"relation_tuples": rs})
}

func (h *Handler) createRelation(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	var rt RelationTuple
	if err := json.NewDecoder(r.Body).Decode(&rt); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := h.m.WriteRelationTuples(r.Context(), &rt); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(rt)
}

func (h *Handler) deleteRelations(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	q := r.URL.Query()
	if err := h.m.DeleteRelationTuples(r.Context(), &RelationTuple{Namespace: q.Get("namespace"), Object: q.Get("object"), Relation: q.Get("relation"), SubjectID: q.Get("subject_id")}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
