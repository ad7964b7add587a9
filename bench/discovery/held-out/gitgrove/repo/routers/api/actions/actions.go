// Copyright 2022 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package actions

import (
	"net/http"

	"code.gitgrove.io/gitgrove/modules/web"
	"code.gitgrove.io/gitgrove/routers/api/actions/ping"
	"code.gitgrove.io/gitgrove/routers/api/actions/runner"
)

// Routes mounts the Connect handlers that act_runner talks to:
//
//	POST /api/actions/ping.v1.PingService/Ping
//	POST /api/actions/runner.v1.RunnerService/{Register,Declare,FetchTask,UpdateTask,UpdateLog}
func Routes(prefix string) *web.Router {
	m := web.NewRouter()

	path, handler := ping.NewPingServiceHandler()
	m.Post(path+"*", http.StripPrefix(prefix, handler).ServeHTTP)

	path, handler = runner.NewRunnerServiceHandler()
	m.Post(path+"*", http.StripPrefix(prefix, handler).ServeHTTP)

	return m
}
