// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package handler

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/apache/thrift/lib/go/thrift"
	"github.com/gorilla/mux"

	"github.com/spanhound/spanhound/model/converter/thrift/spanhound"
	tspanhound "github.com/spanhound/spanhound/thrift-gen/spanhound"
)

// ErrBusy is returned when the queue is full.
var ErrBusy = errors.New("server busy")

const (
	formatParam          = "format"
	unableToReadBodyErrFormat = "Unable to process request body: %v"
)

var acceptedThriftFormats = map[string]struct{}{
	"application/x-thrift":                 {},
	"application/vnd.apache.thrift.binary": {},
}

// APIHandler handles thrift-over-HTTP span submissions from legacy clients.
type APIHandler struct {
	processor SpanProcessor
}

func NewAPIHandler(p SpanProcessor) *APIHandler { return &APIHandler{processor: p} }

func (h *APIHandler) RegisterRoutes(router *mux.Router) {
	router.HandleFunc("/api/traces", h.SaveSpan).Methods(http.MethodPost)
}

// SaveSpan submits the span provided in the request body to the processor.
func (h *APIHandler) SaveSpan(w http.ResponseWriter, r *http.Request) {
	bodyBytes, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		http.Error(w, fmt.Sprintf(unableToReadBodyErrFormat, err), http.StatusInternalServerError)
		return
	}
	contentType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		http.Error(w, "Cannot parse content type", http.StatusBadRequest)
		return
	}
	if _, ok := acceptedThriftFormats[contentType]; !ok {
		http.Error(w, fmt.Sprintf("Unsupported content type: %v", contentType), http.StatusBadRequest)
		return
	}
	tdes := thrift.NewTDeserializer()
	batch := &tspanhound.Batch{}
	if err = tdes.Read(r.Context(), batch, bodyBytes); err != nil {
		http.Error(w, fmt.Sprintf(unableToReadBodyErrFormat, err), http.StatusBadRequest)
		return
	}
	spans := spanhound.ToDomain(batch.Spans, batch.Process)
	if _, err := h.processor.ProcessSpans(r.Context(), spans, "thrift"); err != nil {
		http.Error(w, fmt.Sprintf("Cannot submit spans: %v", err), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// ZipkinSpanHandler accepts Zipkin v2 JSON on /api/v2/spans. This is an
// inbound compatibility endpoint; Spanhound does not talk to a Zipkin server.
type ZipkinSpanHandler struct {
	processor SpanProcessor
}

func NewZipkinSpanHandler(p SpanProcessor) *ZipkinSpanHandler { return &ZipkinSpanHandler{processor: p} }

func (h *ZipkinSpanHandler) RegisterRoutes(router *mux.Router) {
	router.HandleFunc("/api/v2/spans", h.saveSpansV2).Methods(http.MethodPost)
}

func (h *ZipkinSpanHandler) saveSpansV2(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	spans, err := zipkinV2ToDomain(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := h.processor.ProcessSpans(r.Context(), spans, "zipkin"); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
