// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package server

import (
	"github.com/beego/beego/v2/server/web"

	"github.com/quaymaster/quaymaster/src/core/controllers"
	"github.com/quaymaster/quaymaster/src/core/service/notifications/jobs"
	"github.com/quaymaster/quaymaster/src/core/service/notifications/registry"
	"github.com/quaymaster/quaymaster/src/core/service/notifications/scheduler"
	"github.com/quaymaster/quaymaster/src/core/service/token"
	"github.com/quaymaster/quaymaster/src/server/handler"
	reg "github.com/quaymaster/quaymaster/src/server/registry"
	v2 "github.com/quaymaster/quaymaster/src/server/v2.0/route"
)

// RegisterRoutes register all routes
func RegisterRoutes() {
	registerRoutes()      // TODO move the following routes to v2.0 API
	v2.RegisterRoutes()   // v2.0 APIs
	reg.RegisterRoutes()  // OCI Distribution API, proxied to the registry
}

func registerRoutes() {
	web.Router("/c/login", &controllers.CommonController{}, "post:Login")
	web.Router("/c/log_out", &controllers.CommonController{}, "get:LogOut")
	web.Router("/c/userExists", &controllers.CommonController{}, "post:UserExists")
	web.Router("/c/oidc/login", &controllers.OIDCController{}, "get:RedirectLogin")
	web.Router("/c/oidc/onboard", &controllers.OIDCController{}, "post:Onboard")
	web.Router("/c/oidc/callback", &controllers.OIDCController{}, "get:Callback")
	web.Router("/c/authproxy/redirect", &controllers.AuthProxyController{}, "get:HandleRedirect")

	// called by the registry's notification endpoint (see registry config.yml)
	web.Router("/service/notifications", &registry.NotificationHandler{}, "post:Post")
	// called back by jobservice when a job changes status
	web.Router("/service/notifications/tasks/:id([0-9]+)", &jobs.Handler{}, "post:HandleTask")
	web.Router("/service/notifications/jobs/schedules/:id([0-9]+)", &scheduler.Handler{}, "post:Handle")

	web.Router("/service/token", &token.Handler{})

	// Error pages
	web.ErrorController(&controllers.ErrorController{})
	web.Handler("/metrics", handler.NewMetricsHandler())
}
