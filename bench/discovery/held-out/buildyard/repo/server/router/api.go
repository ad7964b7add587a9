package router

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"go.woodpecker-ci.org/woodpecker/v2/server/forge"
	"go.woodpecker-ci.org/woodpecker/v2/server/store"
)

func apiRoutes(api *gin.RouterGroup, s store.Store, f forge.Forge) {
	api.GET("/user", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{}) })
	api.GET("/user/repos", func(c *gin.Context) {
		u, _ := s.GetUser(1)
		repos, err := f.Repos(c, u)
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		c.JSON(http.StatusOK, repos)
	})
	api.GET("/repos/:repo_id/pipelines", func(c *gin.Context) {
		repo, err := s.GetRepoName(c.Query("name"))
		if err != nil {
			c.AbortWithStatus(http.StatusNotFound)
			return
		}
		list, _ := s.GetPipelineList(repo)
		c.JSON(http.StatusOK, list)
	})
	api.GET("/pipelines", func(c *gin.Context) {
		feed, _ := s.GetPipelineQueue()
		c.JSON(http.StatusOK, feed)
	})
	api.GET("/agents", func(c *gin.Context) {
		agents, _ := s.AgentList()
		c.JSON(http.StatusOK, agents)
	})
	// Webhooks from the forge (Gitea/GitHub/GitLab) land here.
	api.POST("/hook", func(c *gin.Context) {
		repo, pipeline, err := f.Hook(c, c.Request)
		if err != nil || repo == nil {
			c.Status(http.StatusNoContent)
			return
		}
		_ = s.CreatePipeline(pipeline)
		c.JSON(http.StatusOK, pipeline)
	})
	api.GET("/login", func(c *gin.Context) {
		_, _ = f.Login(c, c.Writer, c.Request)
	})
}

func metricsHandler(token string) gin.HandlerFunc {
	h := promhttp.Handler()
	return func(c *gin.Context) {
		if token != "" && strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ") != token {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(c.Writer, c.Request)
	}
}
