// Command repo-updater keeps the repo table in sync with configured code hosts
// and schedules gitserver clones/fetches. Listens on :3182.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"strings"
	"time"

	"github.com/codequarry/codequarry/cmd/repo-updater/syncer"
	"github.com/codequarry/codequarry/internal/conf"
	"github.com/codequarry/codequarry/internal/database"
	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/extsvc/github"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/observability"
)

var (
	githubToken = env.Get("GITHUB_TOKEN", "", "token for the GitHub code host connection")
	githubOrgs  = env.Get("GITHUB_ORGS", "", "space separated orgs to mirror")
	interval    = env.Get("REPO_SYNC_INTERVAL", "5m", "code host sync interval")
)

func main() {
	ctx := context.Background()
	defer observability.InitTracer(ctx, "repo-updater")()
	conf.Watch(ctx)

	db := dbconn.MustNew(dbconn.Frontend, "repo-updater")
	s := &syncer.Syncer{
		Repos:  database.Repos(db),
		GitHub: github.NewV3Client(githubToken),
		Orgs:   strings.Fields(githubOrgs),
		Git:    gitserver.NewClient(),
	}
	d, _ := time.ParseDuration(interval)
	go s.Run(ctx, d)

	http.HandleFunc("/enqueue-repo-update", func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Repo string }
		_ = json.NewDecoder(r.Body).Decode(&req)
		if err := s.UpdateRepo(r.Context(), req.Repo); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})
	http.HandleFunc("/sync-external-service", func(w http.ResponseWriter, r *http.Request) {
		go s.SyncOnce(context.Background())
		w.WriteHeader(http.StatusAccepted)
	})
	log.Println("repo-updater listening on :3182")
	log.Fatal(http.ListenAndServe(":3182", nil))
}
