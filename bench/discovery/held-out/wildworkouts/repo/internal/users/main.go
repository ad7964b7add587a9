package main

import (
	"context"
	"net/http"
	"os"
	"strings"

	"cloud.google.com/go/firestore"
	"github.com/birchline/pulsebook/internal/common/genproto/users"
	"github.com/birchline/pulsebook/internal/common/logs"
	"github.com/birchline/pulsebook/internal/common/server"
	"github.com/go-chi/chi/v5"
	"github.com/sirupsen/logrus"
	"google.golang.org/grpc"
)

func main() {
	logs.Init()

	ctx := context.Background()

	// FIRESTORE_EMULATOR_HOST=firestore:8787 locally, real Firestore on Cloud Run
	firestoreClient, err := firestore.NewClient(ctx, os.Getenv("GCP_PROJECT"))
	if err != nil {
		panic(err)
	}
	firebaseDB := db{firestoreClient}

	serverType := strings.ToLower(os.Getenv("SERVER_TO_RUN"))
	switch serverType {
	case "http":
		go loadFixtures(firebaseDB)

		server.RunHTTPServer(func(router chi.Router) http.Handler {
			return HandlerFromMux(HttpServer{firebaseDB}, router)
		})
	case "grpc":
		server.RunGRPCServer(func(server *grpc.Server) {
			svc := GrpcServer{firebaseDB}
			users.RegisterUsersServiceServer(server, svc)
		})
	default:
		logrus.Panicf("server type '%s' is not supported", serverType)
	}
}

func loadFixtures(db db) {
	if os.Getenv("LOCAL_ENV") != "true" {
		return
	}

	ctx := context.Background()
	for _, u := range []UserModel{
		{Balance: 100, Role: "trainer", DisplayName: "Coach Mira"},
		{Balance: 3, Role: "attendee", DisplayName: "Sam"},
	} {
		if err := db.UpsertFixtureUser(ctx, u); err != nil {
			logrus.WithError(err).Warn("Cannot load users fixtures")
		}
	}
}
