// Package httpapi serves the internal API on :3090 (codequarry-frontend-internal).
package httpapi

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"github.com/gorilla/mux"

	"github.com/codequarry/codequarry/cmd/frontend/internal/search"
	"github.com/codequarry/codequarry/internal/database"
	"github.com/codequarry/codequarry/internal/gitserver"
)

func NewInternalHandler(db *sql.DB) http.Handler {
	r := mux.NewRouter().PathPrefix("/.internal").Subrouter()
	git := gitserver.NewClient()

	r.HandleFunc("/configuration", func(w http.ResponseWriter, req *http.Request) {
		var site json.RawMessage
		_ = db.QueryRowContext(req.Context(), `SELECT contents FROM critical_and_site_config ORDER BY id DESC LIMIT 1`).Scan(&site)
		json.NewEncoder(w).Encode(map[string]json.RawMessage{"Site": site})
	})
	r.HandleFunc("/repos/index", func(w http.ResponseWriter, req *http.Request) {
		repos, err := database.Repos(db).ListIndexable(req.Context())
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		names := make([]string, 0, len(repos))
		for _, r := range repos {
			names = append(names, r.Name)
		}
		json.NewEncoder(w).Encode(map[string][]string{"RepoNames": names})
	})
	r.HandleFunc("/search/stream", search.StreamHandler(git))
	// /.internal/git/<repo>/info/refs etc: proxy git smart-HTTP to the owning gitserver shard.
	r.PathPrefix("/git/").HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		rest := strings.TrimPrefix(req.URL.Path, "/.internal/git/")
		repo := rest
		if i := strings.Index(rest, "/info/refs"); i >= 0 {
			repo = rest[:i]
		} else if i := strings.Index(rest, "/git-upload-pack"); i >= 0 {
			repo = rest[:i]
		}
		target := &url.URL{Scheme: "http", Host: gitserver.AddrForRepo(repo, gitserver.Addrs())}
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, req)
	})
	return r
}
