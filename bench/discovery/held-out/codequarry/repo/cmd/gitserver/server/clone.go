package server

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// handleRepoUpdate clones the repository from its code host, or fetches if it
// already exists on this shard. repo-updater supplies the clone URL
// (e.g. https://github.com/acme/app.git) together with credentials.
func (s *Server) handleRepoUpdate(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Repo string `json:"repo"`
		URL  string `json:"url"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		defer cancel()
		if err := s.cloneOrFetch(ctx, req.Repo, req.URL); err != nil {
			log.Printf("update %s: %v", req.Repo, redact(req.URL, err))
			_ = s.Status.SetCloneStatus(ctx, req.Repo, "not_cloned", s.Shard)
			return
		}
		_ = s.Status.SetCloneStatus(ctx, req.Repo, "cloned", s.Shard)
	}()
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) cloneOrFetch(ctx context.Context, repo, remote string) error {
	dir := s.dir(repo)
	if _, err := os.Stat(dir); err == nil {
		cmd := exec.CommandContext(ctx, "git", "fetch", "--prune", remote, "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*")
		cmd.Dir = dir
		return cmd.Run()
	}
	_ = s.Status.SetCloneStatus(ctx, repo, "cloning", s.Shard)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "git", "clone", "--mirror", "--progress", remote, dir)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0")
	return cmd.Run()
}

func redact(remote string, err error) error {
	if u, perr := url.Parse(remote); perr == nil && u.User != nil {
		u.User = url.User("REDACTED")
		_ = u
	}
	return err
}
