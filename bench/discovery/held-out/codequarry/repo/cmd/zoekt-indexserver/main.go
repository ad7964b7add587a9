// Command zoekt-indexserver (codequarry flavour of zoekt-sourcegraph-indexserver)
// periodically asks the frontend which repositories this replica owns, clones
// them through the frontend's git proxy and builds zoekt shards into -index.
// zoekt-webserver serves the shards from the same volume.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"time"
)

func main() {
	root := flag.String("sourcegraph_url", os.Getenv("SRC_FRONTEND_INTERNAL"), "frontend internal API host:port")
	index := flag.String("index", "/data/index", "directory for shards")
	interval := flag.Duration("interval", time.Minute, "sync interval")
	hostname := flag.String("hostname", os.Getenv("HOSTNAME"), "replica name, matched against INDEXED_SEARCH_SERVERS")
	flag.Parse()

	if *root == "" {
		*root = "codequarry-frontend-internal:3090"
	}
	s := &Server{CodeQuarry: newCodeQuarryClient(*root), IndexDir: *index, Hostname: *hostname}
	ctx := context.Background()
	for {
		if err := s.Sync(ctx); err != nil {
			log.Printf("sync: %v", err)
		}
		time.Sleep(*interval)
	}
}
