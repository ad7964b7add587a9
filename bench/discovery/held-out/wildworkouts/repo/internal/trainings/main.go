package main

import (
	"context"
	"net/http"
	"os"
	"strings"

	"github.com/birchline/pulsebook/internal/common/logs"
	"github.com/birchline/pulsebook/internal/common/server"
	"github.com/birchline/pulsebook/internal/trainings/ports"
	"github.com/birchline/pulsebook/internal/trainings/service"
	"github.com/go-chi/chi/v5"
	"github.com/sirupsen/logrus"
)

func main() {
	logs.Init()

	ctx := context.Background()

	app, cleanup := service.NewApplication(ctx)
	defer cleanup()

	// trainings has no gRPC API - nobody calls it except the web app.
	serverType := strings.ToLower(os.Getenv("SERVER_TO_RUN"))
	if serverType != "" && serverType != "http" {
		logrus.Panicf("server type '%s' is not supported by trainings", serverType)
	}

	server.RunHTTPServer(func(router chi.Router) http.Handler {
		return ports.HandlerFromMux(ports.NewHttpServer(app), router)
	})
}
