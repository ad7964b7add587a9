// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package handler

import (
	"context"

	"go.uber.org/zap"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

// SpanProcessor accepts batches of spans into the queue.
type SpanProcessor interface {
	ProcessSpans(ctx context.Context, spans []*model.Span, format string) ([]bool, error)
}

// GRPCHandler implements api_v2.CollectorServiceServer.
type GRPCHandler struct {
	api_v2.UnimplementedCollectorServiceServer
	logger    *zap.Logger
	processor SpanProcessor
}

func NewGRPCHandler(logger *zap.Logger, p SpanProcessor) *GRPCHandler {
	return &GRPCHandler{logger: logger, processor: p}
}

// PostSpans implements CollectorService.PostSpans.
func (g *GRPCHandler) PostSpans(ctx context.Context, r *api_v2.PostSpansRequest) (*api_v2.PostSpansResponse, error) {
	batch := r.GetBatch()
	for _, span := range batch.Spans {
		if span.GetProcess() == nil {
			span.Process = batch.Process
		}
	}
	_, err := g.processor.ProcessSpans(ctx, batch.Spans, "proto")
	if err == ErrBusy {
		return nil, status.Errorf(codes.ResourceExhausted, err.Error())
	}
	if err != nil {
		g.logger.Error("cannot process spans", zap.Error(err))
		return nil, err
	}
	return &api_v2.PostSpansResponse{}, nil
}
