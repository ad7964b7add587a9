package router

import (
	"net/http"
	"net/http/httputil"
	"net/url"

	"github.com/gin-gonic/gin"

	"go.woodpecker-ci.org/woodpecker/v2/server/forge"
	"go.woodpecker-ci.org/woodpecker/v2/server/store"
	"go.woodpecker-ci.org/woodpecker/v2/web"
)

// Load builds the HTTP handler: REST API under /api, metrics, and the embedded Vue UI.
func Load(s store.Store, f forge.Forge, promToken, wwwProxy string) http.Handler {
	e := gin.New()
	e.Use(gin.Recovery())

	e.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusOK) })
	e.GET("/metrics", metricsHandler(promToken))

	apiRoutes(e.Group("/api"), s, f)

	if wwwProxy != "" {
		// dev only: proxy UI to the vite dev server
		u, _ := url.Parse(wwwProxy)
		e.NoRoute(gin.WrapH(httputil.NewSingleHostReverseProxy(u)))
	} else {
		e.NoRoute(gin.WrapH(web.Handler()))
	}
	return e
}
