package main

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/promptyard/promptyard-sandbox/internal/controller"
	"github.com/promptyard/promptyard-sandbox/internal/static"
	"github.com/promptyard/promptyard-sandbox/internal/utils/log"
)

func initConfig() {
	// auto migrate database
	err := static.InitConfig("conf/config.yaml")
	if err != nil {
		log.Panic("failed to init config: %v", err)
	}
	log.Info("config init success")

	err = static.SetupRunnerDependencies()
	if err != nil {
		log.Error("failed to setup runner dependencies: %v", err)
	}
	log.Info("runner dependencies init success")
}

func initServer() {
	config := static.GetSandboxGlobalConfigurations()
	if !config.App.Debug {
		gin.SetMode(gin.ReleaseMode)
	}

	r := gin.Default()
	r.GET("/health", func(c *gin.Context) { c.String(http.StatusOK, "ok") })

	v1 := r.Group("/v1/sandbox", controller.Auth(config.App.Key), controller.MaxWorker(config.MaxWorkers))
	v1.POST("/run", controller.RunSandboxController)
	v1.GET("/dependencies", controller.GetDependencies)
	v1.POST("/dependencies/update", controller.UpdateDependencies)

	r.Run(fmt.Sprintf(":%d", config.App.Port))
}

func main() {
	initConfig()
	initServer()
}
