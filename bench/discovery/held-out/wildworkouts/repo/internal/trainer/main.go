package main

import (
	"context"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/birchline/pulsebook/internal/common/genproto/trainer"
	"github.com/birchline/pulsebook/internal/common/logs"
	"github.com/birchline/pulsebook/internal/common/server"
	"github.com/birchline/pulsebook/internal/trainer/app"
	"github.com/birchline/pulsebook/internal/trainer/app/command"
	"github.com/birchline/pulsebook/internal/trainer/ports"
	"github.com/birchline/pulsebook/internal/trainer/service"
	"github.com/go-chi/chi/v5"
	"github.com/sirupsen/logrus"
	"google.golang.org/grpc"
)

func main() {
	logs.Init()

	ctx := context.Background()

	application := service.NewApplication(ctx)

	serverType := strings.ToLower(os.Getenv("SERVER_TO_RUN"))
	switch serverType {
	case "http":
		go loadFixtures(application)

		server.RunHTTPServer(func(router chi.Router) http.Handler {
			return ports.HandlerFromMux(
				ports.NewHttpServer(application),
				router,
			)
		})
	case "grpc":
		server.RunGRPCServer(func(server *grpc.Server) {
			svc := ports.NewGrpcServer(application)
			trainer.RegisterTrainerServiceServer(server, svc)
		})
	default:
		logrus.Panicf("server type '%s' is not supported", serverType)
	}
}

const daysToSet = 30

// loadFixtures makes the next 30 days available so that the local environment is usable right away.
func loadFixtures(application app.Application) {
	if os.Getenv("LOCAL_ENV") != "true" {
		return
	}

	logrus.Debug("Loading trainer fixtures")

	var hours []time.Time
	for i := 0; i < daysToSet; i++ {
		day := time.Now().Truncate(24*time.Hour).AddDate(0, 0, i)
		for hour := 12; hour <= 20; hour++ {
			hours = append(hours, day.Add(time.Duration(hour)*time.Hour))
		}
	}

	err := application.Commands.MakeHoursAvailable.Handle(context.Background(), command.MakeHoursAvailable{Hours: hours})
	if err != nil {
		logrus.WithError(err).Error("Cannot load trainer fixtures")
		return
	}

	logrus.Debug("Trainer fixtures loaded")
}
