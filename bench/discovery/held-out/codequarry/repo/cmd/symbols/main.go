// Command symbols serves symbol search (:3184). Symbols are extracted with
// universal-ctags from archives fetched from gitserver and cached in SQLite.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"strconv"

	"github.com/codequarry/codequarry/cmd/symbols/fetcher"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/observability"
)

var (
	cacheDir   = env.Get("SYMBOLS_CACHE_DIR", "/mnt/cache/symbols", "directory for SQLite symbol DBs")
	ctagsCmd   = env.Get("CTAGS_COMMAND", "universal-ctags", "ctags binary")
	maxWorkers = env.Get("CTAGS_PROCESSES", "4", "number of concurrent ctags processes")
)

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "symbols")()
	conf.Watch(ctx)

	n, _ := strconv.Atoi(maxWorkers)
	f := fetcher.New(gitserver.NewClient(), ctagsCmd, cacheDir, n)

	http.HandleFunc("/search", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		syms, err := f.Search(r.Context(), q.Get("repo"), q.Get("commitID"), q.Get("query"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(syms)
	})
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(200) })
	log.Println("symbols listening on :3184")
	log.Fatal(http.ListenAndServe(":3184", nil))
}
