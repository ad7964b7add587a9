package search

import (
	"archive/tar"
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/codequarry/codequarry/internal/gitserver"
)

// Store caches repository archives on local disk.
type Store struct {
	Dir string
	Git *gitserver.Client
}

func (s *Store) path(repo, commit string) string {
	return filepath.Join(s.Dir, strings.ReplaceAll(repo, "/", "_")+"@"+commit+".tar")
}

// PrepareTar returns a local path to the archive, fetching it from gitserver on a miss.
func (s *Store) PrepareTar(ctx context.Context, repo, commit string) (string, error) {
	p := s.path(repo, commit)
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	rc, err := s.Git.Archive(ctx, repo, commit, "tar")
	if err != nil {
		return "", err
	}
	defer rc.Close()
	f, err := os.Create(p + ".part")
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(f, rc); err != nil {
		f.Close()
		return "", err
	}
	f.Close()
	return p, os.Rename(p+".part", p)
}

type Service struct{ Store *Store }

type request struct {
	Repo, Commit, Pattern string
	IsRegExp              bool
}

type match struct {
	Path       string
	LineNumber int
	Preview    string
}

func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	pattern := req.Pattern
	if !req.IsRegExp {
		pattern = regexp.QuoteMeta(pattern)
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	p, err := s.Store.PrepareTar(r.Context(), req.Repo, req.Commit)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	f, err := os.Open(p)
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer f.Close()
	var out []match
	tr := tar.NewReader(f)
	for {
		hdr, err := tr.Next()
		if err != nil {
			break
		}
		sc := bufio.NewScanner(tr)
		line := 0
		for sc.Scan() {
			line++
			if re.Match(sc.Bytes()) {
				out = append(out, match{hdr.Name, line, sc.Text()})
			}
		}
	}
	json.NewEncoder(w).Encode(out)
}
