package syncer

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/codequarry/codequarry/internal/database"
	"github.com/codequarry/codequarry/internal/extsvc/github"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/rcache"
)

// lastSynced remembers per-repo sync timestamps in redis-cache so restarts do
// not trigger a thundering herd of fetches.
var lastSynced = rcache.New("repo_updater_last_synced", 24*3600)

type Syncer struct {
	Repos  *database.RepoStore
	GitHub *github.V3Client
	Orgs   []string
	Git    *gitserver.Client
}

func (s *Syncer) Run(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = 5 * time.Minute
	}
	for {
		if err := s.SyncOnce(ctx); err != nil {
			log.Printf("sync: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// SyncOnce lists repositories from GitHub, upserts them and schedules clones.
func (s *Syncer) SyncOnce(ctx context.Context) error {
	var all []*github.Repository
	for page := 1; ; page++ {
		var (
			repos []*github.Repository
			more  bool
			err   error
		)
		if len(s.Orgs) == 0 {
			repos, more, err = s.GitHub.ListAffiliatedRepositories(ctx, page)
		} else {
			for _, org := range s.Orgs {
				var r []*github.Repository
				r, more, err = s.GitHub.ListOrgRepositories(ctx, org, page)
				repos = append(repos, r...)
			}
		}
		if err != nil {
			return err
		}
		all = append(all, repos...)
		if !more {
			break
		}
	}
	for _, r := range all {
		if r.Archived {
			continue
		}
		name := "github.com/" + strings.ToLower(r.FullName)
		if err := s.Repos.Upsert(ctx, database.Repo{Name: name, ExternalID: r.NodeID, ServiceType: "github", CloneURL: r.CloneURL}); err != nil {
			return err
		}
		if _, recent := lastSynced.Get(name); recent {
			continue
		}
		if err := s.Git.RequestRepoUpdate(ctx, name, r.CloneURL); err != nil {
			log.Printf("request update %s: %v", name, err)
			continue
		}
		lastSynced.Set(name, []byte(time.Now().Format(time.RFC3339)))
	}
	return nil
}

// UpdateRepo schedules an immediate fetch for one repository.
func (s *Syncer) UpdateRepo(ctx context.Context, name string) error {
	if !strings.HasPrefix(name, "github.com/") {
		return fmt.Errorf("unsupported code host for %q", name)
	}
	return s.Git.RequestRepoUpdate(ctx, name, "https://"+name+".git")
}
