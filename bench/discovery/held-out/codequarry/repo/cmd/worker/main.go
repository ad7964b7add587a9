// Command worker runs background jobs: code insights recording, code-intel
// janitors and upload expiry. Jobs are selected with WORKER_JOB_ALLOWLIST.
package main

import (
	"context"
	"log"
	"strings"
	"time"

	"github.com/codequarry/codequarry/cmd/worker/jobs"
	codeintelshared "github.com/codequarry/codequarry/internal/codeintel/shared"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/insights"
	"github.com/codequarry/codequarry/internal/observability"
	"github.com/codequarry/codequarry/internal/redispool"
	"github.com/codequarry/codequarry/internal/uploadstore"
)

var allowlist = env.Get("WORKER_JOB_ALLOWLIST", "all", "comma separated jobs to run")

type job interface {
	Name() string
	Run(ctx context.Context) error
}

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "worker")()
	conf.Watch(ctx)

	db := dbconn.MustNew(dbconn.Frontend, "worker")
	codeintelDB := codeintelshared.InitCodeIntelDB("worker")
	store, err := uploadstore.New(ctx, uploadstore.LoadConfig())
	if err != nil {
		log.Fatal(err)
	}

	all := []job{
		&jobs.UploadJanitor{DB: db, CodeIntelDB: codeintelDB, Store: store, Git: gitserver.NewClient()},
	}
	if insightsDB, ok := insights.InitDB("worker"); ok {
		all = append(all, &jobs.InsightsRecorder{DB: db, InsightsDB: insightsDB})
	}

	for _, j := range all {
		if allowlist != "all" && !strings.Contains(allowlist, j.Name()) {
			continue
		}
		go loop(ctx, j)
	}
	select {}
}

// loop runs j every minute while holding a redis-store mutex so only one
// worker replica runs each job.
func loop(ctx context.Context, j job) {
	for {
		conn := redispool.Store.Get()
		ok, _ := conn.Do("SET", "worker-mutex:"+j.Name(), "1", "NX", "EX", 120)
		conn.Close()
		if ok != nil {
			if err := j.Run(ctx); err != nil {
				log.Printf("%s: %v", j.Name(), err)
			}
		}
		time.Sleep(time.Minute)
	}
}
