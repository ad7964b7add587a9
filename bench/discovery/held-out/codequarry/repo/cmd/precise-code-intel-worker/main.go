// Command precise-code-intel-worker dequeues SCIP uploads recorded in the
// frontend database, converts them and writes the results to codeintel-db.
package main

import (
	"context"
	"log"
	"time"

	codeintelshared "github.com/codequarry/codequarry/internal/codeintel/shared"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/observability"
	"github.com/codequarry/codequarry/internal/uploadstore"
)

var pollInterval = env.Get("PRECISE_CODE_INTEL_WORKER_POLL_INTERVAL", "1s", "queue poll interval")

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "precise-code-intel-worker")()
	conf.Watch(ctx)

	db := dbconn.MustNew(dbconn.Frontend, "precise-code-intel-worker")
	codeintelDB := codeintelshared.InitCodeIntelDB("precise-code-intel-worker")
	store, err := uploadstore.New(ctx, uploadstore.LoadConfig())
	if err != nil {
		log.Fatalf("upload store: %v", err)
	}
	p := &processor{db: db, codeintelDB: codeintelDB, store: store, git: gitserver.NewClient()}

	d, _ := time.ParseDuration(pollInterval)
	for {
		ok, err := p.dequeueAndProcess(ctx)
		if err != nil {
			log.Printf("process: %v", err)
		}
		if !ok {
			time.Sleep(d)
		}
	}
}
