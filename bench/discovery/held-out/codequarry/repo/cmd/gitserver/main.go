// Command gitserver stores git repositories on disk and serves git operations
// over HTTP on :3178. Several replicas run side by side; callers shard by repo name.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/codequarry/codequarry/cmd/gitserver/server"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/database"
	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/observability"
)

var (
	reposDir = env.Get("SRC_REPOS_DIR", "/data/repos", "root dir containing repos")
	addr     = env.Get("GITSERVER_ADDR", "0.0.0.0:3178", "listen address")
	shardID  = env.Get("HOSTNAME", "gitserver-0", "this replica's name as listed in SRC_GIT_SERVERS")
)

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "gitserver")()
	conf.Watch(ctx)

	db := dbconn.MustNew(dbconn.Frontend, "gitserver")
	s := &server.Server{
		ReposDir: reposDir,
		Shard:    shardID,
		Status:   database.NewGitserverRepos(db),
	}
	if err := os.MkdirAll(reposDir, 0o755); err != nil {
		log.Fatal(err)
	}
	log.Printf("gitserver %s listening on %s", shardID, addr)
	log.Fatal(http.ListenAndServe(addr, s.Handler()))
}
