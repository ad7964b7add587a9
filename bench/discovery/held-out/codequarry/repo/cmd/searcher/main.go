// Command searcher executes unindexed regexp/structural searches against
// repository archives fetched from gitserver. Listens on :3181.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/codequarry/codequarry/cmd/searcher/search"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/observability"
)

var (
	cacheDir  = env.Get("CACHE_DIR", "/mnt/cache/searcher", "directory for cached archives")
	cacheSize = env.Get("SEARCHER_CACHE_SIZE_MB", "100000", "max archive cache size in MB")
)

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "searcher")()
	conf.Watch(ctx)

	svc := &search.Service{
		Store: &search.Store{Dir: cacheDir, Git: gitserver.NewClient()},
	}
	log.Println("searcher listening on :3181")
	log.Fatal(http.ListenAndServe(":3181", svc))
}
