// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/mux"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/model"
)

const (
	defaultAPIPrefix = "/api"
	traceIDParam     = "traceID"
	endTsParam       = "endTs"
	lookbackParam    = "lookback"
)

// APIHandler implements the JSON API consumed by the Spanhound UI.
type APIHandler struct {
	qs      *QueryService
	metrics MetricsReader
	logger  *zap.Logger
	tracer  trace.TracerProvider
}

func NewAPIHandler(qs *QueryService, mr MetricsReader, logger *zap.Logger, tp trace.TracerProvider) *APIHandler {
	return &APIHandler{qs: qs, metrics: mr, logger: logger, tracer: tp}
}

func (h *APIHandler) RegisterRoutes(r *mux.Router) {
	api := r.PathPrefix(defaultAPIPrefix).Subrouter()
	api.HandleFunc("/traces/{traceID}", h.getTrace).Methods(http.MethodGet)
	api.HandleFunc("/archive/{traceID}", h.archiveTrace).Methods(http.MethodPost)
	api.HandleFunc("/traces", h.search).Methods(http.MethodGet)
	api.HandleFunc("/services", h.getServices).Methods(http.MethodGet)
	api.HandleFunc("/services/{service}/operations", h.getOperations).Methods(http.MethodGet)
	api.HandleFunc("/dependencies", h.dependencies).Methods(http.MethodGet)
	api.HandleFunc("/metrics/latencies", h.latencies).Methods(http.MethodGet)
	api.HandleFunc("/metrics/calls", h.calls).Methods(http.MethodGet)
}

type structuredResponse struct {
	Data   any      `json:"data"`
	Total  int      `json:"total"`
	Errors []string `json:"errors"`
}

func (h *APIHandler) writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (h *APIHandler) handleError(w http.ResponseWriter, err error, code int) bool {
	if err == nil {
		return false
	}
	if code == http.StatusInternalServerError {
		h.logger.Error("HTTP handler, Internal Server Error", zap.Error(err))
	}
	w.WriteHeader(code)
	h.writeJSON(w, structuredResponse{Errors: []string{err.Error()}})
	return true
}

func (h *APIHandler) getTrace(w http.ResponseWriter, r *http.Request) {
	id, err := model.TraceIDFromString(mux.Vars(r)[traceIDParam])
	if h.handleError(w, err, http.StatusBadRequest) {
		return
	}
	trace, err := h.qs.GetTrace(r.Context(), id)
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: []any{trace}, Total: 1})
}

func (h *APIHandler) archiveTrace(w http.ResponseWriter, r *http.Request) {
	id, err := model.TraceIDFromString(mux.Vars(r)[traceIDParam])
	if h.handleError(w, err, http.StatusBadRequest) {
		return
	}
	if h.handleError(w, h.qs.ArchiveTrace(r.Context(), id), http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: []string{}})
}

func (h *APIHandler) search(w http.ResponseWriter, r *http.Request) {
	q, err := parseTraceQueryParams(r)
	if h.handleError(w, err, http.StatusBadRequest) {
		return
	}
	traces, err := h.qs.FindTraces(r.Context(), q)
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: traces, Total: len(traces)})
}

func (h *APIHandler) getServices(w http.ResponseWriter, r *http.Request) {
	svcs, err := h.qs.GetServices(r.Context())
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: svcs, Total: len(svcs)})
}

func (h *APIHandler) getOperations(w http.ResponseWriter, r *http.Request) {
	ops, err := h.qs.GetOperations(r.Context(), mux.Vars(r)["service"], r.FormValue("spanKind"))
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: ops, Total: len(ops)})
}

func (h *APIHandler) dependencies(w http.ResponseWriter, r *http.Request) {
	endTs := time.Now()
	if v := r.FormValue(endTsParam); v != "" {
		ms, err := strconv.ParseInt(v, 10, 64)
		if h.handleError(w, err, http.StatusBadRequest) {
			return
		}
		endTs = time.UnixMilli(ms)
	}
	lookback := 24 * time.Hour
	if v := r.FormValue(lookbackParam); v != "" {
		ms, err := strconv.ParseInt(v, 10, 64)
		if h.handleError(w, err, http.StatusBadRequest) {
			return
		}
		lookback = time.Duration(ms) * time.Millisecond
	}
	deps, err := h.qs.GetDependencies(r.Context(), endTs, lookback)
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, structuredResponse{Data: deps, Total: len(deps)})
}

func (h *APIHandler) latencies(w http.ResponseWriter, r *http.Request) {
	q, _ := strconv.ParseFloat(r.FormValue("quantile"), 64)
	res, err := h.metrics.GetLatencies(r.Context(), r.Form["service"], q, time.Minute, time.Hour)
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, res)
}

func (h *APIHandler) calls(w http.ResponseWriter, r *http.Request) {
	res, err := h.metrics.GetCallRates(r.Context(), r.Form["service"], time.Minute, time.Hour)
	if h.handleError(w, err, http.StatusInternalServerError) {
		return
	}
	h.writeJSON(w, res)
}
