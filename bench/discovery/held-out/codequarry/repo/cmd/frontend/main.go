// Command frontend serves the CodeQuarry web application, the GraphQL and
// streaming search APIs (:3080) and the internal API used by other services (:3090).
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/codequarry/codequarry/cmd/frontend/internal/app"
	"github.com/codequarry/codequarry/cmd/frontend/internal/debugproxy"
	"github.com/codequarry/codequarry/cmd/frontend/internal/httpapi"
	"github.com/codequarry/codequarry/cmd/frontend/internal/uploads"
	codeintelshared "github.com/codequarry/codequarry/internal/codeintel/shared"
	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/insights"
	"github.com/codequarry/codequarry/internal/observability"
	"github.com/codequarry/codequarry/internal/updatecheck"
	"github.com/codequarry/codequarry/internal/uploadstore"
)

var (
	httpAddr         = env.Get("SRC_HTTP_ADDR", ":3080", "HTTP listen address for app and HTTP API")
	httpAddrInternal = env.Get("SRC_HTTP_ADDR_INTERNAL", ":3090", "HTTP listen address for internal HTTP API")
	version          = env.Get("CODEQUARRY_VERSION", "dev", "release version")
)

func main() {
	ctx := context.Background()
	if len(os.Args) > 1 && os.Args[1] == "-help-env" {
		env.PrintHelp()
		return
	}
	defer observability.InitTracer(ctx, "frontend")()

	db := dbconn.MustNew(dbconn.Frontend, "frontend")
	codeintelDB := codeintelshared.InitCodeIntelDB("frontend")
	insightsDB, _ := insights.InitDB("frontend")

	store, err := uploadstore.New(ctx, uploadstore.LoadConfig())
	if err != nil {
		log.Fatalf("upload store: %v", err)
	}
	if err := store.Init(ctx); err != nil {
		log.Printf("upload store init: %v", err)
	}

	updatecheck.Start(ctx, version)

	router := app.NewRouter(app.Deps{DB: db, CodeIntelDB: codeintelDB, InsightsDB: insightsDB})
	router.Handle("/.api/scip/upload", uploads.NewHandler(db, store))
	router.PathPrefix("/-/debug/grafana").Handler(debugproxy.Grafana())

	go func() {
		log.Printf("internal API listening on %s", httpAddrInternal)
		log.Fatal(http.ListenAndServe(httpAddrInternal, httpapi.NewInternalHandler(db)))
	}()
	log.Printf("frontend listening on %s", httpAddr)
	log.Fatal(http.ListenAndServe(httpAddr, app.WithSession(router)))
}
