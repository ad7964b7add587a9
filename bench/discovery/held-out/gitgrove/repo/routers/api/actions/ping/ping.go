// Copyright 2022 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package ping

import (
	"context"
	"fmt"
	"net/http"

	"code.gitgrove.io/gitgrove/modules/log"

	pingv1 "code.gitgrove.io/actions-proto-go/ping/v1"
	"code.gitgrove.io/actions-proto-go/ping/v1/pingv1connect"
	"connectrpc.com/connect"
)

func NewPingServiceHandler() (string, http.Handler) {
	return pingv1connect.NewPingServiceHandler(&Service{})
}

var _ pingv1connect.PingServiceHandler = (*Service)(nil)

type Service struct{}

func (s *Service) Ping(
	ctx context.Context,
	req *connect.Request[pingv1.PingRequest],
) (*connect.Response[pingv1.PingResponse], error) {
	res := connect.NewResponse(&pingv1.PingResponse{
		Data: fmt.Sprintf("Hello, %s!", req.Msg.Data),
	})
	log.Trace("Gitgrove Actions Ping: %s", req.Msg.Data)
	return res, nil
}
