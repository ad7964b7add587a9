package server

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/promptyard/promptyard-plugin-daemon/internal/core/yard_invocation/real"
	"github.com/promptyard/promptyard-plugin-daemon/internal/db/pg"
	"github.com/promptyard/promptyard-plugin-daemon/internal/server/controllers"
	"github.com/promptyard/promptyard-plugin-daemon/internal/types/app"
	"github.com/promptyard/promptyard-plugin-daemon/internal/utils/cache"
	"github.com/promptyard/promptyard-plugin-daemon/internal/utils/log"
)

type App struct {
	engine *gin.Engine
}

func (a *App) Run(config *app.Config) {
	// init db
	pg.Init(config)

	// init redis
	if err := cache.InitRedisClient(
		fmt.Sprintf("%s:%d", config.RedisHost, config.RedisPort),
		config.RedisUser,
		config.RedisPass,
		config.RedisUseSsl,
		config.RedisDB,
	); err != nil {
		log.Panic("init redis client failed: %s", err.Error())
	}

	// backwards invocation client into the promptyard api
	invocation, err := real.NewYardInvocationDaemon(real.NewYardInvocationDaemonPayload{
		BaseUrl:    config.YardInnerApiURL,
		CallingKey: config.YardInnerApiKey,
		WriteTimeout: 5000,
		ReadTimeout:  240000,
	})
	if err != nil {
		log.Panic("init promptyard invocation daemon failed: %s", err.Error())
	}

	a.engine = gin.Default()
	a.engine.GET("/health/check", controllers.HealthCheck(config))

	// endpoints of installed plugins, exposed through nginx at /e/
	a.engine.Any("/e/:hook_id/*path", controllers.Endpoint(invocation, config))

	plugin := a.engine.Group("/plugin/:tenant_id", CheckingKey(config.ServerKey))
	plugin.POST("/dispatch/llm/invoke", controllers.InvokeLLM(config))
	plugin.POST("/dispatch/text_embedding/invoke", controllers.InvokeTextEmbedding(config))
	plugin.POST("/dispatch/tool/invoke", controllers.InvokeTool(config))
	plugin.POST("/management/install/upload/package", controllers.UploadPlugin(config))
	plugin.POST("/management/install/identifiers", controllers.InstallPluginFromIdentifiers(config))
	plugin.GET("/management/install/tasks/:id", controllers.FetchPluginInstallationTask)
	plugin.GET("/management/list", controllers.ListPlugins)
	plugin.GET("/management/installation/list", controllers.ListInstallations)
	plugin.POST("/management/uninstall", controllers.UninstallPlugin)

	log.Info("plugin daemon listening on :%d", config.ServerPort)
	if err := http.ListenAndServe(fmt.Sprintf(":%d", config.ServerPort), a.engine); err != nil {
		log.Panic("server stopped: %s", err.Error())
	}
}

func CheckingKey(key string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Api-Key") != key {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "Unauthorized"})
			return
		}
		c.Next()
	}
}
