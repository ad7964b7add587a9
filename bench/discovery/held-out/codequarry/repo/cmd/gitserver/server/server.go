package server

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/codequarry/codequarry/internal/database"
)

type Server struct {
	ReposDir string
	Shard    string
	Status   *database.GitserverRepos
}

func (s *Server) dir(repo string) string {
	return filepath.Join(s.ReposDir, filepath.FromSlash(repo), ".git")
}

func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/archive", s.handleArchive)
	mux.HandleFunc("/exec", s.handleExec)
	mux.HandleFunc("/repo-update", s.handleRepoUpdate)
	mux.HandleFunc("/search", s.handleSearch)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	return mux
}

func (s *Server) handleArchive(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	cmd := exec.CommandContext(r.Context(), "git", "archive", "--format="+q.Get("format"), q.Get("treeish"))
	cmd.Dir = s.dir(q.Get("repo"))
	cmd.Stdout = w
	if err := cmd.Run(); err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
	}
}

func (s *Server) handleExec(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Repo string
		Args []string
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Args) == 0 || req.Args[0] != "rev-parse" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	cmd := exec.CommandContext(r.Context(), "git", req.Args...)
	cmd.Dir = s.dir(req.Repo)
	out, err := cmd.Output()
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"Commit": strings.TrimSpace(string(out))})
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	var req struct{ Repo, Query string }
	_ = json.NewDecoder(r.Body).Decode(&req)
	cmd := exec.CommandContext(r.Context(), "git", "log", "--format=%H%x00%s", "-G", req.Query, "-n", "200")
	cmd.Dir = s.dir(req.Repo)
	out, _ := cmd.Output()
	json.NewEncoder(w).Encode(strings.Split(strings.TrimSpace(string(out)), "\n"))
}
